#!/usr/bin/env bash
# Measures opening a 20-page statement in the real window (tests/e2e/tests/statement_load.rs, ignored by
# `make test`) on the optimised app (as `make run` builds it), through scripts/e2e.sh (Xvfb, tauri-driver and the
# app under `timeout`, logging to files, stopped by their saved PIDs), and prints the timings.
# DEBUG=1 measures the debug build `make app` made instead (quicker to build, slower to run).
set -euo pipefail
cd "$(dirname "$0")/.."
make ui >/dev/null
if [ -z "${DEBUG:-}" ]; then
  cargo build --release -q -p campaign-desk-app --features custom-protocol
  export APP=${CARGO_TARGET_DIR:-$PWD/target}/release/campaign-desk-app
fi
# WebKit's hardware acceleration off, as the app runs by default (the reason: scripts/bench-calendar-ui.sh).
export CAMPAIGN_DESK_WEBKIT_ACCELERATION=${CAMPAIGN_DESK_WEBKIT_ACCELERATION:-off}
echo "hardware acceleration: $CAMPAIGN_DESK_WEBKIT_ACCELERATION"
log=artifacts/logs/statement-load.log
mkdir -p artifacts/logs
scripts/e2e.sh --test statement_load -- --ignored --nocapture >"$log" 2>&1 || { tail -n 40 "$log"; exit 1; }
grep '^statement-load' "$log"

#!/usr/bin/env bash
# Measures the calendar view in the real window with 2,000 events in a month (tests/e2e/tests/calendar_load.rs,
# ignored by `make test`): builds the optimised app (as `make run` does), runs that one measurement through scripts/e2e.sh (which starts Xvfb,
# tauri-driver and the app under `timeout`, logs to files and stops them), and prints the timings.
set -euo pipefail
cd "$(dirname "$0")/.."
make ui >/dev/null
cargo build --release -q -p campaign-desk-app --features custom-protocol
export APP=${CARGO_TARGET_DIR:-$PWD/target}/release/campaign-desk-app
# The app's own default: WebKit's hardware acceleration off (src-tauri/src/webview_memory.rs). Under WebDriver the
# app would otherwise keep WebKit's choice, which on this Xvfb is compositing through Mesa's llvmpipe, a cost a
# person does not pay unless they turn it on; CAMPAIGN_DESK_WEBKIT_ACCELERATION=on measures that instead.
export CAMPAIGN_DESK_WEBKIT_ACCELERATION=${CAMPAIGN_DESK_WEBKIT_ACCELERATION:-off}
echo "hardware acceleration: $CAMPAIGN_DESK_WEBKIT_ACCELERATION"
log=artifacts/logs/calendar-load.log
mkdir -p artifacts/logs
scripts/e2e.sh --test calendar_load -- --ignored --nocapture >"$log" 2>&1 || { tail -n 40 "$log"; exit 1; }
grep '^calendar-load' "$log"

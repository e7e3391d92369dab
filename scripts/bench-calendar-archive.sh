#!/usr/bin/env bash
# Measures the calendar view in the real window on the benchmark's seeded ten-year archive (100,000 events;
# tests/e2e/tests/calendar_archive.rs, ignored by `make test`): seeds DIR/bench.sqlite3 with the benchmark
# (examples/bench.rs, which then times its queries), builds the optimised app (as `make run` does), and runs that
# one measurement through scripts/e2e.sh (which starts Xvfb, tauri-driver and the app under `timeout`, logs to files
# and stops them). APP=… measures another build of the app on the same database.
# usage: scripts/bench-calendar-archive.sh DIR
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:?usage: scripts/bench-calendar-archive.sh DIR}
mkdir -p "$dir"
if [ ! -f "$dir/bench.sqlite3" ]; then
  cargo build --release -q --example bench
  timeout 900 "${CARGO_TARGET_DIR:-$PWD/target}/release/examples/bench" "$dir" --queries-only >"$dir/seed.log" 2>&1
fi
if [ -z "${APP:-}" ]; then
  make ui >/dev/null
  cargo build --release -q -p campaign-desk-app --features custom-protocol
  export APP=${CARGO_TARGET_DIR:-$PWD/target}/release/campaign-desk-app
fi
# The app's own default (src-tauri/src/webview_memory.rs), as scripts/bench-calendar-ui.sh says.
export CAMPAIGN_DESK_WEBKIT_ACCELERATION=${CAMPAIGN_DESK_WEBKIT_ACCELERATION:-off}
export CALENDAR_ARCHIVE_DB=$(realpath "$dir/bench.sqlite3")
log=artifacts/logs/calendar-archive.log
mkdir -p artifacts/logs
scripts/e2e.sh --test calendar_archive -- --ignored --nocapture >"$log" 2>&1 || { tail -n 40 "$log"; exit 1; }
grep '^calendar-archive' "$log"

#!/usr/bin/env bash
# Measures the calendar view in the real window with 2,000 events in a month (tests/e2e/tests/calendar_load.rs,
# ignored by `make test`): builds the optimised app (as `make run` does), runs that one measurement through scripts/e2e.sh (which starts Xvfb,
# tauri-driver and the app under `timeout`, logs to files and stops them), and prints the timings.
set -euo pipefail
cd "$(dirname "$0")/.."
make ui >/dev/null
cargo build --release -q -p campaign-desk-app --features custom-protocol
export APP=${CARGO_TARGET_DIR:-$PWD/target}/release/campaign-desk-app
log=artifacts/logs/calendar-load.log
mkdir -p artifacts/logs
scripts/e2e.sh --test calendar_load -- --ignored --nocapture >"$log" 2>&1 || { tail -n 40 "$log"; exit 1; }
grep '^calendar-load' "$log"

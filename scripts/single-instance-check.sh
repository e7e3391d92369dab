#!/usr/bin/env bash
# The single-instance hand-over (src-tauri/src/single_instance.rs), which the WebDriver suite cannot see (its app
# runs without a session bus): in a private X server and D-Bus session, a first app on a database; a second launch
# on the same database with an .ics file must end at once (exit 0) leaving one window, the first still running; a
# launch on another database must open its own window. Run by `make test` after the end-to-end tests.
set -euo pipefail
cd "$(dirname "$0")/.."
APP=${APP:-${CARGO_TARGET_DIR:-$PWD/target}/debug/campaign-desk-app}
[ -x "$APP" ] || { echo "single-instance: no app binary at $APP; build it with \`make app\`" >&2; exit 1; }
for tool in Xvfb dbus-run-session xwininfo; do
  command -v "$tool" >/dev/null || { echo "single-instance: $tool missing; run scripts/setup.sh" >&2; exit 1; }
done
mkdir -p artifacts/logs
work=$(mktemp -d "${TMPDIR:-/tmp}/campaign-desk-single.XXXXXX")
XVFB_PID=""
cleanup() {
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
cp tests/fixtures/ics/google.ics "$work/partner file.ics"

timeout 120 Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" >"$work/xvfb.log" 2>&1 &
XVFB_PID=$!
for _ in $(seq 50); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || { echo "single-instance: Xvfb did not start" >&2; exit 1; }
export DISPLAY=":$(cat "$work/display")"

cat >"$work/session.sh" <<'SESSION'
set -euo pipefail
work=$1 app=$2
export XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config XDG_CACHE_HOME=$work/cache
windows() { xwininfo -root -tree | grep -c '"Campaign Desk"' || true; }
wait_windows() { for _ in $(seq 100); do [ "$(windows)" -ge "$1" ] && return 0; sleep 0.1; done; return 1; }
timeout 90 "$app" --new-database plain --db "$work/a.sqlite3" >"$work/first.log" 2>&1 &
first=$!
wait_windows 1 || { echo "single-instance: the first window did not open" >&2; exit 1; }
sleep 2
start=$(date +%s%N)
timeout 20 "$app" --new-database plain --db "$work/a.sqlite3" "$work/partner file.ics" >"$work/second.log" 2>&1 ||
  { echo "single-instance: the second launch failed ($?)" >&2; cat "$work/second.log" >&2; exit 1; }
ms=$(( ($(date +%s%N) - start) / 1000000 ))
sleep 1
kill -0 "$first" || { echo "single-instance: the first app ended" >&2; exit 1; }
[ "$(windows)" -eq 1 ] || { echo "single-instance: $(windows) windows after the hand-over, expected 1" >&2; exit 1; }
echo "single-instance: a second launch on the same database handed over and ended in ${ms} ms; one window"
timeout 90 "$app" --new-database plain --db "$work/b.sqlite3" >"$work/third.log" 2>&1 &
third=$!
wait_windows 2 || { echo "single-instance: a launch on another database opened no window" >&2; exit 1; }
echo "single-instance: a launch on another database opened its own window"
kill "$third" "$first"
wait "$third" "$first" 2>/dev/null || true
SESSION
status=0
timeout 100 dbus-run-session -- bash "$work/session.sh" "$work" "$APP" >"$work/session.log" 2>&1 || status=$?
grep -v '^dbus-daemon\|SpiRegistry' "$work/session.log" || true
cp "$work"/*.log artifacts/logs/ 2>/dev/null || true
exit "$status"

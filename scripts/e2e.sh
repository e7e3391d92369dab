#!/usr/bin/env bash
# Runs the end-to-end tests (tests/e2e) against the already built app: `make app` first (`make test` does).
#
# Starts a private X server (Xvfb) and tauri-driver on free ports, points the app at a throw-away database
# and XDG directories, runs `cargo test` in tests/e2e, and always cleans up. Every background process runs
# under `timeout` and logs to artifacts/logs/; nothing is left running.
#
# Environment: APP (default: debug/campaign-desk-app in $CARGO_TARGET_DIR or target/), E2E_TIMEOUT seconds
# for each step (1800: the X server and tauri-driver live as long as the whole suite, which grows with every flow),
# E2E_BACKTRACE (0), E2E_KEYRING (1: the app runs inside its own D-Bus session with a throw-away unlocked
# gnome-keyring, a real Secret Service; the bus's address reaches the tests as E2E_DBUS_ADDRESS). Arguments go to
# `cargo test`: `scripts/e2e.sh shell -- --nocapture`.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

APP=${APP:-${CARGO_TARGET_DIR:-$ROOT/target}/debug/campaign-desk-app}
E2E_TIMEOUT=${E2E_TIMEOUT:-1800}
ARTIFACTS=$ROOT/artifacts
LOGS=$ARTIFACTS/logs
TAURI_DRIVER=$(command -v tauri-driver || echo "$HOME/.cargo/bin/tauri-driver")

case $APP in /*) ;; *) APP=$ROOT/$APP ;; esac
[ -x "$APP" ] || { echo "e2e: no app binary at $APP; build it with \`make app\`" >&2; exit 1; }
[ -x "$TAURI_DRIVER" ] || { echo "e2e: tauri-driver missing; run scripts/setup.sh" >&2; exit 1; }
command -v Xvfb >/dev/null || { echo "e2e: Xvfb missing; run scripts/setup.sh" >&2; exit 1; }
command -v WebKitWebDriver >/dev/null || { echo "e2e: WebKitWebDriver missing; run scripts/setup.sh" >&2; exit 1; }

mkdir -p "$LOGS" "$ARTIFACTS/screenshots"
rm -f "$ARTIFACTS"/screenshots/*.png
TMP=$(mktemp -d "${TMPDIR:-/tmp}/campaign-desk-e2e.XXXXXX")

XVFB_PID=""
DRIVER_PID=""
TEST_PID=""
CLEANED=""
cleanup() {
  [ -n "$CLEANED" ] && return 0 # idempotent: timeout/CI may deliver SIGTERM twice
  CLEANED=1
  # Each background job runs under `timeout`, which gives it a process group of its own: kill the groups.
  if [ -n "$TEST_PID" ]; then
    kill -TERM -- "-$TEST_PID" 2>/dev/null || true
  fi
  # tauri-driver runs in its own process group (timeout makes one); killing the group also ends
  # WebKitWebDriver and the app even if a session is still open.
  if [ -n "$DRIVER_PID" ]; then
    kill -TERM -- "-$DRIVER_PID" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 -- "-$DRIVER_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$DRIVER_PID" 2>/dev/null || true
  fi
  if [ -n "$XVFB_PID" ]; then
    kill -TERM -- "-$XVFB_PID" 2>/dev/null || kill -TERM "$XVFB_PID" 2>/dev/null || true
  fi
  wait 2>/dev/null || true
  rm -rf "$TMP"
}
trap cleanup EXIT
trap 'cleanup; exit 143' TERM
trap 'cleanup; exit 130' INT

show_logs() {
  for log in "$LOGS/xvfb.log" "$LOGS/tauri-driver.log"; do
    [ -s "$log" ] || continue
    echo "---- last 50 lines of ${log#"$ROOT"/} ----" >&2
    tail -n 50 "$log" >&2
  done
}

# A TCP port nothing listens on (a connection attempt is refused).
free_port() {
  local port
  for _ in $(seq 1 200); do
    port=$((20000 + RANDOM % 20000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  echo "e2e: no free port found" >&2
  return 1
}

# 0. The test binaries are built before any server starts, so building them (minutes on a fresh machine) never
# eats into the servers' time.
timeout "$E2E_TIMEOUT" cargo test --manifest-path tests/e2e/Cargo.toml --no-run "$@" </dev/null >"$LOGS/e2e-build.log" 2>&1 || {
  echo "e2e: building the tests failed" >&2
  tail -n 40 "$LOGS/e2e-build.log" >&2
  exit 1
}

# 1. X server on a free display; it writes the display number to fd 3 once it accepts clients. The screen is larger
# than the window (1200×780 by default) so flows can resize the window up to 1440×900 for their screenshots.
timeout "$E2E_TIMEOUT" Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp \
  3>"$TMP/display" >"$LOGS/xvfb.log" 2>&1 &
XVFB_PID=$!
for _ in $(seq 1 100); do
  [ -s "$TMP/display" ] && break
  kill -0 "$XVFB_PID" 2>/dev/null || break
  sleep 0.1
done
DISPLAY_NUM=$(tr -dc '0-9' <"$TMP/display" 2>/dev/null || true)
if [ -z "$DISPLAY_NUM" ]; then
  echo "e2e: Xvfb did not start" >&2
  show_logs
  exit 1
fi

# 2. tauri-driver (and through it WebKitWebDriver and the app), with a throw-away data location.
PORT=$(free_port)
NATIVE_PORT=$(free_port)
while [ "$NATIVE_PORT" = "$PORT" ]; do NATIVE_PORT=$(free_port); done
mkdir -p "$TMP/data" "$TMP/config" "$TMP/cache"
DRIVER=("$TAURI_DRIVER")
if [ "${E2E_KEYRING:-}" = 1 ]; then
  command -v gnome-keyring-daemon >/dev/null || { echo "e2e: gnome-keyring missing; run scripts/setup.sh" >&2; exit 1; }
  # In the session: the keyring daemon in the foreground (so it stays in this process group and is ended with it),
  # unlocked (its login collection made with a throw-away password), kept under $TMP/data; the bus address written out for the tests.
  cat >"$TMP/keyring-session.sh" <<'SESSION'
printf unlock | gnome-keyring-daemon --foreground --unlock --components=secrets >"$LOGS/gnome-keyring.log" 2>&1 &
for _ in $(seq 1 50); do
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q true && break
  sleep 0.1
done
echo "$DBUS_SESSION_BUS_ADDRESS" >"$TMP/bus"
exec "$@"
SESSION
  DRIVER=(dbus-run-session -- env LOGS="$LOGS" TMP="$TMP" bash "$TMP/keyring-session.sh" "$TAURI_DRIVER")
fi
DISPLAY=":$DISPLAY_NUM" \
  RUST_BACKTRACE=0 \
  CAMPAIGN_DESK_DB="$TMP/e2e.sqlite3" \
  XDG_DATA_HOME="$TMP/data" \
  XDG_CONFIG_HOME="$TMP/config" \
  XDG_CACHE_HOME="$TMP/cache" \
  timeout "$E2E_TIMEOUT" "${DRIVER[@]}" --port "$PORT" --native-port "$NATIVE_PORT" \
  >"$LOGS/tauri-driver.log" 2>&1 </dev/null &
DRIVER_PID=$!

# Accepting connections is not the same as ready: poll /status until it says so.
ready=""
for _ in $(seq 1 100); do
  if curl -fsS --max-time 2 "http://127.0.0.1:$PORT/status" 2>/dev/null | grep -q '"ready":[[:space:]]*true'; then
    ready=1
    break
  fi
  kill -0 "$DRIVER_PID" 2>/dev/null || break
  sleep 0.2
done
if [ -z "$ready" ]; then
  echo "e2e: tauri-driver on port $PORT never became ready" >&2
  show_logs
  exit 1
fi

# 3. The tests. They open one WebDriver session at a time (each launches the app). Run in the background
# and waited for, so that a signal reaches the trap at once instead of after the tests.
mkdir -p "$TMP/sessions"
E2E_DBUS_ADDRESS=$(cat "$TMP/bus" 2>/dev/null || true)
if [ "${E2E_KEYRING:-}" = 1 ] && [ -z "$E2E_DBUS_ADDRESS" ]; then
  echo "e2e: the keyring's D-Bus session did not start" >&2
  show_logs
  exit 1
fi
E2E_DBUS_ADDRESS="$E2E_DBUS_ADDRESS" \
  CAMPAIGN_DESK_APP="$APP" \
  WEBDRIVER_URL="http://127.0.0.1:$PORT" \
  E2E_ARTIFACTS="$ARTIFACTS" \
  E2E_DATA_DIR="$TMP/sessions" \
  RUST_BACKTRACE="${E2E_BACKTRACE:-0}" \
  timeout "$E2E_TIMEOUT" cargo test --manifest-path tests/e2e/Cargo.toml "$@" </dev/null &
TEST_PID=$!
status=0
wait "$TEST_PID" || status=$?
TEST_PID=""
if [ "$status" -ne 0 ]; then
  echo "e2e: tests failed (exit $status); screenshots in artifacts/screenshots/" >&2
  show_logs
fi
exit "$status"

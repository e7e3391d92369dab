#!/usr/bin/env bash
# Start-up time and memory of the app (not part of `make test`; numbers for BENCHMARKS.md): builds the release app
# and CLI (as `make run` does) unless APP and CLI name binaries, makes two databases — the demonstration data, and
# the same with 10,000 more events over this year — and for each runs tests/e2e/tests/footprint.rs three times
# through scripts/e2e.sh (its own Xvfb and tauri-driver, under `timeout`, logs in artifacts/logs/): from the app's
# process start to its first view, then the PSS of the app and its WebKit processes with the calendar open.
# With BEFORE naming another build of the app, it runs alternately with APP (see below). Also prints the sizes of
# the packages `make dist` left, if any.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
if [ -z "${APP:-}" ]; then
  make ui >/dev/null
  cargo build --release -q -p campaign-desk-app --features custom-protocol
  cargo build --release -q -p campaign-desk --bin campaign-desk
  APP=$TARGET/release/campaign-desk-app
  CLI=$TARGET/release/campaign-desk
fi
CLI=${CLI:-$TARGET/release/campaign-desk}
RUNS=${RUNS:-3}
work=$(mktemp -d "${TMPDIR:-/tmp}/campaign-desk-footprint.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p artifacts/logs

"$CLI" --db "$work/demo.sqlite3" demo >/dev/null
"$CLI" --db "$work/10k.sqlite3" demo >/dev/null
# 10,000 one-hour events over this year, in five zones, so the month the calendar opens on holds ~830 of them.
python3 - "$work/10k.ics" <<'PY'
import datetime, sys
year = datetime.date.today().year
zones = ["Asia/Manila", "America/Toronto", "Pacific/Auckland", "Europe/London", "America/Sao_Paulo"]
out = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//bench//footprint//EN"]
for i in range(10000):
    day = datetime.date(year, 1, 1) + datetime.timedelta(days=i % 365)
    hour = 6 + (i * 7) % 14
    z = zones[i % 5]
    out += ["BEGIN:VEVENT", f"UID:footprint-{i}@bench", "DTSTAMP:20260101T000000Z",
            f"DTSTART;TZID={z}:{day:%Y%m%d}T{hour:02}0000", f"DTEND;TZID={z}:{day:%Y%m%d}T{hour:02}4500",
            f"SUMMARY:Footprint event {i}", "END:VEVENT"]
out.append("END:VCALENDAR")
open(sys.argv[1], "w").write("\r\n".join(out) + "\r\n")
PY
"$CLI" --db "$work/10k.sqlite3" import ics "$work/10k.ics" >/dev/null

# BEFORE=path/to/another/campaign-desk-app: that build is launched too, alternating with APP launch by launch, so both
# see the same load (before/after numbers from one run).
builds="after=$APP"
[ -n "${BEFORE:-}" ] && builds="before=$BEFORE $builds"
for label in demo 10k; do
  for run in $(seq 1 "$RUNS"); do
    for build in $builds; do
      name=${build%%=*}
      log=artifacts/logs/footprint-$label-$name-$run.log
      # The app's own start-up steps (src-tauri/src/startup_trace.rs), printed as a `footprint-split` line.
      startup_log=$work/startup-$label-$name-$run.log
      # Acceleration off as the app ships (src-tauri/src/webview_memory.rs keeps WebKit's own choice under WebDriver,
      # whose screenshots need it; this flow takes none).
      CAMPAIGN_DESK_WEBKIT_ACCELERATION=off CAMPAIGN_DESK_STARTUP_LOG=$startup_log FOOTPRINT_DB="$work/$label.sqlite3" FOOTPRINT_LABEL="$label/$name#$run" \
        APP="${build#*=}" E2E_TIMEOUT=300 \
        scripts/e2e.sh --test footprint -- --ignored --nocapture >"$log" 2>&1 || { tail -n 40 "$log"; exit 1; }
      echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
      grep '^footprint' "$log"
    done
  done
done

for pkg in "$TARGET"/release/bundle/deb/*.deb "$TARGET"/release/bundle/rpm/*.rpm; do
  [ -f "$pkg" ] || continue
  echo "package $(basename "$pkg"): $(stat -c %s "$pkg") bytes"
done
for deb in "$TARGET"/release/bundle/deb/*.deb; do
  [ -f "$deb" ] && echo "installed size of $(basename "$deb"): $(dpkg-deb -f "$deb" Installed-Size) KiB"
done
echo "app binary $(stat -c %s "$APP") bytes, CLI $(stat -c %s "$CLI") bytes"

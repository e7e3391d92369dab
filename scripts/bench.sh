#!/usr/bin/env bash
# Benchmarks (not tests; nothing asserts a time, and `make test` does not run this). Builds the seeded 100,000-event
# database, times our occurrence query, export and import phases (examples/bench.rs), then, on the same exported
# file and in the same run, times our full import through the CLI against the well-known parsers: libical (the C
# library behind Evolution), the Rust `icalendar` and `ical` crates (benches/ics-crates, a workspace of its own)
# and Python's icalendar, plus recurring_ical_events on the same window. Each tool runs RUNS times (default 3) in a
# process of its own under /usr/bin/time; medians of wall time, CPU time and peak RSS are printed, with the medians
# of the numbers each tool reports about itself. Paste the output into BENCHMARKS.md with the machine it ran on.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-artifacts/bench}
runs=${RUNS:-3}
mkdir -p "$dir"
# SKIP_SETUP=1 when setup has already run (e.g. in a worktree that shares another checkout's .venv).
[ -n "${SKIP_SETUP:-}" ] || scripts/setup.sh >/dev/null

# libical's headers and GNU time, installed only when missing (as scripts/setup.sh does).
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
missing=()
for p in libical-dev time; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "bench: installing ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem/{print $2}') GiB; load $(cut -d' ' -f1-3 /proc/loadavg)"
cargo build -q --release --example bench --bin campaign-desk
cargo build -q --release --manifest-path benches/ics-crates/Cargo.toml
cc -O2 -Wall -o "$dir/libical_parse" benches/libical_parse.c -lical
target/release/examples/bench "$dir"
ics="$dir/bench.ics"

# shellcheck source=scripts/measure.sh
source scripts/measure.sh

fresh="$dir/cli-import.sqlite3"
measure "$runs" "campaign-desk import ics (parse + check + insert + commit)" \
  sh -c "rm -f '$fresh' '$fresh-wal' '$fresh-shm' && target/release/campaign-desk --db '$fresh' import ics '$ics'"
# A file of over 100 MB (the bench file's events repeated with distinct UIDs): memory must stay flat.
big="$dir/bench-big.ics"
python3 - "$ics" "$big" <<'PY'
import sys
text = open(sys.argv[1], "rb").read()
head, begin, rest = text.partition(b"BEGIN:VEVENT")
events = (begin + rest).rsplit(b"END:VCALENDAR", 1)[0]
with open(sys.argv[2], "wb") as out:
    out.write(head)
    copies = 0
    while out.tell() < 100e6:
        copies += 1
        out.write(events.replace(b"\r\nUID:", b"\r\nUID:copy%d-" % copies))
    out.write(b"END:VCALENDAR\r\n")
PY
fresh_big="$dir/cli-import-big.sqlite3"
measure 1 "campaign-desk import ics, $(du -m "$big" | cut -f1) MB file" \
  sh -c "rm -f '$fresh_big' '$fresh_big-wal' '$fresh_big-shm' && target/release/campaign-desk --db '$fresh_big' import ics '$big'"
measure "$runs" "libical parse, streaming lines (icalparser_parse)" "$dir/libical_parse" stream "$ics"
measure "$runs" "libical parse, whole file (icalcomponent_new_from_string)" "$dir/libical_parse" string "$ics"
measure "$runs" "Rust icalendar crate parse + serialize" benches/ics-crates/target/release/ics-crates-bench icalendar "$ics"
measure "$runs" "Rust ical crate parse" benches/ics-crates/target/release/ics-crates-bench ical "$ics"
# Python takes minutes per run; PY_RUNS can lower its count when time is short.
measure "${PY_RUNS:-$runs}" "Python icalendar parse + serialize" .venv/bin/python benches/python_icalendar.py parse-serialize "$ics"
measure 1 "Python recurring_ical_events six-week window (median of 3 queries)" \
  .venv/bin/python benches/python_icalendar.py occurrences "$ics"

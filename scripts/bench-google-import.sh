#!/usr/bin/env bash
# Benchmark (not a test): issue #19's Google-style import. Writes the 53 MB, 100,000-VEVENT calendar of
# benches/support/google_ics.rs (`bench DIR google`), then times in one run, each RUNS times (default 3) in a process
# of its own under /usr/bin/time, with the load average beside each median: our full import into a new database and
# our dry run (`campaign-desk import ics`), libical's parse (streaming and whole file) and Python icalendar's parse.
# BEFORE=path/to/an/older/campaign-desk times that build too, in the same run. Paste the output into BENCHMARKS.md.
# usage: scripts/bench-google-import.sh [DIR]   (PY_RUNS lowers Python's count: it takes minutes a run)
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-artifacts/bench}
runs=${RUNS:-3}
target=${CARGO_TARGET_DIR:-target}
python=${PYTHON:-.venv/bin/python}
mkdir -p "$dir"
command -v /usr/bin/time >/dev/null && [ -f /usr/include/libical/ical.h ] ||
  { echo "bench-google-import: needs GNU time and libical-dev (scripts/bench.sh installs them)" >&2; exit 1; }

cargo build -q --release --example bench --bin campaign-desk
cc -O2 -Wall -o "$dir/libical_parse" benches/libical_parse.c -lical
"$target/release/examples/bench" "$dir" google
ics="$dir/google.ics"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); file $(du -m "$ics" | cut -f1) MB"

# shellcheck source=scripts/measure.sh
source scripts/measure.sh

ours() { # LABEL BINARY [--dry-run]
  local db="$dir/google-import.sqlite3"
  measure "$runs" "$1" sh -c "rm -f '$db' '$db-wal' '$db-shm' && '$2' --db '$db' import ics ${3:-} '$ics' >/dev/null"
}
# Every line is also kept in $dir/google-import.txt, for the aim's ratios at the end.
results="$dir/google-import.txt"
: >"$results"
for build in ${BEFORE:+before} now; do
  bin="$target/release/campaign-desk"
  [ "$build" = before ] && bin=$BEFORE
  ours "campaign-desk import ics ($build)" "$bin" | tee -a "$results"
  ours "campaign-desk import ics --dry-run ($build)" "$bin" --dry-run | tee -a "$results"
done
measure "$runs" "libical parse, streaming lines (icalparser_parse)" "$dir/libical_parse" stream "$ics" | tee -a "$results"
measure "$runs" "libical parse, whole file (icalcomponent_new_from_string)" "$dir/libical_parse" string "$ics" |
  tee -a "$results"
# PY_RUNS=0 leaves Python out (a quick look at our side and libical's).
if [ "${PY_RUNS:-$runs}" -gt 0 ]; then
  measure "${PY_RUNS:-$runs}" "Python icalendar parse" "$python" benches/python_icalendar.py parse "$ics" |
    tee -a "$results"
fi

# Issue #19's aim, from the medians above: our full import at least 25x faster than Python's parse, and faster than
# libical's parse. Each is given two ways: the whole processes' wall times (how every line above is measured), and
# against the other tool's own timer around its parse alone (which leaves out its start, and for libical freeing
# its tree).
python3 - "$results" <<'PY'
import re, sys
wall, own = {}, {}
for line in open(sys.argv[1]):
    label = line.split(":", 1)[0]
    if m := re.search(r": wall ([0-9.]+) s", line):
        wall[label] = float(m[1])
    if m := re.search(r"parse_s=([0-9.]+)", line):
        own[label] = float(m[1])
ours = wall.get("campaign-desk import ics (now)")
for label in wall:
    if ours is None or label.startswith("campaign-desk"):
        continue
    ratio = wall[label] / ours
    by_timer = f", {own[label] / ours:.2f}x by its own parse timer ({own[label]:.2f} s)" if label in own else ""
    print(f"aim: our full import ({ours:.2f} s) against {label}: {ratio:.2f}x by wall time{by_timer}")
PY

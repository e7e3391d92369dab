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
for build in ${BEFORE:+before} now; do
  bin="$target/release/campaign-desk"
  [ "$build" = before ] && bin=$BEFORE
  ours "campaign-desk import ics ($build)" "$bin"
  ours "campaign-desk import ics --dry-run ($build)" "$bin" --dry-run
done
measure "$runs" "libical parse, streaming lines (icalparser_parse)" "$dir/libical_parse" stream "$ics"
measure "$runs" "libical parse, whole file (icalcomponent_new_from_string)" "$dir/libical_parse" string "$ics"
# PY_RUNS=0 leaves Python out (a quick look at our side and libical's).
[ "${PY_RUNS:-$runs}" -gt 0 ] || exit 0
measure "${PY_RUNS:-$runs}" "Python icalendar parse" "$python" benches/python_icalendar.py parse "$ics"

#!/usr/bin/env bash
# Benchmarks (not tests; nothing asserts a time). Builds the seeded 100,000-event database, times our occurrence
# query, export and import (examples/bench.rs), then times Python's icalendar and recurring_ical_events on the same
# exported file and window, in the same run. Paste the output into BENCHMARKS.md with the machine it ran on.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-artifacts/bench}
mkdir -p "$dir"
scripts/setup.sh >/dev/null
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem/{print $2}') GiB"
cargo run -q --release --example bench -- "$dir"
.venv/bin/python - "$dir/bench.ics" <<'PY'
import datetime as dt, resource, sys, time, zoneinfo
import icalendar, recurring_ical_events
t = time.perf_counter()
with open(sys.argv[1], "rb") as f:
    cal = icalendar.Calendar.from_ical(f.read())
parse = time.perf_counter() - t
t = time.perf_counter()
data = cal.to_ical()
serialize = time.perf_counter() - t
tz = zoneinfo.ZoneInfo("Asia/Manila")
window = (dt.datetime(2024, 3, 4, tzinfo=tz), dt.datetime(2024, 4, 15, tzinfo=tz))
times = []
for _ in range(3):
    t = time.perf_counter()
    n = len(recurring_ical_events.of(cal).between(*window))
    times.append(time.perf_counter() - t)
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"python icalendar {icalendar.__version__}: parse {parse:.2f} s, serialize {serialize:.2f} s ({len(data)/1e6:.1f} MB), peak RSS {rss:.0f} MB")
print(f"python recurring_ical_events: six-week window {n} instances, median {sorted(times)[1]*1000:.0f} ms over 3 runs")
PY

"""Benchmark (not a test): Python's icalendar and recurring_ical_events on the bench file, for scripts/bench.sh.

usage: python_icalendar.py parse-serialize FILE | parse FILE | occurrences FILE
Prints key=value numbers so the script can take medians over runs.
"""
import datetime as dt
import importlib.metadata
import sys
import time
import zoneinfo

import icalendar
import recurring_ical_events

mode, path = sys.argv[1], sys.argv[2]
t = time.perf_counter()
with open(path, "rb") as f:
    cal = icalendar.Calendar.from_ical(f.read())
parse = time.perf_counter() - t
if mode == "parse-serialize":
    t = time.perf_counter()
    data = cal.to_ical()
    serialize = time.perf_counter() - t
    events = len(cal.walk("VEVENT"))
    print(f"icalendar {importlib.metadata.version('icalendar')} events={events} parse_s={parse:.3f} serialize_s={serialize:.3f} "
          f"serialized_mb={len(data) / 1e6:.1f}")
elif mode == "parse":
    print(f"icalendar {importlib.metadata.version('icalendar')} events={len(cal.walk('VEVENT'))} parse_s={parse:.3f}")
elif mode == "occurrences":
    tz = zoneinfo.ZoneInfo("Asia/Manila")
    window = (dt.datetime(2024, 3, 4, tzinfo=tz), dt.datetime(2024, 4, 15, tzinfo=tz))
    times = []
    for _ in range(3):
        t = time.perf_counter()
        n = len(recurring_ical_events.of(cal).between(*window))
        times.append(time.perf_counter() - t)
    print(f"recurring_ical_events {importlib.metadata.version('recurring-ical-events')} instances={n} "
          f"window_ms={sorted(times)[1] * 1000:.0f}")
else:
    sys.exit(f"unknown mode {mode!r}: parse-serialize, parse or occurrences")

"""Reads an .ics file with Python's `icalendar` + `recurring_ical_events` (parsers we did not write), expands it over
a window, and compares the occurrences with Campaign Desk's own `event list --json` for the same window.

usage: crosscheck.py FILE.ics OURS.json FROM TO ZONE
Exit status 0 when both agree on every occurrence (uid, title, status, start and end instants), 1 otherwise.
"""

import datetime as dt
import json
import sys
import zoneinfo

import icalendar
import recurring_ical_events


def theirs(path, start, end, zone):
    with open(path, "rb") as f:
        cal = icalendar.Calendar.from_ical(f.read())
    tz = zoneinfo.ZoneInfo(zone)
    window = (dt.datetime.combine(start, dt.time(), tz), dt.datetime.combine(end, dt.time(), tz))
    out = []
    for ev in recurring_ical_events.of(cal).between(*window):
        s, e = ev["DTSTART"].dt, ev["DTEND"].dt
        if isinstance(s, dt.datetime):
            s, e = s.astimezone(dt.timezone.utc).isoformat(), e.astimezone(dt.timezone.utc).isoformat()
        else:
            s, e = s.isoformat(), e.isoformat()
        out.append((str(ev["UID"]), str(ev["SUMMARY"]), str(ev.get("STATUS", "CONFIRMED")).lower(), s, e))
    return sorted(out)


def ours(path):
    with open(path, encoding="utf-8") as f:
        items = json.load(f)
    out = []
    for o in items:
        s, e = o["start"], o["end"]
        if not o["all_day"]:
            s = dt.datetime.fromisoformat(s).astimezone(dt.timezone.utc).isoformat()
            e = dt.datetime.fromisoformat(e).astimezone(dt.timezone.utc).isoformat()
        out.append((o["uid"], o["title"], o["status"], s, e))
    return sorted(out)


def main():
    ics, mine, start, end, zone = sys.argv[1:6]
    start, end = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    a, b = theirs(ics, start, end, zone), ours(mine)
    if a == b:
        print(f"ics crosscheck {start}..{end} {zone}: {len(a)} occurrences agree")
        return 0
    print(f"ics crosscheck {start}..{end} {zone}: MISMATCH")
    for row in sorted(set(a) - set(b)):
        print("  only in icalendar:", row)
    for row in sorted(set(b) - set(a)):
        print("  only in campaign-desk:", row)
    return 1


if __name__ == "__main__":
    sys.exit(main())

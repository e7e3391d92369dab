"""The same CalDAV work as examples/bench_caldav.rs, done by Python's `caldav` client (the reference client most
CalDAV tools build on): a first sync of N events to a new calendar (one PUT each, as any client must), then an
incremental sync of one change (a sync-collection REPORT with the token the first sync ended with, then a PUT of the
one changed event). Prints one JSON object: wall seconds of each step and the process's peak RSS.

usage: python benches/python_caldav.py URL USER PASSWORD N
"""

import json
import resource
import sys
import time

import caldav


def event(i: int, title: str) -> str:
    day = 1 + i % 28
    month = 1 + (i // 28) % 12
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//python caldav//EN\r\n"
        "BEGIN:VEVENT\r\n"
        f"UID:py-bench-{i}@example.org\r\nDTSTAMP:20260101T000000Z\r\n"
        f"DTSTART;TZID=Europe/Berlin:2026{month:02d}{day:02d}T{9 + i % 8:02d}0000\r\n"
        f"DTEND;TZID=Europe/Berlin:2026{month:02d}{day:02d}T{10 + i % 8:02d}0000\r\n"
        f"SUMMARY:{title}\r\nLOCATION:Room {i % 40}\r\nDESCRIPTION:Seeded event {i} for the benchmark\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def main() -> None:
    url, user, password, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    client = caldav.DAVClient(url=url, username=user, password=password)
    calendar = client.principal().make_calendar(name="Python bench", cal_id="python-bench")

    started = time.perf_counter()
    saved = [calendar.save_event(event(i, f"Event {i}")) for i in range(n)]
    # The state a syncing client keeps: the collection's token after its own writes.
    token = calendar.objects_by_sync_token(load_objects=False).sync_token
    first = time.perf_counter() - started

    started = time.perf_counter()
    changed = calendar.objects_by_sync_token(sync_token=token, load_objects=False)
    list(changed)
    one = saved[n // 2]
    one.data = event(n // 2, "Event changed")
    one.save()
    incremental = time.perf_counter() - started

    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"first_sync_s": first, "incremental_s": incremental, "peak_rss_mb": peak_kb / 1024}))


if __name__ == "__main__":
    main()

#!/usr/bin/env bash
# Proves our .ics export reads the same in parsers we did not write: loads the demo data plus recurrence and DST
# edge cases into a temporary database, exports it, and has Python's icalendar + recurring_ical_events and ical.js
# (Thunderbird's parser, from ui/node_modules) each expand it over several windows and zones; every occurrence must
# match `campaign-desk event list --json` for the same window.
set -euo pipefail
cd "$(dirname "$0")/.."
CLI=${CLI:-${CARGO_TARGET_DIR:-target}/debug/campaign-desk}
PY=${PY:-.venv/bin/python}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export CAMPAIGN_DESK_DB="$tmp/crosscheck.sqlite3" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config"
cd_() { "$CLI" --json "$@"; }
cd_ demo >/dev/null
chapter=$(cd_ event add --title "Chapter meeting (Toronto)" --start 2025-03-04T19:00 --end 2025-03-04T20:30 \
  --zone America/Toronto --rrule "FREQ=WEEKLY;BYDAY=TU;UNTIL=20251231" --exdate 2025-11-04T19:00 |
  "$PY" -c 'import json,sys; print(json.load(sys.stdin)["id"])')
# Moved earlier, from after the first window's end into it: a parser must look past the window to find it.
cd_ event edit "$chapter" --occurrence 2025-04-08T19:00 --title "Chapter meeting: brought forward" \
  --start 2025-03-27T18:00 --end 2025-03-27T19:30 >/dev/null
cd_ event add --title "Pulong ng̃ mga manggagawa 👩🏽‍🌾; \\ \"tahanan\", daan" --start 2025-03-09T09:00 --end 2025-03-09T10:00 \
  --zone Asia/Manila >/dev/null
series=$(cd_ event add --title "Webinar series" --start 2025-02-04T20:00 --end 2025-02-04T21:00 --zone Asia/Manila \
  --rrule "FREQ=WEEKLY;COUNT=6" --online-url meet.example.org/series | "$PY" -c 'import json,sys; print(json.load(sys.stdin)["id"])')
cd_ event edit "$series" --occurrence 2025-02-11T20:00 --title "Webinar series: special edition" \
  --start 2025-02-13T18:00 --end 2025-02-13T19:30 >/dev/null
cd_ event edit "$series" --occurrence 2025-02-18T20:00 --status cancelled >/dev/null
cd_ event add --title "Night shift call" --start 2025-10-26T01:30 --end 2025-10-26T02:00 --zone America/Toronto \
  --rrule "FREQ=WEEKLY;COUNT=3" --exdate 2025-11-02T01:30 >/dev/null
cd_ event add --title "Reunião anual" --start 2018-11-12T10:00 --end 2018-11-12T11:00 --zone America/Sao_Paulo --rrule FREQ=YEARLY >/dev/null
cd_ event add --title "Leap-day vigil" --date 2024-02-29 --rrule FREQ=YEARLY >/dev/null
cd_ event add --title "Remembrance" --start 2025-11-16T15:00 --end 2025-11-16T16:00 --zone Europe/London \
  --rrule "FREQ=YEARLY;BYMONTH=11;BYDAY=3SU" >/dev/null
cd_ event add --title "Two-day assembly; \"commas, too\"" --date 2025-06-14 --end-date 2025-06-15 --rrule "FREQ=MONTHLY;BYDAY=2SA;COUNT=5" >/dev/null
# A start the rule would not produce (a Wednesday for "third Sunday"): RFC 5545 makes it the first instance anyway.
# (With COUNT the two differ on purpose: RFC 5545 counts that start as the first of COUNT; recurring_ical_events
# adds it on top. src/calendar/recurrence.rs follows the RFC and its unit test says so.)
cd_ event add --title "Out-of-step start" --start 2025-03-05T19:00 --end 2025-03-05T20:00 --zone Europe/London \
  --rrule "FREQ=MONTHLY;BYDAY=3SU;UNTIL=20251231" >/dev/null
cd_ event add --title "Out-of-step open series" --date 2025-06-04 --rrule "FREQ=MONTHLY;BYDAY=1MO" >/dev/null
# Extra dates (RDATE): with a rule, across Toronto's fall-back, and alone on an all-day event.
cd_ event add --title "Teach-in with extra dates" --start 2025-10-21T18:00 --end 2025-10-21T19:30 --zone America/Toronto \
  --rrule "FREQ=WEEKLY;COUNT=3" --rdate 2025-10-30T09:00 --rdate 2025-11-03T18:00 >/dev/null
cd_ event add --title "Vigil dates" --date 2025-06-01 --rdate 2025-06-15 --rdate 2025-11-30 >/dev/null
# A campaign's checklist travels as VTODOs (one open with a due date, one done).
cd_ task add --campaign 1 --title "Book the webinar room; confirm interpreters" --due 2025-02-10 >/dev/null
done_id=$(cd_ task add --campaign 1 --title "Draft the call, in four languages" | "$PY" -c 'import json,sys; print(json.load(sys.stdin)["id"])')
cd_ task done "$done_id" >/dev/null
"$CLI" export ics -o "$tmp/all.ics" >/dev/null
status=0
cd_ task list --campaign 1 >"$tmp/tasks.json"
"$PY" - "$tmp/all.ics" "$tmp/tasks.json" <<'PY' || status=1
import json, sys
import icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
theirs = sorted(
    (str(t["UID"]), str(t["SUMMARY"]), t["DUE"].dt.isoformat() if "DUE" in t else None, str(t["STATUS"]))
    for t in cal.walk("VTODO")
)
ours = sorted(
    (t["uid"], t["title"], t["due_date"], "COMPLETED" if t["done_at"] else "NEEDS-ACTION")
    for t in json.load(open(sys.argv[2]))
)
if theirs != ours:
    print("ics crosscheck tasks: MISMATCH", theirs, ours)
    sys.exit(1)
print(f"ics crosscheck tasks: {len(ours)} VTODOs read back by icalendar")
PY
for window in "2025-01-01 2025-04-01 Asia/Manila" "2025-10-01 2025-12-01 America/Toronto" \
              "2018-01-01 2030-01-01 UTC" "2025-06-01 2025-12-01 Pacific/Auckland"; do
  read -r from to zone <<<"$window"
  "$CLI" --json event list --from "$from" --to "$to" --tz "$zone" >"$tmp/ours.json"
  "$PY" tests/ics/crosscheck.py "$tmp/all.ics" "$tmp/ours.json" "$from" "$to" "$zone" || status=1
  node tests/ics/crosscheck-icaljs.mjs "$tmp/all.ics" "$tmp/ours.json" "$from" "$to" "$zone" || status=1
done
# Round trip: the export imported into an empty database yields the same occurrences.
CAMPAIGN_DESK_DB="$tmp/roundtrip.sqlite3" "$CLI" --json import ics "$tmp/all.ics" >"$tmp/import.json"
for window in "2018-01-01 2030-01-01 UTC" "2025-02-01 2025-03-01 Asia/Manila"; do
  read -r from to zone <<<"$window"
  "$CLI" --json event list --from "$from" --to "$to" --tz "$zone" >"$tmp/a.json"
  CAMPAIGN_DESK_DB="$tmp/roundtrip.sqlite3" "$CLI" --json event list --from "$from" --to "$to" --tz "$zone" >"$tmp/b.json"
  "$PY" - "$tmp/a.json" "$tmp/b.json" "$from" "$to" "$zone" <<'PY' || status=1
import json, sys
keys = ("uid", "title", "all_day", "start", "end", "zone", "status", "recurrence_id", "is_exception")
a, b = (sorted(tuple(o[k] for k in keys) for o in json.load(open(p))) for p in sys.argv[1:3])
print(f"ics round trip {sys.argv[3]}..{sys.argv[4]} {sys.argv[5]}: " + (f"{len(a)} occurrences identical" if a == b else "MISMATCH"))
for row in sorted(set(a) ^ set(b)):
    print("  differs:", row)
sys.exit(0 if a == b else 1)
PY
done
# An invitation (iTIP REQUEST, issue #18): the Toronto chapter series to an organisation and a person with e-mail
# addresses (one has said yes) and one without (named, left out). Read back by icalendar and ical.js: METHOD, an
# ORGANIZER in every VEVENT, each ATTENDEE with CN, PARTSTAT and RSVP, and the same occurrences as the export.
org=$(cd_ org add --name "Migrante Canada, Toronto: chapter" --email toronto@migrante.example | "$PY" -c 'import json,sys; print(json.load(sys.stdin)["id"])')
who=$(cd_ person add --name 'Ana "Ninay" Reyes' --email ana@example.org | "$PY" -c 'import json,sys; print(json.load(sys.stdin)["id"])')
cd_ invite "$chapter" --org "$org,1" --person "$who" >/dev/null
cd_ rsvp "$chapter" --person "$who" --answer yes >/dev/null
cd_ invite "$chapter" --ics "$tmp/invite.ics" --organizer-email coordinator@example.org --organizer-name "Alliance desk" \
  >"$tmp/invite.json"
"$PY" - "$tmp/invite.ics" "$tmp/all.ics" "$tmp/invite.json" <<'PY' || status=1
import json, sys
import icalendar, recurring_ical_events
invite = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
summary = json.load(open(sys.argv[3]))
problems = []
if str(invite.get("METHOD")) != "REQUEST":
    problems.append(f"METHOD {invite.get('METHOD')}")
events = invite.walk("VEVENT")
want = {
    "mailto:toronto@migrante.example": ("Migrante Canada, Toronto: chapter", "NEEDS-ACTION", "GROUP"),
    "mailto:ana@example.org": ("Ana 'Ninay' Reyes", "ACCEPTED", "INDIVIDUAL"),
}
for e in events:
    if str(e.get("ORGANIZER")) != "mailto:coordinator@example.org" or e["ORGANIZER"].params.get("CN") != "Alliance desk":
        problems.append(f"ORGANIZER {e.get('ORGANIZER')!r}")
    attendees = e.get("ATTENDEE")
    attendees = attendees if isinstance(attendees, list) else [attendees]
    got = {str(a): (a.params.get("CN"), a.params.get("PARTSTAT"), a.params.get("CUTYPE")) for a in attendees}
    if got != want or any(a.params.get("RSVP") != "TRUE" for a in attendees):
        problems.append(f"ATTENDEE {got}")
if len(summary["without_email"]) != 1:
    problems.append(f"without e-mail {summary['without_email']}")
published = icalendar.Calendar.from_ical(open(sys.argv[2], "rb").read())
uid = str(events[0]["UID"]) if events else ""
starts = lambda cal: sorted(o["DTSTART"].dt.isoformat() for o in recurring_ical_events.of(cal).between((2025, 1, 1), (2026, 1, 1)) if str(o["UID"]) == uid)
if not events or starts(invite) != starts(published):
    problems.append("the invitation's occurrences differ from the export's")
print(f"ics invitation: {len(events)} VEVENTs, {len(starts(invite))} occurrences, attendees read back by icalendar"
      if not problems else "ics invitation: MISMATCH " + "; ".join(problems))
sys.exit(1 if problems else 0)
PY
node - "$tmp/invite.ics" <<'JS' || status=1
const { readFileSync } = await import("node:fs");
const ICAL = (await import(process.cwd() + "/ui/node_modules/ical.js/dist/ical.js")).default;
const root = new ICAL.Component(ICAL.parse(readFileSync(process.argv[2], "utf8")));
const bad = [];
if (root.getFirstPropertyValue("method") !== "REQUEST") bad.push("METHOD");
for (const vevent of root.getAllSubcomponents("vevent")) {
  const event = new ICAL.Event(vevent);
  if (event.organizer !== "mailto:coordinator@example.org") bad.push(`ORGANIZER ${event.organizer}`);
  const seen = event.attendees.map((a) => `${a.getParameter("cn")}|${a.getParameter("partstat")}|${a.getParameter("rsvp")}|${a.getFirstValue()}`).sort();
  const want = ["Ana 'Ninay' Reyes|ACCEPTED|TRUE|mailto:ana@example.org", "Migrante Canada, Toronto: chapter|NEEDS-ACTION|TRUE|mailto:toronto@migrante.example"];
  if (JSON.stringify(seen) !== JSON.stringify(want)) bad.push(`ATTENDEE ${seen}`);
}
console.log(bad.length ? `ics invitation (ical.js): MISMATCH ${bad.join("; ")}` : "ics invitation (ical.js): organiser and attendees read back");
process.exit(bad.length ? 1 : 0);
JS
# Every client-shaped fixture on its own, into a fresh database, compared occurrence by occurrence with
# recurring_ical_events; a crash, a timeout or a difference not justified in tests/ics/known-disagreements.txt fails.
"$PY" scripts/ics-corpus-check.py --cli "$CLI" --known tests/ics/known-disagreements.txt --strict tests/fixtures/ics \
  || status=1
exit $status

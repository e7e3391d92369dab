// Reads an .ics file with ical.js (Mozilla Thunderbird's parser, which we did not write), expands it over a window,
// and compares the occurrences with Campaign Desk's own `event list --json` for the same window. The twin of
// crosscheck.py: same keys (uid, title, status, start and end instants or dates), same normalisation, same output.
//
// usage: node crosscheck-icaljs.mjs FILE.ics OURS.json FROM TO ZONE
// Exit status 0 when both agree on every occurrence, 1 otherwise.

import { readFileSync } from "node:fs";

const [file, mine, from, to, zone] = process.argv.slice(2);
if (!zone) {
  console.error("usage: node crosscheck-icaljs.mjs FILE.ics OURS.json FROM TO ZONE");
  process.exit(2);
}
for (const [name, date] of [["FROM", from], ["TO", to]]) {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) {
    console.error(`${name} '${date}' is not a date (YYYY-MM-DD)`);
    process.exit(2);
  }
}
try {
  new Intl.DateTimeFormat("en-US", { timeZone: zone });
} catch {
  console.error(`ZONE '${zone}' is not an IANA time zone (e.g. Asia/Manila)`);
  process.exit(2);
}

const ICAL = await import("../../ui/node_modules/ical.js/dist/ical.js").then(
  (m) => m.default,
  (e) => {
    console.error(`ical.js is not installed in ui/node_modules (${e.code}): run scripts/setup.sh or 'cd ui && npm ci'`);
    process.exit(2);
  },
);

// The window's bounds are midnights in ZONE. They are worked out with Intl (the ICU zone data Node ships), not with
// ical.js, so the parser under test does not also define what it is tested against.
function offsetMs(at, tz) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone: tz,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    })
      .formatToParts(new Date(at))
      .map((p) => [p.type, Number(p.value)]),
  );
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) - at;
}

function midnight(date, tz) {
  const wall = Date.parse(`${date}T00:00:00Z`);
  // Twice, because the offset at the guessed instant may differ from the one at the answer near a transition.
  const guess = wall - offsetMs(wall, tz);
  return wall - offsetMs(guess, tz);
}

const utc = (ms) => new Date(ms).toISOString().replace(/\.000Z$/, "+00:00");

// Python's datetime.isoformat() after astimezone(utc), as crosscheck.py prints it.
const instant = (t) => utc(t.toUnixTime() * 1000);

const window = { from: midnight(from, zone), to: midnight(to, zone) };

// recurring_ical_events' rule (and ours): ends are exclusive; a zero-length event counts at its start.
function overlaps(start, end, lo, hi) {
  return start === end ? lo <= start && start < hi : start < hi && end > lo;
}

function inWindow(start, end) {
  if (start.isDate) {
    // Dates are compared as dates: the window is whole days of ZONE.
    return overlaps(start.toString(), end.toString(), from, to);
  }
  return overlaps(start.toUnixTime() * 1000, end.toUnixTime() * 1000, window.from, window.to);
}

const stamp = (t) => (t.isDate ? t.toString() : instant(t));

function row(item, start, end) {
  const status = (item.component.getFirstPropertyValue("status") ?? "CONFIRMED").toLowerCase();
  return JSON.stringify([item.uid, item.summary, status, stamp(start), stamp(end)]);
}

// Two known ical.js bugs where RFC 5545 sides with us; each excuse is as narrow as the bug and counted in the output.
// - kewisch/ical.js#91 (still in 2.2.1; fix proposed in PR #1004): a bare FREQ=YEARLY series anchored on 29 February
//   also yields 1 March in other years. §3.3.10: an instance with an invalid date "MUST be ignored and MUST NOT be
//   counted", so those 1 March instances are dropped from ical.js' side (the 29 February ones are still compared).
// - kewisch/ical.js#294 (open): a DTSTART the rule would not produce is left out. §3.8.5.3: "The DTSTART property
//   defines the first instance in the recurrence set" (§3.8.2.4 calls such a set undefined, but Apple, Google and
//   recurring_ical_events keep the instance too), so our instance at that DTSTART is not asked of ical.js.
//   The same happens to a set of extra dates without a rule (RDATE only): ical.js 2.2.1 yields the RDATEs but not
//   DTSTART, which §3.8.5.3 makes the first instance of every recurrence set (recurring_ical_events keeps it).
// Neither applies to a rule with COUNT, where the bugs would also shift the last instance and we want to see that.
const excused = { rollover: 0, dtstart: new Set() };

function leapDayAnchored(event, rule) {
  const s = event.startDate;
  const bare = Object.keys(rule.parts).length === 0;
  return rule.freq === "YEARLY" && bare && !rule.count && s.month === 2 && s.day === 29;
}

function theirs() {
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(file, "utf8")));
  for (const vtimezone of calendar.getAllSubcomponents("vtimezone")) {
    ICAL.TimezoneService.register(vtimezone);
  }
  const vevents = calendar.getAllSubcomponents("vevent");
  const overrides = new Map();
  for (const v of vevents.filter((v) => v.hasProperty("recurrence-id"))) {
    const uid = v.getFirstPropertyValue("uid");
    overrides.set(uid, [...(overrides.get(uid) ?? []), v]);
  }
  const masters = new Set(
    vevents.filter((v) => !v.hasProperty("recurrence-id")).map((v) => v.getFirstPropertyValue("uid")),
  );
  const out = [];
  for (const v of vevents) {
    const uid = v.getFirstPropertyValue("uid");
    if (v.hasProperty("recurrence-id") && masters.has(uid)) {
      continue;
    }
    const event = new ICAL.Event(v, { strictExceptions: true, exceptions: overrides.get(uid) ?? [] });
    if (!event.isRecurring()) {
      if (inWindow(event.startDate, event.endDate)) {
        out.push(row(event, event.startDate, event.endDate));
      }
      continue;
    }
    // An override can move an instance into the window from after it, so the expansion runs past the window's end
    // by the largest such move, and a day more because a DATE instance carries no zone (ical.js counts it as UTC).
    let reach = 0;
    for (const x of Object.values(event.exceptions)) {
      reach = Math.max(reach, (x.recurrenceId.toUnixTime() - x.startDate.toUnixTime()) * 1000);
    }
    const stop = window.to + reach + 86400e3;
    const rule = v.getFirstPropertyValue("rrule");
    const it = event.iterator();
    let first = true;
    for (let next = it.next(); next && next.toUnixTime() * 1000 < stop; next = it.next(), first = false) {
      const rdateOnly = !rule && v.hasProperty("rdate");
      if (first && (rdateOnly || (rule && !rule.count)) && next.compare(event.startDate) !== 0) {
        excused.dtstart.add(JSON.stringify([uid, stamp(event.startDate)]));
      }
      const d = event.getOccurrenceDetails(next);
      if (!inWindow(d.startDate, d.endDate)) {
        continue;
      }
      if (rule && leapDayAnchored(event, rule) && !(next.month === 2 && next.day === 29)) {
        excused.rollover += 1;
      } else {
        out.push(row(d.item, d.startDate, d.endDate));
      }
    }
  }
  return out.sort();
}

function ours() {
  return JSON.parse(readFileSync(mine, "utf8"))
    .map((o) => {
      const [s, e] = o.all_day ? [o.start, o.end] : [utc(Date.parse(o.start)), utc(Date.parse(o.end))];
      return JSON.stringify([o.uid, o.title, o.status, s, e]);
    })
    .sort();
}

const label = `ics crosscheck (ical.js) ${from}..${to} ${zone}`;
let a;
try {
  a = theirs();
} catch (e) {
  // Our export failing to parse is the check failing, not a usage error.
  console.log(`${label}: ical.js cannot read ${file}: ${e.message}`);
  process.exit(1);
}
const inA = new Set(a);
let skipped = 0;
const b = ours().filter((r) => {
  const [uid, , , start] = JSON.parse(r);
  const drop = !inA.has(r) && excused.dtstart.has(JSON.stringify([uid, start]));
  skipped += drop ? 1 : 0;
  return !drop;
});
if (a.length === b.length && a.every((x, i) => x === b[i])) {
  const notes = [];
  if (excused.rollover) notes.push(`${excused.rollover} rolled to 1 March dropped, ical.js#91`);
  if (skipped) notes.push(`${skipped} out-of-step DTSTART not compared, ical.js#294`);
  console.log(`${label}: ${a.length} occurrences agree${notes.length ? ` (${notes.join("; ")})` : ""}`);
  process.exit(0);
}
console.log(`${label}: MISMATCH`);
const [sa, sb] = [new Set(a), new Set(b)];
for (const r of a.filter((x) => !sb.has(x))) console.log("  only in ical.js:", r);
for (const r of b.filter((x) => !sa.has(x))) console.log("  only in campaign-desk:", r);
process.exit(1);

// Pure time helpers for the calendar view.
//
// How zones reach FullCalendar: the back end writes every occurrence in the VIEW ZONE (RFC 3339 with that zone's
// offset). FullCalendar runs with `timeZone: 'UTC'` and is given each time as its wall clock with the offset
// stripped ('2025-02-18T20:00:00+08:00' → '2025-02-18T20:00:00'), which in UTC mode it shows exactly as written.
// So the Date objects FullCalendar hands back are "fake UTC": their UTC fields are the wall clock in the view
// zone. `fakeUtcToWall` reads them back, `wallToInstant`/`instantToWall` convert between zones.

const OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;

/** An RFC 3339 time without its offset (the wall clock in the zone it is written in); dates unchanged. */
export function stripOffset(value: string): string {
  return value.replace(OFFSET, '');
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** A fake-UTC Date (see above) as the wall clock `YYYY-MM-DDTHH:MM`. */
export function fakeUtcToWall(date: Date): string {
  return `${fakeUtcToDate(date)}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
}

/** A fake-UTC Date as its calendar day `YYYY-MM-DD`. */
export function fakeUtcToDate(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The wall-clock fields FullCalendar hands a formatting function (of fake-UTC dates, so the view zone's clock). */
interface ClockFields {
  hour: number;
  minute: number;
}

/**
 * An event's time as the calendar shows it, "07:00" or "07:00 - 08:30" (FullCalendar's formatting function:
 * `end` is set when it wants a range), on the 24-hour clock or, with `periods` (the locale's words for morning and
 * afternoon, `dayPeriods`), the 12-hour one ("7:00 AM"). The same text Intl gives, written by hand because
 * FullCalendar's Intl range formatting, per event, was half the time of drawing a week of 450 events in WebKitGTK.
 */
export function eventTimeText(
  arg: { start: ClockFields; end?: ClockFields | null; defaultSeparator: string },
  periods: readonly [string, string] | null = null,
): string {
  const clock = (t: ClockFields): string =>
    periods ? `${t.hour % 12 || 12}:${pad(t.minute)} ${periods[t.hour < 12 ? 0 : 1]}` : `${pad(t.hour)}:${pad(t.minute)}`;
  return arg.end ? `${clock(arg.start)}${arg.defaultSeparator}${clock(arg.end)}` : clock(arg.start);
}

const periodCache = new Map<string, readonly [string, string]>();

/** The locale's words for before and after noon on the 12-hour clock ("AM", "PM"; "a.m." …), from Intl once. */
export function dayPeriods(locale: string): readonly [string, string] {
  let periods = periodCache.get(locale);
  if (!periods) {
    const format = new Intl.DateTimeFormat(locale, { hour: 'numeric', hourCycle: 'h12', timeZone: 'UTC' });
    const word = (hour: number) =>
      format.formatToParts(Date.UTC(2026, 0, 1, hour)).find((part) => part.type === 'dayPeriod')?.value ?? (hour < 12 ? 'AM' : 'PM');
    periods = [word(9), word(21)];
    periodCache.set(locale, periods);
  }
  return periods;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** The wall clock in `zone` at `instant` (ms since the epoch), as fake-UTC milliseconds. */
function wallMsAt(instant: number, zone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(zone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, (parts.hour ?? 0) % 24, parts.minute ?? 0, parts.second ?? 0);
}

/** The wall clock in `zone` at `instant`, as `YYYY-MM-DDTHH:MM`. */
export function instantToWall(instant: number, zone: string): string {
  return fakeUtcToWall(new Date(wallMsAt(instant, zone)));
}

/** The current wall clock in `zone` as a fake-UTC Date (FullCalendar's `now` in UTC mode). */
export function nowIn(zone: string, now: Date = new Date()): Date {
  return new Date(wallMsAt(now.getTime(), zone));
}

/**
 * The instant (ms) at which the wall clock in `zone` reads `wall` (`YYYY-MM-DDTHH:MM`). In a DST gap the time
 * is read with the offset before the gap; in an overlap the earlier instant is taken (as the core does).
 */
export function wallToInstant(wall: string, zone: string): number {
  const target = Date.parse(`${wall.slice(0, 16)}:00Z`);
  // Two rounds of "guess the offset, correct by it" settle on the right instant.
  let instant = target - (wallMsAt(target, zone) - target);
  instant = target - (wallMsAt(instant, zone) - instant);
  const earlier = instant - 3_600_000;
  if (wallMsAt(earlier, zone) === target) return earlier;
  return instant;
}

/** `wall` (the view zone's wall clock) as the wall clock in `to`. */
export function convertWall(wall: string, from: string, to: string): string {
  return from === to ? wall.slice(0, 16) : instantToWall(wallToInstant(wall, from), to);
}

/** Adds `days` to a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
  const ms = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return fakeUtcToDate(new Date(ms));
}

export type RepeatPreset = 'none' | 'daily' | 'weekly' | 'monthly' | 'yearly';
const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

/** The RRULE a preset makes for a series starting on `date` (`YYYY-MM-DD`); null for no repeat. */
export function presetRule(preset: RepeatPreset, date: string): string | null {
  const day = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  switch (preset) {
    case 'none':
      return null;
    case 'daily':
      return 'FREQ=DAILY';
    case 'weekly':
      return `FREQ=WEEKLY;BYDAY=${BYDAY[day.getUTCDay()]}`;
    case 'monthly':
      return `FREQ=MONTHLY;BYMONTHDAY=${day.getUTCDate()}`;
    case 'yearly':
      return 'FREQ=YEARLY';
  }
}

/** The preset an existing rule corresponds to, or null when it is something more specific. */
export function presetOf(rule: string | null): RepeatPreset | null {
  if (!rule) return 'none';
  const parts = Object.fromEntries(rule.split(';').map((p) => p.split('=') as [string, string]));
  const keys = Object.keys(parts).filter((k) => k !== 'FREQ' && k !== 'BYDAY' && k !== 'BYMONTHDAY' && k !== 'WKST');
  if (keys.length > 0) return null;
  const freq = parts.FREQ?.toLowerCase();
  if (freq === 'daily' || freq === 'weekly' || freq === 'monthly' || freq === 'yearly') return freq;
  return null;
}

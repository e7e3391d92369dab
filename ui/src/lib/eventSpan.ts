// How long an event lasts, as the event form sees it: the end keeps the event's length when the start moves (as
// every calendar does), and a save is questioned when the length looks like a slip — an event longer than a week,
// or an occurrence of a series longer than the time to the next one.
//
// Values are the form's: `YYYY-MM-DD` for all-day events (the end is the *last* day, inclusive) and wall clocks
// `YYYY-MM-DDTHH:MM` for timed ones. Lengths are wall-clock time, computed as if in UTC, so a move across a DST
// change keeps the clock length ("10:00–11:30" stays 90 minutes on the clock).

const MINUTE = 60_000;
const DAY = 86_400_000;

/** Longer than this many days, a one-off event asks before it is saved. */
export const LONG_EVENT_DAYS = 7;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

/** Milliseconds of the wall clock or date taken as UTC; null for anything else (an empty or half-typed field). */
function wallMs(value: string, allDay: boolean): number | null {
  const m = (allDay ? DATE : WALL).exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = m;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  const back = new Date(ms);
  // Refuse dates that do not exist (31 February rolls over in Date.UTC).
  if (back.getUTCDate() !== Number(d) || back.getUTCMonth() !== Number(mo) - 1) return null;
  return ms;
}

function format(ms: number, allDay: boolean): string {
  const iso = new Date(ms).toISOString();
  return allDay ? iso.slice(0, 10) : iso.slice(0, 16);
}

/**
 * How long the event lasts, in ms of wall-clock time (an all-day event's last day counts whole: one day is
 * `DAY`); null when either value is not a complete date or time, or the end is before the start.
 */
export function spanLength(start: string, end: string, allDay: boolean): number | null {
  const s = wallMs(start, allDay);
  const e = wallMs(end, allDay);
  if (s === null || e === null || e < s) return null;
  return allDay ? e - s + DAY : e - s;
}

/** The end that gives an event starting at `start` the length `length` (from `spanLength`); null if `start` is not complete. */
export function endFor(start: string, length: number, allDay: boolean): string | null {
  const s = wallMs(start, allDay);
  if (s === null) return null;
  return format(allDay ? s + Math.max(length - DAY, 0) : s + length, allDay);
}

/** The end after the start moved from `oldStart` to `newStart`: the old length kept; `oldEnd` when it cannot be. */
export function endAfterStartMoved(oldStart: string, oldEnd: string, newStart: string, allDay: boolean): string {
  const length = spanLength(oldStart, oldEnd, allDay);
  if (length === null) return oldEnd;
  return endFor(newStart, length, allDay) ?? oldEnd;
}

/**
 * The shortest time between two starts of a series with this RRULE, in ms: its frequency × INTERVAL, a month
 * counted as 28 days and a year as 365; a weekly rule on several weekdays counts the closest two. Null without a
 * rule or with a frequency we do not know.
 */
export function repeatGap(rrule: string | null): number | null {
  if (!rrule) return null;
  const parts = new Map(
    rrule
      .replace(/^RRULE:/i, '')
      .split(';')
      .map((p) => p.split('=') as [string, string])
      .map(([k, v]) => [k.toUpperCase(), (v ?? '').toUpperCase()]),
  );
  const interval = Math.max(Number(parts.get('INTERVAL') ?? '1') || 1, 1);
  const base: Record<string, number> = {
    SECONDLY: 1000,
    MINUTELY: MINUTE,
    HOURLY: 60 * MINUTE,
    DAILY: DAY,
    WEEKLY: 7 * DAY,
    MONTHLY: 28 * DAY,
    YEARLY: 365 * DAY,
  };
  const freq = parts.get('FREQ') ?? '';
  const unit = base[freq];
  if (unit === undefined) return null;
  if (freq === 'WEEKLY' && parts.has('BYDAY')) {
    const order = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
    const days = [...new Set(parts.get('BYDAY')!.split(',').map((d) => order.indexOf(d.slice(-2))))]
      .filter((d) => d >= 0)
      .sort((a, b) => a - b);
    if (days.length > 1) {
      const gaps = days.map((d, i) => (i + 1 < days.length ? days[i + 1]! - d : days[0]! + 7 - d));
      return Math.min(...gaps) * DAY;
    }
  }
  return unit * interval;
}

/** Why saving this length deserves a question, or null when it looks intended. `days` are rounded up. */
export type SpanWarning =
  | { kind: 'longerThanRepeat'; days: number; gapDays: number }
  | { kind: 'long'; days: number };

export function spanWarning(start: string, end: string, allDay: boolean, rrule: string | null): SpanWarning | null {
  const length = spanLength(start, end, allDay);
  if (length === null) return null;
  const days = Math.ceil(length / DAY);
  const gap = repeatGap(rrule);
  if (gap !== null && length > gap) return { kind: 'longerThanRepeat', days, gapDays: Math.max(Math.round(gap / DAY), 0) };
  if (length > LONG_EVENT_DAYS * DAY) return { kind: 'long', days };
  return null;
}

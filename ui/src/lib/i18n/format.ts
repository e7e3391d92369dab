// Date formatting for a given locale. Dates travel as ISO 8601 strings: `2026-03-01` for a calendar day,
// `2026-03-01T18:30:00Z` (or with an offset) for an instant.

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Parses a `Date` or an ISO string. A date-only string is a local calendar day (`new Date('2026-03-01')`
 * would be UTC midnight, which is the previous day west of Greenwich). Returns null if unparseable.
 */
export function parseDateValue(value: Date | string): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  const day = DATE_ONLY.exec(value);
  const date = day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, cached);
  }
  return cached;
}

function format(value: Date | string, locale: string, options: Intl.DateTimeFormatOptions): string {
  const date = parseDateValue(value);
  // Show what we were given rather than "Invalid Date".
  if (!date) return typeof value === 'string' ? value : '';
  return formatter(locale, options).format(date);
}

/** A calendar day, e.g. "1 Mar 2026" (en-GB) or "Mar 1, 2026" (en-US). */
export function formatDateIn(
  locale: string,
  value: Date | string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): string {
  return format(value, locale, options);
}

/** A day and time of day, in the computer's time zone unless `options.timeZone` says otherwise. */
export function formatDateTimeIn(
  locale: string,
  value: Date | string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' },
): string {
  return format(value, locale, options);
}

/**
 * A range of calendar days, both inclusive, shortened the locale's way: "1–28 Feb 2025" (en-GB),
 * "Feb 1 – 28, 2025" (en-US). One day shows as a single date.
 */
export function formatDateRangeIn(
  locale: string,
  start: string,
  end: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): string {
  const from = parseDateValue(start);
  const to = parseDateValue(end);
  if (!from || !to) return [start, end].filter(Boolean).join(' – ');
  if (from.getTime() === to.getTime()) return formatter(locale, options).format(from);
  return formatter(locale, options).formatRange(from, to);
}

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/;

/**
 * A wall-clock time as stored for timed events (`2025-02-18T20:00`, meaning 20:00 in the event's own zone),
 * formatted for `locale` without converting it to the computer's zone.
 */
export function formatWallTimeIn(
  locale: string,
  value: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' },
): string {
  const parts = WALL_TIME.exec(value);
  if (!parts) return value;
  const [, y, m, d, h, min] = parts.map(Number) as [number, number, number, number, number, number];
  const utc = new Date(Date.UTC(y, m - 1, d, h, min));
  return formatter(locale, { ...options, timeZone: 'UTC' }).format(utc);
}

// Dates and times as people type them, read into the ISO text the forms keep (`YYYY-MM-DD`, `YYYY-MM-DDTHH:MM`)
// and written back for display. WebKitGTK's native date inputs swallowed digits and always read month/day/year
// (issue #13); this reads what a coordinator types: ISO (always, so scripts and tests can set a value), numbers in
// the interface locale's order ("18/02/2025" in en-GB, "02/18/2025" in en-US), month names in the locale and in
// English ("18 Feb", "Feb 18", "18 de febrero de 2025"), and times ("20:00", "8pm", "2030", "20h30").
//
// Pure: the locale and "today" are parameters (a missing year is the next such day on or after `today`), and a day
// that does not exist is an error naming why, never rolled over into the next month.

/** Why a text could not be read; the component words it (`t('date.…')`). */
export type DateTextError =
  | { kind: 'unreadable' }
  | { kind: 'unknownWord'; word: string }
  | { kind: 'noSuchMonth'; month: number; swapped?: string }
  | { kind: 'noSuchDay'; day: number; month: number; year: number; days: number }
  | { kind: 'badYear'; year: string }
  | { kind: 'noSuchTime'; time: string }
  | { kind: 'needTime' }
  | { kind: 'dateOnly' };

export type DateTextResult = { ok: true; value: string } | { ok: false; error: DateTextError };

export interface ParseOptions {
  /** BCP 47 tag of the interface, e.g. `en-GB`: decides the order of numeric dates. */
  locale: string;
  /** Whether the field holds a time too (`YYYY-MM-DDTHH:MM`). */
  withTime: boolean;
  /** Today as `YYYY-MM-DD`: a date typed without a year is the next such day on or after it. */
  today: string;
  /** `HH:MM` used when a date-and-time field is given a date alone (the time it already had); else an error. */
  time?: string | null;
  /** `YYYY-MM-DD` used when a date-and-time field is given a time alone ("20:00": the day it already had). */
  day?: string | null;
}

export type DatePart = 'day' | 'month' | 'year';

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const ISO_TIME = /T(\d{2}):(\d{2})/;

const orders = new Map<string, DatePart[]>();

/** The order of day, month and year in the locale's numeric dates: `['day','month','year']` for en-GB. */
export function dateOrder(locale: string): DatePart[] {
  let order = orders.get(locale);
  if (!order) {
    const parts = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' }).formatToParts(
      new Date(Date.UTC(2025, 1, 18)),
    );
    order = parts.map((p) => p.type).filter((type): type is DatePart => type === 'day' || type === 'month' || type === 'year');
    if (order.length !== 3) order = ['year', 'month', 'day'];
    orders.set(locale, order);
  }
  return order;
}

/** The letters a placeholder shows for each part, in the interface language ("dd", "mm", "yyyy", "hh:mm"). */
export interface PlaceholderWords {
  day: string;
  month: string;
  year: string;
  time: string;
}

/** What a field expects, in the locale's order and with its separator: "dd/mm/yyyy", "yyyy-mm-dd hh:mm". */
export function datePattern(locale: string, withTime: boolean, words: PlaceholderWords): string {
  const date = dateOrder(locale)
    .map((part) => words[part])
    .join(separator(locale));
  return withTime ? `${date} ${words.time}` : date;
}

function separator(locale: string): string {
  const parts = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' }).formatToParts(
    new Date(Date.UTC(2025, 1, 18)),
  );
  return parts.find((p) => p.type === 'literal')?.value.trim() || '/';
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return utcDay(year, month + 1, 0).getUTCDate();
}

/** Midnight UTC of a day (years below 100 taken as written, unlike `Date.UTC`); out-of-range parts roll over. */
function utcDay(year: number, month: number, day: number): Date {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d;
}

/** `YYYY-MM-DD` of a day; months and days outside their range roll over (for the picker's arithmetic). */
export function isoDay(year: number, month: number, day: number): string {
  const d = utcDay(year, month, day);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The day `n` days after `YYYY-MM-DD` (negative for before). */
export function addDaysIso(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return isoDay(y, m, d + n);
}

/** `YYYY-MM-DD` as numbers, or null when it is not a date that exists. */
export function isoParts(value: string): { year: number; month: number; day: number } | null {
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** The `HH:MM` of a `YYYY-MM-DDTHH:MM` value, or null. */
export function isoTime(value: string): string | null {
  const m = ISO_TIME.exec(value);
  return m ? `${m[1]}:${m[2]}` : null;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A stored value written for the field: the locale's numeric order ("18/02/2025", "02/18/2025", "2025-02-18") and,
 * with a time, the app's one clock (24-hour "20:00", as the calendar grid and every other time in the window).
 * Text that is not a stored value comes back as it is.
 */
export function formatDateText(value: string, locale: string): string {
  const day = isoParts(value);
  if (!day) return value;
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  // The year always with four digits: "18/02/99" would read back as 2099.
  const date = format
    .formatToParts(utcDay(day.year, day.month, day.day))
    .map((p) => (p.type === 'year' ? pad(day.year, 4) : p.value))
    .join('');
  const time = isoTime(value);
  return time ? `${date} ${time}` : date;
}

/** Lower case, accents and dots off: "Févr." → "fevr". */
function fold(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\./g, '')
    .toLocaleLowerCase('en');
}

interface Names {
  months: Map<string, number>; // full names and abbreviations, folded → month (1–12)
  prefixes: [string, number][]; // every full name, for prefixes such as "Sept", "Febr"
  weekdays: Set<string>;
  dayPeriods: { am: Set<string>; pm: Set<string> };
}

const names = new Map<string, Names>();

function namesFor(locale: string): Names {
  let found = names.get(locale);
  if (found) return found;
  const months = new Map<string, number>();
  const prefixes: [string, number][] = [];
  const weekdays = new Set<string>();
  const am = new Set(['am', 'a']);
  const pm = new Set(['pm', 'p']);
  for (const tag of [locale, 'en']) {
    for (let month = 1; month <= 12; month += 1) {
      const at = new Date(Date.UTC(2025, month - 1, 15));
      for (const style of ['long', 'short'] as const) {
        // Both the standalone form ("febrero") and the one used in a date (genitive in some languages).
        const alone = new Intl.DateTimeFormat(tag, { month: style, timeZone: 'UTC' }).format(at);
        const inDate = new Intl.DateTimeFormat(tag, { month: style, day: 'numeric', timeZone: 'UTC' })
          .formatToParts(at)
          .find((p) => p.type === 'month')?.value;
        for (const name of [alone, inDate]) {
          if (!name) continue;
          const key = fold(name);
          if (!months.has(key)) months.set(key, month);
          if (style === 'long') prefixes.push([key, month]);
        }
      }
    }
    for (let day = 0; day < 7; day += 1) {
      const at = new Date(Date.UTC(2025, 1, 16 + day));
      for (const style of ['long', 'short'] as const) {
        weekdays.add(fold(new Intl.DateTimeFormat(tag, { weekday: style, timeZone: 'UTC' }).format(at)));
      }
    }
    for (const [hour, set] of [
      [9, am],
      [21, pm],
    ] as const) {
      const period = new Intl.DateTimeFormat(tag, { hour: 'numeric', hour12: true, timeZone: 'UTC' })
        .formatToParts(new Date(Date.UTC(2025, 1, 18, hour)))
        .find((p) => p.type === 'dayPeriod')?.value;
      if (period) set.add(fold(period).replace(/\s+/g, ''));
    }
  }
  found = { months, prefixes, weekdays, dayPeriods: { am, pm } };
  names.set(locale, found);
  return found;
}

/** The month a word names: a full name or abbreviation, or the start (3 letters or more) of only one month's name. */
function monthOf(word: string, n: Names): number | null {
  const key = fold(word);
  const exact = n.months.get(key);
  if (exact !== undefined) return exact;
  if (key.length < 3) return null;
  const hits = new Set(n.prefixes.filter(([name]) => name.startsWith(key)).map(([, month]) => month));
  return hits.size === 1 ? [...hits][0]! : null;
}

/** Words that may sit in a typed date without meaning anything: "18th of February", "18 de febrero de 2025". */
const FILLER = new Set(['of', 'the', 'de', 'del', 'le', 'la', 'ng', 'sa', 'tanggal', 'at', 'a', 'à', 'um', 'on']);

interface Time {
  hour: number;
  minute: number;
}

/**
 * Cuts a time off the end of the text: "20:00", "8:05", "8:30 am", "8pm", "20h30", "20.00", "20 h 00", and "2030"
 * when `compact` says a four-digit number there is a time (the date before it has its year). Returns the rest and
 * the time, or an error for a time that does not exist ("25:00").
 */
function cutTime(text: string, n: Names, compact: boolean): { rest: string; time: Time | null } | DateTextError {
  const period = '(a\\.?\\s?m\\.?|p\\.?\\s?m\\.?|[ap]|' + [...n.dayPeriods.am, ...n.dayPeriods.pm].map(escape).join('|') + ')';
  const forms: RegExp[] = [
    new RegExp(`(?:^|[\\s,T@])(\\d{1,2})\\s?[:.h]\\s?(\\d{2})(?::\\d{2})?\\s*${period}?$`, 'iu'),
    new RegExp(`(?:^|[\\s,T@])(\\d{1,2})\\s*h()$`, 'iu'),
    new RegExp(`(?:^|[\\s,T@])(\\d{1,2})()\\s*${period}$`, 'iu'),
  ];
  if (compact) forms.push(/(?:^|[\s,T@])(\d{2})(\d{2})()$/u);
  for (const form of forms) {
    const m = form.exec(text);
    if (!m) continue;
    // "18.02" is a date, not 18:02: a dot between numbers is a time only after something else (a date).
    const rest = text.slice(0, m.index).replace(/[\s,@]+$/u, '').replace(/\s+(?:at|à|a las|um|jam|pukul|alas)$/iu, '');
    if (rest === '' && /^\s*\d{1,2}\.\d{2}$/.test(text)) continue;
    const hour = Number(m[1]);
    const minute = m[2] ? Number(m[2]) : 0;
    const marker = m[3] ? fold(m[3]).replace(/\s+/g, '') : '';
    const isPm = marker !== '' && (marker.startsWith('p') || n.dayPeriods.pm.has(marker));
    const isAm = marker !== '' && !isPm;
    const shown = m[0].trim();
    if (minute > 59) return { kind: 'noSuchTime', time: shown };
    if (isAm || isPm) {
      if (hour < 1 || hour > 12) return { kind: 'noSuchTime', time: shown };
      return { rest, time: { hour: (hour % 12) + (isPm ? 12 : 0), minute } };
    }
    if (hour > 23) return { kind: 'noSuchTime', time: shown };
    return { rest, time: { hour, minute } };
  }
  return { rest: text, time: null };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A two-digit year as the one within 50 years of today's: "25" in 2026 → 2025, "80" → 1980. */
function fullYear(typed: string, today: number): number | DateTextError {
  if (typed.length === 4) return Number(typed);
  if (typed.length !== 2) return { kind: 'badYear', year: typed };
  const yy = Number(typed);
  let year = today - (today % 100) + yy;
  if (year > today + 50) year -= 100;
  else if (year <= today - 50) year += 100;
  return year;
}

/** A day checked to exist, as `YYYY-MM-DD`. */
function checkedDay(year: number, month: number, day: number): string | DateTextError {
  if (month < 1 || month > 12) return { kind: 'noSuchMonth', month };
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return { kind: 'noSuchDay', day, month, year, days };
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The next day with this month and day on or after `today` (29 February waits for a leap year). */
function nextSuch(month: number, day: number, today: string): string | DateTextError {
  const now = isoParts(today);
  if (!now) return { kind: 'unreadable' };
  if (month < 1 || month > 12) return { kind: 'noSuchMonth', month };
  if (day < 1 || day > daysInMonth(2024, month)) return { kind: 'noSuchDay', day, month, year: now.year, days: daysInMonth(now.year, month) };
  for (let year = now.year; year < now.year + 9; year += 1) {
    if (day > daysInMonth(year, month)) continue;
    const iso = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
    if (iso >= today) return iso;
  }
  return { kind: 'unreadable' };
}

/** Numbers typed as a date: "18/02/2025", "18.2.25", "02-18", "18022025", "2025/2/18". */
function numericDate(text: string, o: ParseOptions, todayYear: number): string | DateTextError | null {
  let fields: string[];
  const order = dateOrder(o.locale);
  if (/^\d{8}$/.test(text)) {
    // Digits alone, in the locale's order: "18022025" (day first) or "20250218" (year first).
    const widths = order.map((part) => (part === 'year' ? 4 : 2));
    let at = 0;
    fields = widths.map((w) => text.slice(at, (at += w)));
  } else if (/^\d+(?:\s*[/.\-]\s*|\s+)\d+(?:(?:\s*[/.\-]\s*|\s+)\d+)?\.?$/.test(text)) {
    fields = text.replace(/\.$/, '').split(/\s*[/.\-]\s*|\s+/);
  } else {
    return null;
  }
  if (fields.length === 3) {
    // A four-digit first number is a year whatever the locale: "2025/02/18".
    const parts: DatePart[] = fields[0]!.length >= 3 ? ['year', 'month', 'day'] : order;
    const get = (part: DatePart) => fields[parts.indexOf(part)]!;
    const year = fullYear(get('year'), todayYear);
    if (typeof year !== 'number') return year;
    const day = checkedDay(year, Number(get('month')), Number(get('day')));
    if (typeof day !== 'string' && day.kind === 'noSuchMonth') {
      // Typed in the other order ("18/02/2025" where month comes first): the day it would be, to suggest.
      const swapped = checkedDay(year, Number(get('day')), Number(get('month')));
      if (typeof swapped === 'string') return { ...day, swapped };
    }
    return day;
  }
  // Day and month without a year, in the locale's order of the two.
  if (fields.some((f) => f.length > 2)) return { kind: 'unreadable' };
  const two = order.filter((part) => part !== 'year');
  const month = Number(fields[two.indexOf('month')]);
  const day = Number(fields[two.indexOf('day')]);
  return nextSuch(month, day, o.today);
}

/** A date with a month's name: "18 Feb", "Feb 18", "18 February 2025", "Tue, 18th of Feb 25", "18 de febrero". */
function namedDate(text: string, o: ParseOptions, n: Names, todayYear: number): string | DateTextError {
  const tokens = text.match(/\p{L}[\p{L}.]*|\d+/gu) ?? [];
  let month: number | null = null;
  const numbers: string[] = [];
  for (const token of tokens) {
    if (/^\d/.test(token)) {
      numbers.push(token);
      continue;
    }
    const word = fold(token);
    if (word === '') continue;
    // Ordinal endings after a number: "18th", "1st", "1er".
    if (numbers.length > 0 && /^(st|nd|rd|th|er|e|o|a|ª|º)$/.test(word) && text.includes(`${numbers[numbers.length - 1]}${token}`)) continue;
    const named = monthOf(token, n);
    if (named !== null && month === null) {
      month = named;
      continue;
    }
    if (FILLER.has(word) || n.weekdays.has(word)) continue;
    return { kind: 'unknownWord', word: token };
  }
  if (month === null) return { kind: 'unreadable' };
  if (numbers.length === 1) {
    if (numbers[0]!.length > 2) return { kind: 'unreadable' }; // "Feb 2025": which day?
    return nextSuch(month, Number(numbers[0]), o.today);
  }
  if (numbers.length !== 2) return { kind: 'unreadable' };
  // One number is the day, the other the year: the longer one is the year; two short ones are day then year.
  const [a, b] = numbers as [string, string];
  const [dayText, yearText] = a.length > 2 && b.length <= 2 ? [b, a] : [a, b];
  if (dayText.length > 2) return { kind: 'unreadable' };
  const year = fullYear(yearText, todayYear);
  if (typeof year !== 'number') return year;
  return checkedDay(year, month, Number(dayText));
}

/** Reads a typed date (and time, for a date-and-time field) into the stored ISO form; empty text is an empty value. */
export function parseDateText(typed: string, o: ParseOptions): DateTextResult {
  const text = typed.trim().replace(/\s+/g, ' ');
  if (text === '') return { ok: true, value: '' };
  const todayParts = isoParts(o.today);
  if (!todayParts) throw new Error(`parseDateText: today must be YYYY-MM-DD, not ${o.today}`);

  const iso = ISO.exec(text);
  if (iso) {
    const day = checkedDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (typeof day !== 'string') return { ok: false, error: day };
    const time = iso[4] === undefined ? null : { hour: Number(iso[4]), minute: Number(iso[5]) };
    if (time && (time.hour > 23 || time.minute > 59)) return { ok: false, error: { kind: 'noSuchTime', time: `${iso[4]}:${iso[5]}` } };
    return finish(day, time, o);
  }

  const n = namesFor(o.locale);
  // A four-digit number at the end is a time only after a date that has its year ("18/02/2025 2030").
  const compact = o.withTime && /(?:\d+[/.\-]\d+[/.\-]\d+|\d{4})\s+\d{4}$/.test(text);
  const cut = cutTime(text, n, compact);
  if ('kind' in cut) return { ok: false, error: cut };
  const rest = cut.rest.replace(/^[\s,]+|[\s,]+$/g, '');
  if (rest === '') {
    // A time alone moves the time of the day the field already has.
    if (cut.time && o.withTime && o.day && isoParts(o.day)) return finish(o.day.slice(0, 10), cut.time, o);
    return { ok: false, error: { kind: 'unreadable' } };
  }

  const day = numericDate(rest, o, todayParts.year) ?? namedDate(rest, o, n, todayParts.year);
  if (typeof day !== 'string') {
    if (day.kind === 'noSuchMonth' && day.swapped) {
      const suggestion = finish(day.swapped, cut.time, o);
      return { ok: false, error: suggestion.ok ? { ...day, swapped: suggestion.value } : { kind: 'noSuchMonth', month: day.month } };
    }
    return { ok: false, error: day };
  }
  return finish(day, cut.time, o);
}

function finish(day: string, time: Time | null, o: ParseOptions): DateTextResult {
  if (!o.withTime) return time ? { ok: false, error: { kind: 'dateOnly' } } : { ok: true, value: day };
  if (time) return { ok: true, value: `${day}T${pad(time.hour)}:${pad(time.minute)}` };
  if (o.time && /^\d{2}:\d{2}$/.test(o.time)) return { ok: true, value: `${day}T${o.time}` };
  return { ok: false, error: { kind: 'needTime' } };
}

/** The first day of the week in the locale (1 = Monday … 7 = Sunday), for the picker's grid. */
export function firstDayOfWeek(locale: string): number {
  try {
    const l = new Intl.Locale(locale) as Intl.Locale & { weekInfo?: { firstDay: number }; getWeekInfo?: () => { firstDay: number } };
    const info = l.getWeekInfo?.() ?? l.weekInfo;
    if (info && info.firstDay >= 1 && info.firstDay <= 7) return info.firstDay;
    // Without weekInfo: Sunday where a plain language's default region starts on it, Monday elsewhere.
    const region = l.maximize().region ?? '';
    return ['US', 'CA', 'PH', 'JP', 'BR', 'MX', 'IL', 'KR', 'TW', 'IN', 'ID', 'ZA', 'SA'].includes(region) ? 7 : 1;
  } catch {
    return 1;
  }
}

/**
 * The weeks of a month as the picker shows them: rows of seven `YYYY-MM-DD` days starting on `firstDay`
 * (1 = Monday … 7 = Sunday), including the days of the neighbouring months that fill the first and last rows.
 */
export function monthGrid(year: number, month: number, firstDay: number): string[][] {
  const first = utcDay(year, month, 1);
  const weekday = first.getUTCDay() === 0 ? 7 : first.getUTCDay(); // 1 = Monday … 7 = Sunday
  const lead = (weekday - firstDay + 7) % 7;
  const start = isoDay(year, month, 1 - lead);
  const days = daysInMonth(year, month);
  const rows = Math.ceil((lead + days) / 7);
  const weeks: string[][] = [];
  for (let r = 0; r < rows; r += 1) {
    weeks.push(Array.from({ length: 7 }, (_, i) => addDaysIso(start, r * 7 + i)));
  }
  return weeks;
}

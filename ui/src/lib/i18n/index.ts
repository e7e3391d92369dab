// Every user-visible string goes through `t`; every date shown goes through `formatDate`/`formatDateTime`.
import { formatDateIn, formatDateRangeIn, formatDateTimeIn, formatWallTimeIn } from './format';
import { getLocale, hourCycle } from './locale.svelte';

export {
  t,
  hasMessage,
  getLocale,
  setLocale,
  setLanguage,
  getLanguageChoice,
  resolveLocale,
  messageLanguage,
  languageOf,
  systemLocale,
  getClockChoice,
  setClock,
  hourCycle,
  localeHourCycle,
  getWeekStartChoice,
  setWeekStart,
  firstDayOfWeek,
  localeWeekStart,
  type MessageKey,
  type LanguageChoice,
  type ClockChoice,
  type WeekStartChoice,
} from './locale.svelte';
export { LANGUAGES } from './catalogues';
export { PSEUDO_LOCALE } from './pseudo';
export type { Params } from './fluent';
export { parseDateValue } from './format';

/** A calendar day in the current locale, e.g. "1 Mar 2026". */
export function formatDate(value: Date | string, options?: Intl.DateTimeFormatOptions): string {
  return formatDateIn(getLocale(), value, options);
}

/**
 * One clock everywhere: the calendar's grid (written by hand for speed in calendarTime.ts) and every other time the
 * window shows — event details, partner times, "Saved 05:29" — use the clock chosen in Settings (`hourCycle`: the
 * 24-hour clock unless chosen otherwise), never a mix of "07:00" and "7:00 AM" on one screen.
 */
export function oneClock(
  options: Intl.DateTimeFormatOptions | undefined,
  fallback: Intl.DateTimeFormatOptions,
  cycle: 'h12' | 'h23' = hourCycle(),
): Intl.DateTimeFormatOptions {
  const o = options ?? fallback;
  return o.hour !== undefined || o.timeStyle !== undefined ? { ...o, hourCycle: cycle } : o;
}

/** The names of the window's languages, each in itself ("Français"), from its catalogue's `language-name`. */
export { languageAutonym } from './autonym';

/** A day and time in the current locale and the computer's time zone. */
export function formatDateTime(value: Date | string, options?: Intl.DateTimeFormatOptions): string {
  return formatDateTimeIn(getLocale(), value, oneClock(options, { dateStyle: 'medium', timeStyle: 'short' }));
}

/** The name of a locale in that locale's own words, e.g. "British English" for `en-GB`. */
export function localeName(locale: string = getLocale()): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  } catch {
    return locale;
  }
}

/** A range of calendar days in the current locale, e.g. "1–28 Feb 2025". */
export function formatDateRange(start: string, end: string, options?: Intl.DateTimeFormatOptions): string {
  return formatDateRangeIn(getLocale(), start, end, options);
}

/** A wall-clock `YYYY-MM-DDTHH:MM` (an event's local time in its own zone) in the current locale. */
export function formatWallTime(value: string, options?: Intl.DateTimeFormatOptions): string {
  return formatWallTimeIn(getLocale(), value, oneClock(options, { dateStyle: 'medium', timeStyle: 'short' }));
}

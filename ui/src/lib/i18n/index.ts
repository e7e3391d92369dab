// Every user-visible string goes through `t`; every date shown goes through `formatDate`/`formatDateTime`.
import { formatDateIn, formatDateRangeIn, formatDateTimeIn, formatWallTimeIn } from './format';
import { getLocale } from './locale.svelte';

export { t, getLocale, setLocale, type MessageKey } from './locale.svelte';
export { interpolate, translate, type Catalogue, type Message, type Params } from './translate';
export { parseDateValue } from './format';

/** A calendar day in the current locale, e.g. "1 Mar 2026". */
export function formatDate(value: Date | string, options?: Intl.DateTimeFormatOptions): string {
  return formatDateIn(getLocale(), value, options);
}

/** A day and time in the current locale and the computer's time zone. */
export function formatDateTime(value: Date | string, options?: Intl.DateTimeFormatOptions): string {
  return formatDateTimeIn(getLocale(), value, options);
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
  return formatWallTimeIn(getLocale(), value, options);
}

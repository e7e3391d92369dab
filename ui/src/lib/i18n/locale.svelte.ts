// The chosen language and locale (reactive), and `t`, which reads them: a component calling `t` in its markup
// re-renders when the language changes, so a switch takes effect without a restart.
import type { FluentBundle } from '@fluent/bundle';

import { catalogueSources, LANGUAGES } from './catalogues';
import { formatMessage, makeBundle, type Params } from './fluent';
import type { MessageKey } from './keys.generated';
import { pseudo, PSEUDO_LOCALE } from './pseudo';

export type { MessageKey } from './keys.generated';

/** `auto` follows the operating system's language; otherwise a language of `LANGUAGES` or the pseudo-locale. */
export type LanguageChoice = string;
/** The clock of every time shown: `h23` (the default, see `hourCycle`), `h12`, or `auto` (the language's habit). */
export type ClockChoice = 'auto' | 'h23' | 'h12';
/** The calendar's first day of the week, 0 = Sunday … 6 = Saturday, or `auto` (the locale's, from CLDR). */
export type WeekStartChoice = 'auto' | 0 | 1 | 2 | 3 | 4 | 5 | 6;

// The clock and the week's start are this computer's habits, kept like the calendar's view (localStorage); the
// language travels with the database (its settings), so a shared archive opens in the language chosen for it.
const CLOCK = 'campaign-desk.clock';
const WEEK_START = 'campaign-desk.weekStart';

function canonical(tag: string | undefined | null): string | null {
  if (!tag) return null;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

/** The language of a locale, as our catalogues and statements name it: Filipino systems say `fil`, we say `tl`. */
export function languageOf(locale: string): string {
  return baseLanguage(locale);
}

function baseLanguage(locale: string): string {
  const base = (locale.split('-')[0] ?? locale).toLowerCase();
  return base === 'fil' ? 'tl' : base;
}

export function systemLocale(): string {
  return canonical(typeof navigator === 'undefined' ? undefined : navigator.language) ?? 'en';
}

/**
 * The locale in force for a choice: the system's own tag when its language is the one chosen (so `fr-CA` keeps
 * Canada's date order), else the chosen tag itself. `auto` is the system's tag, whatever its language: dates
 * follow the system even where the messages fall back to English.
 */
export function resolveLocale(choice: LanguageChoice, system: string): string {
  if (choice === 'auto' || choice === '') return intlTag(system);
  if (choice === PSEUDO_LOCALE) return PSEUDO_LOCALE;
  const tag = canonical(choice) ?? system;
  return intlTag(!tag.includes('-') && baseLanguage(system) === baseLanguage(tag) ? system : tag);
}

/**
 * The tag `Intl` knows a language by. CLDR keeps Tagalog's dates, months and plural rules under `fil` (Filipino);
 * Node maps `tl` there itself, but WebKitGTK's engine does not and showed English month names for `tl`.
 */
function intlTag(tag: string): string {
  return tag === 'tl' || tag.startsWith('tl-') ? `fil${tag.slice(2)}` : tag;
}

/** The catalogue language used for `locale`: its own if we have it, else English. */
export function messageLanguage(locale: string): string {
  if (locale === PSEUDO_LOCALE) return PSEUDO_LOCALE;
  const base = baseLanguage(locale);
  return LANGUAGES.includes(base) ? base : 'en';
}

function stored(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null; // storage refused (a locked-down webview): the defaults
  }
}

function keep(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    // not remembered; still applied for this session
  }
}

function loadClock(): ClockChoice {
  const value = stored(CLOCK);
  return value === 'auto' || value === 'h12' || value === 'h23' ? value : 'h23';
}

function loadWeekStart(): WeekStartChoice {
  const value = stored(WEEK_START);
  if (value === 'auto') return 'auto';
  const day = Number(value);
  return value !== null && Number.isInteger(day) && day >= 0 && day <= 6 ? (day as WeekStartChoice) : 1;
}

const current = $state({
  choice: 'auto' as LanguageChoice,
  locale: systemLocale(),
  clock: loadClock(),
  weekStart: loadWeekStart(),
});

/** The BCP 47 tag used for formatting dates and numbers, e.g. `en-GB`. */
export function getLocale(): string {
  return current.locale;
}

/** What the settings chose: `auto` or a language tag. */
export function getLanguageChoice(): LanguageChoice {
  return current.choice;
}

function apply(locale: string): void {
  current.locale = locale;
  if (typeof document !== 'undefined') {
    document.documentElement.lang = locale === PSEUDO_LOCALE ? 'en' : locale;
  }
}

/** Applies the language chosen in the settings (`auto`, a language tag, or the pseudo-locale); returns the locale. */
export function setLanguage(choice: LanguageChoice): string {
  current.choice = choice;
  apply(resolveLocale(choice, systemLocale()));
  return current.locale;
}

/** Sets the formatting locale directly (tests, and callers that know the tag); an invalid tag is ignored. */
export function setLocale(tag: string): string {
  const locale = canonical(tag);
  if (locale) apply(locale);
  return current.locale;
}

export function getClockChoice(): ClockChoice {
  return current.clock;
}

export function setClock(choice: ClockChoice): void {
  current.clock = choice;
  keep(CLOCK, choice);
}

/** The locale's own habit: `h12` for en-US or en-PH, `h23` for en-GB, fr, id. */
export function localeHourCycle(locale: string): 'h12' | 'h23' {
  const cycle = new Intl.DateTimeFormat(locale === PSEUDO_LOCALE ? 'en' : locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
  return cycle === 'h11' || cycle === 'h12' ? 'h12' : 'h23';
}

/**
 * The clock in force. The default is the 24-hour clock whatever the locale: an alliance plans across zones, and
 * "20:00 Manila · 07:00 Toronto" cannot be misread the way "8:00 PM · 7:00 AM" across a date line can. A person
 * who prefers their language's habit chooses it in Settings.
 */
export function hourCycle(): 'h12' | 'h23' {
  return current.clock === 'auto' ? localeHourCycle(current.locale) : current.clock;
}

export function getWeekStartChoice(): WeekStartChoice {
  return current.weekStart;
}

export function setWeekStart(choice: WeekStartChoice): void {
  current.weekStart = choice;
  keep(WEEK_START, String(choice));
}

// CLDR's territories whose week starts on Sunday or Saturday (the rest start on Monday), for engines without
// `Intl.Locale.prototype.getWeekInfo` / `weekInfo`.
const SUNDAY = new Set('AG AS BD BR BS BT BW BZ CA CN CO DM DO ET GT GU HK HN ID IL IN JM JP KE KH KR LA MH MM MO MT MX MZ NI NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW'.split(' '));
const SATURDAY = new Set('AE AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY'.split(' '));
// A language alone implies its usual territory for the week (CLDR's likely subtags).
const LIKELY: Readonly<Record<string, string>> = { en: 'US', tl: 'PH', fil: 'PH', id: 'ID', es: 'ES', fr: 'FR', ar: 'EG', ur: 'PK' };

/** The locale's first day of the week, 0 = Sunday … 6 = Saturday. */
export function localeWeekStart(locale: string): number {
  const tag = locale === PSEUDO_LOCALE ? 'en' : locale;
  try {
    const l = new Intl.Locale(tag) as Intl.Locale & { getWeekInfo?: () => { firstDay: number }; weekInfo?: { firstDay: number } };
    const info = l.getWeekInfo?.() ?? l.weekInfo;
    if (info) return info.firstDay % 7; // Intl counts 1 = Monday … 7 = Sunday
    const region = l.maximize().region ?? LIKELY[l.language] ?? '';
    return SUNDAY.has(region) ? 0 : SATURDAY.has(region) ? 6 : 1;
  } catch {
    return 1;
  }
}

/** The first day of the calendar's week in force. Monday unless chosen otherwise (see `hourCycle` for why not the locale's by default). */
export function firstDayOfWeek(): number {
  return current.weekStart === 'auto' ? localeWeekStart(current.locale) : current.weekStart;
}

const bundles = new Map<string, FluentBundle>();

function bundle(language: string, locale: string): FluentBundle {
  const key = `${language}|${locale}`;
  let made = bundles.get(key);
  if (!made) {
    made =
      language === PSEUDO_LOCALE
        ? makeBundle('en', catalogueSources.en ?? [], pseudo)
        : makeBundle(locale, catalogueSources[language] ?? []);
    bundles.set(key, made);
  }
  return made;
}

/** Bundles to search for `locale`, most specific first, English (with English plural rules) last. */
export function bundleChain(locale: string): FluentBundle[] {
  const language = messageLanguage(locale);
  if (language === 'en') return [bundle('en', locale)];
  return [bundle(language, locale), bundle('en', 'en')];
}

const reported = new Set<string>();
function reportMissing(problem: string): void {
  if (import.meta.env.DEV && !reported.has(problem)) {
    reported.add(problem);
    console.warn(`i18n: ${problem}`);
  }
}

/** True when the English catalogue (hence every language, by English fallback) has `id`: the core's error ids. */
export function hasMessage(id: string): boolean {
  return bundle('en', 'en').hasMessage(id);
}

/** The message for `key` in the current language, its `{ $name }` placeables filled from `params`. */
export function t(key: MessageKey, params?: Params): string {
  return formatMessage(bundleChain(current.locale), key, params, reportMissing);
}

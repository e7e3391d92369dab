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

const KEEP = 'campaign-desk.language';

function canonical(tag: string | undefined | null): string | null {
  if (!tag) return null;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

/** Filipino systems say `fil`; our catalogue (and CLDR's Tagalog plural rules) are under `tl`. */
function baseLanguage(locale: string): string {
  const base = (locale.split('-')[0] ?? locale).toLowerCase();
  return base === 'fil' ? 'tl' : base;
}

function systemLocale(): string {
  return canonical(typeof navigator === 'undefined' ? undefined : navigator.language) ?? 'en';
}

/**
 * The locale in force for a choice: the system's own tag when its language is the one chosen (so `fr-CA` keeps
 * Canada's date order), else the chosen language itself. `auto` is the system's tag, whatever its language: dates
 * follow the system even where the messages fall back to English.
 */
export function resolveLocale(choice: LanguageChoice, system: string): string {
  if (choice === 'auto' || choice === '') return system;
  if (choice === PSEUDO_LOCALE) return PSEUDO_LOCALE;
  return baseLanguage(system) === choice ? system : choice;
}

/** The catalogue language used for `locale`: its own if we have it, else English. */
export function messageLanguage(locale: string): string {
  if (locale === PSEUDO_LOCALE) return PSEUDO_LOCALE;
  const base = baseLanguage(locale);
  return LANGUAGES.includes(base) ? base : 'en';
}

function loadChoice(): LanguageChoice {
  try {
    return globalThis.localStorage?.getItem(KEEP) ?? 'auto';
  } catch {
    return 'auto'; // storage refused (a locked-down webview): the system's language
  }
}

const current = $state({ choice: loadChoice(), locale: resolveLocale(loadChoice(), systemLocale()) });

/** The BCP 47 tag used for formatting dates and numbers, e.g. `en-GB`. */
export function getLocale(): string {
  return current.locale;
}

/** What the person chose in Settings: `auto` or a language tag. */
export function getLanguageChoice(): LanguageChoice {
  return current.choice;
}

function apply(locale: string): void {
  current.locale = locale;
  if (typeof document !== 'undefined') {
    document.documentElement.lang = locale === PSEUDO_LOCALE ? 'en' : locale;
  }
}

/** Chooses the language (`auto`, a tag of `LANGUAGES`, or the pseudo-locale) and remembers it. */
export function setLanguage(choice: LanguageChoice): string {
  const known = choice === 'auto' || choice === PSEUDO_LOCALE || LANGUAGES.includes(choice);
  const kept = known ? choice : 'auto';
  current.choice = kept;
  try {
    globalThis.localStorage?.setItem(KEEP, kept);
  } catch {
    // not remembered; still applied for this session
  }
  apply(resolveLocale(kept, systemLocale()));
  return current.locale;
}

/** Sets the formatting locale directly (tests, and callers that know the tag); an invalid tag is ignored. */
export function setLocale(tag: string): string {
  const locale = canonical(tag);
  if (locale) apply(locale);
  return current.locale;
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

/** The message for `key` in the current language, its `{ $name }` placeables filled from `params`. */
export function t(key: MessageKey, params?: Params): string {
  return formatMessage(bundleChain(current.locale), key, params, reportMissing);
}

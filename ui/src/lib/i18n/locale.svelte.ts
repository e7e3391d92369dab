// The current locale (reactive) and `t`, which reads it: a component calling `t` in its markup re-renders
// when the locale changes.
import { en } from './en';
import { translate, type Catalogue, type Params } from './translate';

export type MessageKey = keyof typeof en;

/** Catalogues by language tag; English is complete, others may have gaps that fall back to English. */
const catalogues: Readonly<Record<string, Catalogue>> = { en };

function canonical(tag: string | undefined): string | null {
  if (!tag) return null;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

const current = $state({
  locale: canonical(typeof navigator === 'undefined' ? undefined : navigator.language) ?? 'en',
});

/** The BCP 47 tag used for messages and for formatting dates and numbers, e.g. `en-GB`. */
export function getLocale(): string {
  return current.locale;
}

/** Switches the locale; an invalid tag is ignored. Returns the locale now in force. */
export function setLocale(tag: string): string {
  const locale = canonical(tag);
  if (locale) {
    current.locale = locale;
    if (typeof document !== 'undefined') document.documentElement.lang = locale;
  }
  return current.locale;
}

/** Catalogues to search for `locale`, most specific first: `de-AT`, then `de`, then English. */
export function catalogueChain(locale: string): Catalogue[] {
  const language = locale.split('-')[0] ?? locale;
  const chain = [catalogues[locale], catalogues[language], en].filter(
    (catalogue): catalogue is Catalogue => catalogue !== undefined,
  );
  return [...new Set(chain)];
}

const reported = new Set<string>();
function reportMissing(key: string): void {
  if (import.meta.env.DEV && !reported.has(key)) {
    reported.add(key);
    console.warn(`i18n: no message for "${key}"`);
  }
}

/** The message for `key` in the current locale, with `{name}` placeholders filled from `params`. */
export function t(key: MessageKey, params?: Params): string {
  return translate(catalogueChain(current.locale), key, params, current.locale, reportMissing);
}

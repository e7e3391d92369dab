// Pure message lookup and formatting; `locale.svelte.ts` binds it to the current locale.

/** A message that depends on `params.count`, chosen with the locale's plural rules. */
export interface PluralMessage {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

export type Message = string | PluralMessage;
export type Catalogue = Readonly<Record<string, Message>>;
export type Params = Readonly<Record<string, string | number>>;

// One of each per locale: building an Intl object costs far more than using it, and the calendar asks for a
// "+N more" text for each crowded day or hour it draws.
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function cached<T>(cache: Map<string, T>, locale: string, make: () => T): T {
  let made = cache.get(locale);
  if (made === undefined) {
    made = make();
    cache.set(locale, made);
  }
  return made;
}

/** Replaces `{name}` with `params.name` (numbers formatted for `locale`); unknown names stay as they are. */
export function interpolate(template: string, params: Params = {}, locale = 'en'): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    if (!Object.hasOwn(params, name)) return placeholder;
    const value = params[name];
    if (typeof value !== 'number') return String(value);
    return cached(numberFormats, locale, () => new Intl.NumberFormat(locale)).format(value);
  });
}

/** Picks the form of a plural message for `params.count` (`zero` is used for 0 when given). */
export function selectForm(message: Message, params: Params = {}, locale = 'en'): string {
  if (typeof message === 'string') return message;
  const count = params.count;
  if (typeof count !== 'number') return message.other;
  if (count === 0 && message.zero !== undefined) return message.zero;
  const category = cached(pluralRules, locale, () => new Intl.PluralRules(locale)).select(count);
  return message[category] ?? message.other;
}

/**
 * Looks `key` up in each catalogue of `chain` in turn (most specific first, English last) and formats it.
 * A key found nowhere is reported to `onMissing` and returned as is, so a gap shows up but breaks nothing.
 */
export function translate(
  chain: readonly Catalogue[],
  key: string,
  params: Params = {},
  locale = 'en',
  onMissing?: (key: string) => void,
): string {
  for (const catalogue of chain) {
    if (Object.hasOwn(catalogue, key)) {
      const message = catalogue[key] as Message;
      return interpolate(selectForm(message, params, locale), params, locale);
    }
  }
  onMissing?.(key);
  return key;
}

// Languages of translations: the tags we suggest, a tag's shape (the same check as the core's `lang_tag`, so a
// typo is caught while typing; the core still has the last word) and a tag's name in the reader's language.

/** Languages our alliances translate into most: Spanish, Canadian French, Indonesian, Tagalog. */
export const SUGGESTED_LANGUAGES: readonly string[] = ['es', 'fr-CA', 'id', 'tl'];

/**
 * The tag in canonical case ("fr-ca" → "fr-CA", "zh_hant_hk" → "zh-Hant-HK"), or null when it is not shaped like a
 * BCP 47 tag: a 2–3 letter language, then subtags of 1–8 letters or digits.
 */
export function canonicalLangTag(value: string): string | null {
  const [language = '', ...rest] = value.trim().split(/[-_]/);
  if (!/^[A-Za-z]{2,3}$/.test(language)) return null;
  if (!rest.every((p) => /^[A-Za-z0-9]{1,8}$/.test(p))) return null;
  const subtags = rest.map((p) => {
    if (p.length === 4) return p.charAt(0).toUpperCase() + p.slice(1).toLowerCase();
    if (p.length === 2 && /^[A-Za-z]+$/.test(p)) return p.toUpperCase();
    return p.toLowerCase();
  });
  return [language.toLowerCase(), ...subtags].join('-');
}

/** "Spanish" for `es`, "Canadian French" for `fr-CA` (in `locale`); the tag itself when Intl does not know it. */
export function languageName(tag: string, locale: string): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }).of(tag);
    return name && name !== tag ? name : tag;
  } catch {
    return tag;
  }
}

/** The suggestions not yet taken (and not the source language), for the "Add translation" picker. */
export function languageSuggestions(taken: readonly string[], sourceLang: string): string[] {
  const used = new Set([...taken, sourceLang].map((tag) => tag.toLowerCase()));
  return SUGGESTED_LANGUAGES.filter((tag) => !used.has(tag.toLowerCase()));
}

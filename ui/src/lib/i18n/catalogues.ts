// The Fluent catalogues, one folder per language under the repository's `locales/` (shared with the core, which
// embeds its own `core.ftl`). All are bundled: together they are a few hundred kilobytes, and a language switch
// then takes effect at once, without a restart or a load that could fail offline.

const files = import.meta.glob<string>('../../../../locales/*/*.ftl', { query: '?raw', import: 'default', eager: true });

/** The `.ftl` texts of each language, by language tag (`en`, `tl`, `es`, `fr`, `id`). */
export const catalogueSources: Readonly<Record<string, readonly string[]>> = (() => {
  const byLanguage: Record<string, string[]> = {};
  for (const [path, text] of Object.entries(files)) {
    const language = /locales\/([^/]+)\/[^/]+\.ftl$/.exec(path)?.[1];
    if (language) (byLanguage[language] ??= []).push(text);
  }
  return byLanguage;
})();

/** The languages the window can be shown in, English first. */
export const LANGUAGES: readonly string[] = Object.keys(catalogueSources).sort((a, b) =>
  a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b),
);

// Each language's name in itself, for the language list: read from its own catalogue (`language-name`), since
// `Intl.DisplayNames` names Tagalog and Indonesian inconsistently across engines.
import { catalogueSources } from './catalogues';
import { formatMessage, makeBundle } from './fluent';

const names = new Map<string, string>();

export function languageAutonym(language: string): string {
  let name = names.get(language);
  if (name === undefined) {
    const sources = catalogueSources[language];
    name = sources ? formatMessage([makeBundle(language, sources)], 'language-name') : language;
    names.set(language, name);
  }
  return name;
}

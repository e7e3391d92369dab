// The checks every catalogue passes (issue #16): each language has exactly English's messages, parses strictly,
// uses only the placeables its English message uses, and picks plural forms by CLDR's categories for its language.
import { FluentParser, type Resource } from '@fluent/syntax';
import { describe, expect, it } from 'vitest';

import { makeBundle, formatMessage } from './fluent';

// Read as the window reads them (catalogues.ts), so a file the app would not find fails here too.
const found = import.meta.glob<string>('../../../../locales/*/*.ftl', { query: '?raw', import: 'default', eager: true });
const texts: Record<string, Record<string, string>> = {};
for (const [where, text] of Object.entries(found)) {
  const [, language = '', file = ''] = /locales\/([^/]+)\/([^/]+)$/.exec(where) ?? [];
  (texts[language] ??= {})[file] = text;
}
const languages = Object.keys(texts).sort();
const englishFiles = Object.keys(texts.en ?? {}).sort();
const textOf = (language: string, file: string): string | undefined => texts[language]?.[file];

function parse(language: string, file: string): Resource {
  return new FluentParser({ withSpans: true }).parse(textOf(language, file) ?? '');
}

type Node = { type?: string; [key: string]: unknown };

function walk(node: unknown, visit: (node: Node) => void): void {
  if (Array.isArray(node)) node.forEach((child) => walk(child, visit));
  else if (node && typeof node === 'object') {
    visit(node as Node);
    for (const [key, child] of Object.entries(node)) if (key !== 'span') walk(child, visit);
  }
}

/** Each message's id → the names of the variables it uses, and its selects' variant keys. */
function messages(resource: Resource): Map<string, { variables: Set<string>; selects: { on: string; keys: string[]; hasDefault: boolean }[] }> {
  const out = new Map<string, { variables: Set<string>; selects: { on: string; keys: string[]; hasDefault: boolean }[] }>();
  for (const entry of resource.body) {
    if (entry.type !== 'Message') continue;
    const info = { variables: new Set<string>(), selects: [] as { on: string; keys: string[]; hasDefault: boolean }[] };
    walk(entry, (node) => {
      if (node.type === 'VariableReference') info.variables.add((node.id as { name: string }).name);
      if (node.type === 'SelectExpression') {
        const selector = node.selector as Node;
        const variants = node.variants as { key: { type: string; name?: string; value?: string }; default: boolean }[];
        info.selects.push({
          on: selector.type === 'VariableReference' ? (selector.id as { name: string }).name : String(selector.type),
          keys: variants.map((v) => (v.key.type === 'NumberLiteral' ? `=${v.key.value}` : (v.key.name ?? ''))),
          hasDefault: variants.some((v) => v.default),
        });
      }
    });
    out.set(entry.id.name, info);
  }
  return out;
}

describe.each(languages)('the %s catalogue', (language) => {
  it.each(englishFiles)('has %s, parsed with no errors', (file) => {
    expect(textOf(language, file) !== undefined, `locales/${language}/${file} is missing`).toBe(true);
    const junk = parse(language, file).body.filter((entry) => entry.type === 'Junk');
    const problems = junk.map((entry) => `${entry.annotations.map((a) => a.message).join('; ')}: ${entry.content.slice(0, 80)}`);
    expect(problems, `locales/${language}/${file}`).toEqual([]);
  });

  it.each(englishFiles)('%s has exactly English’s messages, with only English’s placeables', (file) => {
    const english = messages(parse('en', file));
    const own = messages(parse(language, file));
    expect([...english.keys()].filter((id) => !own.has(id)), `missing from locales/${language}/${file}`).toEqual([]);
    expect([...own.keys()].filter((id) => !english.has(id)), `in locales/${language}/${file} but not in English`).toEqual([]);
    const strangers = [...own].flatMap(([id, info]) =>
      [...info.variables].filter((name) => !english.get(id)?.variables.has(name)).map((name) => `${id}: $${name}`),
    );
    expect(strangers, `placeables English does not have, in locales/${language}/${file}`).toEqual([]);
  });

  it.each(englishFiles)('%s: every select has a default, and plurals use CLDR’s categories for the language', (file) => {
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories as string[];
    const wrong: string[] = [];
    for (const [id, info] of messages(parse(language, file))) {
      for (const select of info.selects) {
        if (!select.hasDefault) wrong.push(`${id}: no default variant`);
        if (select.on !== 'count') continue;
        for (const key of select.keys) {
          if (!key.startsWith('=') && !categories.includes(key)) wrong.push(`${id}: [${key}] is not a plural category of ${language}`);
        }
      }
    }
    expect(wrong, `locales/${language}/${file}`).toEqual([]);
  });

  it('formats every message with sample arguments and no errors', () => {
    const sources = englishFiles.map((file) => textOf(language, file) ?? '');
    const bundle = makeBundle(language, sources);
    const problems: string[] = [];
    for (const file of englishFiles) {
      for (const [id, info] of messages(parse(language, file))) {
        const args = Object.fromEntries([...info.variables].map((name) => [name, name === 'count' ? 4 : `‹${name}›`]));
        for (const count of [0, 1, 2, 4, 21]) {
          if ('count' in args) args.count = count;
          formatMessage([bundle], id, args, (problem) => problems.push(problem));
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('CLDR plural rules, as the catalogues rely on them', () => {
  const category = (language: string, n: number) => new Intl.PluralRules(language).select(n);

  it('Tagalog: "one" for 0–3, 5, 7, 8, 10 …; "other" only for numbers ending in 4, 6 or 9', () => {
    for (const n of [0, 1, 2, 3, 5, 7, 8, 10, 11, 21, 100]) expect(category('tl', n), String(n)).toBe('one');
    for (const n of [4, 6, 9, 14, 26, 99]) expect(category('tl', n), String(n)).toBe('other');
  });

  it('Indonesian has no plural; French treats 0 and 1 alike; Spanish does not', () => {
    for (const n of [0, 1, 2, 5]) expect(category('id', n)).toBe('other');
    expect([category('fr', 0), category('fr', 1), category('fr', 2)]).toEqual(['one', 'one', 'other']);
    expect([category('es', 0), category('es', 1), category('es', 2)]).toEqual(['other', 'one', 'other']);
  });

  it('the window’s bundles choose by those rules', () => {
    const source = 'n = { $count ->\n    [one] one-form { $count }\n   *[other] other-form { $count }\n}\n';
    const form = (language: string, count: number) => formatMessage([makeBundle(language, [source])], 'n', { count });
    expect(form('tl', 2)).toBe('one-form 2');
    expect(form('tl', 4)).toBe('other-form 4');
    expect(form('fr', 0)).toBe('one-form 0');
    expect(form('id', 1)).toBe('other-form 1');
  });
});

import { describe, expect, it } from 'vitest';

import { canonicalLangTag, languageName, languageSuggestions } from './languages';

describe('canonicalLangTag', () => {
  it('accepts and canonicalises tags as the core does', () => {
    expect(canonicalLangTag('es')).toBe('es');
    expect(canonicalLangTag(' fr-ca ')).toBe('fr-CA');
    expect(canonicalLangTag('zh_hant_hk')).toBe('zh-Hant-HK');
    expect(canonicalLangTag('TL')).toBe('tl');
    expect(canonicalLangTag('es-419')).toBe('es-419');
  });

  it('rejects what is not shaped like a tag', () => {
    expect(canonicalLangTag('')).toBeNull();
    expect(canonicalLangTag('Spanish please')).toBeNull();
    expect(canonicalLangTag('e')).toBeNull();
    expect(canonicalLangTag('espa')).toBeNull();
    expect(canonicalLangTag('fr-')).toBeNull();
    expect(canonicalLangTag('fr-toolongsubtag')).toBeNull();
    expect(canonicalLangTag('12')).toBeNull();
  });
});

describe('languageName', () => {
  it('names languages in the reader’s language and falls back to the tag', () => {
    expect(languageName('es', 'en')).toBe('Spanish');
    expect(languageName('fr-CA', 'en')).toBe('Canadian French');
    expect(languageName('id', 'en')).toBe('Indonesian');
    expect(languageName('es', 'fr')).toBe('espagnol');
    expect(languageName('qqq', 'en')).toBe('qqq');
    expect(languageName('not a tag', 'en')).toBe('not a tag');
  });
});

describe('languageSuggestions', () => {
  it('leaves out languages already translated into and the source language', () => {
    expect(languageSuggestions([], 'en')).toEqual(['es', 'fr-CA', 'id', 'tl']);
    expect(languageSuggestions(['es', 'fr-ca'], 'tl')).toEqual(['id']);
  });
});

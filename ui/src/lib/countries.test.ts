import { describe, expect, it } from 'vitest';

import { COUNTRIES, countryName, isCountryCode, searchCountries } from './countries';

describe('countries', () => {
  it('has the 249 assigned codes once, in order', () => {
    expect(COUNTRIES).toHaveLength(249);
    const codes = COUNTRIES.map((c) => c[0]);
    expect([...codes].sort()).toEqual(codes);
    expect(new Set(codes).size).toBe(249);
  });

  it('names codes in the interface language', () => {
    expect(countryName('NZ', 'en')).toBe('New Zealand');
    expect(countryName('ne', 'en-GB')).toBe('Niger');
    expect(countryName('GB', 'en')).toBe('United Kingdom');
    expect(countryName('DE', 'fr')).toBe('Allemagne');
    expect(countryName('UK', 'en')).toBe('UK');
    expect(isCountryCode('gb')).toBe(true);
    expect(isCountryCode('UK')).toBe(false);
  });

  it('finds countries by name, code and common names, best first', () => {
    expect(searchCountries('New Zealand', 'en')[0]).toBe('NZ');
    expect(searchCountries('new z', 'en')).toEqual(['NZ']);
    expect(searchCountries('NZ', 'en')[0]).toBe('NZ');
    expect(searchCountries('UK', 'en')[0]).toBe('GB');
    expect(searchCountries('Burma', 'en')[0]).toBe('MM');
    expect(searchCountries('phil', 'en')[0]).toBe('PH');
    expect(searchCountries('cote d', 'en')).toContain('CI');
    expect(searchCountries('Narnia', 'en')).toEqual([]);
  });

  it('lists every country by name when nothing is typed', () => {
    const all = searchCountries('', 'en');
    expect(all).toHaveLength(249);
    expect(all[0]).toBe('AF');
  });
});

import { describe, expect, it } from 'vitest';

import type { Endorsement } from './bindings/Endorsement';
import { countryName, endorsementCounts, endorsementsFileName, groupByCountry, moveItem } from './endorsements';

function e(id: number, name: string, country: string | null, withdrawn = false): Endorsement {
  return {
    id,
    organisation_id: id,
    person_id: null,
    name,
    country,
    endorsed_on: '2030-01-01',
    note: null,
    withdrawn_on: withdrawn ? '2030-01-02' : null,
  };
}

describe('endorsements', () => {
  const list = [
    e(1, 'Migrante', 'PH'),
    e(2, 'No country', null),
    e(3, 'Withdrawn', 'ph', true),
    e(4, 'Canada one', 'CA'),
    e(5, 'Blank country', ' '),
    e(6, 'Later', 'PH'),
  ];

  it('counts active and withdrawn sign-ons apart', () => {
    expect(endorsementCounts(list)).toEqual({ active: 5, withdrawn: 1 });
    expect(endorsementCounts([])).toEqual({ active: 0, withdrawn: 0 });
  });

  it('groups by country name with the unrecorded group last and withdrawn ones at the end of their group', () => {
    const groups = groupByCountry(list, 'en', 'Country not recorded');
    expect(groups.map((g) => [g.label, g.active, g.endorsements.map((x) => x.id)])).toEqual([
      ['Canada', 1, [4]],
      ['Philippines', 2, [1, 6, 3]],
      ['Country not recorded', 2, [2, 5]],
    ]);
  });

  it('names countries in the reader’s language', () => {
    expect(countryName('PH', 'en')).toBe('Philippines');
    expect(countryName('de', 'fr')).toBe('Allemagne');
  });

  it('suggests a file name from the title', () => {
    expect(endorsementsFileName('Justice for Ána! 2030')).toBe('justice-for-ana-2030-endorsements.csv');
    expect(endorsementsFileName('  ')).toBe('statement-endorsements.csv');
  });

  it('moves an item up or down and stays put at the ends', () => {
    expect(moveItem([1, 2, 3], 1, -1)).toEqual([2, 1, 3]);
    expect(moveItem([1, 2, 3], 1, 1)).toEqual([1, 3, 2]);
    expect(moveItem([1, 2, 3], 0, -1)).toEqual([1, 2, 3]);
    expect(moveItem([1, 2, 3], 2, 1)).toEqual([1, 2, 3]);
  });
});

import { describe, expect, it } from 'vitest';
import { initialsOf, uniqueInitials, type Initialled } from './initials';

let next = 1;
function org(name: string, extra: Partial<Initialled> = {}): Initialled {
  return { id: next++, name, short_name: null, country: null, ...extra };
}

function shown(orgs: Initialled[]): string[] {
  const map = uniqueInitials(orgs);
  return orgs.map((o) => map.get(o.id)!);
}

describe('initialsOf', () => {
  it('takes the acronym, else the capitalised words', () => {
    expect(initialsOf(org('Bayan Canada', { short_name: 'BAYAN-CA' }))).toBe('BAY');
    expect(initialsOf(org('Migrante UK'))).toBe('MU');
    expect(initialsOf(org('International League of Peoples Struggle'))).toBe('ILP');
    expect(initialsOf(org('kabataan'))).toBe('K');
  });
});

describe('uniqueInitials', () => {
  it('keeps initials nobody else has', () => {
    expect(shown([org('Migrante Canada'), org('Gabriela Philippines'), org('Anakbayan', { short_name: 'AB' })])).toEqual(['MC', 'GP', 'AB']);
  });

  it('spells the last word further where initials collide', () => {
    expect(shown([org('Migrante UK'), org('Migrante USA'), org('Migrante Canada')])).toEqual(['MUK', 'MUS', 'MC']);
  });

  it('never gives an alternative someone else already shows', () => {
    // "MUS" is someone's own initials: Migrante USA moves on to MUSA.
    const [uk, usa, mus] = shown([org('Migrante UK'), org('Migrante USA'), org('Mothers United Society')]);
    expect([uk, usa, mus]).toEqual(['MUK', 'MUSA', 'MUS']);
  });

  it('uses the country code, then a number, when the name cannot tell them apart', () => {
    // Spelling "Migrante" further (MI, MIG) would tell them apart by order only: the country does it.
    expect(shown([org('Migrante', { country: 'CA' }), org('Migrante', { country: 'US' })])).toEqual(['MCA', 'MUS']);
    // Same name, same country: numbered.
    expect(shown([org('Kasama KA', { country: 'PH' }), org('Kasama KA', { country: 'PH' }), org('Kasama KA')])).toEqual(['KK1', 'KK2', 'KK3']);
  });

  it('compares without case and gives every organisation shown an entry', () => {
    const orgs = [org('Alpha Beta', { short_name: 'ab' }), org('Another Body'), org('Art Bloc')];
    const texts = shown(orgs);
    expect(new Set(texts.map((t) => t.toUpperCase())).size).toBe(3);
    expect(uniqueInitials(orgs).size).toBe(3);
    expect(uniqueInitials([]).size).toBe(0);
  });
});

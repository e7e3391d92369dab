import { describe, expect, it, vi } from 'vitest';

import { formatDateIn, formatDateTimeIn, parseDateValue } from './format';
import { catalogueChain, getLocale, setLocale, t } from './locale.svelte';
import { interpolate, translate, type Catalogue } from './translate';

describe('interpolate', () => {
  it('fills placeholders and formats numbers for the locale', () => {
    expect(interpolate('Version {version}', { version: '0.1.0' })).toBe('Version 0.1.0');
    expect(interpolate('{count} people', { count: 1234 }, 'en')).toBe('1,234 people');
    expect(interpolate('{count} Personen', { count: 1234 }, 'de')).toBe('1.234 Personen');
  });

  it('leaves unknown placeholders visible instead of printing "undefined"', () => {
    expect(interpolate('Hello {name}, {missing}', { name: 'Ana' })).toBe('Hello Ana, {missing}');
    expect(interpolate('{toString}', {})).toBe('{toString}');
  });
});

describe('translate', () => {
  const english: Catalogue = {
    greeting: 'Hello {name}',
    'org.count': { zero: 'No organisations', one: '{count} organisation', other: '{count} organisations' },
    onlyEnglish: 'Only in English',
  };
  const german: Catalogue = { greeting: 'Hallo {name}' };

  it('uses the first catalogue that has the key', () => {
    expect(translate([german, english], 'greeting', { name: 'Ana' }, 'de')).toBe('Hallo Ana');
  });

  it('falls back to later catalogues for keys a translation lacks', () => {
    expect(translate([german, english], 'onlyEnglish', {}, 'de')).toBe('Only in English');
  });

  it('returns the key itself and reports it when no catalogue has it', () => {
    const onMissing = vi.fn();
    expect(translate([german, english], 'no.such.key', {}, 'de', onMissing)).toBe('no.such.key');
    expect(onMissing).toHaveBeenCalledWith('no.such.key');
  });

  it('does not mistake Object.prototype members for messages', () => {
    expect(translate([english], 'constructor')).toBe('constructor');
  });

  it('chooses plural forms by count', () => {
    expect(translate([english], 'org.count', { count: 0 })).toBe('No organisations');
    expect(translate([english], 'org.count', { count: 1 })).toBe('1 organisation');
    expect(translate([english], 'org.count', { count: 5 })).toBe('5 organisations');
    expect(translate([english], 'org.count')).toBe('{count} organisations');
  });
});

describe('t and the locale', () => {
  it('translates English keys with params', () => {
    setLocale('en-GB');
    expect(t('nav.calendar')).toBe('Calendar');
    expect(t('app.version', { version: '0.1.0' })).toBe('Version 0.1.0');
  });

  it('falls back to English for a locale without a catalogue, and ignores invalid tags', () => {
    expect(setLocale('de-AT')).toBe('de-AT');
    expect(t('nav.settings')).toBe('Settings');
    expect(setLocale('not a locale!')).toBe('de-AT');
    expect(getLocale()).toBe('de-AT');
  });

  it('searches region, then language, then English', () => {
    expect(catalogueChain('en-GB')).toHaveLength(1);
    expect(catalogueChain('fr-CA')).toHaveLength(1);
  });
});

describe('dates', () => {
  it('reads a date-only string as that local calendar day', () => {
    const day = parseDateValue('2026-03-01');
    expect(day?.getFullYear()).toBe(2026);
    expect(day?.getMonth()).toBe(2);
    expect(day?.getDate()).toBe(1);
    expect(formatDateIn('en-GB', '2026-03-01')).toBe('1 Mar 2026');
    expect(formatDateIn('en-US', '2026-03-01')).toBe('Mar 1, 2026');
    expect(formatDateIn('de-DE', '2026-03-01')).toBe('01.03.2026');
  });

  it('formats instants with a time, in the requested time zone', () => {
    const options = { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' } as const;
    expect(formatDateTimeIn('en-GB', '2026-03-01T18:30:00Z', options)).toBe('1 Mar 2026, 18:30');
    expect(formatDateTimeIn('en-GB', '2026-03-01T18:30:00+02:00', options)).toBe('1 Mar 2026, 16:30');
  });

  it('shows unparseable input as given rather than "Invalid Date"', () => {
    expect(parseDateValue('next tuesday')).toBeNull();
    expect(formatDateIn('en-GB', 'next tuesday')).toBe('next tuesday');
    expect(formatDateIn('en-GB', new Date(Number.NaN))).toBe('');
  });
});

describe('one clock', () => {
  it('shows every time of day on the 24-hour clock the calendar grid uses, even in en-US', async () => {
    const { oneClock } = await import('./index');
    const { formatWallTimeIn } = await import('./format');
    const options = oneClock(undefined, { dateStyle: 'medium', timeStyle: 'short' });
    expect(formatWallTimeIn('en-US', '2025-02-18T20:00', options)).toMatch(/20:00$/);
    expect(formatWallTimeIn('en-US', '2025-02-18T07:05', oneClock({ hour: 'numeric', minute: '2-digit' }, {}))).toBe('07:05');
    expect(oneClock({ dateStyle: 'long' }, {})).toEqual({ dateStyle: 'long' });
  });
});

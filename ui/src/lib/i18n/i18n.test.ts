import { describe, expect, it, vi } from 'vitest';

import { formatDateIn, formatDateTimeIn, parseDateValue } from './format';
import { formatMessage, makeBundle } from './fluent';
import { bundleChain, getLocale, messageLanguage, resolveLocale, setLanguage, setLocale, t } from './locale.svelte';
import { PSEUDO_LOCALE } from './pseudo';

const english = `
greeting = Hello { $name }
org-count =
    { $count ->
        [0] No organisations
        [one] { $count } organisation
       *[other] { $count } organisations
    }
people = { $count } people
only-english = Only in English
`;
const german = 'greeting = Hallo { $name }\n';

describe('formatMessage', () => {
  it('fills placeables and formats numbers for the bundle’s locale', () => {
    expect(formatMessage([makeBundle('en', [english])], 'people', { count: 1234 })).toBe('1,234 people');
    expect(formatMessage([makeBundle('de', ['people = { $count } Personen'])], 'people', { count: 1234 })).toBe('1.234 Personen');
  });

  it('uses the first bundle that has the key, then falls back to later ones', () => {
    const chain = [makeBundle('de', [german]), makeBundle('en', [english])];
    expect(formatMessage(chain, 'greeting', { name: 'Ana' })).toBe('Hallo Ana');
    expect(formatMessage(chain, 'only-english')).toBe('Only in English');
  });

  it('returns the key itself and reports it when no bundle has it', () => {
    const onMissing = vi.fn();
    expect(formatMessage([makeBundle('en', [english])], 'no-such-key', {}, onMissing)).toBe('no-such-key');
    expect(onMissing).toHaveBeenCalledWith('no-such-key');
    expect(formatMessage([makeBundle('en', [english])], 'constructor')).toBe('constructor');
  });

  it('shows a missing argument visibly instead of "undefined", and reports it', () => {
    const onMissing = vi.fn();
    expect(formatMessage([makeBundle('en', [english])], 'greeting', {}, onMissing)).toBe('Hello {$name}');
    expect(onMissing).toHaveBeenCalled();
  });

  it('chooses plural forms by count, an exact [0] first', () => {
    const chain = [makeBundle('en', [english])];
    expect(formatMessage(chain, 'org-count', { count: 0 })).toBe('No organisations');
    expect(formatMessage(chain, 'org-count', { count: 1 })).toBe('1 organisation');
    expect(formatMessage(chain, 'org-count', { count: 5 })).toBe('5 organisations');
  });
});

describe('t and the locale', () => {
  it('translates English keys with params', () => {
    setLocale('en-GB');
    expect(t('nav-calendar')).toBe('Calendar');
    expect(t('app-version', { version: '0.1.0' })).toBe('Version 0.1.0');
  });

  it('falls back to English for a locale without a catalogue, and ignores invalid tags', () => {
    expect(setLocale('de-AT')).toBe('de-AT');
    expect(t('nav-settings')).toBe('Settings');
    expect(setLocale('not a locale!')).toBe('de-AT');
    expect(getLocale()).toBe('de-AT');
  });

  it('keeps the system’s region when its language is the one chosen, and maps Filipino to Tagalog', () => {
    expect(resolveLocale('auto', 'fr-CA')).toBe('fr-CA');
    expect(resolveLocale('fr', 'fr-CA')).toBe('fr-CA');
    expect(resolveLocale('fr', 'en-GB')).toBe('fr');
    expect(resolveLocale('tl', 'fil-PH')).toBe('fil-PH');
    expect(resolveLocale('tl', 'en-US')).toBe('fil');
    expect(messageLanguage('fil')).toBe('tl');
    expect(messageLanguage('de-AT')).toBe('en');
    expect(bundleChain('en-GB')).toHaveLength(1);
  });

  it('the pseudo-locale accents every letter and lengthens the text, leaving arguments alone', () => {
    setLanguage(PSEUDO_LOCALE);
    const text = t('app-version', { version: '0.1.0' });
    expect(text).toBe('[Ṽéŕšîöñ ēōē] 0.1.0');
    expect(text).toContain('0.1.0');
    expect(t('nav-calendar').length).toBeGreaterThan('Calendar'.length * 1.4);
    setLanguage('en');
    expect(t('nav-calendar')).toBe('Calendar');
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

describe('clock and week', () => {
  it('knows each locale’s habits: the hour cycle and the first day of the week', async () => {
    const { localeHourCycle, localeWeekStart } = await import('./locale.svelte');
    expect(localeHourCycle('en-US')).toBe('h12');
    expect(localeHourCycle('en-GB')).toBe('h23');
    expect(localeHourCycle('fr')).toBe('h23');
    expect(localeWeekStart('en-US')).toBe(0);
    expect(localeWeekStart('tl')).toBe(0);
    expect(localeWeekStart('fr')).toBe(1);
    expect(localeWeekStart('en-GB')).toBe(1);
    expect(localeWeekStart('ar-EG')).toBe(6);
  });

  it('keeps the 24-hour clock and Monday unless chosen otherwise, and follows the locale when asked', async () => {
    const { firstDayOfWeek, hourCycle, setClock, setLocale: set, setWeekStart } = await import('./locale.svelte');
    set('en-US');
    expect([hourCycle(), firstDayOfWeek()]).toEqual(['h23', 1]);
    setClock('auto');
    setWeekStart('auto');
    expect([hourCycle(), firstDayOfWeek()]).toEqual(['h12', 0]);
    set('fr-FR');
    expect([hourCycle(), firstDayOfWeek()]).toEqual(['h23', 1]);
    setClock('h23');
    setWeekStart(1);
  });
});

describe('one clock', () => {
  it('shows every time of day on the 24-hour clock the calendar grid uses, even in en-US', async () => {
    const { oneClock } = await import('./index');
    const { formatWallTimeIn } = await import('./format');
    const options = oneClock(undefined, { dateStyle: 'medium', timeStyle: 'short' }, 'h23');
    expect(formatWallTimeIn('en-US', '2025-02-18T20:00', options)).toMatch(/20:00$/);
    expect(formatWallTimeIn('en-US', '2025-02-18T07:05', oneClock({ hour: 'numeric', minute: '2-digit' }, {}, 'h23'))).toBe('07:05');
    expect(formatWallTimeIn('en-GB', '2025-02-18T20:05', oneClock({ hour: 'numeric', minute: '2-digit' }, {}, 'h12'))).toMatch(/^8:05\s?pm$/i);
    expect(oneClock({ dateStyle: 'long' }, {})).toEqual({ dateStyle: 'long' });
  });
});

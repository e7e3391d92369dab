import { describe, expect, it } from 'vitest';

import { dateOrder, datePattern, firstDayOfWeek, formatDateText, monthGrid, parseDateText, type ParseOptions } from './dateText';

const TODAY = '2026-12-06';
const WORDS = { day: 'dd', month: 'mm', year: 'yyyy', time: 'hh:mm' };

function read(text: string, locale = 'en-GB', withTime = false, extra: Partial<ParseOptions> = {}) {
  return parseDateText(text, { locale, withTime, today: TODAY, ...extra });
}
const value = (text: string, locale = 'en-GB', withTime = false, extra: Partial<ParseOptions> = {}) => {
  const r = read(text, locale, withTime, extra);
  return r.ok ? r.value : r.error;
};

describe('the locale’s order', () => {
  it('is found from Intl, not assumed', () => {
    expect(dateOrder('en-US')).toEqual(['month', 'day', 'year']);
    expect(dateOrder('en-GB')).toEqual(['day', 'month', 'year']);
    expect(dateOrder('fr')).toEqual(['day', 'month', 'year']);
    expect(dateOrder('es')).toEqual(['day', 'month', 'year']);
    expect(dateOrder('id')).toEqual(['day', 'month', 'year']);
    expect(dateOrder('tl')).toEqual(['month', 'day', 'year']);
    expect(dateOrder('fr-CA')).toEqual(['year', 'month', 'day']);
  });

  it('gives the placeholder with the locale’s separator', () => {
    expect(datePattern('en-GB', false, WORDS)).toBe('dd/mm/yyyy');
    expect(datePattern('en-US', true, WORDS)).toBe('mm/dd/yyyy hh:mm');
    expect(datePattern('fr-CA', false, WORDS)).toBe('yyyy-mm-dd');
    expect(datePattern('de', false, WORDS)).toBe('dd.mm.yyyy');
  });
});

describe('reading typed dates', () => {
  it('always reads ISO, with or without a time', () => {
    expect(value('2025-02-18', 'en-US')).toBe('2025-02-18');
    expect(value('2025-02-18T20:00', 'en-US', true)).toBe('2025-02-18T20:00');
    expect(value('2025-02-18 20:00', 'fr', true)).toBe('2025-02-18T20:00');
    expect(value('2025-02-18T20:00:00', 'es', true)).toBe('2025-02-18T20:00');
  });

  it('reads numbers in the locale’s order', () => {
    expect(value('18/02/2025')).toBe('2025-02-18');
    expect(value('02/18/2025', 'en-US')).toBe('2025-02-18');
    expect(value('18/02/2025', 'fr')).toBe('2025-02-18');
    expect(value('18/2/2025', 'es')).toBe('2025-02-18');
    expect(value('18-02-2025', 'id')).toBe('2025-02-18');
    expect(value('2/18/2025', 'tl')).toBe('2025-02-18');
    expect(value('2025-2-18', 'fr-CA')).toBe('2025-02-18');
    expect(value('18.02.2025', 'de')).toBe('2025-02-18');
    expect(value('18 02 2025')).toBe('2025-02-18');
    expect(value('18022025')).toBe('2025-02-18');
    expect(value('02182025', 'en-US')).toBe('2025-02-18');
    // A four-digit year first is read as year-month-day whatever the locale.
    expect(value('2025/02/18', 'en-US')).toBe('2025-02-18');
  });

  it('reads two-digit years as the year within 50 of today’s', () => {
    expect(value('18/02/25')).toBe('2025-02-18');
    expect(value('18/02/76')).toBe('2076-02-18');
    expect(value('18/02/77')).toBe('1977-02-18');
    expect(value('18 Feb 25')).toBe('2025-02-18');
  });

  it('reads month names in English and in the locale, either way round', () => {
    expect(value('18 Feb 2025')).toBe('2025-02-18');
    expect(value('Feb 18 2025', 'en-US')).toBe('2025-02-18');
    expect(value('Feb 18, 2025', 'en-US')).toBe('2025-02-18');
    expect(value('18 February 2025')).toBe('2025-02-18');
    expect(value('Tuesday 18th of February 2025')).toBe('2025-02-18');
    expect(value('18 de febrero de 2025', 'es')).toBe('2025-02-18');
    expect(value('18 févr. 2025', 'fr')).toBe('2025-02-18');
    expect(value('18 fevrier 2025', 'fr')).toBe('2025-02-18');
    expect(value('18 Feb 2025', 'fr')).toBe('2025-02-18');
    expect(value('18 Agustus 2025', 'id')).toBe('2025-08-18');
    expect(value('Sept 3 2025', 'en-US')).toBe('2025-09-03');
    expect(value('3 sept 2025')).toBe('2025-09-03');
    expect(value('Pebrero 18, 2025', 'tl')).toBe('2025-02-18');
  });

  it('takes a missing year as the next such day from the reference day, not the clock', () => {
    expect(value('18 Feb')).toBe('2027-02-18');
    expect(value('Feb 18', 'en-US')).toBe('2027-02-18');
    expect(value('24 Dec')).toBe('2026-12-24');
    expect(value('6 Dec')).toBe('2026-12-06');
    expect(value('5 Dec')).toBe('2027-12-05');
    expect(value('18/02')).toBe('2027-02-18');
    expect(value('12/24', 'en-US')).toBe('2026-12-24');
    expect(value('18 Feb', 'en-GB', false, { today: '2025-01-01' })).toBe('2025-02-18');
    // 29 February waits for a leap year.
    expect(value('29 Feb')).toBe('2028-02-29');
  });

  it('reads times in the usual ways, on the one 24-hour clock', () => {
    expect(value('18/02/2025 20:00', 'en-GB', true)).toBe('2025-02-18T20:00');
    expect(value('18/02/2025, 20:00', 'en-GB', true)).toBe('2025-02-18T20:00');
    expect(value('18/02/2025 8:05', 'en-GB', true)).toBe('2025-02-18T08:05');
    expect(value('18/02/2025 2030', 'en-GB', true)).toBe('2025-02-18T20:30');
    expect(value('18 Feb 2025 8pm', 'en-GB', true)).toBe('2025-02-18T20:00');
    expect(value('18 Feb 8:30 am', 'en-GB', true)).toBe('2027-02-18T08:30');
    expect(value('18 Feb 8:30 p.m.', 'en-GB', true)).toBe('2027-02-18T20:30');
    expect(value('18 Feb 12am', 'en-GB', true)).toBe('2027-02-18T00:00');
    expect(value('18 Feb 12pm', 'en-GB', true)).toBe('2027-02-18T12:00');
    expect(value('Feb 18 at 8pm', 'en-US', true)).toBe('2027-02-18T20:00');
    expect(value('18/02/2025 20h30', 'fr', true)).toBe('2025-02-18T20:30');
    expect(value('18/02/2025 20 h 30', 'fr', true)).toBe('2025-02-18T20:30');
    expect(value('18/02/2025 20.00', 'id', true)).toBe('2025-02-18T20:00');
    expect(value('18/02/2025 8:00 p. m.', 'es', true)).toBe('2025-02-18T20:00');
  });

  it('keeps the field’s time when only a date is typed into a date-and-time field', () => {
    expect(value('18/02/2025', 'en-GB', true, { time: '10:00' })).toBe('2025-02-18T10:00');
    expect(value('18 Feb 2030', 'en-GB', true, { time: '10:00' })).toBe('2030-02-18T10:00');
    expect(value('18/02/2025', 'en-GB', true)).toEqual({ kind: 'needTime' });
  });

  it('moves only the time when a time alone is typed into a date-and-time field that has a day', () => {
    expect(value('20:00', 'en-GB', true, { day: '2025-02-18' })).toBe('2025-02-18T20:00');
    expect(value('8pm', 'en-US', true, { day: '2025-02-18' })).toBe('2025-02-18T20:00');
    expect(value('20:00', 'en-GB', true)).toEqual({ kind: 'unreadable' });
    expect(value('20:00', 'en-GB', false, { day: '2025-02-18' })).toEqual({ kind: 'unreadable' });
  });

  it('reads empty as empty', () => {
    expect(value('')).toBe('');
    expect(value('   ', 'en-GB', true)).toBe('');
  });
});

describe('refusing what it cannot read', () => {
  it('names a day that does not exist instead of rolling over', () => {
    expect(value('31/02/2025')).toEqual({ kind: 'noSuchDay', day: 31, month: 2, year: 2025, days: 28 });
    expect(value('2025-02-29')).toEqual({ kind: 'noSuchDay', day: 29, month: 2, year: 2025, days: 28 });
    expect(value('29/02/2024')).toBe('2024-02-29');
    expect(value('31 Apr 2025')).toEqual({ kind: 'noSuchDay', day: 31, month: 4, year: 2025, days: 30 });
    expect(value('0/02/2025')).toMatchObject({ kind: 'noSuchDay', day: 0 });
  });

  it('names a month that does not exist (a date typed in another order)', () => {
    // …with the day it would be in the other order, to suggest.
    expect(value('18/02/2025', 'en-US')).toEqual({ kind: 'noSuchMonth', month: 18, swapped: '2025-02-18' });
    expect(value('18/02/2025 20:00', 'en-US', true)).toEqual({ kind: 'noSuchMonth', month: 18, swapped: '2025-02-18T20:00' });
    expect(value('02/31/2025', 'en-GB')).toEqual({ kind: 'noSuchMonth', month: 31 });
    expect(value('2025-13-01')).toEqual({ kind: 'noSuchMonth', month: 13 });
  });

  it('names a word that is not a month', () => {
    expect(value('18 Febuary 2025')).toEqual({ kind: 'unknownWord', word: 'Febuary' });
    expect(value('next tuesday')).toEqual({ kind: 'unknownWord', word: 'next' });
  });

  it('refuses times that do not exist, and times in a date-only field', () => {
    expect(value('18/02/2025 25:00', 'en-GB', true)).toEqual({ kind: 'noSuchTime', time: '25:00' });
    expect(value('18/02/2025 20:75', 'en-GB', true)).toEqual({ kind: 'noSuchTime', time: '20:75' });
    expect(value('18/02/2025 13pm', 'en-GB', true)).toEqual({ kind: 'noSuchTime', time: '13pm' });
    expect(value('2025-02-18T24:00', 'en-GB', true)).toEqual({ kind: 'noSuchTime', time: '24:00' });
    expect(value('18/02/2025 20:00')).toEqual({ kind: 'dateOnly' });
  });

  it('refuses half-typed and odd text', () => {
    expect(value('18/02/202')).toEqual({ kind: 'badYear', year: '202' });
    expect(value('18')).toEqual({ kind: 'unreadable' });
    expect(value('Feb 2025')).toEqual({ kind: 'unreadable' });
    expect(value('18/02/2025/1')).toEqual({ kind: 'unreadable' });
    expect(value('Ma 18')).toEqual({ kind: 'unknownWord', word: 'Ma' });
    expect(value('<script>')).toEqual({ kind: 'unknownWord', word: 'script' });
  });
});

describe('writing values back', () => {
  it('uses the locale’s numeric order and the 24-hour clock', () => {
    expect(formatDateText('2025-02-18', 'en-GB')).toBe('18/02/2025');
    expect(formatDateText('2025-02-18', 'en-US')).toBe('02/18/2025');
    expect(formatDateText('2025-02-18', 'fr-CA')).toBe('2025-02-18');
    expect(formatDateText('2025-02-18T08:05', 'en-US')).toBe('02/18/2025 08:05');
    expect(formatDateText('2025-02-18T20:00', 'tl')).toBe('02/18/2025 20:00');
    expect(formatDateText('0099-02-18', 'en-GB')).toBe('18/02/0099');
  });

  it('leaves what is not a stored value as it is', () => {
    expect(formatDateText('', 'en-GB')).toBe('');
    expect(formatDateText('31/02/2025', 'en-GB')).toBe('31/02/2025');
  });

  it('reads back what it writes, in every interface locale', () => {
    for (const locale of ['en', 'en-US', 'en-GB', 'es', 'fr', 'fr-CA', 'id', 'tl', 'de']) {
      for (const stored of ['2025-02-18', '2024-02-29', '1999-12-31', '2025-01-01']) {
        expect(value(formatDateText(stored, locale), locale), `${locale} ${stored}`).toBe(stored);
        const wall = `${stored}T07:05`;
        expect(value(formatDateText(wall, locale), locale, true), `${locale} ${wall}`).toBe(wall);
      }
    }
  });
});

describe('the picker’s month', () => {
  it('starts weeks on the locale’s first day', () => {
    expect(firstDayOfWeek('en-GB')).toBe(1);
    expect(firstDayOfWeek('en-US')).toBe(7);
  });

  it('lays out whole weeks around the month', () => {
    const feb = monthGrid(2025, 2, 1); // 1 Feb 2025 is a Saturday
    expect(feb[0]).toEqual(['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01', '2025-02-02']);
    expect(feb.at(-1)!.at(-1)).toBe('2025-03-02');
    expect(feb).toHaveLength(5);
    const sundays = monthGrid(2025, 2, 7);
    expect(sundays[0]![0]).toBe('2025-01-26');
    expect(sundays[0]![6]).toBe('2025-02-01');
    expect(monthGrid(2026, 2, 7)).toHaveLength(4); // February 2026 starts on a Sunday: four whole weeks
  });
});

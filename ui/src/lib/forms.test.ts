import { describe, expect, it } from 'vitest';

import { ApiError } from './api/errors';
import { canImport, countRows, hasName, setColumn } from './csvMapping';
import { blankToNull, formErrors, matches, parseHashtags, problemSentences, sentence, todayIso } from './forms';
import { formatDateRangeIn, formatWallTimeIn } from './i18n/format';
import { filterZones, zoneCity } from './timezones';

describe('problemSentences', () => {
  it('gives each field message as a sentence, without the field names', () => {
    const report = new ApiError('validation', 'x', 'invitation_ics_save', [
      { field: 'invitees', message: 'none of those invited has an e-mail address' },
      { field: 'organizer_email', message: 'is not an email address' },
    ]);
    expect(problemSentences(report)).toBe('None of those invited has an e-mail address Is not an email address');
    expect(problemSentences({ kind: 'not_found', message: 'event 4 does not exist', fields: [] })).toBe('Event 4 does not exist');
  });
});

describe('formErrors', () => {
  it('puts each field message next to its field, as a sentence', () => {
    const report = {
      kind: 'validation',
      message: 'title: must not be empty',
      fields: [
        { field: 'title', message: 'must not be empty' },
        { field: 'zone', message: "'Manila' is not a time zone; did you mean Asia/Manila?" },
      ],
    };
    const errors = formErrors(report, ['title', 'zone', 'colour']);
    expect(errors.fields).toEqual({
      title: 'Must not be empty',
      zone: "'Manila' is not a time zone; did you mean Asia/Manila?",
    });
    expect(errors.general).toBeNull();
  });

  it('joins several messages for one field and keeps unknown fields in general', () => {
    const report = new ApiError('validation', 'x', 'org_create', [
      { field: 'email', message: 'is too long' },
      { field: 'email', message: 'is not an email address' },
      { field: 'socials', message: 'is too long' },
    ]);
    const errors = formErrors(report, ['email']);
    expect(errors.fields.email).toBe('Is too long Is not an email address');
    expect(errors.general).toBe('socials: is too long');
  });

  it('shows an error without fields as a general message', () => {
    const errors = formErrors({ kind: 'not_found', message: 'campaign 4 does not exist', fields: [] }, ['title']);
    expect(errors.fields).toEqual({});
    expect(errors.general).toBe('Campaign 4 does not exist');
  });

  it('keeps fields from the IPC payload on ApiError', () => {
    const error = ApiError.from({ kind: 'validation', message: 'm', fields: [{ field: 'name', message: 'empty' }, 7] });
    expect(error.fields).toEqual([{ field: 'name', message: 'empty' }]);
    expect(ApiError.from({ kind: 'io', message: 'm' }).fields).toEqual([]);
  });
});

describe('small form helpers', () => {
  it('turns blank optional text into null', () => {
    expect(blankToNull('  ')).toBeNull();
    expect(blankToNull(null)).toBeNull();
    expect(blankToNull(' IMA ')).toBe('IMA');
  });

  it('capitalises sentences', () => {
    expect(sentence(' must not be empty')).toBe('Must not be empty');
    expect(sentence('')).toBe('');
  });

  it('formats today as an ISO day', () => {
    expect(todayIso(new Date(2025, 1, 3))).toBe('2025-02-03');
  });

  it('matches ignoring case and accents', () => {
    expect(matches('Migrante Aotearoa', 'aotea')).toBe(true);
    expect(matches('Kilusang Mayo Uno', 'kmu')).toBe(false);
    expect(matches('Pagkakaisa ng Kababaihan São Paulo', 'sao')).toBe(true);
    expect(matches(null, '')).toBe(true);
  });
});

describe('parseHashtags', () => {
  it('splits on spaces and commas and adds the #', () => {
    expect(parseHashtags('StandWithBurma, #SolidarityMonth  #x')).toEqual([
      '#StandWithBurma',
      '#SolidarityMonth',
      '#x',
    ]);
  });

  it('drops duplicates ignoring case and keeps existing chips first', () => {
    expect(parseHashtags('#standwithburma #New', ['#StandWithBurma'])).toEqual(['#StandWithBurma', '#New']);
    expect(parseHashtags('## , ,', [])).toEqual([]);
  });
});

describe('CSV mapping', () => {
  it('maps a column and frees a field another column had', () => {
    expect(setColumn(['name', 'email', null], 2, 'email')).toEqual(['name', null, 'email']);
    expect(setColumn(['name', 'email'], 1, null)).toEqual(['name', null]);
    expect(hasName(['name', null])).toBe(true);
    expect(hasName([null, 'email'])).toBe(false);
  });

  it('counts rows and refuses import while rows have errors unless skipped', () => {
    const row = (status: 'new' | 'duplicate' | 'error') => ({ line: 2, values: {}, status, message: null });
    const counts = countRows([row('new'), row('new'), row('duplicate'), row('error')]);
    expect(counts).toEqual({ new: 2, duplicate: 1, error: 1 });
    expect(canImport(counts, false)).toBe(false);
    expect(canImport(counts, true)).toBe(true);
    expect(canImport({ new: 0, duplicate: 3, error: 0 }, true)).toBe(false);
    expect(canImport({ new: 1, duplicate: 0, error: 0 }, false)).toBe(true);
  });
});

describe('dates for campaigns and events', () => {
  it('formats day ranges per locale', () => {
    // ICU versions differ in the spaces around the dash (none, thin, normal).
    expect(formatDateRangeIn('en-GB', '2025-02-01', '2025-02-28')).toMatch(/^1\s?–\s?28 Feb 2025$/);
    expect(formatDateRangeIn('en-US', '2025-02-01', '2025-02-28')).toMatch(/^Feb 1\s?–\s?28, 2025$/);
    expect(formatDateRangeIn('en-GB', '2025-02-21', '2025-02-21')).toBe('21 Feb 2025');
    expect(formatDateRangeIn('fr-CA', '2025-02-01', '2025-03-02')).toMatch(/févr\..*mars/);
  });

  it('formats an event wall-clock time without shifting it to another zone', () => {
    const options = { dateStyle: 'medium', timeStyle: 'short' } as const;
    expect(formatWallTimeIn('en-GB', '2025-02-18T20:00', options)).toBe('18 Feb 2025, 20:00');
    expect(formatWallTimeIn('en-US', '2025-02-18T20:00', options)).toMatch(/^Feb 18, 2025.*8:00\sPM$/);
    expect(formatWallTimeIn('en-GB', 'not a time')).toBe('not a time');
  });
});

describe('time zones', () => {
  const zones = ['America/New_York', 'America/Toronto', 'Asia/Manila', 'Pacific/Auckland', 'UTC'];
  it('finds zones by any words of their name', () => {
    expect(filterZones(zones, 'new york')).toEqual(['America/New_York']);
    expect(filterZones(zones, 'america')).toEqual(['America/New_York', 'America/Toronto']);
    expect(filterZones(zones, '')).toHaveLength(5);
    expect(filterZones(zones, 'a', 2)).toHaveLength(2);
    expect(zoneCity('America/New_York')).toBe('New York');
  });
});

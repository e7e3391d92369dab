import { describe, expect, it } from 'vitest';

import { endAfterStartMoved, endFor, LONG_EVENT_DAYS, repeatGap, spanLength, spanWarning } from './eventSpan';

const HOUR = 3_600_000;
const DAY = 86_400_000;

describe('the end follows the start', () => {
  it('keeps a timed event’s length when the start moves to another day and hour', () => {
    // The webinar of issue #13: moved from "today" to 18 Feb 2025 20:00, it kept its 90 minutes.
    expect(endAfterStartMoved('2026-12-06T10:00', '2026-12-06T11:30', '2025-02-18T20:00', false)).toBe('2025-02-18T21:30');
  });

  it('crosses midnight, month and year ends', () => {
    expect(endAfterStartMoved('2025-01-01T10:00', '2025-01-01T12:00', '2025-12-31T23:00', false)).toBe('2026-01-01T01:00');
  });

  it('keeps wall-clock length across a DST change (no zone arithmetic)', () => {
    expect(endAfterStartMoved('2025-03-01T10:00', '2025-03-01T11:00', '2025-03-09T01:30', false)).toBe('2025-03-09T02:30');
  });

  it('keeps an all-day event’s number of days (the end is the last day)', () => {
    // The yearly anniversary of issue #13: one day, moved, stays one day.
    expect(endAfterStartMoved('2026-12-06', '2026-12-06', '2025-01-31', true)).toBe('2025-01-31');
    expect(endAfterStartMoved('2025-02-21', '2025-02-23', '2025-02-27', true)).toBe('2025-03-01');
    expect(endAfterStartMoved('2024-02-28', '2024-03-01', '2025-02-28', true)).toBe('2025-03-02');
  });

  it('leaves the end alone when it cannot tell the length', () => {
    expect(endAfterStartMoved('', '2025-02-18T21:30', '2025-02-18T20:00', false)).toBe('2025-02-18T21:30');
    expect(endAfterStartMoved('2025-02-18T20:00', '2025-02-18T19:00', '2025-02-19T20:00', false)).toBe('2025-02-18T19:00');
    expect(endAfterStartMoved('2025-02-18T20:00', '2025-02-18T21:00', '2025-02-31T20:00', false)).toBe('2025-02-18T21:00');
    expect(endAfterStartMoved('2025-02-18T20:00', '2025-02-18T21:00', '', false)).toBe('2025-02-18T21:00');
  });

  it('reads seconds but writes minutes', () => {
    expect(endAfterStartMoved('2025-02-18T20:00:00', '2025-02-18T21:00:00', '2025-02-19T08:15', false)).toBe('2025-02-19T09:15');
  });

  it('measures lengths', () => {
    expect(spanLength('2025-02-18T20:00', '2025-02-18T21:30', false)).toBe(1.5 * HOUR);
    expect(spanLength('2025-02-21', '2025-02-23', true)).toBe(3 * DAY);
    expect(spanLength('2025-02-21', '2025-02-20', true)).toBeNull();
    expect(endFor('2025-02-21', DAY, true)).toBe('2025-02-21');
    expect(endFor('nonsense', DAY, true)).toBeNull();
  });
});

describe('repeat gaps', () => {
  it('counts frequency times interval, the shortest month and a plain year', () => {
    expect(repeatGap(null)).toBeNull();
    expect(repeatGap('FREQ=DAILY')).toBe(DAY);
    expect(repeatGap('FREQ=WEEKLY;INTERVAL=2;BYDAY=TH')).toBe(14 * DAY);
    expect(repeatGap('FREQ=MONTHLY;BYMONTHDAY=5')).toBe(28 * DAY);
    expect(repeatGap('RRULE:FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=31')).toBe(365 * DAY);
    expect(repeatGap('FREQ=FORTNIGHTLY')).toBeNull();
  });

  it('takes the closest two weekdays of a weekly rule on several days', () => {
    expect(repeatGap('FREQ=WEEKLY;BYDAY=MO,TH')).toBe(3 * DAY);
    expect(repeatGap('FREQ=WEEKLY;BYDAY=MO,SU')).toBe(DAY);
  });
});

describe('when a save asks first', () => {
  it('passes ordinary events and a week of action', () => {
    expect(spanWarning('2025-02-18T20:00', '2025-02-18T21:30', false, null)).toBeNull();
    expect(spanWarning('2025-02-21', '2025-02-23', true, null)).toBeNull();
    expect(spanWarning('2025-03-01', '2025-03-07', true, null)).toBeNull();
    expect(spanWarning('2025-01-31', '2025-01-31', true, 'FREQ=YEARLY')).toBeNull();
    expect(spanWarning('2025-02-20T09:00', '2025-02-20T10:00', false, 'FREQ=WEEKLY;BYDAY=TH')).toBeNull();
  });

  it('asks about an event longer than a week', () => {
    expect(LONG_EVENT_DAYS).toBe(7);
    // The webinar of issue #13, saved lasting until December 2026.
    expect(spanWarning('2025-02-18T20:00', '2026-12-06T11:30', false, null)).toEqual({ kind: 'long', days: 656 });
    expect(spanWarning('2025-03-01', '2025-03-08', true, null)).toEqual({ kind: 'long', days: 8 });
  });

  it('asks about an occurrence longer than the time to the next one', () => {
    // The yearly anniversary of issue #13, every occurrence 22 months long.
    expect(spanWarning('2025-01-31', '2026-12-06', true, 'FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=31')).toEqual({
      kind: 'longerThanRepeat',
      days: 675,
      gapDays: 365,
    });
    expect(spanWarning('2025-02-20T09:00', '2025-02-21T10:00', false, 'FREQ=DAILY')).toEqual({ kind: 'longerThanRepeat', days: 2, gapDays: 1 });
  });

  it('says nothing while a field is incomplete', () => {
    expect(spanWarning('', '2025-02-18', true, null)).toBeNull();
  });
});

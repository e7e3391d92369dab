import { describe, expect, it } from 'vitest';
import { entryKey, keyDateDay, wallTimes } from './timeline';

describe('wallTimes', () => {
  it('keeps the local wall-clock time of timed occurrences', () => {
    expect(wallTimes({ all_day: false, start: '2025-11-04T19:00:00-05:00', end: '2025-11-04T20:00:00-05:00' })).toEqual({
      all_day: false,
      start: '2025-11-04T19:00',
      end: '2025-11-04T20:00',
    });
  });
  it('turns the exclusive all-day end into the last day, across a month end', () => {
    expect(wallTimes({ all_day: true, start: '2025-02-21', end: '2025-02-24' }).end).toBe('2025-02-23');
    expect(wallTimes({ all_day: true, start: '2025-02-28', end: '2025-03-01' }).end).toBe('2025-02-28');
  });
  it('keys each occurrence of a series apart', () => {
    const a = entryKey({ event_id: 3, recurrence_id: '2025-11-04T19:00', outside_dates: false });
    const b = entryKey({ event_id: 3, recurrence_id: '2025-11-11T19:00', outside_dates: false });
    expect(a).not.toBe(b);
  });
});

describe('keyDateDay', () => {
  const month = { start_date: '2025-02-01', end_date: '2025-02-28' };
  it('is today while the campaign runs, its first day otherwise', () => {
    expect(keyDateDay(month, '2025-02-18')).toBe('2025-02-18');
    expect(keyDateDay(month, '2025-02-28')).toBe('2025-02-28');
    expect(keyDateDay(month, '2025-01-10')).toBe('2025-02-01');
    expect(keyDateDay(month, '2026-12-06')).toBe('2025-02-01');
  });
});

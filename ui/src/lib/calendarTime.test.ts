import { describe, expect, it } from 'vitest';

import { addDays, convertWall, eventTimeText, fakeUtcToWall, instantToWall, presetOf, presetRule, stripOffset, wallToInstant } from './calendarTime';

describe('calendar times', () => {
  it('strips the offset so FullCalendar (UTC mode) shows the wall clock', () => {
    expect(stripOffset('2025-02-18T20:00:00+08:00')).toBe('2025-02-18T20:00:00');
    expect(stripOffset('2025-02-18T07:00:00-05:00')).toBe('2025-02-18T07:00:00');
    expect(stripOffset('2025-02-18T07:00:00Z')).toBe('2025-02-18T07:00:00');
    expect(stripOffset('2025-02-18')).toBe('2025-02-18');
    expect(fakeUtcToWall(new Date(Date.parse(`${stripOffset('2025-02-18T20:00:00+08:00')}Z`)))).toBe('2025-02-18T20:00');
  });

  it('converts wall clocks between zones', () => {
    expect(convertWall('2025-02-18T20:00', 'Asia/Manila', 'America/Toronto')).toBe('2025-02-18T07:00');
    expect(convertWall('2025-02-18T07:00', 'America/Toronto', 'Asia/Manila')).toBe('2025-02-18T20:00');
    expect(convertWall('2025-02-18T20:00', 'Asia/Manila', 'Pacific/Auckland')).toBe('2025-02-19T01:00');
    expect(instantToWall(Date.UTC(2025, 1, 18, 12), 'Asia/Manila')).toBe('2025-02-18T20:00');
  });

  it('takes the earlier instant in a DST overlap and steps over a gap', () => {
    // Toronto falls back at 02:00 on 2 Nov 2025: 01:30 happens twice, first at UTC-4.
    expect(wallToInstant('2025-11-02T01:30', 'America/Toronto')).toBe(Date.UTC(2025, 10, 2, 5, 30));
    // London springs forward at 01:00 on 30 Mar 2025: 01:30 does not exist.
    const gap = instantToWall(wallToInstant('2025-03-30T01:30', 'Europe/London'), 'Europe/London');
    expect(['2025-03-30T00:30', '2025-03-30T02:30']).toContain(gap);
  });

  it('adds days across months', () => {
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });

  it('makes and recognises repeat presets', () => {
    expect(presetRule('weekly', '2025-02-18')).toBe('FREQ=WEEKLY;BYDAY=TU');
    expect(presetRule('monthly', '2025-02-18T20:00')).toBe('FREQ=MONTHLY;BYMONTHDAY=18');
    expect(presetRule('none', '2025-02-18')).toBeNull();
    expect(presetOf('FREQ=WEEKLY;BYDAY=TU')).toBe('weekly');
    expect(presetOf(null)).toBe('none');
    expect(presetOf('FREQ=WEEKLY;COUNT=4')).toBeNull();
  });

  it('writes event times as Intl wrote them for a 24-hour clock', () => {
    const intl = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'UTC' });
    for (const [h, m] of [[0, 0], [7, 5], [12, 30], [23, 59]] as const) {
      expect(eventTimeText({ start: { hour: h, minute: m }, end: null, defaultSeparator: ' - ' })).toBe(
        intl.format(Date.UTC(2025, 2, 10, h, m)),
      );
    }
    const range = { start: { hour: 7, minute: 0 }, end: { hour: 8, minute: 30 }, defaultSeparator: ' - ' };
    expect(eventTimeText(range)).toBe('07:00 - 08:30');
  });
});

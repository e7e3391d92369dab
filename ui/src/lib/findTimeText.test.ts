import { describe, expect, it } from 'vitest';

import type { DayState } from './bindings/DayState';
import type { Slot } from './bindings/Slot';
import { andList, distinctSlots, slotPlaces, slotReason } from './findTimeText';

function slot(times: [string, string, string, number, DayState][]): Slot {
  return {
    start: '2025-02-17T20:00:00+00:00',
    end: '2025-02-17T21:30:00+00:00',
    times: times.map(([label, zone, local, day_shift, state]) => ({
      label,
      zone,
      city: zone.split('/').pop()!.replace('_', ' '),
      start: '',
      end: '',
      local,
      day_shift,
      state,
    })),
    asleep: 0,
    working: 0,
    awake: 0,
    score: 0,
    reason: { working: [], awake: [], asleep: [] },
    text: '',
  };
}

describe('find a time in words', () => {
  it('says who is working, awake and asleep, as the core does in English', () => {
    const s = slot([
      ['Migrante', 'Asia/Manila', '04:00', 0, 'asleep'],
      ['Migrante Canada', 'America/Toronto', '15:00', -1, 'working'],
      ['Kanlungan', 'Europe/London', '20:00', -1, 'awake'],
      ['Aotearoa', 'Pacific/Auckland', '09:00', 0, 'working'],
    ]);
    expect(slotPlaces(s)).toBe('15:00 Toronto (−1 day) · 20:00 London (−1 day) · 09:00 Auckland');
    expect(slotReason(s)).toBe('everyone else awake, London outside working hours; Manila at 04:00 is asleep');
  });

  it('names a shared zone once and counts the sleepers', () => {
    const s = slot([
      ['A', 'Asia/Hong_Kong', '09:00', 0, 'working'],
      ['B', 'Asia/Hong_Kong', '09:00', 0, 'working'],
      ['C', 'America/Toronto', '20:00', -1, 'asleep'],
      ['D', 'Europe/London', '01:00', 0, 'asleep'],
    ]);
    expect(slotPlaces(s)).toBe('09:00 Hong Kong');
    expect(slotReason(s)).toBe('everyone else in working hours; Toronto at 20:00 (−1 day) and London at 01:00 are asleep');
    expect(slotReason(slot([['A', 'Asia/Manila', '10:00', 0, 'working']]))).toBe('everyone in working hours');
    expect(slotReason(slot([['A', 'Asia/Manila', '02:00', 0, 'asleep']]))).toBe('everyone asleep: Manila at 02:00');
    expect(andList(['a', 'b', 'c'])).toBe('a, b and c');
  });
});

describe('distinct suggestions', () => {
  it('skips slots overlapping a better one, keeps those only touching it', () => {
    const at = (start: string, end: string): Slot => ({ ...slot([]), start, end });
    const ranked = [
      at('2025-02-18T01:00:00Z', '2025-02-18T02:30:00Z'),
      at('2025-02-18T01:30:00Z', '2025-02-18T03:00:00Z'),
      at('2025-02-18T02:30:00Z', '2025-02-18T04:00:00Z'),
      at('2025-02-19T01:00:00Z', '2025-02-19T02:30:00Z'),
      at('2025-02-20T01:00:00Z', '2025-02-20T02:30:00Z'),
    ];
    expect(distinctSlots(ranked, 3).map((s) => s.start)).toEqual(['2025-02-18T01:00:00Z', '2025-02-18T02:30:00Z', '2025-02-19T01:00:00Z']);
    expect(distinctSlots([], 3)).toEqual([]);
  });
});

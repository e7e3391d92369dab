import { describe, expect, it } from 'vitest';

import { agendaEntries, daysOf, type AgendaItem } from './agenda';

const item = (key: string, allDay: boolean, start: string, end: string, title = key): AgendaItem<string> => ({
  key,
  allDay,
  start,
  end,
  title,
  value: key,
});

describe('daysOf', () => {
  it('puts a timed event on its day with its start and end', () => {
    expect(daysOf(item('a', false, '2025-03-10T07:00:00', '2025-03-10T08:30:00'), '2025-03-01', '2025-04-01')).toEqual([
      ['2025-03-10', { allDay: false, from: '07:00', to: '08:30' }],
    ]);
  });

  it('shows an instant as its start alone', () => {
    expect(daysOf(item('a', false, '2025-03-10T07:00', '2025-03-10T07:00'), '2025-03-01', '2025-04-01')).toEqual([
      ['2025-03-10', { allDay: false, from: '07:00', to: null }],
    ]);
  });

  it('does not carry an event ending at midnight into the next day', () => {
    expect(daysOf(item('a', false, '2025-03-10T22:00:00', '2025-03-11T00:00:00'), '2025-03-01', '2025-04-01')).toEqual([
      ['2025-03-10', { allDay: false, from: '22:00', to: '00:00' }],
    ]);
  });

  it('splits a timed event over several days as FullCalendar does', () => {
    expect(daysOf(item('a', false, '2025-03-10T22:00:00', '2025-03-12T09:15:00'), '2025-03-01', '2025-04-01')).toEqual([
      ['2025-03-10', { allDay: false, from: '22:00', to: '00:00' }],
      ['2025-03-11', { allDay: true }],
      ['2025-03-12', { allDay: false, from: '00:00', to: '09:15' }],
    ]);
  });

  it('lists an all-day event on each of its days, the end excluded, within the range', () => {
    expect(daysOf(item('a', true, '2025-02-27', '2025-03-03'), '2025-03-01', '2025-03-02')).toEqual([['2025-03-01', { allDay: true }]]);
    expect(daysOf(item('a', true, '2025-03-05', '2025-03-06'), '2025-03-01', '2025-04-01')).toEqual([['2025-03-05', { allDay: true }]]);
  });

  it('keeps an event whose end is before its start on its first day', () => {
    expect(daysOf(item('a', false, '2025-03-10T09:00:00', '2025-03-09T10:00:00'), '2025-03-01', '2025-04-01')).toEqual([
      ['2025-03-10', { allDay: false, from: '09:00', to: '10:00' }],
    ]);
  });

  it('leaves out what is outside the range', () => {
    expect(daysOf(item('a', false, '2025-04-01T09:00:00', '2025-04-01T10:00:00'), '2025-03-01', '2025-04-01')).toEqual([]);
    expect(daysOf(item('a', true, '2025-02-20', '2025-03-01'), '2025-03-01', '2025-04-01')).toEqual([]);
  });
});

describe('agendaEntries', () => {
  it('heads each day with something on it and orders its rows: all day, earliest, longest, title', () => {
    const entries = agendaEntries(
      [
        item('late', false, '2025-03-11T18:00:00', '2025-03-11T19:00:00'),
        item('b-short', false, '2025-03-11T09:00:00', '2025-03-11T10:00:00', 'B'),
        item('long', false, '2025-03-11T09:00:00', '2025-03-11T12:00:00'),
        item('a-short', false, '2025-03-11T09:00:00', '2025-03-11T10:00:00', 'A'),
        item('day', true, '2025-03-11', '2025-03-12'),
        item('first', false, '2025-03-10T08:00:00', '2025-03-10T09:00:00'),
      ],
      '2025-03-10',
      '2025-03-17',
    );
    expect(entries.map((e) => (e.kind === 'day' ? `# ${e.day}` : e.item.key))).toEqual([
      '# 2025-03-10',
      'first',
      '# 2025-03-11',
      'day',
      'long',
      'a-short',
      'b-short',
      'late',
    ]);
  });

  it('keys every row uniquely, a multi-day event once per day', () => {
    const entries = agendaEntries([item('x', true, '2025-03-10', '2025-03-13')], '2025-03-10', '2025-03-17');
    const keys = entries.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(entries.filter((e) => e.kind === 'event')).toHaveLength(3);
  });

  it('keeps two items with one key (a feed with a UID twice) as two rows', () => {
    const entries = agendaEntries(
      [item('same', false, '2025-03-10T09:00', '2025-03-10T10:00'), item('same', false, '2025-03-10T09:00', '2025-03-10T10:00')],
      '2025-03-10',
      '2025-03-17',
    );
    expect(entries.map((e) => e.key)).toEqual(['2025-03-10', '2025-03-10|same', '2025-03-10|same#2']);
  });

  it('is empty for an empty range', () => {
    expect(agendaEntries([], '2025-03-10', '2025-03-17')).toEqual([]);
  });
});

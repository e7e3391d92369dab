import { describe, expect, it } from 'vitest';

import type { ConflictVersion } from './bindings/ConflictVersion';
import { calendarLabel, conflictRows, connectionHint, timeText, wordDiff, type ConflictFormat } from './sync';

const plain: ConflictFormat = {
  time: (v) => timeText(v, 'all day'),
  repeats: (rule) => `repeats ${rule}`,
  due: (day) => `due ${day}`,
  done: (done) => (done ? 'done' : 'open'),
};

const base: ConflictVersion = {
  title: 'Vigil at the embassy',
  all_day: false,
  start: '2025-02-01T18:00',
  end: '2025-02-01T20:00',
  zone: 'Asia/Yangon',
  rrule: null,
  location: 'Embassy gate',
  description: null,
  done: null,
};

describe('connectionHint', () => {
  it('sorts the core’s messages into the advice a person can act on', () => {
    expect(connectionHint('alice on http://127.0.0.1:5232/: the server refused the user name or password (401)')).toBe('sharing-hint401');
    expect(connectionHint('the certificate of https://dav.example.org was not accepted (invalid peer certificate: UnknownIssuer)')).toBe('sharing-hintCertificate');
    expect(connectionHint('cannot reach http://127.0.0.1:9: Connection refused')).toBe('sharing-hintUnreachable');
    expect(connectionHint('https://x did not answer within 60 seconds')).toBe('sharing-hintUnreachable');
    expect(connectionHint('the server does not allow this account to do that (403)')).toBeNull();
  });
});

describe('calendarLabel', () => {
  it('takes the display name, else the last part of the address', () => {
    expect(calendarLabel({ url: 'http://h/alice/abc/', name: 'Burma month' })).toBe('Burma month');
    expect(calendarLabel({ url: 'http://h/alice/team%20cal/', name: null })).toBe('team cal');
    expect(calendarLabel({ url: 'http://h/alice/abc/', name: '  ' })).toBe('abc');
  });
});

describe('conflictRows', () => {
  it('marks exactly the fields that differ', () => {
    const theirs = { ...base, location: 'Town hall', start: '2025-02-01T19:00' };
    const rows = conflictRows(base, theirs, plain);
    expect(rows.map((r) => r.field)).toEqual(['title', 'time', 'location', 'description']);
    expect(rows.filter((r) => r.differs).map((r) => r.field)).toEqual(['time', 'location']);
    expect(rows.find((r) => r.field === 'time')?.theirs).toBe('2025-02-01 19:00 – 2025-02-01 20:00 Asia/Yangon');
  });

  it('shows a repetition when either side has one, and a deleted side as nothing', () => {
    const rows = conflictRows(null, { ...base, rrule: 'FREQ=WEEKLY' }, plain);
    expect(rows.map((r) => r.field)).toContain('repeats');
    expect(rows.every((r) => r.mine === null)).toBe(true);
    expect(rows.find((r) => r.field === 'title')?.differs).toBe(true);
    expect(rows.find((r) => r.field === 'repeats')?.theirs).toBe('repeats FREQ=WEEKLY');
  });

  it('compares the stored values, not the formatted text', () => {
    const sameText: ConflictFormat = { ...plain, time: () => 'Feb 1', repeats: () => 'Weekly' };
    const rows = conflictRows(base, { ...base, end: '2025-02-01T21:00' }, sameText);
    expect(rows.find((r) => r.field === 'time')).toEqual({ field: 'time', mine: 'Feb 1', theirs: 'Feb 1', differs: true });
  });

  it('compares a task by title, due day and whether it is done', () => {
    const mine: ConflictVersion = { ...base, all_day: true, start: '2025-02-10', end: '2025-02-10', zone: null, location: null, done: false };
    const rows = conflictRows(mine, { ...mine, done: true }, plain);
    expect(rows.map((r) => r.field)).toEqual(['title', 'due', 'done']);
    expect(rows.filter((r) => r.differs).map((r) => r.field)).toEqual(['done']);
    expect(rows.find((r) => r.field === 'done')).toEqual({ field: 'done', mine: 'open', theirs: 'done', differs: true });
    expect(rows.find((r) => r.field === 'due')?.mine).toBe('due 2025-02-10');
    const undated = conflictRows({ ...mine, start: '', end: '' }, null, plain);
    expect(undated.find((r) => r.field === 'due')?.mine).toBeNull();
  });

  it('writes an all-day span with the word for it', () => {
    expect(timeText({ ...base, all_day: true, start: '2025-02-01', end: '2025-02-28', zone: null }, 'all day')).toBe('2025-02-01 – 2025-02-28 (all day)');
  });
});

describe('wordDiff', () => {
  it('marks the words only one side has, and rebuilds each text exactly', () => {
    const d = wordDiff('Bring candles and banners', 'Bring banners and a flag');
    expect(d).not.toBeNull();
    expect(d!.mine.map((p) => p.text).join('')).toBe('Bring candles and banners');
    expect(d!.theirs.map((p) => p.text).join('')).toBe('Bring banners and a flag');
    expect(d!.mine.filter((p) => p.side === 'mine').map((p) => p.text.trim())).toContain('candles');
    expect(d!.theirs.filter((p) => p.side === 'theirs').map((p) => p.text.trim()).join(' ')).toContain('flag');
    expect(d!.mine.every((p) => p.side !== 'theirs') && d!.theirs.every((p) => p.side !== 'mine')).toBe(true);
  });

  it('finds nothing to mark in equal texts, and gives up on very long ones', () => {
    const same = wordDiff('a b\nc', 'a b\nc');
    expect(same!.mine).toEqual([{ text: 'a b\nc', side: 'same' }]);
    expect(wordDiff('x '.repeat(3000), 'y')).toBeNull();
  });
});

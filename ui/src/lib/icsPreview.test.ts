import { describe, expect, it } from 'vitest';

import type { ImportItem } from './bindings/ImportItem';
import type { ImportReport } from './bindings/ImportReport';
import { setLocale } from './i18n';
import { changesText, countOf, rowsFor, startText, unlistedFor } from './icsPreview';

const item = (over: Partial<ImportItem>): ImportItem => ({
  line: 1,
  uid: 'u',
  title: 'Event',
  recurrence_id: null,
  action: 'new',
  reason: null,
  start: '2025-02-04T18:00',
  zone: 'America/Chicago',
  all_day: false,
  repeats: false,
  changed: [],
  ...over,
});

const report = (items: ImportItem[], over: Partial<ImportReport> = {}): ImportReport => ({
  new: items.filter((i) => i.action === 'new').length,
  updated: items.filter((i) => i.action === 'updated').length,
  unchanged: items.filter((i) => i.action === 'unchanged').length,
  skipped: items.filter((i) => i.action === 'skipped').length,
  items,
  unlisted: 0,
  errors: [],
  warnings: [],
  applied: false,
  ...over,
});

describe('the preview list', () => {
  const items = [
    item({ line: 8, action: 'unchanged', repeats: true }),
    item({ line: 22, action: 'updated', changed: ['title', 'start', 'location'] }),
    item({ line: 40, action: 'new', all_day: true, start: '2025-03-01', zone: null }),
  ];

  it('filters by fate, keeping the file order', () => {
    const r = report(items);
    expect(rowsFor(r, 'all').map((i) => i.line)).toEqual([8, 22, 40]);
    expect(rowsFor(r, 'updated').map((i) => i.line)).toEqual([22]);
    expect(rowsFor(r, 'skipped')).toEqual([]);
    expect([countOf(r, 'all'), countOf(r, 'new'), unlistedFor(r, 'all')]).toEqual([3, 1, 0]);
  });

  it('says how many events of a filter the bounded list leaves out', () => {
    // 600 new in the file, 500 listed; 20 skipped, all listed (rows needing a look are kept past the bound).
    const listed = [...Array.from({ length: 500 }, (_, n) => item({ line: n })), ...Array.from({ length: 20 }, (_, n) => item({ line: 9000 + n, action: 'skipped' }))];
    const r = report(listed, { new: 600, skipped: 20, unlisted: 100 });
    expect(unlistedFor(r, 'all')).toBe(100);
    expect(unlistedFor(r, 'new')).toBe(100);
    expect(unlistedFor(r, 'skipped')).toBe(0);
  });

  it('reads starts in the event’s own zone and names the changed fields', () => {
    setLocale('en-GB');
    expect(startText(items[0]!)).toBe('4 Feb 2025, 18:00 · America/Chicago');
    expect(startText(items[2]!)).toBe('1 Mar 2025 · all day');
    expect(startText(item({ start: null }))).toBe('');
    expect(changesText(items[1]!)).toBe('Changes: Title, Start, Place');
    expect(changesText(items[0]!)).toBe('');
  });
});

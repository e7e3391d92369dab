import { describe, expect, it } from 'vitest';

import {
  DRAFT_MAX_CHARS,
  DRAFT_PREFIX,
  DraftKeeper,
  draftKey,
  fingerprint,
  keepDraft,
  parseDraft,
  pruneDrafts,
  readDraft,
  recordChangedSince,
  restoreInto,
  type Timers,
} from './formDrafts';

function memory(limit = Infinity) {
  const items = new Map<string, string>();
  return {
    items,
    get length() {
      return items.size;
    },
    key: (i: number) => [...items.keys()][i] ?? null,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (v.length > limit) throw new DOMException('full', 'QuotaExceededError');
      items.set(k, v);
    },
    removeItem: (k: string) => void items.delete(k),
  };
}

/** Timers run by hand: `tick` fires what is due. */
function manualTimers() {
  let now = 0;
  const due = new Map<number, { at: number; run: () => void }>();
  let next = 1;
  const timers: Timers = {
    set: (run, ms) => {
      due.set(next, { at: now + ms, run });
      return next++;
    },
    clear: (handle) => void due.delete(handle as number),
  };
  const tick = (ms: number) => {
    now += ms;
    for (const [id, t] of [...due]) {
      if (t.at <= now) {
        due.delete(id);
        t.run();
      }
    }
  };
  return { timers, tick };
}

const NOW = new Date('2026-12-06T09:30:00Z');
const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);

describe('draft keys', () => {
  it('name the form kind and the record, or "new"', () => {
    expect(draftKey('campaign', 12)).toBe(`${DRAFT_PREFIX}campaign:12`);
    expect(draftKey('campaign', null)).toBe(`${DRAFT_PREFIX}campaign:new`);
    expect(draftKey('organisation', '')).toBe(`${DRAFT_PREFIX}organisation:new`);
    expect(draftKey('event-this', '7@2026-03-08T10:00')).toBe(`${DRAFT_PREFIX}event-this:7@2026-03-08T10:00`);
    expect(draftKey('person', 3)).not.toBe(draftKey('organisation', 3));
  });
});

describe('keeping and reading a draft', () => {
  it('gives back what was kept, with when and the base', () => {
    const store = memory();
    const key = draftKey('campaign', null);
    expect(keepDraft(store, key, { title: 'Burma month', hashtags: ['#Burma'] }, null, daysAgo(1))).toBe(true);
    expect(readDraft(store, key, NOW)).toEqual({
      values: { title: 'Burma month', hashtags: ['#Burma'] },
      at: daysAgo(1).toISOString(),
      base: null,
    });
    expect(readDraft(store, draftKey('campaign', 1), NOW)).toBeNull();
  });

  it('drops a draft older than 30 days, and one dated more than a day ahead', () => {
    const store = memory();
    const key = draftKey('organisation', 4);
    keepDraft(store, key, { name: 'IMA' }, 'abc', daysAgo(29.9));
    expect(readDraft(store, key, NOW)).not.toBeNull();
    keepDraft(store, key, { name: 'IMA' }, 'abc', daysAgo(30.1));
    expect(readDraft(store, key, NOW)).toBeNull();
    expect(store.items.has(key)).toBe(false);
    keepDraft(store, key, { name: 'IMA' }, 'abc', daysAgo(-2));
    expect(readDraft(store, key, NOW)).toBeNull();
  });

  it('ignores and drops corrupt JSON and other shapes', () => {
    const store = memory();
    const key = draftKey('person', 2);
    for (const raw of [
      '{not json',
      'null',
      '[]',
      '"text"',
      '{"v":1,"at":"2026-12-06T09:00:00Z","base":null}',
      '{"v":1,"at":"2026-12-06T09:00:00Z","base":null,"values":[1]}',
      '{"v":1,"at":"yesterday","base":null,"values":{}}',
      '{"v":1,"at":"2026-12-06T09:00:00Z","base":5,"values":{}}',
      '{"v":2,"at":"2026-12-06T09:00:00Z","base":null,"values":{}}',
    ]) {
      store.setItem(key, raw);
      expect(readDraft(store, key, NOW), raw).toBeNull();
      expect(store.items.has(key), raw).toBe(false);
    }
    expect(parseDraft('{"v":1,"at":"2026-12-06T09:00:00Z","base":null,"values":{"a":1}}', NOW)).toEqual({
      values: { a: 1 },
      at: '2026-12-06T09:00:00Z',
      base: null,
    });
  });

  it('keeps nothing larger than the cap, and drops the older draft it would have replaced', () => {
    const store = memory();
    const key = draftKey('event', 9);
    keepDraft(store, key, { description: 'short' }, null, NOW);
    expect(keepDraft(store, key, { description: 'x'.repeat(DRAFT_MAX_CHARS) }, null, NOW)).toBe(false);
    expect(store.items.has(key)).toBe(false);
    expect(keepDraft(store, key, { description: 'x'.repeat(DRAFT_MAX_CHARS - 200) }, null, NOW)).toBe(true);
  });

  it('keeps nothing, and fails nothing, when the storage is full or missing', () => {
    const full = memory(10);
    expect(keepDraft(full, 'k', { a: 'long enough' }, null, NOW)).toBe(false);
    expect(full.items.size).toBe(0);
    expect(keepDraft(null, 'k', { a: 1 }, null, NOW)).toBe(false);
    expect(readDraft(null, 'k', NOW)).toBeNull();
    pruneDrafts(null, NOW);
  });

  it('prunes expired and unreadable drafts of every form, and nothing else', () => {
    const store = memory();
    keepDraft(store, draftKey('campaign', 1), { title: 'old' }, null, daysAgo(40));
    keepDraft(store, draftKey('campaign', 2), { title: 'recent' }, null, daysAgo(2));
    store.setItem(draftKey('person', 'new'), '{oops');
    store.setItem('campaign-desk.calendar', '{oops');
    pruneDrafts(store, NOW);
    expect([...store.items.keys()].sort()).toEqual(['campaign-desk.calendar', draftKey('campaign', 2)]);
  });
});

describe('a record changed since the draft', () => {
  it('is seen when the record shows differently than when the form opened', () => {
    const opened = fingerprint('{"title":"Burma"}');
    expect(fingerprint('{"title":"Burma"}')).toBe(opened);
    expect(fingerprint('{"title":"Burmah"}')).not.toBe(opened);
    const draft = { values: {}, at: NOW.toISOString(), base: opened };
    expect(recordChangedSince(draft, opened)).toBe(false);
    expect(recordChangedSince(draft, fingerprint('{"title":"Myanmar"}'))).toBe(true);
    expect(recordChangedSince({ ...draft, base: null }, null)).toBe(false);
  });
});

describe('restoring into a form', () => {
  const form = {
    title: '',
    summary: null as string | null,
    all_day: false,
    hashtags: [] as string[],
    organisations: [] as { organisation_id: number; role: string }[],
    nested: { form: { start: '2026-12-06', reminders: [15] }, preset: 'none' },
  };

  it('puts back every field of the same shape', () => {
    const saved = {
      title: 'Solidarity Month',
      summary: 'A month',
      all_day: true,
      hashtags: ['#Burma'],
      organisations: [{ organisation_id: 2, role: 'lead' }],
      nested: { form: { start: '2027-02-01', reminders: [60, 1440] }, preset: 'weekly' },
    };
    expect(restoreInto(form, saved)).toEqual(saved);
  });

  it('keeps the form’s value where the draft has another shape, and ignores unknown fields', () => {
    const restored = restoreInto(form, {
      title: 42,
      summary: ['x'],
      all_day: 'yes',
      hashtags: [1, '#a'],
      organisations: 'IMA',
      nested: { form: { start: null, reminders: ['soon'] }, preset: { p: 1 } },
      extra: 'ignored',
    });
    expect(restored).toEqual({ ...form, nested: { form: { start: null, reminders: [15] }, preset: 'none' } });
    expect(restored).not.toHaveProperty('extra');
  });

  it('copies lists, so the draft and the form do not share them', () => {
    const saved = { hashtags: ['#a'] };
    const restored = restoreInto(form, saved);
    restored.hashtags.push('#b');
    expect(saved.hashtags).toEqual(['#a']);
  });
});

describe('DraftKeeper', () => {
  it('writes once typing pauses, not key by key', () => {
    const store = memory();
    const { timers, tick } = manualTimers();
    const keeper = new DraftKeeper(store, 'k', 'base', 400, timers, () => NOW);
    keeper.update({ title: 'S' }, true);
    tick(300);
    keeper.update({ title: 'So' }, true);
    tick(300);
    expect(store.items.size).toBe(0);
    tick(100);
    expect(readDraft(store, 'k', NOW)).toEqual({ values: { title: 'So' }, at: NOW.toISOString(), base: 'base' });
  });

  it('writes at once on flush, and keeps no draft of a form back to how it opened', () => {
    const store = memory();
    const { timers } = manualTimers();
    const keeper = new DraftKeeper(store, 'k', null, 400, timers, () => NOW);
    keeper.update({ title: 'A' }, true);
    keeper.flush();
    expect(store.items.has('k')).toBe(true);
    keeper.update({ title: '' }, false);
    expect(store.items.has('k')).toBe(false);
    keeper.flush();
    expect(store.items.has('k')).toBe(false);
  });

  it('keeps nothing more once finished (saved or discarded)', () => {
    const store = memory();
    const { timers, tick } = manualTimers();
    const keeper = new DraftKeeper(store, 'k', null, 400, timers, () => NOW);
    keeper.update({ title: 'A' }, true);
    tick(400);
    keeper.update({ title: 'AB' }, true);
    keeper.finish();
    expect(store.items.has('k')).toBe(false);
    tick(1000);
    keeper.update({ title: 'ABC' }, true);
    keeper.flush();
    expect(store.items.has('k')).toBe(false);
  });

  it('keeps a draft on offer while the form is as it opened, and lets typing take its place', () => {
    const store = memory();
    const { timers, tick } = manualTimers();
    const older = daysAgo(1);
    keepDraft(store, 'k', { title: 'typed yesterday' }, 'b1', older);
    const offered = readDraft(store, 'k', NOW);
    const keeper = new DraftKeeper(store, 'k', 'b1', 400, timers, () => NOW);
    keeper.offering(offered);
    keeper.update({ title: '' }, false); // the form opening
    expect(readDraft(store, 'k', NOW)).toEqual(offered);
    keeper.update({ title: 'new' }, true);
    tick(400);
    expect(readDraft(store, 'k', NOW)?.values).toEqual({ title: 'new' });
    keeper.update({ title: '' }, false); // typed, then undone: the older draft is back as it was
    expect(readDraft(store, 'k', NOW)).toEqual(offered);
    keeper.offering(null); // answered (discarded)
    keeper.update({ title: '' }, false);
    expect(store.items.has('k')).toBe(false);
  });
});

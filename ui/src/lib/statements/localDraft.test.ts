import { describe, expect, it } from 'vitest';

import { dropLocal, keepLocal, unsavedLocal } from './localDraft';

function memory() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}

describe('local copy of unsaved text', () => {
  it('offers text that differs from what is stored', () => {
    const store = memory();
    keepLocal(store, 4, 'Title', 'Body typed', new Date('2026-11-27T08:00:00Z'));
    expect(unsavedLocal(store, 4, { title: 'Title', body: 'Body' })).toEqual({
      title: 'Title',
      body: 'Body typed',
      at: '2026-11-27T08:00:00.000Z',
    });
    expect(unsavedLocal(store, 5, { title: 'Title', body: 'Body' })).toBeNull();
  });

  it('drops a copy equal to the stored text, or one that does not parse', () => {
    const store = memory();
    keepLocal(store, 4, 'T', 'B');
    expect(unsavedLocal(store, 4, { title: 'T', body: 'B' })).toBeNull();
    expect(store.items.size).toBe(0);
    store.setItem('campaign-desk:statement-draft:4', '{not json');
    expect(unsavedLocal(store, 4, { title: 'T', body: 'B' })).toBeNull();
    expect(store.items.size).toBe(0);
  });

  it('works without storage', () => {
    keepLocal(null, 1, 'a', 'b');
    dropLocal(null, 1);
    expect(unsavedLocal(null, 1, { title: 'a', body: 'c' })).toBeNull();
  });
});

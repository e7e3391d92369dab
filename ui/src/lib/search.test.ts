import { describe, expect, it } from 'vitest';

import type { SearchHit } from './bindings/SearchHit';
import type { KeyPress } from './nav';
import { flatten, groupHits, hrefFor, isSearchShortcut, moveSelection } from './search';

const hit = (kind: SearchHit['kind'], id: number, lang: string | null = null): SearchHit => ({
  kind,
  id,
  lang,
  title: `${kind} ${id}`,
  snippet: [
    { text: 'before ', hit: false },
    { text: 'match', hit: true },
  ],
});

const press = (over: Partial<KeyPress>): KeyPress => ({
  key: '',
  code: '',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...over,
});

describe('groupHits', () => {
  it('groups by kind, the kind of the best hit first, keeping rank inside each group, and numbers the rows in shown order', () => {
    const hits = [hit('event', 7), hit('statement', 1), hit('organisation', 3), hit('statement', 2), hit('translation', 1, 'es')];
    const groups = groupHits(hits);
    expect(groups.map((g) => g.kind)).toEqual(['event', 'statement', 'organisation', 'translation']);
    expect(groups[1]!.hits.map((h) => [h.hit.id, h.index])).toEqual([
      [1, 1],
      [2, 2],
    ]);
    expect(groups.flatMap((g) => g.hits.map((h) => h.index))).toEqual([0, 1, 2, 3, 4]);
    expect(flatten(groups).map((h) => `${h.kind}${h.id}`)).toEqual(['event7', 'statement1', 'statement2', 'organisation3', 'translation1']);
  });

  it('has no groups for no hits', () => {
    expect(groupHits([])).toEqual([]);
  });
});

describe('hrefFor', () => {
  it('leads each kind to its page', () => {
    expect(hrefFor({ kind: 'statement', id: 4 })).toBe('#/statements/4');
    expect(hrefFor({ kind: 'translation', id: 4 })).toBe('#/statements/4');
    expect(hrefFor({ kind: 'campaign', id: 12 })).toBe('#/campaigns/12');
    expect(hrefFor({ kind: 'organisation', id: 9 })).toBe('#/organisations/9');
    expect(hrefFor({ kind: 'event', id: 5 })).toBe('#/calendar/event/5');
  });
});

describe('moveSelection', () => {
  it('wraps round in both directions and starts from either end', () => {
    expect(moveSelection(-1, 3, 1)).toBe(0);
    expect(moveSelection(-1, 3, -1)).toBe(2);
    expect(moveSelection(2, 3, 1)).toBe(0);
    expect(moveSelection(0, 3, -1)).toBe(2);
    expect(moveSelection(1, 3, 1)).toBe(2);
    expect(moveSelection(0, 0, 1)).toBe(-1);
  });
});

describe('isSearchShortcut', () => {
  it('is Ctrl+K or ⌘K, by physical key', () => {
    expect(isSearchShortcut(press({ ctrlKey: true, code: 'KeyK', key: 'k' }))).toBe(true);
    expect(isSearchShortcut(press({ metaKey: true, code: 'KeyK', key: 'k' }))).toBe(true);
    expect(isSearchShortcut(press({ ctrlKey: true, code: 'KeyK', key: 'q' }))).toBe(true);
    expect(isSearchShortcut(press({ code: 'KeyK', key: 'k' }))).toBe(false);
    expect(isSearchShortcut(press({ ctrlKey: true, shiftKey: true, code: 'KeyK', key: 'K' }))).toBe(false);
    expect(isSearchShortcut(press({ ctrlKey: true, code: 'KeyN', key: 'n' }))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';

import { AREAS, areaForShortcut, hashFor, isNewShortcut, pathFor, routeFromHash, routeParts, type KeyPress } from './nav';

const press = (over: Partial<KeyPress>): KeyPress => ({
  key: '',
  code: '',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...over,
});

describe('routes', () => {
  it('round-trips every area through the hash', () => {
    for (const area of AREAS) expect(routeFromHash(hashFor(area))).toBe(area);
  });

  it('shows the welcome screen for an empty or unknown hash', () => {
    expect(routeFromHash('')).toBe('welcome');
    expect(routeFromHash('#/')).toBe('welcome');
    expect(routeFromHash('#/nonsense')).toBe('welcome');
    expect(routeFromHash('#/campaigns/12')).toBe('campaigns');
  });
});

describe('areaForShortcut', () => {
  it('maps Ctrl+1 … Ctrl+5 to the sidebar order', () => {
    expect(areaForShortcut(press({ ctrlKey: true, key: '1', code: 'Digit1' }))).toBe('calendar');
    expect(areaForShortcut(press({ ctrlKey: true, key: '4', code: 'Digit4' }))).toBe('organisations');
    expect(areaForShortcut(press({ metaKey: true, key: '5', code: 'Digit5' }))).toBe('settings');
  });

  it('uses the physical key on layouts where digits need Shift', () => {
    expect(areaForShortcut(press({ ctrlKey: true, shiftKey: true, key: '"', code: 'Digit3' }))).toBe('statements');
  });

  it('ignores plain digits, Alt combinations and digits without an area', () => {
    expect(areaForShortcut(press({ key: '1', code: 'Digit1' }))).toBeNull();
    expect(areaForShortcut(press({ ctrlKey: true, altKey: true, key: '1', code: 'Digit1' }))).toBeNull();
    expect(areaForShortcut(press({ ctrlKey: true, key: '9', code: 'Digit9' }))).toBeNull();
    expect(areaForShortcut(press({ ctrlKey: true, key: 's', code: 'KeyS' }))).toBeNull();
  });
});

describe('pages inside an area', () => {
  it('reads and writes the parts after the area', () => {
    expect(routeParts('#/campaigns/12/edit')).toEqual(['12', 'edit']);
    expect(routeParts('#/campaigns')).toEqual([]);
    expect(routeParts('')).toEqual([]);
    expect(pathFor('campaigns', 12, 'edit')).toBe('#/campaigns/12/edit');
    expect(routeFromHash(pathFor('organisations', 3))).toBe('organisations');
  });

  it('recognises Ctrl+N', () => {
    expect(isNewShortcut(press({ ctrlKey: true, key: 'n', code: 'KeyN' }))).toBe(true);
    expect(isNewShortcut(press({ ctrlKey: true, shiftKey: true, key: 'N', code: 'KeyN' }))).toBe(false);
    expect(isNewShortcut(press({ key: 'n', code: 'KeyN' }))).toBe(false);
  });
});

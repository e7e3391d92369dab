import { describe, expect, it } from 'vitest';

import { changedSince, snapshot } from './unsaved';

describe('unsaved input', () => {
  const campaign = { title: '', summary: null, hashtags: [] as string[], organisations: [{ organisation_id: 1, role: 'lead' }] };

  it('sees nothing changed in an untouched form', () => {
    expect(changedSince(snapshot(campaign), structuredClone(campaign))).toBe(false);
  });

  it('counts blank, missing and surrounding spaces as no change', () => {
    const before = snapshot(campaign);
    expect(changedSince(before, { ...campaign, summary: '' })).toBe(false);
    expect(changedSince(before, { ...campaign, summary: '   ' })).toBe(false);
    expect(changedSince(before, { ...campaign, title: ' ', extra: undefined })).toBe(false);
  });

  it('sees typed text, a choice, an added or reordered list entry', () => {
    const before = snapshot(campaign);
    expect(changedSince(before, { ...campaign, title: 'Burma Solidarity Month' })).toBe(true);
    expect(changedSince(before, { ...campaign, hashtags: ['#Burma'] })).toBe(true);
    expect(changedSince(before, { ...campaign, organisations: [{ organisation_id: 1, role: 'co_organiser' }] })).toBe(true);
    const two = { ...campaign, hashtags: ['#a', '#b'] };
    expect(changedSince(snapshot(two), { ...two, hashtags: ['#b', '#a'] })).toBe(true);
  });

  it('does not depend on the order of keys', () => {
    expect(changedSince(snapshot({ a: 1, b: 'x' }), { b: 'x', a: 1 })).toBe(false);
  });
});

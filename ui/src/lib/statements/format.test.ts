import { describe, expect, it } from 'vitest';

import type { Approval } from '../bindings/Approval';
import type { Organisation } from '../bindings/Organisation';
import type { RevisionSummary } from '../bindings/RevisionSummary';
import {
  approvalsByRevision,
  defaultComparison,
  loadMeterPlatform,
  meterLevel,
  METER_PLATFORM_KEY,
  orgsForApproval,
  saveMeterPlatform,
  splitList,
} from './format';

const org = (id: number, name: string) => ({ id, name }) as Organisation;
const approval = (id: number, revision: number, stale: boolean, withdrawn_at: string | null = null): Approval => ({
  id,
  revision,
  organisation_id: id,
  organisation_name: `Org ${id}`,
  note: null,
  approved_at: '2026-11-27T08:00:00Z',
  stale,
  withdrawn_at,
});

describe('statement helpers', () => {
  it('rates a length against a limit', () => {
    expect(meterLevel(100, 280)).toBe('ok');
    expect(meterLevel(260, 280)).toBe('near');
    expect(meterLevel(281, 280)).toBe('over');
    expect(meterLevel(1_000_000, null)).toBe('ok');
  });

  it('starts the meter on no platform, then remembers the last one picked', () => {
    const data = new Map<string, string>();
    const store = {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
      removeItem: (k: string) => void data.delete(k),
    };
    expect(loadMeterPlatform(store)).toBeNull();
    expect(loadMeterPlatform(null)).toBeNull();
    saveMeterPlatform(store, 'facebook');
    expect(loadMeterPlatform(store)).toBe('facebook');
    saveMeterPlatform(store, null);
    expect(loadMeterPlatform(store)).toBeNull();
    data.set(METER_PLATFORM_KEY, 'myspace');
    expect(loadMeterPlatform(store)).toBeNull();
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => undefined,
    };
    expect(loadMeterPlatform(refusing)).toBeNull();
    expect(() => saveMeterPlatform(refusing, 'x')).not.toThrow();
  });

  it('lists issuers and co-organisers first, each once, then the rest by name', () => {
    const dir = [org(1, 'Zeta'), org(2, 'Alpha'), org(3, 'Migrante'), org(4, 'Beta')];
    const { first, others } = orgsForApproval(dir, [3], [3, 1, 99]);
    expect(first.map((o) => o.id)).toEqual([3, 1]);
    expect(others.map((o) => o.name)).toEqual(['Alpha', 'Beta']);
  });

  it('groups approvals by revision, newest first, marking stale groups', () => {
    const groups = approvalsByRevision([approval(1, 3, true), approval(2, 4, false), approval(3, 3, true)]);
    expect(groups.map((g) => [g.revision, g.stale, g.approvals.length])).toEqual([
      [4, false, 1],
      [3, true, 2],
    ]);
  });

  it('keeps withdrawn approvals in their revision group without counting them as stale', () => {
    const gone = '2026-11-28T09:00:00Z';
    const groups = approvalsByRevision([approval(1, 4, false)], [approval(2, 4, false, gone), approval(3, 2, true, gone)]);
    expect(groups.map((g) => [g.revision, g.stale, g.approvals.map((a) => a.id), g.withdrawn.map((a) => a.id)])).toEqual([
      [4, false, [1], [2]],
      [2, false, [], [3]],
    ]);
  });

  it('compares the previous revision with the current one by default', () => {
    const rev = (number: number) => ({ number }) as RevisionSummary;
    expect(defaultComparison([rev(3), rev(1), rev(2)])).toEqual({ from: 2, to: 3 });
    expect(defaultComparison([rev(1)])).toBeNull();
  });

  it('splits a typed list', () => {
    expect(splitList(' #a, b;c  ')).toEqual(['#a', 'b', 'c']);
    expect(splitList('')).toEqual([]);
  });
});

describe('statementInput', () => {
  it('keeps the settings, takes the title on screen and applies the patch', async () => {
    const { statementInput } = await import('./format');
    const s = {
      kind: 'open_letter',
      campaign_id: 4,
      place: 'Manila',
      dated: null,
      source_lang: 'en',
      issuers: [{ organisation_id: 7, name: 'Migrante' }],
      hashtags: ['JunkTheLaw'],
      published_where: null,
    } as unknown as import('../bindings/Statement').Statement;
    expect(statementInput(s, 'New title', { place: null })).toEqual({
      kind: 'open_letter',
      title: 'New title',
      campaign_id: 4,
      place: null,
      dated: null,
      source_lang: 'en',
      issuer_ids: [7],
      hashtags: ['JunkTheLaw'],
      published_where: null,
    });
  });
});

// Pure helpers for the statement pages: the length meter's level, ordering organisations for approval,
// grouping approvals by revision, picking the revisions to compare.
import type { Approval } from '../bindings/Approval';
import type { Organisation } from '../bindings/Organisation';
import type { Platform } from '../bindings/Platform';
import type { RevisionSummary } from '../bindings/RevisionSummary';
import type { Statement } from '../bindings/Statement';
import type { StatementInput } from '../bindings/StatementInput';

/** Platforms the statement's length meter offers. */
export const METER_PLATFORMS: readonly Platform[] = ['x', 'facebook', 'email'];

/**
 * The meter's platform: none until the coordinator picks one (a long statement is not an error), then the last one
 * picked, remembered in localStorage. Anything else found there means none.
 */
export const METER_PLATFORM_KEY = 'campaign-desk.meter';

type MeterStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function loadMeterPlatform(store: MeterStore | null): Platform | null {
  try {
    const saved = store?.getItem(METER_PLATFORM_KEY);
    return METER_PLATFORMS.find((p) => p === saved) ?? null;
  } catch {
    return null;
  }
}

export function saveMeterPlatform(store: MeterStore | null, platform: Platform | null): void {
  try {
    if (platform === null) store?.removeItem(METER_PLATFORM_KEY);
    else store?.setItem(METER_PLATFORM_KEY, platform);
  } catch {
    // Storage refused: the choice lasts for this page only.
  }
}

/** Where a length stands against a limit: fine, close (over 90 %), or over. */
export function meterLevel(length: number, limit: number | null): 'ok' | 'near' | 'over' {
  if (limit === null) return 'ok';
  if (length > limit) return 'over';
  return length > limit * 0.9 ? 'near' : 'ok';
}

/**
 * Organisations for the approval picker: the statement's issuers first, then the campaign's co-organisers,
 * then everyone else in the directory by name. Each appears once.
 */
export function orgsForApproval(
  directory: readonly Organisation[],
  issuerIds: readonly number[],
  campaignOrgIds: readonly number[],
): { first: Organisation[]; others: Organisation[] } {
  const byId = new Map(directory.map((o) => [o.id, o]));
  const first: Organisation[] = [];
  const seen = new Set<number>();
  for (const id of [...issuerIds, ...campaignOrgIds]) {
    const org = byId.get(id);
    if (org && !seen.has(id)) {
      seen.add(id);
      first.push(org);
    }
  }
  const others = directory
    .filter((o) => !seen.has(o.id))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { first, others };
}

/** One revision's approvals: the standing ones, and those withdrawn (kept as history, counting for nothing). */
export interface ApprovalGroup {
  revision: number;
  /** A standing approval of this revision is of older text than the current one. */
  stale: boolean;
  approvals: Approval[];
  withdrawn: Approval[];
}

/** Approvals grouped by the revision they approve, the newest revision first; a revision whose approvals were all
 * withdrawn keeps its group, for the history. */
export function approvalsByRevision(standing: readonly Approval[], withdrawn: readonly Approval[] = []): ApprovalGroup[] {
  const groups = new Map<number, ApprovalGroup>();
  const group = (revision: number): ApprovalGroup => {
    let g = groups.get(revision);
    if (!g) {
      g = { revision, stale: false, approvals: [], withdrawn: [] };
      groups.set(revision, g);
    }
    return g;
  };
  for (const a of standing) {
    const g = group(a.revision);
    g.approvals.push(a);
    g.stale ||= a.stale;
  }
  for (const a of withdrawn) group(a.revision).withdrawn.push(a);
  return [...groups.values()].sort((a, b) => b.revision - a.revision);
}

/** The pair compared when the panel opens: the previous revision against the current one (or null with only one). */
export function defaultComparison(revisions: readonly RevisionSummary[]): { from: number; to: number } | null {
  const numbers = revisions.map((r) => r.number).sort((a, b) => a - b);
  if (numbers.length < 2) return null;
  return { from: numbers[numbers.length - 2]!, to: numbers[numbers.length - 1]! };
}

/** Comma-separated tags typed in a settings field → the list the core takes (without '#', no blanks). */
export function splitList(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** The settings form of a statement as the core takes it back, with `title` as on screen and `patch` applied. */
export function statementInput(s: Statement, title: string, patch: Partial<StatementInput> = {}): StatementInput {
  return {
    kind: s.kind,
    title,
    campaign_id: s.campaign_id,
    place: s.place,
    dated: s.dated,
    source_lang: s.source_lang,
    issuer_ids: s.issuers.map((i) => i.organisation_id),
    hashtags: s.hashtags,
    published_where: s.published_where,
    ...patch,
  };
}

// The search palette's pure parts: grouping hits by kind, where each hit leads, moving through the list, Ctrl+K.
import type { SearchHit } from './bindings/SearchHit';
import type { SearchKind } from './bindings/SearchKind';
import type { KeyPress } from './nav';
import { pathFor } from './nav';

export interface HitGroup {
  kind: SearchKind;
  /** Each hit with its position in the flat list the arrow keys move through. */
  hits: { hit: SearchHit; index: number }[];
}

/**
 * Hits grouped by kind, best first inside each; the groups in the order of their best hit, so the kind holding the
 * best match leads (an event titled exactly as typed above statements that only mention it). Indexes follow the
 * grouped order.
 */
export function groupHits(hits: readonly SearchHit[]): HitGroup[] {
  const kinds: SearchKind[] = [];
  for (const hit of hits) if (!kinds.includes(hit.kind)) kinds.push(hit.kind);
  let index = 0;
  return kinds.map((kind) => ({ kind, hits: hits.filter((hit) => hit.kind === kind).map((hit) => ({ hit, index: index++ })) }));
}

/** The hits in the order the palette shows them (what `index` counts). */
export function flatten(groups: readonly HitGroup[]): SearchHit[] {
  return groups.flatMap((group) => group.hits.map((entry) => entry.hit));
}

/** Where a hit leads. Translations open their statement; events open the calendar at their next instance. */
export function hrefFor(hit: Pick<SearchHit, 'kind' | 'id'>): string {
  switch (hit.kind) {
    case 'statement':
    case 'translation':
      return pathFor('statements', hit.id);
    case 'campaign':
      return pathFor('campaigns', hit.id);
    case 'organisation':
      return pathFor('organisations', hit.id);
    case 'event':
      return pathFor('calendar', 'event', hit.id);
  }
}

/** The next selected row after an arrow key (wrapping round), or -1 when there are none. */
export function moveSelection(current: number, count: number, step: 1 | -1): number {
  if (count === 0) return -1;
  if (current < 0) return step === 1 ? 0 : count - 1;
  return (current + step + count) % count;
}

/** Ctrl+K (⌘K on macOS) opens the search palette; the physical key counts, whatever the layout. */
export function isSearchShortcut(press: KeyPress): boolean {
  return (press.ctrlKey || press.metaKey) && !press.altKey && !press.shiftKey && (press.code === 'KeyK' || press.key === 'k');
}

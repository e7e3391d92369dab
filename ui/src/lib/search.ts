// The search palette's pure parts: grouping hits by kind, where each hit leads, moving through the list, Ctrl+K.
import type { SearchHit } from './bindings/SearchHit';
import type { SearchKind } from './bindings/SearchKind';
import type { KeyPress } from './nav';
import { pathFor } from './nav';

/** The order groups are shown in: statements (source text, then translations) first. */
export const KIND_ORDER: readonly SearchKind[] = ['statement', 'translation', 'campaign', 'event', 'organisation'];

export interface HitGroup {
  kind: SearchKind;
  /** Each hit with its position in the flat list the arrow keys move through. */
  hits: { hit: SearchHit; index: number }[];
}

/** Hits grouped by kind (groups in `KIND_ORDER`, best first inside each); indexes follow the grouped order. */
export function groupHits(hits: readonly SearchHit[]): HitGroup[] {
  const groups: HitGroup[] = [];
  let index = 0;
  for (const kind of KIND_ORDER) {
    const of = hits.filter((hit) => hit.kind === kind);
    if (of.length === 0) continue;
    groups.push({ kind, hits: of.map((hit) => ({ hit, index: index++ })) });
  }
  return groups;
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

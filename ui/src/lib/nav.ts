// Which screen is showing. The route lives in the URL hash (`#/campaigns`), so links are plain anchors
// and a reload keeps the place.

/** The areas of the sidebar, in order: Ctrl+1 … Ctrl+5 select them. */
export const AREAS = ['calendar', 'campaigns', 'statements', 'organisations', 'settings'] as const;
export type Area = (typeof AREAS)[number];
/** An area, or the welcome screen shown at start. */
export type Route = Area | 'welcome';

export function isArea(value: string): value is Area {
  return (AREAS as readonly string[]).includes(value);
}

export function routeFromHash(hash: string): Route {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return isArea(name) ? name : 'welcome';
}

export function hashFor(route: Route): string {
  return route === 'welcome' ? '#/' : `#/${route}`;
}

/** The subset of a KeyboardEvent the shortcut logic needs. */
export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/**
 * The area a key press switches to: Ctrl+1 … Ctrl+5 (⌘ on macOS). The physical digit key counts, so it
 * also works on layouts where digits need Shift (AZERTY).
 */
export function areaForShortcut(press: KeyPress): Area | null {
  if (!(press.ctrlKey || press.metaKey) || press.altKey) return null;
  const digit = /^Digit([1-9])$/.exec(press.code)?.[1] ?? (/^[1-9]$/.test(press.key) ? press.key : null);
  if (digit === null) return null;
  return AREAS[Number(digit) - 1] ?? null;
}

/** What follows the area in the hash: `#/campaigns/12/edit` → `['12', 'edit']`. */
export function routeParts(hash: string): string[] {
  return hash.replace(/^#\/?/, '').split('?')[0]!.split('/').slice(1).filter(Boolean).map(decodeURIComponent);
}

/** The hash of a page inside an area, e.g. `pathFor('campaigns', 12, 'edit')` → `#/campaigns/12/edit`. */
export function pathFor(area: Area, ...parts: (string | number)[]): string {
  return [hashFor(area), ...parts.map((part) => encodeURIComponent(String(part)))].join('/');
}

/** Ctrl+N (⌘N on macOS): "new" in the current list area. */
export function isNewShortcut(press: KeyPress): boolean {
  return (press.ctrlKey || press.metaKey) && !press.altKey && !press.shiftKey && press.code === 'KeyN';
}

// The interface font, resolved once at start. The stylesheet names a family for every platform (--font-sans in
// app.css), and a web view uses the first one it has. WebKitGTK looks each family before that one up in fontconfig
// again for every new size and weight it draws: ~1.5 ms a name on this machine, ~11 ms per new size and weight for
// the whole list, 60–70 ms of a statement's first open (BENCHMARKS.md). So the page finds that first family itself,
// the same way (a family is there when text set in it measures differently from the generic fonts alone), and
// gives WebKit that one name: the same font as before, one lookup instead of nine. If this cannot run (no canvas,
// no stylesheet yet), the stylesheet's list stands: slower, never another font.

import { browserStorage } from './statements/localDraft';

/** The first family of `list` (a CSS font-family list ending in a generic family) that `width` shows is there. */
export function firstFamilyPresent(list: string, width: (font: string) => number): string {
  const families = list
    .split(',')
    .map((f) => f.trim())
    .filter((f) => f !== '');
  const fallback = families.pop() ?? 'sans-serif';
  const SIZE = '32px ';
  const generics = ['monospace', 'serif'].map((g) => [g, width(SIZE + g)] as const);
  const present = (family: string): boolean => generics.some(([g, alone]) => width(`${SIZE}${family}, ${g}`) !== alone);
  return families.find(present) ?? fallback;
}

const KEPT = 'campaign-desk:interface-font';

type Kept = Pick<Storage, 'getItem' | 'setItem'>;

/**
 * Chooses the family to give `use` in place of `list`: the one `look` finds, kept in `storage` with the list it was
 * found in. A start with that list kept uses the kept family at once and has `later` look again, when nothing waits
 * for it (a font installed or removed since is then taken up). `look` answers null when it cannot look.
 */
export function chooseInterfaceFont(
  list: string,
  storage: Kept | null,
  look: () => string | null,
  use: (family: string) => void,
  later: (then: () => void) => void,
): void {
  const lookAndKeep = (): string | null => {
    const family = look();
    try {
      if (family !== null) storage?.setItem(KEPT, JSON.stringify({ list, family }));
    } catch {
      // storage full or refused: the next start looks again
    }
    return family;
  };
  let kept: { list?: unknown; family?: unknown } | null = null;
  try {
    kept = JSON.parse(storage?.getItem(KEPT) ?? 'null');
  } catch {
    kept = null;
  }
  if (kept?.list === list && typeof kept.family === 'string') {
    const before = kept.family;
    use(before);
    later(() => {
      const now = lookAndKeep();
      if (now !== null && now !== before) use(now);
    });
  } else {
    const found = lookAndKeep();
    if (found !== null) use(found);
  }
}

/** Puts the first family of `--font-sans` present here, and the generic after it, in place of the whole list. */
export function settleInterfaceFont(root: HTMLElement = document.documentElement): void {
  const list = getComputedStyle(root).getPropertyValue('--font-sans').trim();
  if (!list) return; // the stylesheet's list then stands, as it always could
  const generic = list.split(',').pop()?.trim() || 'sans-serif';
  const look = (): string | null => {
    const context = document.createElement('canvas').getContext('2d');
    if (!context) return null;
    const sample = 'Campaign Desk — Statements, Calendar 0123456789';
    return firstFamilyPresent(list, (font) => {
      context.font = font;
      return context.measureText(sample).width;
    });
  };
  chooseInterfaceFont(
    list,
    browserStorage(),
    look,
    (family) => root.style.setProperty('--font-sans', family === generic ? generic : `${family}, ${generic}`),
    (then) => setTimeout(then, 3000),
  );
}

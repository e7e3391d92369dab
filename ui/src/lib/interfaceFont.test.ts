import { describe, expect, it } from 'vitest';
import { chooseInterfaceFont, firstFamilyPresent } from './interfaceFont';

const LIST = "system-ui, -apple-system, 'Segoe UI', Roboto, Ubuntu, Cantarell, 'Noto Sans', Arial, sans-serif";

/** A machine with these families: text set in one measures by its own width, else by the generic after it. */
function machine(installed: Record<string, number>): (font: string) => number {
  const generic: Record<string, number> = { monospace: 288, serif: 277 };
  return (font) => {
    const names = font.replace(/^\d+px /, '').split(',').map((f) => f.trim());
    for (const name of names) {
      if (name in installed) return installed[name] as number;
      if (name in generic) return generic[name] as number;
    }
    throw new Error(`no generic in ${font}`);
  };
}

describe('the interface font', () => {
  it('is the first family of the list the machine has, as the web view would pick it', () => {
    expect(firstFamilyPresent(LIST, machine({ Arial: 246, 'DejaVu Sans': 275 }))).toBe('Arial');
    expect(firstFamilyPresent(LIST, machine({ Cantarell: 250, Arial: 246 }))).toBe('Cantarell');
    expect(firstFamilyPresent(LIST, machine({ 'system-ui': 260, Arial: 246 }))).toBe('system-ui');
    expect(firstFamilyPresent(LIST, machine({ "'Segoe UI'": 240 }))).toBe("'Segoe UI'");
  });

  it('is found even when it measures as one of the generic fonts does', () => {
    expect(firstFamilyPresent(LIST, machine({ Roboto: 288 }))).toBe('Roboto');
    expect(firstFamilyPresent(LIST, machine({ Ubuntu: 277 }))).toBe('Ubuntu');
  });

  it('is the generic family at the end when the machine has none of the others', () => {
    expect(firstFamilyPresent(LIST, machine({}))).toBe('sans-serif');
  });
});

describe('the interface font kept between starts', () => {
  /** One start: what it used at once, and what the look it put off for later then used. */
  function start(storage: Map<string, string>, list: string, present: string | null) {
    const kept = { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => void storage.set(k, v) };
    const used: string[] = [];
    const putOff: (() => void)[] = [];
    chooseInterfaceFont(list, kept, () => present, (f) => used.push(f), (then) => putOff.push(then));
    const atOnce = [...used];
    putOff.forEach((then) => then());
    return { atOnce, later: used.slice(atOnce.length), looksLater: putOff.length > 0 };
  }

  it('is looked for at the first start and kept, then used at once and looked for again later', () => {
    const storage = new Map<string, string>();
    expect(start(storage, LIST, 'Arial')).toEqual({ atOnce: ['Arial'], later: [], looksLater: false });
    expect(start(storage, LIST, 'Arial')).toEqual({ atOnce: ['Arial'], later: [], looksLater: true });
  });

  it('changes later when a font was installed since, and the start after uses the new one', () => {
    const storage = new Map<string, string>();
    start(storage, LIST, 'Arial');
    expect(start(storage, LIST, 'Cantarell')).toEqual({ atOnce: ['Arial'], later: ['Cantarell'], looksLater: true });
    expect(start(storage, LIST, 'Cantarell').atOnce).toEqual(['Cantarell']);
  });

  it("is looked for at once when the stylesheet's list changed", () => {
    const storage = new Map<string, string>();
    start(storage, LIST, 'Arial');
    expect(start(storage, `Inter, ${LIST}`, 'Inter')).toEqual({ atOnce: ['Inter'], later: [], looksLater: false });
  });

  it('leaves the list alone when it cannot look, and works without storage or with a broken one', () => {
    expect(start(new Map(), LIST, null)).toEqual({ atOnce: [], later: [], looksLater: false });
    const used: string[] = [];
    chooseInterfaceFont(LIST, null, () => 'Arial', (f) => used.push(f), () => undefined);
    const broken = { getItem: () => '{not json', setItem: () => { throw new Error('full'); } };
    chooseInterfaceFont(LIST, broken, () => 'Ubuntu', (f) => used.push(f), () => undefined);
    expect(used).toEqual(['Arial', 'Ubuntu']);
  });
});

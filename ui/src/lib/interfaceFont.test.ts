import { describe, expect, it } from 'vitest';
import { firstFamilyPresent } from './interfaceFont';

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

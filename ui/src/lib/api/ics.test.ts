import { describe, expect, it } from 'vitest';

import { everything, icsFileName } from './ics';

describe('icsFileName', () => {
  it('keeps letters and digits, drops accents and punctuation', () => {
    expect(icsFileName('Día de Acción: ¡Justicia! 2025')).toBe('dia-de-accion-justicia-2025.ics');
  });

  it('falls back to "calendar" when nothing is left', () => {
    expect(icsFileName('移民 / ¿?')).toBe('calendar.ics');
  });

  it('stays short without a trailing dash', () => {
    const name = icsFileName('a'.repeat(59) + ' b c d e');
    expect(name.length).toBeLessThanOrEqual(64);
    expect(name).not.toMatch(/-\.ics$/);
  });
});

describe('everything', () => {
  it('narrows nothing', () => {
    expect(everything()).toEqual({ campaigns: [], organisations: [], kinds: [], from: null, to: null });
  });
});

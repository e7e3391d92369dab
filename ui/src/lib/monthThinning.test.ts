import { describe, expect, it } from 'vitest';
import { thinByDay } from './monthThinning';

describe('thinByDay', () => {
  it('keeps the first items of a crowded day, leaving a line for "+N more"', () => {
    const items = ['2025-03-01T08', '2025-03-01T09', '2025-03-01T10', '2025-03-01T11', '2025-03-02T08'];
    const { kept, hidden } = thinByDay(items, (s) => s.slice(0, 10), 3);
    expect(kept).toEqual(['2025-03-01T08', '2025-03-01T09', '2025-03-02T08']);
    expect([...hidden]).toEqual([['2025-03-01', 2]]);
  });
  it('shows a day that exactly fills its lines in full', () => {
    const { kept, hidden } = thinByDay(['a1', 'a2', 'a3'], (s) => s[0] ?? '', 3);
    expect(kept).toEqual(['a1', 'a2', 'a3']);
    expect(hidden.size).toBe(0);
  });
  it('hides nothing on quiet days', () => {
    const { kept, hidden } = thinByDay([1, 2, 3], (n) => `d${n}`, 3);
    expect(kept).toEqual([1, 2, 3]);
    expect(hidden.size).toBe(0);
  });

  it("gives a one-line cell (the year) a day's only item, else the whole count", () => {
    const { kept, hidden } = thinByDay(['a1', 'b1', 'b2', 'b3'], (s) => s[0] ?? '', 1);
    expect(kept).toEqual(['a1']);
    expect([...hidden]).toEqual([['b', 3]]);
  });
});

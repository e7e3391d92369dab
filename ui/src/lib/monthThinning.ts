// The month grid with thousands of events: FullCalendar lays out (and measures) every event it is given, even
// those its "+N more" hides, which took over a second for 2,000 events in a month (BENCHMARKS.md). So the month
// view, and the year's months, are given only the first few occurrences of each day plus one "+N more" entry per
// crowded day; the week and day views still get everything (the agendas draw a screenful at a time, agenda.ts).

/** How many occurrences a month cell shows before "+N more"; what fits a cell on a laptop screen. */
export const MONTH_PER_DAY = 3;

/** The year's cells hold one line: a day's only occurrence, else "+N more" with the day's whole count. */
export const YEAR_PER_DAY = 1;

export type Thinned<T> = { kept: T[]; hidden: Map<string, number> };

/**
 * Lets each day fill at most `perDay` lines (items in start order): a day with more keeps its first `perDay - 1`
 * and counts the rest, for a "+N more" line of its own.
 */
export function thinByDay<T>(items: readonly T[], dayOf: (item: T) => string, perDay: number): Thinned<T> {
  const total = new Map<string, number>();
  for (const item of items) total.set(dayOf(item), (total.get(dayOf(item)) ?? 0) + 1);
  const seen = new Map<string, number>();
  const hidden = new Map<string, number>();
  const kept: T[] = [];
  for (const item of items) {
    const day = dayOf(item);
    const n = seen.get(day) ?? 0;
    seen.set(day, n + 1);
    if ((total.get(day) ?? 0) <= perDay || n < perDay - 1) kept.push(item);
    else hidden.set(day, (hidden.get(day) ?? 0) + 1);
  }
  return { kept, hidden };
}

// The month grid with thousands of events: FullCalendar lays out (and measures) every event it is given, even
// those its "+N more" hides, which took over a second for 2,000 events in a month (BENCHMARKS.md). So the month
// view, and the year's months, ask the core for only the first few occurrences of each day and each crowded day's
// count (`occurrence_list` with `perDay`, src/calendar/day_thinning.rs), for one "+N more" entry per crowded day;
// the week and day views still get everything (the agendas draw a screenful at a time, agenda.ts).

/** How many occurrences a month cell shows before "+N more"; what fits a cell on a laptop screen. */
export const MONTH_PER_DAY = 3;

/** The year's cells hold one line: a day's only occurrence, else "+N more" with the day's whole count. */
export const YEAR_PER_DAY = 1;

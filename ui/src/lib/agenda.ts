// The agenda views (the week's, the month's, a whole campaign's) as one flat list of day headings and event rows.
// FullCalendar's list view built and laid out a row for every occurrence before the first frame: a month of 2,000
// occurrences took half a second, a campaign of several years longer still (BENCHMARKS.md). This list is drawn by
// components/AgendaList.svelte a screenful at a time, so what it costs to show does not grow with the archive.
// The days, the order and the time texts are FullCalendar's list view's, so the agenda reads as it did.

/** An occurrence as the agenda places it: wall clocks of the view zone, offset stripped (see calendarTime.ts). */
export interface AgendaItem<T> {
  /** Keys the row (made unique in the list if it is not). */
  key: string;
  allDay: boolean;
  /** `YYYY-MM-DD` when all day, else `YYYY-MM-DDTHH:MM[:SS]`. */
  start: string;
  /** Exclusive: the day after the last for an all-day item. */
  end: string;
  title: string;
  value: T;
}

/** What the time column says: "All day", or a clock range ("07:00 - 08:30"; `to` null for an instant). */
export type AgendaTime = { allDay: true } | { allDay: false; from: string; to: string | null };

/** How a drawn row looks and is found: its test id, tooltip, dot colour (the accent when null) and classes. */
export interface AgendaRowLook {
  testid: string;
  tooltip: string;
  colour: string | null;
  classes: string;
}

export type AgendaEntry<T> =
  | { kind: 'day'; key: string; day: string }
  | { kind: 'event'; key: string; day: string; time: AgendaTime; item: AgendaItem<T> };

/** What components/AgendaList.svelte is given (CalendarView keeps it as state and sets it from each fetch). */
export interface AgendaListProps<T> {
  /** null while the first answer for this range is awaited (nothing is drawn, not "nothing planned"). */
  entries: AgendaEntry<T>[] | null;
  /** One opening of an agenda (its view, its dates and a count): a new one starts again at the top. */
  rangeKey: string;
  viewType: string;
  today: string;
  emptyText: string;
  timeText: (time: AgendaTime) => string;
  /** Asked only for the rows drawn: a label per row for thousands of rows would cost what the list saves. */
  describe: (item: AgendaItem<T>) => AgendaRowLook;
  onopen: (item: AgendaItem<T>) => void;
}

const DAY_MS = 86_400_000;

function nextDay(day: string): string {
  const d = new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS);
  return d.toISOString().slice(0, 10);
}

function previousDay(day: string): string {
  const d = new Date(Date.parse(`${day}T00:00:00Z`) - DAY_MS);
  return d.toISOString().slice(0, 10);
}

const clockOf = (wall: string): string => wall.slice(11, 16) || '00:00';

/** Milliseconds of a wall clock read as UTC: only differences and order matter. */
const msOf = (wall: string): number => Date.parse(wall.length === 10 ? `${wall}T00:00:00Z` : `${wall.slice(0, 19)}Z`);

/**
 * Every day in [from, to) an item is on, each with the time the agenda shows there. As FullCalendar: a timed item
 * ending at midnight is not on the next day; on the first of several days it shows its start to midnight, on the
 * last midnight to its end, and "All day" on the days between.
 */
export function daysOf(item: Pick<AgendaItem<unknown>, 'allDay' | 'start' | 'end'>, from: string, to: string): [string, AgendaTime][] {
  const out: [string, AgendaTime][] = [];
  if (item.allDay) {
    const last = item.end > item.start ? previousDay(item.end.slice(0, 10)) : item.start;
    for (let day = item.start > from ? item.start : from; day <= last && day < to; day = nextDay(day)) out.push([day, { allDay: true }]);
    return out;
  }
  const startDay = item.start.slice(0, 10);
  const endsAtMidnight = clockOf(item.end) === '00:00' && item.end.slice(0, 10) > startDay;
  const lastDay = endsAtMidnight ? previousDay(item.end.slice(0, 10)) : item.end.slice(0, 10);
  const endDay = lastDay > startDay ? lastDay : startDay;
  const from0 = clockOf(item.start);
  const to0 = clockOf(item.end);
  for (let day = startDay > from ? startDay : from; day <= endDay && day < to; day = nextDay(day)) {
    let time: AgendaTime;
    if (startDay >= endDay) time = { allDay: false, from: from0, to: item.end === item.start ? null : to0 };
    else if (day === startDay) time = { allDay: false, from: from0, to: '00:00' };
    else if (day === endDay) time = { allDay: false, from: '00:00', to: to0 };
    else time = { allDay: true };
    out.push([day, time]);
  }
  return out;
}

/**
 * The agenda of [from, to) (days, `to` exclusive): a heading for each day with something on it, then its rows in
 * FullCalendar's order (earliest start first, then the longer, then by title).
 */
export function agendaEntries<T>(items: readonly AgendaItem<T>[], from: string, to: string): AgendaEntry<T>[] {
  type Placed = { time: AgendaTime; item: AgendaItem<T>; start: number; length: number };
  const byDay = new Map<string, Placed[]>();
  for (const item of items) {
    const start = msOf(item.start);
    const length = msOf(item.end) - start;
    for (const [day, time] of daysOf(item, from, to)) {
      let list = byDay.get(day);
      if (!list) byDay.set(day, (list = []));
      list.push({ time, item, start, length });
    }
  }
  const out: AgendaEntry<T>[] = [];
  // A row's key must be unique for the keyed list; a feed may hold one UID twice (FullCalendar did not mind).
  const keys = new Set<string>();
  for (const day of [...byDay.keys()].sort()) {
    const placed = byDay.get(day) ?? [];
    placed.sort(
      (a, b) =>
        a.start - b.start ||
        b.length - a.length ||
        Number(b.item.allDay) - Number(a.item.allDay) ||
        (a.item.title < b.item.title ? -1 : a.item.title > b.item.title ? 1 : 0),
    );
    out.push({ kind: 'day', key: day, day });
    for (const p of placed) {
      let key = `${day}|${p.item.key}`;
      for (let n = 2; keys.has(key); n += 1) key = `${day}|${p.item.key}#${n}`;
      keys.add(key);
      out.push({ kind: 'event', key, day, time: p.time, item: p.item });
    }
  }
  return out;
}

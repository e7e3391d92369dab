// What the calendar keeps between visits: the "show times in" zone and the view (month, week, day, week or month
// agenda, year) for good, in localStorage — a whole campaign's agenda (the generic `list` view, opened from its page)
// is not a view to come back to; the date it shows for this run only (sessionStorage), so leaving the calendar and
// coming back returns to the same place, and loading the demo can send it to where the data is. Anything unreadable in
// storage is ignored, never an error.

export const CALENDAR_VIEWS = ['dayGridMonth', 'timeGridWeek', 'timeGridDay', 'listWeek', 'listMonth', 'multiMonthYear'] as const;
export type CalendarViewName = (typeof CALENDAR_VIEWS)[number];

export interface CalendarPrefs {
  zone?: string;
  view?: CalendarViewName;
  /** `YYYY-MM-DD`: a day in the period shown. */
  date?: string;
}

type Store = Pick<Storage, 'getItem' | 'setItem'>;

const KEEP = 'campaign-desk.calendar';
const SESSION = 'campaign-desk.calendar.date';
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function storage(kind: 'localStorage' | 'sessionStorage'): Store | undefined {
  try {
    return (globalThis as Record<string, unknown>)[kind] as Store | undefined;
  } catch {
    return undefined; // storage refused (a locked-down webview): nothing is remembered
  }
}

function validZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || zone === '') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export function loadCalendarPrefs(local: Store | undefined = storage('localStorage'), session: Store | undefined = storage('sessionStorage')): CalendarPrefs {
  const prefs: CalendarPrefs = {};
  try {
    const kept = JSON.parse(local?.getItem(KEEP) ?? '{}') as Record<string, unknown>;
    if (validZone(kept.zone)) prefs.zone = kept.zone;
    if (CALENDAR_VIEWS.includes(kept.view as CalendarViewName)) prefs.view = kept.view as CalendarViewName;
  } catch {
    // not JSON: forgotten
  }
  const date = session?.getItem(SESSION) ?? null;
  if (date !== null && DATE.test(date)) prefs.date = date;
  return prefs;
}

/** Remembers the given parts, keeping the others. */
export function saveCalendarPrefs(change: CalendarPrefs, local: Store | undefined = storage('localStorage'), session: Store | undefined = storage('sessionStorage')): void {
  try {
    const { date, ...kept } = { ...loadCalendarPrefs(local, session), ...change };
    local?.setItem(KEEP, JSON.stringify(kept));
    if (date !== undefined && DATE.test(date)) session?.setItem(SESSION, date);
  } catch {
    // storage full or refused: the calendar just forgets
  }
}

/**
 * Where the calendar should open after the demo (or any data) is loaded: today inside a running campaign, else the
 * start of the next one; when all are past, the month in which most of them started (the latest on a tie), at its
 * first start. `null` without campaigns.
 */
export function whereTheDataIs(campaigns: readonly { start_date: string; end_date: string }[], today: string): string | null {
  if (campaigns.some((c) => c.start_date <= today && today <= c.end_date)) return today;
  const next = campaigns.filter((c) => c.start_date > today).map((c) => c.start_date).sort()[0];
  if (next !== undefined) return next;
  const byMonth = new Map<string, string[]>();
  for (const c of campaigns) byMonth.set(c.start_date.slice(0, 7), [...(byMonth.get(c.start_date.slice(0, 7)) ?? []), c.start_date]);
  let best: string[] | null = null;
  for (const month of [...byMonth.keys()].sort()) {
    const starts = byMonth.get(month)!;
    if (best === null || starts.length >= best.length) best = starts;
  }
  return best === null ? null : [...best].sort()[0]!;
}

// An organisation's working days as seven ticks (Monday first) and as the text the core stores ("mon-fri",
// "sun-thu", "mon,wed,fri", "all"). The core normalises whatever list we send, so writing is a plain list.

export const DAY_CODES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const MONDAY_TO_FRIDAY = [true, true, true, true, true, false, false];

/** The ticks of a stored value; none stored means the default, Monday to Friday. */
export function daysFromText(text: string | null | undefined): boolean[] {
  const t = (text ?? '').trim().toLowerCase();
  if (!t) return [...MONDAY_TO_FRIDAY];
  if (t === 'all') return DAY_CODES.map(() => true);
  const days = DAY_CODES.map(() => false);
  const index = (code: string) => DAY_CODES.findIndex((d) => code.trim().startsWith(d));
  for (const part of t.split(',')) {
    const [a = '', b] = part.split('-');
    const from = index(a);
    if (from < 0) continue;
    const to = b === undefined ? from : index(b);
    if (to < 0) continue;
    for (let d = from; ; d = (d + 1) % 7) {
      days[d] = true;
      if (d === to) break;
    }
  }
  return days;
}

/** What to store: null for the default week (so the organisation follows it), else the ticked days. */
export function daysToText(days: readonly boolean[]): string | null {
  if (days.every((on, i) => on === MONDAY_TO_FRIDAY[i])) return null;
  return DAY_CODES.filter((_, i) => days[i]).join(',');
}

/** Each day's short name in `locale`, Monday first. */
export function dayNames(locale: string): string[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  // 17 February 2025 was a Monday.
  return DAY_CODES.map((_, i) => format.format(new Date(Date.UTC(2025, 1, 17 + i))));
}

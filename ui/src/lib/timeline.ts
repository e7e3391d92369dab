// A campaign's timeline entries (occurrences from the core) in the shape the campaign page formats: wall-clock
// times in the event's own zone, and all-day ends as the last day (the core gives calendars' exclusive end).
import type { TimelineEntry } from './bindings/TimelineEntry';

export type WallTimes = { all_day: boolean; start: string; end: string };

export function wallTimes(entry: Pick<TimelineEntry, 'all_day' | 'start' | 'end'>): WallTimes {
  if (!entry.all_day) return { all_day: false, start: entry.start.slice(0, 16), end: entry.end.slice(0, 16) };
  const [y, m, d] = entry.end.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y, m - 1, d - 1));
  const lastDay = last.toISOString().slice(0, 10);
  return { all_day: true, start: entry.start, end: lastDay < entry.start ? entry.start : lastDay };
}

/** A stable key per line: an event appears once per occurrence. */
export function entryKey(entry: Pick<TimelineEntry, 'event_id' | 'recurrence_id' | 'outside_dates'>): string {
  return `${entry.event_id}|${entry.recurrence_id ?? ''}|${entry.outside_dates ? 'out' : 'in'}`;
}

/**
 * The day a key date added from a campaign's page starts on: today while the campaign runs, else its first day
 * (a campaign planned for next month gets its dates there, not today).
 */
export function keyDateDay(campaign: { start_date: string; end_date: string }, today: string): string {
  return campaign.start_date <= today && today <= campaign.end_date ? today : campaign.start_date;
}

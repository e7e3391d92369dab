import type { CalendarFilter } from '../bindings/CalendarFilter';
import type { CalendarWindow } from '../bindings/CalendarWindow';
import type { Event } from '../bindings/Event';
import type { FindTimeAnswer } from '../bindings/FindTimeAnswer';
import type { FindTimeQuery } from '../bindings/FindTimeQuery';
import type { FollowingEdit } from '../bindings/FollowingEdit';
import type { Occurrence } from '../bindings/Occurrence';
import type { OccurrenceChange } from '../bindings/OccurrenceChange';
import type { ZoneTime } from '../bindings/ZoneTime';
import { call } from './client';

/**
 * Occurrences in `[from, to)` (`YYYY-MM-DD`, midnight in `zone`), their times written in `zone`
 * (RFC 3339 with offset; all-day ones as dates with an exclusive end), and the campaigns running then (as spans),
 * narrowed by `filter`. With `perDay`, as a month or year cell shows them: each crowded day's first `perDay - 1`
 * occurrences, and its count of the rest in `crowded_days`.
 */
export function occurrenceList(from: string, to: string, zone: string, filter: CalendarFilter = NO_FILTER, perDay: number | null = null): Promise<CalendarWindow> {
  return call<CalendarWindow>('occurrence_list', { from, to, zone, filter, perDay });
}

export const NO_FILTER: CalendarFilter = { campaign_id: null, organisation_id: null, kind: null };

export function eventGet(id: number): Promise<Event> {
  return call<Event>('event_get', { id });
}

/** The instance a link to event `id` opens now: its next (one under way counts), else its last; null if none. */
export function occurrenceToOpen(id: number, zone: string): Promise<Occurrence | null> {
  return call<Occurrence | null>('occurrence_to_open', { id, zone });
}

/** "This occurrence only": saves the change of one instance of a series (null fields keep the series' value). */
export function occurrenceChange(eventId: number, change: OccurrenceChange): Promise<Event> {
  return call<Event>('occurrence_change', { eventId, change });
}

/**
 * "This and following": splits the series at the instance and edits the new series — with the form's fields, or
 * moved by a drag — in one transaction (a refused edit leaves the series unsplit); resolves with [the series up to
 * the instance, the new one].
 */
export function seriesEditFollowing(eventId: number, recurrenceId: string, edit: FollowingEdit): Promise<[Event, Event]> {
  return call<[Event, Event]>('series_edit_following', { eventId, recurrenceId, edit });
}

/** The instance starting at `at` (its recurrence id, or the event's start) in the partner zones (or `zones`). */
export function eventTimes(id: number, at?: string | null, zones?: string[] | null): Promise<ZoneTime[]> {
  return call<ZoneTime[]>('event_times', { id, at: at ?? null, zones: zones ?? null });
}

/** The zones shown beside events: the chosen partner zones, else the organisations' zones. */
export function partnerZones(): Promise<string[]> {
  return call<string[]>('partner_zones');
}

/**
 * "Find a time": the slots of `query.length_minutes` in the days asked, best first (fewest asleep, most in working
 * hours, earliest), never over a participant's busy event, and — with `with_grid` — each day's hour grid.
 */
export function findTime(query: FindTimeQuery): Promise<FindTimeAnswer> {
  return call<FindTimeAnswer>('find_time', { query });
}

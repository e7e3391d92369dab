// The .ics import preview's list: which rows a filter shows, how many of its events the bounded list leaves out,
// and how a row's start and changes read.
import type { ImportAction } from './bindings/ImportAction';
import type { ImportItem } from './bindings/ImportItem';
import type { ImportReport } from './bindings/ImportReport';
import { formatDate, formatWallTime, t } from './i18n';
import { fieldLabel } from './labels';

export type PreviewFilter = 'all' | ImportAction;

export const PREVIEW_FILTERS: readonly PreviewFilter[] = ['all', 'new', 'updated', 'unchanged', 'skipped'];

/** How many events of the file a filter stands for (the counts cover every event, listed or not). */
export function countOf(report: ImportReport, filter: PreviewFilter): number {
  return filter === 'all' ? report.new + report.updated + report.unchanged + report.skipped : report[filter];
}

/** The listed rows a filter shows, in file order. */
export function rowsFor(report: ImportReport, filter: PreviewFilter): ImportItem[] {
  return filter === 'all' ? report.items : report.items.filter((item) => item.action === filter);
}

/**
 * Events the filter stands for that the list does not hold: the core lists every event up to a bound, then only
 * those needing a look, so a 100,000-event file does not send 100,000 rows.
 */
export function unlistedFor(report: ImportReport, filter: PreviewFilter): number {
  return Math.max(0, countOf(report, filter) - rowsFor(report, filter).length);
}

/** A stored date (all-day) or wall-clock time, as the app shows them: "1 Mar 2025", "4 Feb 2025, 18:00". */
export function wallText(value: string, allDay: boolean): string {
  return allDay ? formatDate(value) : formatWallTime(value);
}

/** When a row starts, in the event's own zone: "1 Mar 2025 · all day", "4 Feb 2025, 18:00 · America/Chicago". */
export function startText(item: Pick<ImportItem, 'start' | 'zone' | 'all_day'>): string {
  if (!item.start) return '';
  const when = wallText(item.start, item.all_day);
  if (item.all_day) return `${when} · ${t('ics-allDay')}`;
  return item.zone ? `${when} · ${item.zone}` : when;
}

/** "Changes: Title, Start, Location" for an update (or an older copy left alone); empty otherwise. */
export function changesText(item: Pick<ImportItem, 'changed'>): string {
  if (item.changed.length === 0) return '';
  return t('ics-changes', { fields: item.changed.map((field) => fieldLabel(field)).join(', ') });
}

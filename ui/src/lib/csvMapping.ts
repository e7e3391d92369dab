// State of the CSV import dialog's column → field mapping, and what the preview's rows allow.
import type { CsvKind } from './bindings/CsvKind';
import type { CsvRow } from './bindings/CsvRow';

/** The fields a column can fill, in the order the core exports them (src/csv_io.rs `CsvKind::fields`). */
export const CSV_FIELDS: Record<CsvKind, readonly string[]> = {
  organisations: ['name', 'short_name', 'country', 'city', 'zone', 'email', 'website', 'socials', 'notes', 'working_hours', 'working_days', 'sleeping_hours'],
  people: ['name', 'organisation', 'role', 'email', 'phone', 'notes'],
};

/**
 * Maps column `index` to `field` (null: ignore the column). A field fills one column only: a column that
 * had it before is set to "ignore", so the user never ends up with two columns fighting for `email`.
 */
export function setColumn(mapping: readonly (string | null)[], index: number, field: string | null): (string | null)[] {
  return mapping.map((current, i) => {
    if (i === index) return field;
    return field !== null && current === field ? null : current;
  });
}

export interface RowCounts {
  new: number;
  duplicate: number;
  error: number;
}

export function countRows(rows: readonly CsvRow[]): RowCounts {
  const counts: RowCounts = { new: 0, duplicate: 0, error: 0 };
  for (const row of rows) counts[row.status] += 1;
  return counts;
}

/** Whether the mapping fills `name`, without which the core refuses the file. */
export function hasName(mapping: readonly (string | null)[]): boolean {
  return mapping.includes('name');
}

/**
 * Import is allowed when there is something new to write and either no row has an error or the user has
 * explicitly chosen to skip the rows with errors.
 */
export function canImport(counts: RowCounts, skipErrors: boolean): boolean {
  return counts.new > 0 && (counts.error === 0 || skipErrors);
}

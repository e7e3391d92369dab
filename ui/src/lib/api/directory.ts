import type { CsvKind } from '../bindings/CsvKind';
import type { CsvPreview } from '../bindings/CsvPreview';
import type { Organisation } from '../bindings/Organisation';
import type { OrganisationInput } from '../bindings/OrganisationInput';
import type { OrganisationUsage } from '../bindings/OrganisationUsage';
import type { Person } from '../bindings/Person';
import type { PersonInput } from '../bindings/PersonInput';
import { call } from './client';

/** Column → field (null: ignore the column), one entry per CSV column. */
export type CsvMapping = (string | null)[];

export function orgList(query?: string): Promise<Organisation[]> {
  return call<Organisation[]>('org_list', { query: query || null });
}

export function orgGet(id: number): Promise<Organisation> {
  return call<Organisation>('org_get', { id });
}

/** How many campaigns, events and people refer to the organisation (shown before deleting it). */
export function orgUsage(id: number): Promise<OrganisationUsage> {
  return call<OrganisationUsage>('org_usage', { id });
}

export function orgCreate(input: OrganisationInput): Promise<Organisation> {
  return call<Organisation>('org_create', { input });
}

export function orgUpdate(id: number, input: OrganisationInput): Promise<Organisation> {
  return call<Organisation>('org_update', { id, input });
}

export function orgDelete(id: number): Promise<void> {
  return call<void>('org_delete', { id });
}

export function personList(organisationId?: number | null, query?: string): Promise<Person[]> {
  return call<Person[]>('person_list', { organisationId: organisationId ?? null, query: query || null });
}

export function personCreate(input: PersonInput): Promise<Person> {
  return call<Person>('person_create', { input });
}

export function personUpdate(id: number, input: PersonInput): Promise<Person> {
  return call<Person>('person_update', { id, input });
}

export function personDelete(id: number): Promise<void> {
  return call<void>('person_delete', { id });
}

/** Reads and checks a CSV file; writes nothing. Without `mapping` the columns are guessed from the headers. */
export function csvPreview(kind: CsvKind, path: string, mapping?: CsvMapping | null): Promise<CsvPreview> {
  return call<CsvPreview>('csv_preview', { kind, path, mapping: mapping ?? null });
}

/** Creates the file's new rows in one transaction (duplicates and rows with errors are skipped). */
export function csvImport(kind: CsvKind, path: string, mapping?: CsvMapping | null): Promise<number> {
  return call<number>('csv_import', { kind, path, mapping: mapping ?? null });
}

export function csvExport(kind: CsvKind, path: string): Promise<void> {
  return call<void>('csv_export', { kind, path });
}

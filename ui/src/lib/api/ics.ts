import { listen, type UnlistenFn } from '@tauri-apps/api/event';

import type { ExportScope } from '../bindings/ExportScope';
import type { ExportSummary } from '../bindings/ExportSummary';
import type { ImportReport } from '../bindings/ImportReport';
import { fileSlug } from '../fileSlug';
import { call } from './client';

/** Writes the events of `scope` to `path` as .ics (atomically). */
export function icsExport(scope: ExportScope, path: string): Promise<ExportSummary> {
  return call<ExportSummary>('ics_export', { scope, path });
}

export interface IcsImportOptions {
  campaignId: number | null;
  /** The zone times without one are read in; null: the campaign's, else the home zone. */
  floatingZone: string | null;
  /** True: only report what would happen. */
  dryRun: boolean;
}

/** Previews or imports an .ics file; nothing is written when it has errors (`report.applied` says). */
export function icsImport(path: string, options: IcsImportOptions): Promise<ImportReport> {
  return call<ImportReport>('ics_import', { path, ...options });
}

/** Payload of `import-progress` (src-tauri/src/commands/ics.rs): bytes read in the current pass. */
export interface ImportProgress {
  read: number;
  total: number;
  dryRun: boolean;
}

export function onImportProgress(handler: (progress: ImportProgress) => void): Promise<UnlistenFn> {
  return listen<{ read: number; total: number; dry_run: boolean }>('import-progress', (event) =>
    handler({ read: event.payload.read, total: event.payload.total, dryRun: event.payload.dry_run }),
  );
}

/** The published calendars could not be rewritten after a change (the payload says why). */
export function onPublishFailed(handler: (message: string) => void): Promise<UnlistenFn> {
  return listen<string>('publish-failed', (event) => handler(event.payload));
}

/** The scope with nothing narrowed: every event. */
export function everything(): ExportScope {
  return { campaigns: [], organisations: [], kinds: [], from: null, to: null };
}

/** A file name for the save dialog: the title in safe characters, `.ics`. */
export function icsFileName(title: string): string {
  return `${fileSlug(title, 'calendar')}.ics`;
}

import { listen, type UnlistenFn } from '@tauri-apps/api/event';
import { call } from './client';

/** What a launch asked to open: a calendar file (granted for reading by the back end) or a calendar link. */
export type Opened = { kind: 'file'; value: string } | { kind: 'link'; value: string };

/**
 * The oldest calendar file or link the app was asked to open (`campaign-desk-app FILE.ics` or `webcal://…`, the
 * file manager's "Open with", the browser's link handler, or a second launch handing it over), or null.
 */
export function openedFileTake(): Promise<Opened | null> {
  return call<Opened | null>('opened_file_take');
}

/** Runs `handler` each time a file or link starts waiting (src-tauri/src/opened_files.rs emits `opened-file`). */
export function onOpenedFile(handler: () => void): Promise<UnlistenFn> {
  return listen('opened-file', () => handler());
}

import { listen, type UnlistenFn } from '@tauri-apps/api/event';
import { call } from './client';

/**
 * The oldest calendar file the app was asked to open (`campaign-desk-app FILE.ics`, the file manager's "Open
 * with", or a second launch handing its file over), or null. The back end has granted it for reading.
 */
export function openedFileTake(): Promise<string | null> {
  return call<string | null>('opened_file_take');
}

/** Runs `handler` each time a file starts waiting (src-tauri/src/opened_files.rs emits `opened-file`). */
export function onOpenedFile(handler: () => void): Promise<UnlistenFn> {
  return listen('opened-file', () => handler());
}

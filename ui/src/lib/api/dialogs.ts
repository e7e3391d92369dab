// Native file dialogs, opened by the Rust side (commands/files.rs), which records each picked path: the commands
// that read or write files take only paths chosen here (a script in the page cannot name a file of its own).
// Views use these instead of the dialog plugin.
import type { FileFilter } from '../bindings/FileFilter';
import { call } from './client';

export type { FileFilter };

/** Asks for one existing file; resolves with its path, or null when the user cancels. */
export async function chooseFile(title: string, filters: FileFilter[] = []): Promise<string | null> {
  return call<string | null>('choose_file', { title, filters });
}

/** Asks where to save a file; resolves with the path, or null when the user cancels. */
export async function chooseSavePath(
  title: string,
  defaultPath?: string,
  filters: FileFilter[] = [],
): Promise<string | null> {
  return call<string | null>('choose_save_path', { title, defaultName: defaultPath ?? null, filters });
}

/** Asks for a folder; resolves with its path, or null when the user cancels. */
export async function chooseFolder(title: string): Promise<string | null> {
  return call<string | null>('choose_folder', { title });
}

// Native file dialogs (tauri-plugin-dialog). Views use these instead of importing the plugin.
import { open, save } from '@tauri-apps/plugin-dialog';

export interface FileFilter {
  name: string;
  extensions: string[];
}

/** Asks for one existing file; resolves with its path, or null when the user cancels. */
export async function chooseFile(title: string, filters: FileFilter[] = []): Promise<string | null> {
  const picked = await open({ title, multiple: false, directory: false, filters });
  return typeof picked === 'string' ? picked : null;
}

/** Asks where to save a file; resolves with the path, or null when the user cancels. */
export async function chooseSavePath(
  title: string,
  defaultPath?: string,
  filters: FileFilter[] = [],
): Promise<string | null> {
  return (await save({ title, defaultPath, filters })) ?? null;
}

/** Asks for a folder; resolves with its path, or null when the user cancels. */
export async function chooseFolder(title: string): Promise<string | null> {
  const picked = await open({ title, multiple: false, directory: true });
  return typeof picked === 'string' ? picked : null;
}

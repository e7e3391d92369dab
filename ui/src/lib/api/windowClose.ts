import { getCurrentWindow } from '@tauri-apps/api/window';

/**
 * Runs `beforeClose` when the user closes the window, and closes it once that has finished (or after `limitMs`,
 * so a stuck save never keeps the window open). While registered, Tauri leaves closing to this handler (it needs
 * the `core:window:allow-destroy` permission). Returns a function that unregisters it.
 */
export function onWindowClose(beforeClose: () => Promise<void>, limitMs = 3000): () => void {
  let stopped = false;
  let unlisten: (() => void) | undefined;
  let window: ReturnType<typeof getCurrentWindow>;
  try {
    window = getCurrentWindow();
  } catch {
    return () => undefined; // not inside Tauri (unit tests, a plain browser)
  }
  window
    .onCloseRequested(async () => {
      await Promise.race([beforeClose().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, limitMs))]);
    })
    .then(
      (stop) => (stopped ? stop() : (unlisten = stop)),
      (error: unknown) => console.error('cannot watch for the window closing', error),
    );
  return () => {
    stopped = true;
    unlisten?.();
  };
}

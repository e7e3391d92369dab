import { listen, type UnlistenFn } from '@tauri-apps/api/event';
import type { Progress } from '../bindings/Progress';

/** Name and payload of the event the back end emits after every write (src-tauri/src/events.rs). */
export const DATA_CHANGED = 'data-changed';

export interface DataChanged {
  /** Which kind of record changed: `organisation`, `person`, `campaign`, `event`, `settings` or `all`. */
  entity: string;
}

/** Runs `handler` after each write; call the resolved function to stop listening. */
export function onDataChanged(handler: (change: DataChanged) => void): Promise<UnlistenFn> {
  return listen<DataChanged>(DATA_CHANGED, (event) => handler(event.payload));
}

/** True when a change of `changed` may affect a view showing `entities` (`all` affects every view). */
export function affects(changed: string, entities: readonly string[]): boolean {
  return changed === 'all' || entities.includes(changed);
}

/**
 * Calls `reload` whenever records of one of `entities` change; returns a function that stops listening.
 * Meant for `$effect(() => whenChanged([...], load))` in a view: the effect's cleanup unsubscribes.
 */
export function whenChanged(entities: readonly string[], reload: () => void): () => void {
  let stopped = false;
  let unlisten: UnlistenFn | undefined;
  onDataChanged((change) => {
    if (affects(change.entity, entities)) reload();
  }).then(
    (stop) => {
      if (stopped) stop();
      else unlisten = stop;
    },
    (error: unknown) => console.error('cannot listen for data-changed', error),
  );
  return () => {
    stopped = true;
    unlisten?.();
  };
}

/** Name of the event a sync run emits as it goes (src-tauri/src/events.rs, at most every 200 ms). */
export const SYNC_PROGRESS = 'sync-progress';

/**
 * Calls `handler` with each progress report of a sync run (the window's or the background's); returns a function
 * that stops listening, for an `$effect`'s cleanup.
 */
export function whenSyncProgress(handler: (progress: Progress) => void): () => void {
  let stopped = false;
  let unlisten: UnlistenFn | undefined;
  listen<Progress>(SYNC_PROGRESS, (event) => handler(event.payload)).then(
    (stop) => {
      if (stopped) stop();
      else unlisten = stop;
    },
    (error: unknown) => console.error('cannot listen for sync-progress', error),
  );
  return () => {
    stopped = true;
    unlisten?.();
  };
}

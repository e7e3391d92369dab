import { listen, type UnlistenFn } from '@tauri-apps/api/event';

/** Name and payload of the event the back end emits after every write (src-tauri/src/events.rs). */
export const DATA_CHANGED = 'data-changed';

export interface DataChanged {
  /** Which kind of record changed, e.g. `"campaign"`. */
  entity: string;
}

/** Runs `handler` after each write; call the resolved function to stop listening. */
export function onDataChanged(handler: (change: DataChanged) => void): Promise<UnlistenFn> {
  return listen<DataChanged>(DATA_CHANGED, (event) => handler(event.payload));
}

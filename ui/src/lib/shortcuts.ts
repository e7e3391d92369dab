// Ctrl+N: the shell catches the key press and asks whichever list area is showing to start a new record.
type Handler = () => void;
const handlers = new Set<Handler>();

/** Registers what Ctrl+N does while a view is showing; returns the function that unregisters it. */
export function onNewShortcut(handler: Handler): () => void {
  handlers.add(handler);
  return () => handlers.delete(handler);
}

/** Runs the registered handlers; false when no view handles "new". */
export function triggerNew(): boolean {
  for (const handler of handlers) handler();
  return handlers.size > 0;
}

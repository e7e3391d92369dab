// A copy of the text on screen kept in the webview's storage until the save has returned: if the app is killed
// or a save keeps failing and the page is left, reopening the statement offers the text back.

export interface LocalDraft {
  title: string;
  body: string;
  /** When it was typed (ISO 8601). */
  at: string;
}

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const key = (id: number): string => `campaign-desk:statement-draft:${id}`;

/** The storage to use, or null where there is none (tests, a locked-down webview). */
export function browserStorage(): Store | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function keepLocal(store: Store | null, id: number, title: string, body: string, now = new Date()): void {
  try {
    store?.setItem(key(id), JSON.stringify({ title, body, at: now.toISOString() }));
  } catch {
    // Full or unavailable: the copy is a safety net only.
  }
}

export function dropLocal(store: Store | null, id: number): void {
  try {
    store?.removeItem(key(id));
  } catch {
    // As above.
  }
}

/** The kept copy when it differs from the stored text (else it is dropped and null returned). */
export function unsavedLocal(store: Store | null, id: number, stored: { title: string; body: string }): LocalDraft | null {
  let draft: LocalDraft | null = null;
  try {
    const raw = store?.getItem(key(id));
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    if (parsed && typeof parsed === 'object') {
      const { title, body, at } = parsed as Record<string, unknown>;
      if (typeof title === 'string' && typeof body === 'string' && typeof at === 'string') draft = { title, body, at };
    }
  } catch {
    draft = null;
  }
  if (!draft || (draft.title === stored.title && draft.body === stored.body)) {
    dropLocal(store, id);
    return null;
  }
  return draft;
}

// The draft of one open form (lib/formDrafts.ts), wired to the component that holds it: call `keepFormDraft` while
// the form initialises; it keeps the values as they change, writes what is waiting when the form closes, the page
// unloads or the window closes, and exposes the older draft on offer for `DraftOffer.svelte`.
import { onDestroy } from 'svelte';

import { onWindowClose } from './api';
import { browserStore, DraftKeeper, draftKey, fingerprint, pruneDrafts, readDraft, recordChangedSince, restoreInto, type FormDraft, type FormKind } from './formDrafts';
import { changedSince } from './unsaved';

export interface FormDraftHandle {
  /** The older draft offered back, or null when there is none or it was answered. */
  readonly offer: { at: string; recordChanged: boolean } | null;
  /** Puts the offered draft's values into the form. */
  restore(): void;
  /** Throws the offered draft away. */
  discard(): void;
  /** The form was saved, or its changes discarded on purpose: no draft is kept any more. */
  finish(): void;
}

export function keepFormDraft<T>(options: {
  kind: FormKind;
  /** The record's id (or another key for part of one), null for a new record. */
  id: number | string | null;
  /** `unsaved.snapshot` of the form as it opened: what counts as changed, and for an existing record, what it was. */
  opened: string;
  values: () => T;
  apply: (values: T) => void;
}): FormDraftHandle {
  const store = browserStore();
  pruneDrafts(store);
  const key = draftKey(options.kind, options.id);
  const base = options.id === null ? null : fingerprint(options.opened);
  const found = readDraft(store, key);
  let offered = $state.raw<FormDraft | null>(found);
  const keeper = new DraftKeeper(store, key, base);
  keeper.offering(found);

  $effect(() => {
    const values = $state.snapshot(options.values()) as T;
    keeper.update(values, changedSince(options.opened, values));
  });
  $effect(() => {
    const flush = (): void => keeper.flush();
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    const stopWatching = onWindowClose(async () => flush());
    return () => {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      stopWatching();
    };
  });
  onDestroy(() => keeper.flush());

  function answered(): void {
    offered = null;
    keeper.offering(null);
  }

  return {
    get offer() {
      return offered ? { at: offered.at, recordChanged: recordChangedSince(offered, base) } : null;
    },
    restore() {
      if (!offered) return;
      const values = restoreInto($state.snapshot(options.values()) as T, offered.values);
      answered();
      options.apply(values);
    },
    discard() {
      answered();
      const values = $state.snapshot(options.values()) as T;
      keeper.update(values, changedSince(options.opened, values));
    },
    finish() {
      answered();
      keeper.finish();
    },
  };
}

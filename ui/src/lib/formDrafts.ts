// Drafts of unsaved forms (issue #13): what has been typed into the event, campaign, organisation or person form is
// copied to the webview's storage while the form is open, so that a crash, a reload or a closed window loses
// nothing. Reopening the same form (the same record, or a new one of that kind) offers the draft back; it is never
// put back unasked. Saving, or confirming a discard, drops it. The same idea as the statement editor's
// `statements/localDraft.ts`, for forms that save only when asked.
//
// Storage is a safety net, never an error: a full, missing or locked-down storage keeps nothing, and anything
// unreadable found there (corrupt JSON, another shape, a draft older than `DRAFT_MAX_AGE_DAYS`) is dropped.

export type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** Every draft's key starts with this (the E2E harness forgets them between sessions). */
export const DRAFT_PREFIX = 'campaign-desk:form-draft:';
/** A draft left this long is not offered any more. */
export const DRAFT_MAX_AGE_DAYS = 30;
/** The largest draft kept, in characters of JSON: a form is a few hundred; this leaves room for long texts without
 *  letting one form fill the storage the statement drafts share. */
export const DRAFT_MAX_CHARS = 200_000;
const DAY_MS = 24 * 60 * 60 * 1000;
const VERSION = 1;

export type FormKind = 'campaign' | 'event' | 'event-this' | 'event-following' | 'organisation' | 'person';

export interface FormDraft<T = unknown> {
  values: T;
  /** When it was last typed (ISO 8601). */
  at: string;
  /** A fingerprint of the record as the form showed it when opened (`fingerprint`), null for a new record. */
  base: string | null;
}

/** The storage to use, or null where there is none (tests, a locked-down webview). */
export function browserStore(): Store | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** `campaign-desk:form-draft:campaign:12`, or `…:campaign:new` for a form creating one. */
export function draftKey(kind: FormKind, id: number | string | null): string {
  return `${DRAFT_PREFIX}${kind}:${id === null || id === '' ? 'new' : String(id)}`;
}

/** A short stable fingerprint of a text (FNV-1a, 32 bits): whether a record still shows as it did, without keeping
 *  a second copy of it in every draft. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** Keeps `values` under `key`. False when nothing could be kept: larger than `DRAFT_MAX_CHARS`, or the storage is
 *  full or missing. A draft too large to keep replaces none: an older, smaller one would be offered as if current. */
export function keepDraft(store: Store | null, key: string, values: unknown, base: string | null, now = new Date()): boolean {
  if (!store) return false;
  let text: string;
  try {
    text = JSON.stringify({ v: VERSION, at: now.toISOString(), base, values });
  } catch {
    return false; // not JSON (a cycle): nothing sensible to keep
  }
  if (text.length > DRAFT_MAX_CHARS) {
    dropDraft(store, key);
    return false;
  }
  try {
    store.setItem(key, text);
    return true;
  } catch {
    dropDraft(store, key);
    return false;
  }
}

export function dropDraft(store: Store | null, key: string): void {
  try {
    store?.removeItem(key);
  } catch {
    // Unavailable: nothing to drop.
  }
}

/** The text of a stored draft as a draft, or null when it is not one (corrupt, another shape) or is older than
 *  `DRAFT_MAX_AGE_DAYS` (or dated in the future, a clock set back: it cannot be placed in time either). */
export function parseDraft(raw: string | null, now = new Date()): FormDraft | null {
  if (!raw) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
  const { v, at, base, values } = parsed as Record<string, unknown>;
  if (v !== VERSION || typeof at !== 'string' || (base !== null && typeof base !== 'string')) return null;
  if (!values || typeof values !== 'object' || Array.isArray(values)) return null;
  const when = Date.parse(at);
  if (Number.isNaN(when)) return null;
  const age = now.getTime() - when;
  if (age > DRAFT_MAX_AGE_DAYS * DAY_MS || age < -DAY_MS) return null;
  return { values, at, base };
}

/** The draft kept under `key`, or null; one that cannot be offered (see `parseDraft`) is dropped. */
export function readDraft(store: Store | null, key: string, now = new Date()): FormDraft | null {
  let raw: string | null = null;
  try {
    raw = store?.getItem(key) ?? null;
  } catch {
    return null;
  }
  const draft = parseDraft(raw, now);
  if (raw !== null && !draft) dropDraft(store, key);
  return draft;
}

/** Drops every form draft that can no longer be offered (expired, unreadable): drafts of records since deleted, or
 *  of forms never reopened, do not stay in the storage for good. */
export function pruneDrafts(store: Store | null, now = new Date()): void {
  if (!store) return;
  const keys: string[] = [];
  try {
    for (let i = 0; i < store.length; i += 1) {
      const key = store.key(i);
      if (key?.startsWith(DRAFT_PREFIX)) keys.push(key);
    }
  } catch {
    return;
  }
  for (const key of keys) readDraft(store, key, now);
}

/** Whether the record was changed since the draft was typed: it shows differently now than when the form opened. */
export function recordChangedSince(draft: FormDraft, base: string | null): boolean {
  return draft.base !== null && base !== null && draft.base !== base;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

const SCALARS = new Set(['string', 'number', 'boolean', 'null']);

/** A list from a draft fits where `current` is when its entries are all of one kind, the kind `current` holds. */
function fitsList(current: unknown[], saved: unknown[]): boolean {
  const kinds = new Set(saved.map(kindOf));
  if (kinds.size > 1) return false;
  const [kind] = [...kinds];
  if (kind === undefined) return true;
  return current.length ? kind === kindOf(current[0]) : kind !== 'array';
}

/**
 * `current` with the draft's values put back: each field of the form takes the draft's value when it has the same
 * shape (a text for a text, a list of the same kind of entries for a list, objects field by field; null, a blank
 * optional field, for a text or a number and back); a field the draft lacks, or holds in another shape (a draft
 * written by another version), keeps the form's value. Fields the form does not have are ignored.
 */
export function restoreInto<T>(current: T, saved: unknown): T {
  const from = kindOf(current);
  const to = kindOf(saved);
  if (from === 'object' && to === 'object') {
    const out: Record<string, unknown> = { ...(current as Record<string, unknown>) };
    const source = saved as Record<string, unknown>;
    for (const field of Object.keys(out)) {
      if (Object.hasOwn(source, field)) out[field] = restoreInto(out[field], source[field]);
    }
    return out as T;
  }
  if (from === 'array' && to === 'array') {
    return fitsList(current as unknown[], saved as unknown[]) ? (structuredClone(saved) as T) : current;
  }
  if (SCALARS.has(from) && SCALARS.has(to) && (from === to || from === 'null' || to === 'null')) return saved as T;
  return current;
}

/** What `DraftKeeper` needs of a clock (the browser's timers; fakes in tests). */
export interface Timers {
  set: (run: () => void, ms: number) => unknown;
  clear: (handle: unknown) => void;
}

const browserTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Keeps one open form's draft, `delayMs` after the last change (typing is not written key by key), and at once on
 * `flush` (the form closing, the window going). A form back to how it opened keeps no draft of its own; while an
 * older draft is on offer (`offering`) it keeps that one instead, so opening a form and typing nothing, or typing
 * and then undoing it, never loses a draft that has not been answered. After `finish` (saved, or the discard
 * confirmed) it keeps nothing more, so a late flush cannot bring the draft back.
 */
export class DraftKeeper {
  private pending: { values: unknown } | null = null;
  private timer: unknown = null;
  private finished = false;
  private offered: FormDraft | null = null;

  constructor(
    private readonly store: Store | null,
    readonly key: string,
    private readonly base: string | null,
    private readonly delayMs = 400,
    private readonly timers: Timers = browserTimers,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** The older draft offered back in the form, until it is restored or discarded (then null). */
  offering(draft: FormDraft | null): void {
    this.offered = draft;
  }

  /** The form's values now; `changed` says whether they differ from how the form opened. */
  update(values: unknown, changed: boolean): void {
    if (this.finished) return;
    this.cancelTimer();
    if (!changed) {
      this.pending = null;
      const offered = this.offered;
      if (offered) keepDraft(this.store, this.key, offered.values, offered.base, new Date(offered.at));
      else dropDraft(this.store, this.key);
      return;
    }
    this.pending = { values };
    this.timer = this.timers.set(() => this.flush(), this.delayMs);
  }

  /** Writes a waiting change now. */
  flush(): void {
    this.cancelTimer();
    if (this.finished || !this.pending) return;
    const { values } = this.pending;
    this.pending = null;
    keepDraft(this.store, this.key, values, this.base, this.clock());
  }

  /** The form was saved or its changes thrown away on purpose: the draft goes, and nothing more is kept. */
  finish(): void {
    this.cancelTimer();
    this.pending = null;
    this.finished = true;
    dropDraft(this.store, this.key);
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
  }
}

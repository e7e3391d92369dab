// The pure parts of sharing over CalDAV: which advice goes with a server's refusal, how a calendar is named in a
// list, and the rows of a conflict's side-by-side comparison.
import type { ConflictVersion } from './bindings/ConflictVersion';
import type { RemoteCalendar } from './bindings/RemoteCalendar';
import type { MessageKey } from './i18n';

/**
 * The advice to show under a connection failure, from the core's message: a refused password (401), a certificate
 * not trusted, a server out of reach. `null` for anything else (the message alone says it).
 */
export function connectionHint(message: string): MessageKey | null {
  if (/\(401\)/.test(message)) return 'sharing-hint401';
  if (/certificate/i.test(message)) return 'sharing-hintCertificate';
  if (/cannot reach|did not answer/i.test(message)) return 'sharing-hintUnreachable';
  return null;
}

/** A calendar as a list shows it: its display name, else the last part of its address. */
export function calendarLabel(calendar: RemoteCalendar): string {
  const name = calendar.name?.trim();
  if (name) return name;
  const parts = calendar.url.replace(/\/+$/, '').split('/');
  return decodeURIComponent(parts[parts.length - 1] ?? calendar.url);
}

export type ConflictField = 'title' | 'time' | 'repeats' | 'location' | 'description' | 'due' | 'done';

export interface ConflictRow {
  field: ConflictField;
  mine: string | null;
  theirs: string | null;
  differs: boolean;
}

/** A version's time as one comparable text: start–end, with the zone or "all day" (`allDay` is the word to use). */
export function timeText(v: ConflictVersion, allDay: string): string {
  const at = (s: string) => s.replace('T', ' ');
  const span = v.start === v.end || v.end === '' ? at(v.start) : `${at(v.start)} – ${at(v.end)}`;
  return v.all_day ? `${span} (${allDay})` : `${span}${v.zone ? ` ${v.zone}` : ''}`;
}

/** How the comparison writes a version's time and repetition (the page formats them in the interface's locale). */
export interface ConflictFormat {
  time: (v: ConflictVersion) => string;
  repeats: (rule: string) => string;
  /** A task's due day (`YYYY-MM-DD`). */
  due: (day: string) => string;
  /** A task's state: done or still open. */
  done: (done: boolean) => string;
}

/**
 * The rows of the comparison, field by field; a side that was deleted has `null` everywhere. Whether a row differs
 * is decided on the stored values, not on their formatted text. A task's conflict (its versions carry `done`) compares
 * title, due day and whether it is done.
 */
export function conflictRows(mine: ConflictVersion | null, theirs: ConflictVersion | null, format: ConflictFormat): ConflictRow[] {
  const raw = (v: ConflictVersion | null, field: ConflictField): string | null => {
    if (!v) return null;
    switch (field) {
      case 'title':
        return v.title;
      case 'time':
        return timeText(v, 'all day');
      case 'repeats':
        return v.rrule;
      case 'location':
        return v.location;
      case 'description':
        return v.description;
      case 'due':
        return v.start || null;
      case 'done':
        return v.done === null ? null : String(v.done);
    }
  };
  const task = (mine?.done ?? theirs?.done ?? null) !== null;
  const fields: ConflictField[] = task ? ['title', 'due', 'done'] : ['title', 'time', 'repeats', 'location', 'description'];
  return fields
    .map((field) => {
      const a = raw(mine, field);
      const b = raw(theirs, field);
      const shown = (v: ConflictVersion | null, value: string | null): string | null => {
        if (!v || value === null) return value;
        if (field === 'time') return format.time(v);
        if (field === 'repeats') return format.repeats(value);
        if (field === 'due') return format.due(value);
        if (field === 'done') return format.done(value === 'true');
        return value;
      };
      return { field, mine: shown(mine, a), theirs: shown(theirs, b), differs: (a ?? '') !== (b ?? '') };
    })
    .filter((row) => row.field !== 'repeats' || row.mine || row.theirs);
}

export interface DiffPart {
  text: string;
  /** `same` on both sides; `mine` only in my version; `theirs` only in theirs. */
  side: 'same' | 'mine' | 'theirs';
}

/** Beyond this many words a side, the comparison is shown without marks (the table is quadratic). */
const MAX_DIFF_WORDS = 2000;

/**
 * A word diff of two texts (longest common subsequence of words and the spaces between them): each side's parts,
 * the shared ones `same`, the rest marked as that side's. `null` when either text is too long to compare.
 */
export function wordDiff(mine: string, theirs: string): { mine: DiffPart[]; theirs: DiffPart[] } | null {
  const a = mine.split(/(\s+)/).filter((w) => w !== '');
  const b = theirs.split(/(\s+)/).filter((w) => w !== '');
  if (a.length > MAX_DIFF_WORDS || b.length > MAX_DIFF_WORDS) return null;
  // lcs[i][j]: the common length of a[i..] and b[j..].
  const lcs: Uint16Array[] = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const left: DiffPart[] = [];
  const right: DiffPart[] = [];
  const push = (parts: DiffPart[], text: string, side: DiffPart['side']) => {
    const last = parts[parts.length - 1];
    if (last && last.side === side) last.text += text;
    else parts.push({ text, side });
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      push(left, a[i]!, 'same');
      push(right, b[j]!, 'same');
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      push(right, b[j]!, 'theirs');
      j++;
    } else {
      push(left, a[i]!, 'mine');
      i++;
    }
  }
  return { mine: left, theirs: right };
}

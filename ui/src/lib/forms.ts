// Small pure helpers shared by the forms: turning the core's ErrorReport into per-field messages, optional
// text fields, hashtags.
import { tick } from 'svelte';
import { ApiError, problemText } from './api/errors';

/** Messages by field name (`title`, `end_date` …), plus `general` for what belongs to no shown field. */
export interface FormErrors {
  fields: Record<string, string>;
  general: string | null;
}

export const NO_ERRORS: FormErrors = { fields: {}, general: null };

/** Upper-cases the first letter, so "must not be empty" reads as a sentence next to a field. */
export function sentence(message: string): string {
  const trimmed = message.trim();
  return trimmed.charAt(0).toLocaleUpperCase() + trimmed.slice(1);
}

/**
 * Maps a failed save to messages next to fields. `shown` lists the fields the form displays; problems with
 * any other field (and errors that are not about fields at all) go to `general`, so nothing is swallowed.
 * Several messages for one field are joined.
 */
export function formErrors(error: unknown, shown: readonly string[]): FormErrors {
  const failure = ApiError.from(error);
  const fields: Record<string, string> = {};
  const others: string[] = [];
  for (const problem of failure.fields) {
    const { field } = problem;
    const message = problemText(problem);
    if (shown.includes(field)) {
      fields[field] = fields[field] ? `${fields[field]} ${sentence(message)}` : sentence(message);
    } else {
      others.push(`${field}: ${message}`);
    }
  }
  let general: string | null = null;
  if (failure.fields.length === 0) general = sentence(failure.message);
  else if (others.length > 0) general = others.join('; ');
  return { fields, general };
}

/**
 * A failure as one text for a place that has no field to put it beside (a list's own dialog): each field's
 * message as a sentence, without the field's name; an error about no field as its message.
 */
export function problemSentences(error: unknown): string {
  const failure = ApiError.from(error);
  if (failure.fields.length === 0) return sentence(failure.message);
  return failure.fields.map((problem) => sentence(problemText(problem))).join(' ');
}

/** Trimmed text, or null for a blank optional field (the core stores "no value" as null). */
export function blankToNull(value: string | null | undefined): string | null {
  const trimmed = (value ?? '').trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * Hashtags typed or pasted into the chips input: split on spaces and commas, `#` added where missing,
 * duplicates (ignoring case) dropped. `existing` chips stay first and are never duplicated.
 */
export function parseHashtags(text: string, existing: readonly string[] = []): string[] {
  const out = [...existing];
  const seen = new Set(existing.map((tag) => tag.toLocaleLowerCase()));
  for (const raw of text.split(/[\s,;]+/)) {
    const bare = raw.replace(/^#+/, '');
    if (bare === '') continue;
    const tag = `#${bare}`;
    const key = tag.toLocaleLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

/** Today as `YYYY-MM-DD` in the computer's time zone. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Case- and accent-insensitive "contains", for filtering lists as the user types. */
export function matches(haystack: string | null | undefined, needle: string): boolean {
  if (!needle.trim()) return true;
  const fold = (s: string) =>
    s
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLocaleLowerCase();
  return fold(haystack ?? '').includes(fold(needle.trim()));
}

/**
 * After a refused save, the first marked field of the dialog `testid` is focused and brought into view: in a long
 * dialog (an organisation's hours sit below the fold at 1024×700) its message would otherwise be out of sight, and
 * pressing Save would seem to do nothing. A group of boxes marks itself with the `invalid` class.
 */
export function showFirstInvalid(testid: string): void {
  void tick().then(() => {
    const first = document.querySelector<HTMLElement>(
      `[data-testid="${testid}"] [aria-invalid="true"], [data-testid="${testid}"] fieldset.invalid`,
    );
    first?.focus({ preventScroll: true });
    first?.scrollIntoView({ block: 'center' });
  });
}

/**
 * `use:reveal` on a message that appears after a button near the bottom of a scrolled dialog (a reply file refused,
 * an invitation saved): it is brought into view as it appears, instead of opening below the fold unseen.
 */
export function reveal(node: HTMLElement): void {
  node.scrollIntoView({ block: 'nearest' });
}

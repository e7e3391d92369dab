// Whether a form holds input that closing it would throw away: the form's values now, compared with a snapshot
// taken when it opened. Blank and missing count as the same (an emptied optional field is not a change), and so do
// surrounding spaces; order in lists counts (co-organisers, hashtags).

function normalise(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed === '' ? null : trimmed;
  }
  if (Array.isArray(value)) return value.map(normalise);
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => [k, normalise(v)] as const)
      .filter(([, v]) => v !== null)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries);
  }
  return value;
}

/** A form's values as they were, to compare with later (see `changedSince`). */
export function snapshot(value: unknown): string {
  return JSON.stringify(normalise(value));
}

/** True when `value` differs from the snapshot in anything a person typed or chose. */
export function changedSince(before: string, value: unknown): boolean {
  return snapshot(value) !== before;
}

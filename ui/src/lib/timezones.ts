// IANA time zones for the pickers.
import { matches } from './forms';

let cached: string[] | null = null;

/** Every zone the runtime knows (plus UTC), sorted. */
export function allZones(): string[] {
  if (!cached) {
    const supported = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    cached = [...new Set(['UTC', ...supported])].sort();
  }
  return cached;
}

/** Zones whose name contains every word of `query` ("new york", "manila", "Pacific/Auck"); at most `limit`. */
export function filterZones(zones: readonly string[], query: string, limit = 60): string[] {
  const words = query.replace(/_/g, ' ').split(/[\s/]+/).filter(Boolean);
  const out: string[] = [];
  for (const zone of zones) {
    const readable = zone.replace(/_/g, ' ');
    if (words.every((word) => matches(readable, word))) {
      out.push(zone);
      if (out.length >= limit) break;
    }
  }
  return out;
}

/** "GMT+8" style offset of `zone` at `at`, or "" when the runtime cannot tell. */
export function zoneOffset(zone: string, at: Date = new Date(), locale = 'en'): string {
  try {
    const parts = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'shortOffset' }).formatToParts(at);
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
  } catch {
    return '';
  }
}

/** "Asia/Manila" → "Manila", "America/Argentina/Buenos_Aires" → "Buenos Aires". */
export function zoneCity(zone: string): string {
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}

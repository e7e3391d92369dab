// Endorsements as the panel shows them: counted (active and withdrawn apart) and grouped by country, with the
// group of organisations whose country is not recorded last.
import type { Endorsement } from './bindings/Endorsement';
import { countryName } from './countries';
import { fileSlug } from './fileSlug';

export interface CountryGroup {
  /** ISO 3166 alpha-2, upper case; null: not recorded. */
  country: string | null;
  /** The country's name in the reader's language (the caller supplies the label for "not recorded"). */
  label: string;
  /** Sign-ons not withdrawn. */
  active: number;
  endorsements: Endorsement[];
}

export interface EndorsementCounts {
  active: number;
  withdrawn: number;
}

export function endorsementCounts(list: readonly Endorsement[]): EndorsementCounts {
  const withdrawn = list.filter((e) => e.withdrawn_on !== null).length;
  return { active: list.length - withdrawn, withdrawn };
}

// "Philippines" for `PH` in `locale` (see countries.ts); a code we do not know as written.
export { countryName };

/**
 * Groups by country, sorted by the country's name in `locale`, the unrecorded group last (labelled `unrecorded`).
 * Inside a group: active sign-ons first, then withdrawn ones, each in the order given (the core's: by date).
 */
export function groupByCountry(list: readonly Endorsement[], locale: string, unrecorded: string): CountryGroup[] {
  const groups = new Map<string | null, Endorsement[]>();
  for (const e of list) {
    const code = e.country?.trim().toUpperCase() || null;
    const group = groups.get(code);
    if (group) group.push(e);
    else groups.set(code, [e]);
  }
  const out: CountryGroup[] = [...groups].map(([country, endorsements]) => ({
    country,
    label: country === null ? unrecorded : countryName(country, locale),
    active: endorsements.filter((e) => e.withdrawn_on === null).length,
    endorsements: [
      ...endorsements.filter((e) => e.withdrawn_on === null),
      ...endorsements.filter((e) => e.withdrawn_on !== null),
    ],
  }));
  const collator = new Intl.Collator(locale);
  return out.sort((a, b) => {
    if ((a.country === null) !== (b.country === null)) return a.country === null ? 1 : -1;
    return collator.compare(a.label, b.label);
  });
}

/** A file name for the save dialog: the statement's title in safe characters, `-endorsements.csv`. */
export function endorsementsFileName(title: string): string {
  return `${fileSlug(title, 'statement')}-endorsements.csv`;
}

/** `list` with the item at `index` moved one place up (-1) or down (+1); unchanged at the ends. */
export function moveItem<T>(list: readonly T[], index: number, step: -1 | 1): T[] {
  const target = index + step;
  const out = [...list];
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return out;
  out.splice(target, 0, ...out.splice(index, 1));
  return out;
}

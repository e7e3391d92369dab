// The letters on an organisation's avatar. Alone, an organisation gets its acronym or the initials of its name's
// capitalised words; beside others it must not share them ("Migrante UK" and "Migrante USA" were both "MU"), so
// among the organisations shown, those that would collide spell the last word further (MUK, MUS), else add their
// country code, else a number.

export interface Initialled {
  id: number;
  name: string;
  short_name: string | null;
  country?: string | null;
}

/** The longest avatar text: four capitals still fit the round avatar. */
const MOST = 4;

/** The words that make initials: the capitalised ones, else the whole name. */
function mainWords(name: string): string[] {
  const words = name.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word));
  if (words.length) return words;
  const whole = name.trim();
  return whole ? [whole] : [];
}

/** Up to three letters: the acronym, else the initials of the name's main words. */
export function initialsOf(org: Initialled): string {
  if (org.short_name) return [...org.short_name].slice(0, 3).join('');
  return mainWords(org.name)
    .map((word) => [...word][0])
    .join('')
    .slice(0, 3)
    .toLocaleUpperCase();
}

/** What an organisation may show when its initials are shared, the plainest first. */
function alternatives(org: Initialled, plain: string): string[] {
  const out: string[] = [];
  if (org.short_name) {
    const letters = [...org.short_name];
    for (let n = 4; n <= Math.min(letters.length, MOST); n += 1) out.push(letters.slice(0, n).join(''));
  } else {
    // Every word's initial, the last word spelt out further: Migrante UK → MUK, Migrante USA → MUS.
    const words = mainWords(org.name);
    const head = words.slice(0, -1).map((word) => [...word][0]).join('');
    const last = [...(words[words.length - 1] ?? '')];
    for (let n = 2; n <= last.length && [...head].length + n <= MOST; n += 1) {
      out.push((head + last.slice(0, n).join('')).toLocaleUpperCase());
    }
  }
  if (org.country) out.push([...plain].slice(0, MOST - org.country.length).join('') + org.country.toUpperCase());
  return out;
}

/**
 * Avatar text for each organisation shown (by id), distinct from every other one's (ignoring case). Organisations
 * whose initials nobody else has keep them; the others, in name order, take their first alternative nobody has.
 */
export function uniqueInitials(orgs: readonly Initialled[]): Map<number, string> {
  const key = (text: string): string => text.toLocaleUpperCase();
  const plain = new Map(orgs.map((org) => [org.id, initialsOf(org)]));
  const count = new Map<string, number>();
  for (const text of plain.values()) count.set(key(text), (count.get(key(text)) ?? 0) + 1);

  const result = new Map<number, string>();
  // Taken: every initials an organisation keeps, and every shared one (so no one is left looking like the others).
  const taken = new Set(count.keys());
  for (const org of orgs) {
    const text = plain.get(org.id)!;
    if (count.get(key(text)) === 1) result.set(org.id, text);
  }
  const sharing = orgs.filter((org) => !result.has(org.id)).sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id);
  // An alternative that another organisation with the same initials could also take tells nobody apart ("Migrante"
  // in Canada and in the USA would be MI and MIG): only the ones that are this organisation's alone are offered.
  const offered = new Map(sharing.map((org) => [org.id, alternatives(org, plain.get(org.id)!)]));
  const offers = new Map<string, number>();
  for (const org of sharing) {
    for (const alt of new Set(offered.get(org.id)!.map(key))) {
      const group = `${key(plain.get(org.id)!)}\u0000${alt}`;
      offers.set(group, (offers.get(group) ?? 0) + 1);
    }
  }
  for (const org of sharing) {
    const text = plain.get(org.id)!;
    const own = (alt: string): boolean => offers.get(`${key(text)}\u0000${key(alt)}`) === 1;
    let chosen = offered.get(org.id)!.find((alt) => own(alt) && !taken.has(key(alt)));
    for (let n = 1; chosen === undefined; n += 1) {
      const numbered = `${[...text].slice(0, 2).join('')}${n}`;
      if (!taken.has(key(numbered))) chosen = numbered;
    }
    taken.add(key(chosen));
    result.set(org.id, chosen);
  }
  return result;
}

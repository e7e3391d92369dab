// The pseudo-locale: every letter accented and each text about 40 % longer, in brackets, so a layout that cannot
// take a longer language (German, Tagalog run ~30–40 % longer than English) or drops accents shows up before a
// translator finds it. Placeables (names, numbers) pass through untouched: Fluent's `transform` sees only text.

const ACCENTED: Readonly<Record<string, string>> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'î', j: 'ĵ', k: 'ķ', l: 'ĺ', m: 'ɱ',
  n: 'ñ', o: 'ö', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'û', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Å', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Î', J: 'Ĵ', K: 'Ķ', L: 'Ĺ', M: 'Ṁ',
  N: 'Ñ', O: 'Ö', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Û', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

export const PSEUDO_LOCALE = 'en-XA';

export function pseudo(text: string): string {
  const [, lead = '', core = '', trail = ''] = /^(\s*)(.*?)(\s*)$/su.exec(text) ?? [];
  if (core === '') return text;
  let out = '';
  let letters = 0;
  for (const ch of core) {
    out += ACCENTED[ch] ?? ch;
    if (/\p{L}/u.test(ch)) letters += 1;
  }
  // Vowels doubled in a filler make up the extra length, so a word still reads as one word.
  const extra = Math.ceil(letters * 0.4);
  return `${lead}[${out}${extra > 0 ? ` ${'ēō'.repeat(Math.ceil(extra / 2)).slice(0, extra)}` : ''}]${trail}`;
}

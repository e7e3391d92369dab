/**
 * A title as a file name's stem for the save dialogs: accents dropped, lower case, runs of anything else as one
 * hyphen, at most 60 characters, never starting or ending in a hyphen; `fallback` when nothing is left (a title in a
 * script without Latin letters).
 */
export function fileSlug(title: string, fallback: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || fallback;
}

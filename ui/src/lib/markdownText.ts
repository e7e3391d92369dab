// Small pure helpers for statement text in the UI: safe link targets, counts and platform limits.

/** The link schemes a statement may point to; anything else (javascript:, data:, file:) is refused. */
const SAFE_SCHEMES = ['http:', 'https:', 'mailto:'];

/** The link as it will be stored, or null when it is not a web or mail address. A bare "example.org" gets https. */
export function safeLinkHref(raw: string): string | null {
  const text = raw.trim();
  if (text === '' || /[\s<>"]/.test(text)) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (!SAFE_SCHEMES.includes(url.protocol)) return null;
  if (url.protocol !== 'mailto:' && !url.hostname.includes('.') && url.hostname !== 'localhost') return null;
  return withScheme;
}

/** Words as the core counts them (`word_count` in src/domain/statement.rs): runs of letters and digits. */
export function wordCount(text: string): number {
  return text.split(/[^\p{L}\p{N}'’]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Characters as a reader sees them (grapheme clusters), without Markdown marks. */
export function characterCount(text: string): number {
  const plain = markdownToPlain(text);
  const seg = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let n = 0;
  for (const _ of seg.segment(plain)) n += 1;
  return n;
}

/** The text without Markdown marks: what a reader would count and what a post would carry. */
export function markdownToPlain(md: string): string {
  return md
    .replace(/\[([^\]]*)\]\(([^)\s]*)\)/g, '$1 ($2)')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^>\s?/gm, '')
    .replace(/^\s*[-*+]\s+/gm, '• ')
    .replace(/(\*\*|__)(.*?)\1/g, '$2')
    .replace(/(\*|_)(.*?)\1/g, '$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1')
    .trim();
}

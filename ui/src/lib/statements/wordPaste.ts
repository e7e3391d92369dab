// Word puts a bulleted or numbered list on the clipboard as plain paragraphs (`mso-list:l0 level1 lfo1` in their
// style), each starting with its bullet or number drawn in a span only non-list readers are meant to see
// (`<![if !supportLists]>…<![endif]>`, or `mso-list:Ignore`). ProseMirror kept that bullet as text
// ("·   Release the detained") and no list at all; no maintained library converts it for TipTap, so this turns such
// runs of paragraphs into real <ul>/<ol> before the editor parses a paste. Everything else is left as it came.

const LIST_STYLE = /mso-list:\s*l\d+\s+level(\d+)/i;
/** A number or letter and its dot or bracket ("1.", "a)", "iv."): the list is numbered, else bulleted. */
const NUMBERED = /^\s*(\d+|[a-z]|[ivxlcdm]+)[.)]\s*$/i;

/** A list paragraph and its nesting level (1 for the outermost). */
interface ListParagraph {
  p: HTMLParagraphElement;
  level: number;
}

/** What the clipboard's HTML becomes before the editor reads it (`editorProps.transformPastedHTML`). */
export function wordListsToHtmlLists(html: string): string {
  if (!LIST_STYLE.test(html)) return html;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // A list is a run of such paragraphs side by side; anything between them ends it. Runs are found before
  // anything moves.
  const runs: ListParagraph[][] = [];
  let last: Element | null = null;
  for (const p of doc.querySelectorAll('p')) {
    const level = Number(LIST_STYLE.exec(p.getAttribute('style') ?? '')?.[1] ?? 0);
    if (level === 0) continue;
    if (last === null || p.previousElementSibling !== last) runs.push([]);
    runs[runs.length - 1]!.push({ p, level });
    last = p;
  }
  for (const run of runs) toLists(doc, run);
  return doc.body.innerHTML;
}

/** Replaces one run of list paragraphs with lists, nested by level, numbered where the marker is a number. */
function toLists(doc: Document, run: ListParagraph[]): void {
  const where = doc.createComment('');
  run[0]!.p.before(where);
  const stack: { level: number; list: HTMLElement }[] = [];
  for (const { p, level } of run) {
    const tag = NUMBERED.test(takeMarker(p)) ? 'ol' : 'ul';
    while (stack.length > 0 && stack[stack.length - 1]!.level > level) stack.pop();
    let top = stack[stack.length - 1];
    // Bullets turning into numbers at the same level: a new list beside the old one.
    if (top && top.level === level && top.list.localName !== tag) {
      stack.pop();
      top = stack[stack.length - 1];
    }
    if (!top || top.level < level) {
      const list = doc.createElement(tag);
      // A deeper level nests in the item before it.
      if (top) (top.list.lastElementChild ?? top.list).append(list);
      else where.before(list);
      top = { level, list };
      stack.push(top);
    }
    const item = doc.createElement('li');
    item.append(p);
    top.list.append(item);
  }
  where.remove();
}

/** Removes the paragraph's drawn bullet or number and returns its text. */
function takeMarker(p: HTMLParagraphElement): string {
  const ignored = p.querySelector('span[style*="mso-list:Ignore" i], span[style*="mso-list: Ignore" i]');
  if (ignored) {
    const text = ignored.textContent ?? '';
    ignored.remove();
    return text;
  }
  const walker = p.ownerDocument.createTreeWalker(p, NodeFilter.SHOW_COMMENT);
  let start: Comment | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Comment).data;
    if (start === null && /if\s+!supportLists/i.test(data)) start = node as Comment;
    else if (start !== null && /endif/i.test(data)) {
      const range = p.ownerDocument.createRange();
      range.setStartAfter(start);
      range.setEndBefore(node);
      const text = range.toString();
      range.deleteContents();
      start.remove();
      (node as Comment).remove();
      return text.replace(/\u00a0/g, ' ');
    }
  }
  return '';
}

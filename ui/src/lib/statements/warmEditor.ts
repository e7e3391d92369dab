// The first statement opened in a session took ~30 ms more to build its editor and ~30 ms more to lay it out than
// every later one (BENCHMARKS.md): JavaScriptCore compiles TipTap's and ProseMirror's functions the first time they
// run, and WebKit meets the editor's styles, fonts and spell checking at the first editable text. So the statements
// list opens one small editor once a session, while the person reads the list, the way a statement's text is
// opened (the same component: the core reads the Markdown, TipTap builds the document, WebKit lays it out), and
// drops it in the task that finishes it. It is out of sight, inert and hidden from assistive technology meanwhile.
import { mount, unmount } from 'svelte';
import MarkdownEditor from '../components/MarkdownEditor.svelte';

/** A little of everything a statement's text holds, so each part of the editor runs once. */
const WARM_UP_TEXT = `## A heading

A paragraph with **bold**, *italic* and [a link](https://example.org).

### A smaller heading

- a point
- another point

1. first
2. second

> A quote.
`;

let started = false;

/**
 * Opens and drops the warm-up editor `afterMs` from now, once a session (in the statements' language when the
 * list knows it). The returned function cancels it if the list is left first.
 */
export function warmEditorSoon(lang: string | undefined, afterMs = 400): () => void {
  if (started) return () => undefined;
  const timer = setTimeout(() => {
    started = true;
    const host = document.createElement('div');
    host.setAttribute('aria-hidden', 'true');
    host.inert = true;
    host.style.cssText = 'position:fixed;left:-10000px;top:0;width:640px;visibility:hidden';
    document.body.appendChild(host);
    let editor: ReturnType<typeof mount> | undefined;
    let dropped = false;
    const drop = (): void => {
      if (dropped) return;
      dropped = true;
      clearTimeout(anyway);
      void host.offsetHeight; // the layout the real editor's first frame needs
      if (editor) void unmount(editor);
      host.remove();
    };
    // An editor that never gets ready (the core did not answer, TipTap failed) is dropped all the same.
    const anyway = setTimeout(drop, 5000);
    try {
      editor = mount(MarkdownEditor, {
        target: host,
        props: { value: WARM_UP_TEXT, label: '', testid: 'markdown-editor-warm-up', lang, onready: () => queueMicrotask(drop) },
      });
    } catch {
      drop(); // only a warm-up: the real editor reports its own failures
    }
  }, afterMs);
  return () => clearTimeout(timer);
}

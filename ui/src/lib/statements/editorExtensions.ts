// The statement editor's schema: one list, shared by the editor and the test that checks the core's reading of
// Markdown (src/editor_document.rs) against TipTap's own, so the two cannot drift apart.
import type { AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { safeLinkHref } from '../markdownText';

export function statementExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3, 4] },
      code: false,
      codeBlock: false,
      strike: false,
      underline: false,
      horizontalRule: false,
      link: { openOnClick: false, autolink: true, protocols: ['mailto'], isAllowedUri: (url) => safeLinkHref(url) !== null },
    }),
  ];
}

// The core reads a statement's Markdown into the editor's document itself (src/editor_document.rs: TipTap's
// reader is slow in WebKitGTK). Each example in tests/fixtures/editor-documents.json that the core reads must give
// exactly the document TipTap's own reader makes, compared through the schema (as the editor loads it); the core's
// unit test checks it gives the stored documents. Between them, the two readers agree on every example.
import { getSchema, type JSONContent } from '@tiptap/core';
import { MarkdownManager } from '@tiptap/markdown';
import { describe, expect, it } from 'vitest';
import { statementExtensions } from './editorExtensions';

interface Example {
  markdown: string;
  doc: JSONContent | null;
}

const files = import.meta.glob<string>('../../../../tests/fixtures/editor-documents.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const examples: Example[] = JSON.parse(Object.values(files)[0] ?? '[]');
const extensions = statementExtensions();
const schema = getSchema(extensions);
const tiptap = new MarkdownManager({ extensions });
const loaded = (doc: JSONContent) => schema.nodeFromJSON(doc).toJSON();

describe("the core's reading of Markdown", () => {
  const read = examples.filter((e) => e.doc !== null);

  it('has examples of both kinds', () => {
    expect(read.length).toBeGreaterThanOrEqual(20);
    expect(examples.length - read.length).toBeGreaterThanOrEqual(20);
  });

  it.each(read.map((e) => [e.markdown, e.doc] as const))('reads %j as TipTap does', (markdown, doc) => {
    expect(loaded(doc as JSONContent)).toEqual(loaded(tiptap.parse(markdown)));
  });
});

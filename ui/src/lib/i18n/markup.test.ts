// No user-visible text written straight into Svelte markup: every word a person reads goes through `t`, so it is
// in the catalogue and can be translated. Looks at text between tags and at the attributes people read.
import { parse } from 'svelte/compiler';
import { describe, expect, it } from 'vitest';

const sources = import.meta.glob<string>('/src/**/*.svelte', { query: '?raw', import: 'default', eager: true });

// Attributes whose value a person reads or hears (a screen reader reads aria-label and title).
const READ = new Set(['title', 'placeholder', 'aria-label', 'aria-description', 'alt', 'label', 'aria-roledescription']);
// Text that is the same in every language: symbols, separators and keyboard keys.
// File names and bare web addresses are the same in every language too.
const UNIVERSAL = /^[\s\p{P}\p{S}\d×–—·…]*$|^(Ctrl|Esc|Enter|Tab|Shift|Alt|⌘|AM|PM)(\+\w)?$|^[\w-]+\.(ics|pdf|docx|csv|md|html)$|^https?:\/\/\S*$/u;

type Node = { type?: string; start?: number; data?: string; name?: string; value?: unknown; [key: string]: unknown };

function literals(source: string): string[] {
  const found: string[] = [];
  const line = (at: number | undefined) => source.slice(0, at ?? 0).split('\n').length;
  const visit = (node: unknown, parentName?: string): void => {
    if (Array.isArray(node)) return node.forEach((child) => visit(child, parentName));
    if (!node || typeof node !== 'object') return;
    const n = node as Node;
    if (n.type === 'Script' || n.type === 'StyleSheet' || n.name === 'style' || n.name === 'script') return;
    if (n.type === 'Text' && parentName !== 'attribute' && !UNIVERSAL.test((n.data ?? '').trim())) {
      found.push(`line ${line(n.start)}: ${JSON.stringify((n.data ?? '').trim())}`);
    }
    if (n.type === 'Attribute' && READ.has(String(n.name)) && Array.isArray(n.value)) {
      for (const part of n.value as Node[]) {
        if (part.type === 'Text' && !UNIVERSAL.test((part.data ?? '').trim())) {
          found.push(`line ${line(part.start)}: ${String(n.name)}=${JSON.stringify(part.data)}`);
        }
      }
      return;
    }
    for (const [key, child] of Object.entries(n)) {
      if (key === 'attributes') visit(child, 'attribute-list');
      else if (key !== 'start' && key !== 'end' && key !== 'metadata') visit(child, n.type === 'Attribute' ? 'attribute' : parentName === 'attribute' ? 'attribute' : undefined);
    }
  };
  visit(parse(source, { modern: true }).fragment);
  return found;
}

describe('Svelte markup', () => {
  it('finds text between tags and in read attributes, not in code or styles', () => {
    const found = literals('<script>const a = "Hi";</script><p>Hello {name}</p><b title="Close">×</b><i class="big"></i><style>p { content: "x"; }</style>');
    expect(found).toEqual(['line 1: "Hello"', 'line 1: title="Close"']);
  });

  it.each(Object.keys(sources))('%s has no untranslated text', (file) => {
    expect(literals(sources[file] ?? '')).toEqual([]);
  });
});

// The text of `keys.generated.ts`: the English catalogue's message ids as a TypeScript union, so `t('typo')` fails
// svelte-check. Generated, never hand-written (keys.test.ts fails when it is stale; `npm run i18n:keys` rewrites it).
import { FluentResource } from '@fluent/bundle';

/** Message ids of the given `.ftl` texts, in catalogue order (terms, `-name`, are not messages and are left out). */
export function messageIds(sources: readonly string[]): string[] {
  const ids: string[] = [];
  for (const source of sources) {
    for (const entry of new FluentResource(source).body) {
      if (!entry.id.startsWith('-')) ids.push(entry.id);
    }
  }
  return ids;
}

export function keysFileText(sources: readonly string[]): string {
  const ids = messageIds(sources);
  return [
    '// Generated from locales/en/*.ftl by `npm run i18n:keys`; do not edit (keys.test.ts fails when stale).',
    'export type MessageKey =',
    ...ids.map((id, i) => `  | '${id}'${i === ids.length - 1 ? ';' : ''}`),
    '',
  ].join('\n');
}

// Pure message formatting over Fluent bundles; `locale.svelte.ts` binds it to the chosen language.
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';

export type Params = Readonly<Record<string, string | number>>;

/**
 * A bundle for `locale` holding `sources` (the text of `.ftl` files). `useIsolating` is off: the bidi marks Fluent
 * puts around each argument by default would end up in copied text, file names and search, and our arguments are
 * names and numbers shown in the message's own direction. `transform` rewrites every text element (the pseudo-locale).
 */
export function makeBundle(locale: string, sources: readonly string[], transform?: (text: string) => string): FluentBundle {
  const bundle = new FluentBundle(locale, { useIsolating: false, ...(transform ? { transform } : {}) });
  for (const source of sources) {
    // The runtime parser skips what it cannot read; catalogues.test.ts parses every file strictly instead.
    bundle.addResource(new FluentResource(source));
  }
  return bundle;
}

/**
 * Formats `key` from the first bundle of `chain` that has it (the chosen language, then English). A key found
 * nowhere is reported to `onMissing` and returned as is, so a gap shows up but breaks nothing.
 */
export function formatMessage(
  chain: readonly FluentBundle[],
  key: string,
  params: Params = {},
  onMissing?: (key: string) => void,
): string {
  for (const bundle of chain) {
    const message = bundle.getMessage(key);
    if (message?.value) {
      const errors: Error[] = [];
      const text = bundle.formatPattern(message.value, params as Record<string, FluentVariable>, errors);
      if (errors.length > 0) onMissing?.(`${key}: ${errors.map((e) => e.message).join('; ')}`);
      return text;
    }
  }
  onMissing?.(key);
  return key;
}

// A one-line text that wraps instead of scrolling sideways (a statement's title): a `<textarea rows="1">` as tall as
// its text, measured again when the text changes (the parameter) and when its width does (a narrower window wraps
// more lines). `field-sizing: content` would do this in CSS, but not in every webview the app runs in.

/** Svelte action: `<textarea use:autoGrow={value}>`. */
export function autoGrow(area: HTMLTextAreaElement, _value?: unknown): { update: (value?: unknown) => void; destroy: () => void } {
  let width = 0;
  const fit = (): void => {
    area.style.height = 'auto';
    // scrollHeight leaves out the borders, which box-sizing: border-box counts in the height.
    const borders = area.offsetHeight - area.clientHeight;
    area.style.height = `${area.scrollHeight + borders}px`;
  };
  const observer = new ResizeObserver(() => {
    if (area.clientWidth === width) return; // our own height change: nothing to do
    width = area.clientWidth;
    fit();
  });
  observer.observe(area);
  area.addEventListener('input', fit);
  fit();
  return {
    update: () => fit(),
    destroy: () => {
      observer.disconnect();
      area.removeEventListener('input', fit);
    },
  };
}

/** A title is one line: newlines typed or pasted become spaces. */
export function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}

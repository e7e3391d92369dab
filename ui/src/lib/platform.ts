/** True on macOS, where shortcuts are shown with ⌘ instead of Ctrl. */
export const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.userAgent);

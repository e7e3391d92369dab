import { mount } from 'svelte';

import './app.css';
import App from './App.svelte';
import { startingAnswer } from './lib/appState.svelte';
import { getLocale } from './lib/i18n';
import { settleInterfaceFont } from './lib/interfaceFont';

// Start-up marks (issue #19): the page's own timeline, read by tests/e2e/tests/footprint.rs beside the shell's.
// Module imports run first, so this mark is when every module of the first screen has loaded and run.
performance.mark('cd-script');

const target = document.getElementById('app');
if (!target) throw new Error('Campaign Desk: #app element missing from index.html');

document.documentElement.lang = getLocale();
try {
  settleInterfaceFont();
} catch {
  // only a speed-up: the stylesheet's own list draws the same font
}
performance.mark('cd-font');

// The first IPC round trip (version, database state, settings) goes out before anything is drawn, and the shell is
// mounted once it has answered, with the first view in the same frame. Mounted first, the shell's first layout and
// paint (80–150 ms on a modest machine) held the page's one thread while the answer waited, and the first view then
// needed a frame of its own (issue #19). Rust answers within a millisecond; should it not, the shell (which says
// "loading") is drawn after a quarter of a second anyway.
const answered = startingAnswer().then(
  () => undefined,
  () => undefined,
);
let mounted = false;
const start = (): void => {
  if (mounted) return;
  mounted = true;
  mount(App, { target });
  performance.mark('cd-mounted');
  // The first frame: style, layout and paint of what mount drew.
  requestAnimationFrame(() => performance.mark('cd-shell-frame'));
};
void answered.then(start);
setTimeout(start, 250);

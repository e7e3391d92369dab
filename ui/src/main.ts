import { mount } from 'svelte';

import './app.css';
import App from './App.svelte';
import { getLocale } from './lib/i18n';

// Start-up marks (issue #19): the page's own timeline, read by tests/e2e/tests/footprint.rs beside the shell's.
// Module imports run first, so this mark is when every module of the first screen has loaded and run.
performance.mark('cd-script');

const target = document.getElementById('app');
if (!target) throw new Error('Campaign Desk: #app element missing from index.html');

document.documentElement.lang = getLocale();

const mounted = mount(App, { target });
performance.mark('cd-mounted');

export default mounted;

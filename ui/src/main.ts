import { mount } from 'svelte';

import './app.css';
import App from './App.svelte';
import { getLocale } from './lib/i18n';

const target = document.getElementById('app');
if (!target) throw new Error('Campaign Desk: #app element missing from index.html');

document.documentElement.lang = getLocale();

export default mount(App, { target });

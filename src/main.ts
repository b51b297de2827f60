import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { mount } from 'svelte';
import { stringsReady } from './i18n.ts';
import { openArticle } from './model/load.ts';
import { parseUrlState } from './state/url-state.ts';
import App from './App.svelte';
import './app.css';

// Start MapLibre's workers now, while the article loads, rather than when the map is created.
setWorkerUrl(new URL(workerUrl, location.href).href);
prewarm();

// The index and the article's files are asked for now, beside the strings chunk and the mount,
// rather than once the app has mounted (the data is the first view's critical path).
const opening = openArticle(
  new URL(import.meta.env.BASE_URL, location.href).href,
  parseUrlState(location.search).state.article,
);

const target = document.getElementById('app');
if (!target) throw new Error('#app element missing from index.html');
// After the reader's language's strings (the build ships one language at a time; a failed load
// still mounts: keys are better than a blank page).
void stringsReady.catch(() => undefined).then(() => mount(App, { target, props: { opening } }));

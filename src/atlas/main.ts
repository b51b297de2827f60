import '../carto/pole.ts'; // areas' anchors (polylabel), kept off the reader's first view
import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { mount } from 'svelte';
import { loadStrings, stringsReady } from '../i18n.ts';
import { parseUrlState } from '../state/url-state.ts';
import Atlas from './Atlas.svelte';
import '../app.css';

// Start MapLibre's workers now, while the strings load and the page mounts (as the reader's
// `main.ts`), rather than when the map is created.
setWorkerUrl(new URL(workerUrl, location.href).href);
prewarm();

const target = document.getElementById('app');
if (!target) throw new Error('#app element missing from atlas.html');
// After the reader's language's strings (the build ships one language at a time).
// The atlas shows its export and embed parts at once: every string of its language, not only the
// first view's (`i18n-split.plugin.ts`).
const lang = parseUrlState(location.search).state.lang ?? 'ar';
void Promise.all([stringsReady, loadStrings(lang)])
  .catch(() => undefined)
  .then(() => mount(Atlas, { target }));

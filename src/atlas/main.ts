import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { mount } from 'svelte';
import { stringsReady } from '../i18n.ts';
import Atlas from './Atlas.svelte';
import '../app.css';

setWorkerUrl(new URL(workerUrl, location.href).href);

const target = document.getElementById('app');
if (!target) throw new Error('#app element missing from atlas.html');
// After the reader's language's strings (the build ships one language at a time).
void stringsReady.catch(() => undefined).then(() => mount(Atlas, { target }));

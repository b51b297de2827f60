import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';

// Start MapLibre's workers now, while the article loads, rather than when the map is created.
setWorkerUrl(new URL(workerUrl, location.href).href);
prewarm();

const target = document.getElementById('app');
if (!target) throw new Error('#app element missing from index.html');
mount(App, { target });

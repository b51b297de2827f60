/**
 * Baseline for `bench/map.ts`: MapLibre alone on the app's basemap style, nothing else (no Svelte,
 * no article, no place layers). The map's size and opening bounds come from the query string
 * (`?w=…&h=…&bounds=w,s,e,n`) so they match the app's map as measured by the benchmark.
 */
import { Map, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { basemapStyle } from '../../src/carto/basemap-style.ts';

const q = new URLSearchParams(location.search);
const container = document.getElementById('map')!;
container.style.width = `${Number(q.get('w') ?? 800)}px`;
container.style.height = `${Number(q.get('h') ?? 600)}px`;
const b = (q.get('bounds') ?? '').split(',').map(Number);
const bounds =
  b.length === 4 && b.every(Number.isFinite) ? (b as [number, number, number, number]) : undefined;

setWorkerUrl(new URL(workerUrl, location.href).href);
const baseUrl = new URL('./', location.href).href;
const map = new Map({
  container,
  style: basemapStyle({ baseUrl, theme: 'light', lang: 'ar' }),
  attributionControl: false,
  ...(bounds ? { bounds, fitBoundsOptions: { padding: 48 } } : {}),
  maxZoom: 17,
});
map.once('idle', () => {
  (window as unknown as { __bareIdleAt: number }).__bareIdleAt = performance.now();
  container.dataset.state = 'idle';
  document.body.dataset.state = 'idle';
});
map.on('error', (e) => console.error('[bare map]', e.error?.message ?? e));

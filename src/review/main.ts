/** Entry of the review page (dev server only: `npm run review -- <id>`; not in the production build). */
import '../carto/pole.ts'; // areas' anchors (polylabel), kept off the reader's first view
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { mount } from 'svelte';
import '../app.css';
import Review from './Review.svelte';
import './review.css';

setWorkerUrl(new URL(workerUrl, location.href).href);
const target = document.getElementById('review');
if (!target) throw new Error('#review element missing from review.html');
const id = new URLSearchParams(location.search).get('id') ?? '';
mount(Review, { target, props: { articleId: id } });

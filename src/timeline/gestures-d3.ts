/**
 * The d3 modules behind the timeline's gestures (brush, zoom and pan, the animated zoom), in one
 * chunk loaded after the first view (`gestures.svelte.ts`): the first timeline is drawn without them.
 */
import 'd3-transition';

export { brushX } from 'd3-brush';
export { select } from 'd3-selection';
export { zoom, zoomIdentity } from 'd3-zoom';

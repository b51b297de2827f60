/**
 * Loads the timeline's gesture code (d3-brush, d3-zoom, d3-transition, d3-selection: ~16 KiB gzip)
 * after the first view instead of in it (issue 16.3): the timeline draws its marks, axis and a time
 * range without them, and the brush and zoom attach when `gestures()` turns non-null. The timeline
 * asks for them once the map is idle, or on the reader's first pointer, wheel or focus on it.
 */
export type GesturesD3 = typeof import('./gestures-d3.ts');

let loaded = $state.raw<GesturesD3 | null>(null);
let pending: Promise<GesturesD3 | null> | null = null;

/** The gesture modules, or null while they have not loaded (read reactively). */
export function gestures(): GesturesD3 | null {
  return loaded;
}

/**
 * Starts loading the gesture modules (once); resolves to them, or null when the chunk failed to load
 * (the timeline then stays without brush and zoom, and a later call tries again).
 */
export function loadGestures(
  importer: () => Promise<GesturesD3> = () => import('./gestures-d3.ts'),
): Promise<GesturesD3 | null> {
  pending ??= importer().then(
    (m) => (loaded = m),
    () => {
      pending = null;
      return null;
    },
  );
  return pending;
}

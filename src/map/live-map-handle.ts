/**
 * How the rest of the app reaches the live map: the app creates one handle and publishes it as a
 * context (`setLiveMapHandle`); the map's owner (`MapView`) registers its map there and
 * unregisters it on teardown; export reads it (`get()`) when it runs. The dependency is in the
 * imports, not in the DOM.
 */
import { getContext, setContext } from 'svelte';
import type { Map as MlMap } from 'maplibre-gl';

export class LiveMapHandle {
  #map: MlMap | null = null;

  /** The live map, or null (not created yet, no WebGL, or torn down). */
  get(): MlMap | null {
    return this.#map;
  }

  /**
   * Registers `map` (null to unregister). With `owner`, unregistering only happens if that map is
   * still the registered one, so a late teardown cannot drop a newer map.
   */
  set(map: MlMap | null, owner?: MlMap): void {
    if (map == null && owner != null && this.#map !== owner) return;
    this.#map = map;
  }
}

const KEY = Symbol('live-map');

/** Publishes `handle` to the components below the caller. */
export function setLiveMapHandle(handle: LiveMapHandle): LiveMapHandle {
  return setContext(KEY, handle);
}

/** The handle published by an ancestor; throws when there is none. */
export function getLiveMapHandle(): LiveMapHandle {
  const h = getContext<LiveMapHandle | undefined>(KEY);
  if (!h) throw new Error('getLiveMapHandle: no live map handle (call setLiveMapHandle in the app)');
  return h;
}

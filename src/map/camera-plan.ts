/**
 * The live map's camera decisions, pure (`MapView.svelte` applies them to MapLibre): where the map
 * opens, how it answers a selection, when a resize calls for a refit, and which places the time
 * filter dims. No MapLibre and no DOM here, so each is a node test (`tests/map/camera-plan.test.ts`).
 */
import { OPENING_MAX_ZOOM, type Padding } from '../carto/camera.ts';
import type { Bounds } from '../carto/geometry.ts';
import type { MapView } from '../model/prefs.ts';
import type { PlaceFeature } from '../model/types.ts';
import type { Origin } from '../state/app-state.svelte.ts';

/** The camera part of MapLibre's `MapOptions` for a new map. */
export type OpeningCamera =
  | { center: [number, number]; zoom: number }
  | { bounds: Bounds; fitBoundsOptions: { padding: Padding; maxZoom: number } }
  | Record<string, never>;

/**
 * A new map's camera: the view app state holds (the URL's, or the one a retried map had); else the
 * article's regional frame, padded clear of covers and edge arrows (`padding` is asked only then),
 * never closer than {@link OPENING_MAX_ZOOM}; else MapLibre's own default (an article without places).
 */
export function openingCamera(
  view: MapView | null,
  frame: Bounds | null,
  padding: () => Padding,
): OpeningCamera {
  if (view) return { center: view.center, zoom: view.zoom };
  if (frame) return { bounds: frame, fitBoundsOptions: { padding: padding(), maxZoom: OPENING_MAX_ZOOM } };
  return {};
}

/** How the camera answers a selection: pan a place clear of the card, frame the selection, or stay. */
export type SelectionMove = { kind: 'pan'; id: string } | { kind: 'frame' } | null;

/**
 * A place chosen on the map stays where it was clicked (the camera only pans it clear of the card it
 * opened); a selection the URL made keeps the URL's own view when it has one; any other (text, list,
 * timeline, keyboard, host, playback, or the URL without a view) frames the selected places.
 */
export function selectionMove(origin: Origin, selected: readonly string[], urlView: boolean): SelectionMove {
  if (selected.length === 0) return null;
  if (origin === 'map') return selected.length === 1 ? { kind: 'pan', id: selected[0]! } : null;
  if (origin === 'url' && urlView) return null;
  return { kind: 'frame' };
}

/**
 * The map's shape after a resize: `landscape` (null for an empty box, which changes nothing) and
 * whether it turned from portrait to landscape or back since `before` (the old camera then frames
 * the wrong part of the new shape, and the view is refitted).
 */
export function shapeAfterResize(
  before: boolean | null,
  width: number,
  height: number,
): { landscape: boolean | null; turned: boolean } {
  if (width < 1 || height < 1) return { landscape: before, turned: false };
  const landscape = width > height;
  return { landscape, turned: before !== null && landscape !== before };
}

/** The places the time filter dims: every place it does not keep (none without a filter). */
export function dimmedPlaces(
  places: readonly PlaceFeature[],
  kept: ReadonlySet<string> | undefined,
): Set<string> {
  return new Set(kept ? places.map((p) => p.id).filter((id) => !kept.has(id)) : []);
}

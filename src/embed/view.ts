/** Pure helpers of the embed page: the frame's map height, the opening camera, the full-app link. */
import type { Lang } from '../model/types.ts';
import { frameBounds, offMapPlaces, placeBounds, type Bounds } from '../carto/geometry.ts';
import type { EmbedUrlState } from '../state/embed-url-state.ts';
import { formatUrlState, type MapView, type Theme } from '../state/url-state.ts';
import { selectedIds, type EmbedModel } from './data.ts';
import {
  cameraForBounds,
  unproject,
  type StaticCamera,
  type StaticSize,
  type StaticView,
} from '../static/camera.ts';
import { SELECT_MAX_ZOOM } from '../carto/camera.ts';

/** Height of the map for a frame width: a landscape map on desktops, taller on phones. */
export function stageHeight(width: number): number {
  return Math.round(Math.max(220, Math.min(560, width * (width < 520 ? 0.8 : 0.6))));
}

/**
 * Kilometres of context around a selected point place in the opening view: enough to frame it at
 * zoom ≥ 10 on a phone, where the basemap has al-Hasakah's neighbourhoods (its tiles carry them
 * from 10 only).
 */
export const PLACE_CONTEXT_KM = 4;

/** The camera an embed opens on: the URL's view, else the focused places, else the article's frame. */
export function openingCamera(
  model: EmbedModel,
  state: Pick<EmbedUrlState, 'view' | 'place' | 'event'>,
  size: StaticSize,
): StaticCamera {
  if (state.view) return { center: state.view.center, zoom: state.view.zoom, bearing: 0 };
  const b = focusBounds(model, state);
  if (!b) return { center: [0, 20], zoom: 1, bearing: 0 };
  return fitCamera(b, size);
}

/** The camera that shows `b` in a frame of `size`, with the embed's margin (or `pad` px). */
export function fitCamera(b: Bounds, size: StaticSize, pad?: number): StaticCamera {
  pad ??= Math.min(40, size.width / 10, size.height / 10);
  // Never deeper than the app frames a place: past it the offline basemap has nothing to draw.
  return cameraForBounds(b, size, pad, SELECT_MAX_ZOOM);
}

/** What an embed frames for a selection: the selected places with some context, else the article's frame. */
export function focusBounds(model: EmbedModel, state: Pick<EmbedUrlState, 'place' | 'event'>): Bounds | null {
  const ids = selectedIds(model, state.place ?? null, state.event ?? null);
  const frame = frameBounds(model.places);
  // Far places are not flown to (an empty map): they keep their edge arrows, as in the app.
  const far = new Set(frame ? offMapPlaces(model.places, frame) : []);
  const boxes = ids
    .map((id) => model.placeById.get(id))
    .filter((p) => p != null && p.properties.kind !== 'country' && !far.has(p))
    .map((p) => placeBounds(p!, PLACE_CONTEXT_KM));
  const b: Bounds | null = boxes.length
    ? [
        Math.min(...boxes.map((x) => x[0])),
        Math.min(...boxes.map((x) => x[1])),
        Math.max(...boxes.map((x) => x[2])),
        Math.max(...boxes.map((x) => x[3])),
      ]
    : frame;
  return b;
}

/**
 * The area a view shows ([w, s, e, n]): what a resized frame keeps in view (refitted to the new
 * size, so a narrower frame zooms out rather than cropping places, labels and arrows).
 */
export function visibleBounds(view: StaticView): Bounds {
  const [w, n] = unproject(view, 0, 0);
  const [e, s] = unproject(view, view.size.width, view.size.height);
  return [w, s, e, n];
}

/** The full app's URL for the same view (relative to the embed page). */
export function fullAppHref(
  pageUrl: string,
  s: {
    article?: string;
    lang: Lang;
    theme: Theme;
    place?: string | null;
    event?: string | null;
    view?: MapView;
    time?: { start: number; end: number };
  },
): string {
  const q = formatUrlState({
    article: s.article,
    lang: s.lang,
    theme: s.theme,
    place: s.place ?? undefined,
    event: s.event ?? undefined,
    view: s.view,
    time: s.time,
  });
  return new URL(`./${q}`, pageUrl).href;
}

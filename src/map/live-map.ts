/**
 * Small helpers over a live MapLibre map, for `MapView.svelte` and `places-adapter.ts`: listeners
 * that come off with one call, GeoJSON source updates, what is under the pointer, the camera as the
 * pure modules (`offmap.ts`, `country-names.ts`) see it, a watchdog. No state of their own.
 */
import type { Map as MlMap, MapGeoJSONFeature, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { panOutOfCover, type Cover } from '../carto/camera.ts';
import type { LabelBox, OffmapCamera } from '../carto/offmap.ts';
import type { PickHit } from '../carto/picking.ts';
import { INTERACTIVE_LAYERS } from '../carto/place-layers.ts';

/** Subscribes `fn` to `type`; the returned function unsubscribes. */
export function listen<T>(m: MlMap, type: string, fn: (e: T) => void): () => void {
  const sub = m.on(type as never, fn as never);
  return () => sub.unsubscribe();
}

/** New data for one of the map's GeoJSON sources (nothing when the source is not there). */
export function setData(m: MlMap, source: string, data: FeatureCollection): void {
  const src = m.getSource(source);
  if (src && 'setData' in src) (src as unknown as { setData(d: FeatureCollection): void }).setData(data);
}

/** The text-font stack of the basemap's labels, reused for place labels. */
export function labelFont(style: StyleSpecification): string[] {
  for (const l of style.layers) {
    const f = l.type === 'symbol' ? l.layout?.['text-font'] : undefined;
    if (Array.isArray(f) && f.every((x) => typeof x === 'string')) return f as string[];
  }
  return ['Noto Sans Arabic'];
}

/** Hits under a point, with a few px of tolerance so touching marks are all found. */
export function hitsAt(m: MlMap, p: { x: number; y: number }, tol = 5): PickHit[] {
  const layers = INTERACTIVE_LAYERS.filter((id) => m.getLayer(id));
  if (!layers.length) return [];
  return m
    .queryRenderedFeatures(
      [
        [p.x - tol, p.y - tol],
        [p.x + tol, p.y + tol],
      ],
      { layers },
    )
    .map((f: MapGeoJSONFeature) => ({ layer: f.layer.id, pid: f.properties?.pid }));
}

/**
 * The map's own overlays inside its container that edge indicators keep clear of: the control column
 * (zoom, show all), the scale bar and the credits button (`MapControls.svelte`).
 */
export const OVERLAY_SELECTOR =
  '[data-testid="map-controls"], [data-testid="scale"], [data-testid="credits"]';

/** The boxes of the container's overlays (`OVERLAY_SELECTOR`), in px of the container, with a margin. */
export function overlayBoxes(el: HTMLElement, margin = 6): LabelBox[] {
  const r = el.getBoundingClientRect();
  return [...el.querySelectorAll(OVERLAY_SELECTOR)].flatMap((o) => {
    const b = o.getBoundingClientRect();
    if (!b.width || !b.height) return [];
    return [
      {
        x0: b.left - r.left - margin,
        y0: b.top - r.top - margin,
        x1: b.right - r.left + margin,
        y1: b.bottom - r.top + margin,
      },
    ];
  });
}

/**
 * The camera as the pure modules see it; `cover` is the share of the view under overlays (the sheet
 * below, a docked card at a side), and the map's controls are boxes the indicators avoid.
 */
export function cameraOf(m: MlMap, cover: Cover, avoid: readonly LabelBox[] = []): OffmapCamera {
  const el = m.getContainer();
  const { width, height } = el.getBoundingClientRect();
  const c = m.getCenter();
  const covered = (f: number | undefined, dim: number) => Math.min(Math.max(0, f ?? 0), 0.6) * dim;
  return {
    width,
    height,
    inset: {
      top: covered(cover.top, height),
      bottom: covered(cover.bottom, height),
      left: covered(cover.left, width),
      right: covered(cover.right, width),
    },
    avoid: [...overlayBoxes(el), ...avoid],
    center: [c.lng, c.lat],
    project: (ll) => m.project(ll),
    unproject: ([x, y]) => {
      const p = m.unproject([x, y]);
      return [p.lng, p.lat];
    },
  };
}

/**
 * Calls `onStall(true)` when the map shows no progress (no data, no movement) for `ms`, and
 * `onStall(false)` as progress resumes. Returns the function that stops watching.
 */
export function watchProgress(m: MlMap | null, ms: number, onStall: (stalled: boolean) => void): () => void {
  let timer = setTimeout(() => onStall(true), ms);
  const progress = () => {
    clearTimeout(timer);
    onStall(false);
    timer = setTimeout(() => onStall(true), ms);
  };
  const offs = m ? [listen(m, 'data', progress), listen(m, 'move', progress)] : [];
  return () => {
    clearTimeout(timer);
    offs.forEach((off) => off());
  };
}

/**
 * Pans, at the zoom the reader chose, just enough to bring the point `at` out from under the
 * covered areas (a card the click opened) or into the view when it lies outside it (a place chosen
 * in a list); nothing moves when it is already in the free area. True when the map moved.
 */
export function panClearOfCover(m: MlMap, at: [number, number], cover: Cover, ms: number): boolean {
  const { width, height } = m.getContainer().getBoundingClientRect();
  const pan = panOutOfCover(m.project(at), { width, height }, cover);
  if (pan) m.panBy([pan.dx, pan.dy], { duration: ms });
  return pan != null;
}

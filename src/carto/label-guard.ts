/**
 * Keeps the live map's labels inside the view and out from under its controls. MapLibre has no
 * setting for either: it places a label wherever its anchor allows, so a name near the edge is cut
 * ("Kurdistar…") and one under the scale bar is hidden by it. Its collision detection, though, sees
 * every symbol placed before a label: this module describes invisible square symbols (a transparent
 * icon, `GUARD_IMAGE`) that tile a band just outside each edge of the view and the boxes of the
 * map's overlays and covers (the phone's sheet). Their layer is placed first, so a label that would cross an edge or lie under a
 * control tries its other anchors (variable anchors) and gives way only when none is clear, as it
 * does for any other label (the approach MapLibre's maintainers describe in mapbox/mapbox-gl-js#6432).
 *
 * Each square's anchor lies inside the view (a symbol is kept by the tile that holds its anchor, and
 * only tiles in view are loaded); its icon reaches outwards from there. Pure: the camera comes in as
 * plain numbers and a function, so it is tested in node; `map/places-adapter.ts` moves the squares
 * with the camera.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { LabelBox } from './offmap.ts';

/** The source, layer and icon of the guard squares (live maps only; never exported). */
export const GUARD_SOURCE = 'aa-guard';
export const GUARD_LAYER = 'aa-guard';
export const GUARD_IMAGE = 'aa-guard';
/** Side (px) of the transparent icon; `size` scales it to each square. */
export const GUARD_CELL = 16;
/** Depth (px) of the band outside each edge: a label crossing an edge always reaches into it. */
export const EDGE_BAND = 48;

type Anchor = 'left' | 'right' | 'top' | 'bottom' | 'top-left';

/** What the guard needs of the camera. */
export interface GuardCamera {
  width: number;
  height: number;
  unproject(point: [number, number]): [number, number];
}

/**
 * The guard squares for a view of `cam`'s size with `overlays` (px of the view: the controls, the
 * scale bar, the credits). Each feature has `anchor` (the icon's anchor) and `size` (its scale).
 */
export function guardFeatures(
  cam: GuardCamera,
  overlays: readonly LabelBox[] = [],
): FeatureCollection<Point> {
  const { width: w, height: h } = cam;
  const features: Feature<Point>[] = [];
  const add = (x: number, y: number, anchor: Anchor, side: number) =>
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: cam.unproject([x, y]) },
      properties: { anchor, size: side / GUARD_CELL },
    });
  if (w <= 1 || h <= 1) return { type: 'FeatureCollection', features };
  // Anchors half a px inside the view; the squares reach outwards by EDGE_BAND, along the whole side.
  const inner = 0.5;
  for (const c of steps(h, EDGE_BAND)) {
    add(inner, c, 'right', EDGE_BAND);
    add(w - inner, c, 'left', EDGE_BAND);
  }
  for (const c of steps(w, EDGE_BAND)) {
    add(c, inner, 'bottom', EDGE_BAND);
    add(c, h - inner, 'top', EDGE_BAND);
  }
  for (const b of overlays) {
    const x0 = Math.max(0, b.x0);
    const y0 = Math.max(0, b.y0);
    const x1 = Math.min(w, b.x1);
    const y1 = Math.min(h, b.y1);
    if (x1 - x0 < 1 || y1 - y0 < 1) continue;
    // Squares of the box's smaller side, the last of each row and column flush with its far edge.
    const side = Math.min(x1 - x0, y1 - y0);
    for (const x of cells(x0, x1, side)) for (const y of cells(y0, y1, side)) add(x, y, 'top-left', side);
  }
  return { type: 'FeatureCollection', features };
}

/** Centres (inside the view) of squares of `side` covering [0, length], reaching past both ends. */
function steps(length: number, side: number): number[] {
  const n = Math.ceil(length / side);
  return Array.from({ length: n + 1 }, (_, i) => Math.min(Math.max(0.5, i * side), length - 0.5)).filter(
    (v, i, a) => i === 0 || v > a[i - 1]!,
  );
}

/** Top-left corners of squares of `side` covering [a, b], the last flush with `b`. */
function cells(a: number, b: number, side: number): number[] {
  const out: number[] = [];
  for (let v = a; v < b - 0.01; v += side) out.push(Math.min(v, b - side));
  return out;
}

/**
 * The covered strips of a view as boxes (the phone's sheet below, a docked card at a side; px from
 * each edge), so a label keeps clear of a cover's edge as of the map's own.
 */
export function coverBoxes(
  cam: Pick<GuardCamera, 'width' | 'height'>,
  inset: { top?: number; bottom?: number; left?: number; right?: number } = {},
): LabelBox[] {
  const { width: w, height: h } = cam;
  const { top = 0, bottom = 0, left = 0, right = 0 } = inset;
  const boxes: LabelBox[] = [
    { x0: 0, y0: 0, x1: w, y1: top },
    { x0: 0, y0: h - bottom, x1: w, y1: h },
    { x0: 0, y0: 0, x1: left, y1: h },
    { x0: w - right, y0: 0, x1: w, y1: h },
  ];
  return boxes.filter((b) => b.x1 - b.x0 >= 1 && b.y1 - b.y0 >= 1);
}

/** The guard's transparent icon, for `Map.addImage`. */
export function guardImage(): { width: number; height: number; data: Uint8Array } {
  return { width: GUARD_CELL, height: GUARD_CELL, data: new Uint8Array(GUARD_CELL * GUARD_CELL * 4) };
}

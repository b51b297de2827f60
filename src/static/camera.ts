/**
 * The camera maths of the static renderer: Web Mercator exactly as MapLibre draws it (a 512-px
 * world at zoom 0, `worldSize = 512 · 2^zoom`), with MapLibre's own formulas (a unit test checks them
 * against d3-geo's `geoMercator` and MapLibre's `MercatorCoordinate`), plus the tile
 * cover MapLibre would request for a vector source and the framing MapLibre's `fitBounds` does.
 * Pure; runs in node and in the browser.
 */
/** MapLibre's tile size (px) for its world and for vector sources: the world is 512 px at zoom 0. */
export const TILE_SIZE = 512;
/** MapLibre clamps latitudes to this (the square Web Mercator world). */
export const MAX_LATITUDE = 85.051129;
const EARTH_RADIUS = 6378137;

/** What the map shows: bearing and pitch are always 0 for a static view. */
export interface StaticCamera {
  /** [lon, lat] at the middle of the view. */
  center: [number, number];
  zoom: number;
  /** Only 0 is supported (north up); present so a camera from the map can be passed as is. */
  bearing?: 0;
}

export interface StaticSize {
  /** CSS px. */
  width: number;
  height: number;
}

export interface StaticView {
  camera: StaticCamera;
  size: StaticSize;
}

/** MapLibre's `mercatorXfromLng` / `mercatorYfromLat`: the world as the unit square. */
export const mercatorX = (lon: number): number => (180 + lon) / 360;
export const mercatorY = (lat: number): number => {
  const l = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  return (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (l * Math.PI) / 360))) / 360;
};

/** The world's size in px at `zoom` (MapLibre's `transform.worldSize`). */
export const worldSize = (zoom: number): number => TILE_SIZE * 2 ** zoom;

/** A view's projection: [lon, lat] → screen px, and back with `invert`. */
export interface ViewProjection {
  (p: readonly [number, number] | readonly number[]): [number, number];
  invert(xy: readonly [number, number]): [number, number];
}

/**
 * The projection of a view: MapLibre's Web Mercator world (`worldSize` px square) shifted so the
 * camera's centre lands in the middle of the view. Straight lines between projected vertices, as
 * MapLibre draws them. Written out rather than through d3-geo's `geoMercator` (the same numbers, to
 * 1e-9 px in the tests) because d3-geo's projection machinery was ~12 KB gzipped of the embed's
 * pre-interaction JavaScript (issue 9.2).
 */
export function viewProjection(view: StaticView): ViewProjection {
  const o = viewOrigin(view);
  const f = ((p: readonly number[]) => [
    mercatorX(p[0]!) * o.world - o.x,
    mercatorY(p[1]!) * o.world - o.y,
  ]) as ViewProjection;
  f.invert = ([x, y]) => {
    const mx = (x + o.x) / o.world;
    const my = (y + o.y) / o.world;
    return [mx * 360 - 180, (360 / Math.PI) * Math.atan(Math.exp(((180 - my * 360) * Math.PI) / 180)) - 90];
  };
  return f;
}

/** Screen px of the view's top-left corner in world px (world px = mercator unit × worldSize). */
export function viewOrigin(view: StaticView): { x: number; y: number; world: number } {
  const world = worldSize(view.camera.zoom);
  return {
    x: mercatorX(view.camera.center[0]) * world - view.size.width / 2,
    y: mercatorY(view.camera.center[1]) * world - view.size.height / 2,
    world,
  };
}

/** The [lon, lat] under a screen point (the inverse of the projection). */
export function unproject(view: StaticView, x: number, y: number): [number, number] {
  return viewProjection(view).invert([x, y]);
}

/**
 * The tile zoom MapLibre reads for a vector source with 512-px tiles at this camera zoom
 * (`coveringZoomLevel`: floor, never below 0), clamped to the source's zooms (overzoom beyond).
 */
export function tileZoom(zoom: number, minzoom = 0, maxzoom = 22): number {
  return Math.max(minzoom, Math.min(maxzoom, Math.max(0, Math.floor(zoom))));
}

export interface TileId {
  z: number;
  x: number;
  y: number;
}

/** Tiles at zoom `z` that intersect the view, grown by `margin` px on every side. */
export function coveringTiles(view: StaticView, z: number, margin = 0): TileId[] {
  const o = viewOrigin(view);
  const n = 2 ** z;
  const t = o.world / n;
  const x0 = Math.floor((o.x - margin) / t);
  const x1 = Math.floor((o.x + view.size.width + margin) / t);
  const y0 = Math.max(0, Math.floor((o.y - margin) / t));
  const y1 = Math.min(n - 1, Math.floor((o.y + view.size.height + margin) / t));
  const out: TileId[] = [];
  for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) out.push({ z, x, y });
  return out;
}

/** Metres per CSS px at the view's centre. */
export function metresPerPixel(camera: StaticCamera): number {
  const lat = (camera.center[1] * Math.PI) / 180;
  return (2 * Math.PI * EARTH_RADIUS * Math.cos(lat)) / worldSize(camera.zoom);
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * The camera that fits `bounds` ([w, s, e, n]) into `size` with `padding`, as MapLibre's
 * `cameraForBounds` does at bearing 0: the zoom that fits the Mercator box, capped at `maxZoom`,
 * centred on the box's Mercator centre shifted by the padding's imbalance.
 */
export function cameraForBounds(
  bounds: [number, number, number, number],
  size: StaticSize,
  padding: number | Padding = 0,
  maxZoom = 22,
): StaticCamera {
  const p =
    typeof padding === 'number' ? { top: padding, right: padding, bottom: padding, left: padding } : padding;
  const [w, s, e, n] = bounds;
  const x0 = mercatorX(w);
  const x1 = mercatorX(e);
  const y0 = mercatorY(n);
  const y1 = mercatorY(s);
  const availW = Math.max(1, size.width - p.left - p.right);
  const availH = Math.max(1, size.height - p.top - p.bottom);
  const spanX = Math.max(1e-12, x1 - x0);
  const spanY = Math.max(1e-12, y1 - y0);
  const zoom = Math.min(maxZoom, Math.log2(Math.min(availW / spanX, availH / spanY) / TILE_SIZE));
  const world = worldSize(zoom);
  // The box's centre goes to the centre of the padded area, not of the view.
  const cx = (x0 + x1) / 2 - (p.left - p.right) / 2 / world;
  const cy = (y0 + y1) / 2 - (p.top - p.bottom) / 2 / world;
  const lon = cx * 360 - 180;
  const lat = (360 / Math.PI) * Math.atan(Math.exp(((180 - cy * 360) * Math.PI) / 180)) - 90;
  return { center: [lon, lat], zoom, bearing: 0 };
}

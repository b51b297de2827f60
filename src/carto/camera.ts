/**
 * Camera maths for the map: padding that leaves room for place labels, edge indicators and overlays
 * (the phone's bottom sheet), zoom caps, and MapLibre's UI strings per language. Pure.
 */
import type { Bounds } from './geometry.ts';

/** The opening view is never closer than this: the places with some context and a country name. */
export const OPENING_MAX_ZOOM = 7.4;
/** Choosing a place never zooms closer than this: a regional basemap has no streets to show. */
export const SELECT_MAX_ZOOM = 11;

/** Fractions of the map's height (top, bottom) or width (left, right) covered by overlays. */
export interface Cover {
  top?: number;
  bottom?: number;
  left?: number;
  right?: number;
}

/** A box in px, as `getBoundingClientRect` gives it. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * What an overlay docked over the map (the place card) covers, as the `Cover` framing should keep
 * clear: the card sits in a corner or across the top, so it is either a strip along the top or one
 * along its side. Of the two, the narrower strip is reserved, leaving the larger free area. An
 * overlay that does not touch the map covers nothing.
 */
export function overlayCover(overlay: Box | null, map: Box): Cover {
  if (!overlay || overlay.width <= 0 || overlay.height <= 0 || map.width <= 0 || map.height <= 0) return {};
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  const top = clamp((overlay.top + overlay.height - map.top) / map.height);
  const left = clamp((overlay.left + overlay.width - map.left) / map.width);
  const right = clamp((map.left + map.width - overlay.left) / map.width);
  const bottom = clamp((map.top + map.height - overlay.top) / map.height);
  if (top === 0 || left === 0 || right === 0 || bottom === 0) return {};
  // The overlay's nearest horizontal edge of the map, and its nearest vertical one.
  const vertical: Side =
    overlay.top - map.top <= map.top + map.height - (overlay.top + overlay.height) ? 'top' : 'bottom';
  const horizontal: Side =
    overlay.left - map.left <= map.left + map.width - (overlay.left + overlay.width) ? 'left' : 'right';
  const byV = vertical === 'top' ? top : bottom;
  const byH = horizontal === 'left' ? left : right;
  return byV <= byH ? { [vertical]: byV } : { [horizontal]: byH };
}

/** Several covers at once (the lowered sheet and the card): the larger fraction on each side. */
export function mergeCovers(...covers: Cover[]): Cover {
  const out: Cover = {};
  for (const c of covers)
    for (const s of ['top', 'bottom', 'left', 'right'] as const)
      if (c[s] != null) out[s] = Math.max(out[s] ?? 0, c[s]!);
  return out;
}

/**
 * Whether a point at `xy` (px in the map) lies under a cover, and if so the pan in px that brings it
 * to the middle of the free area along the covered axis; null when it is already clear.
 */
export function panOutOfCover(
  xy: { x: number; y: number },
  size: { width: number; height: number },
  cover: Cover,
): { dx: number; dy: number } | null {
  const frac = (s: Side) => Math.min(Math.max(0, cover[s] ?? 0), 0.9);
  const top = frac('top') * size.height;
  const bottom = size.height - frac('bottom') * size.height;
  const left = frac('left') * size.width;
  const right = size.width - frac('right') * size.width;
  const dy = xy.y < top || xy.y > bottom ? xy.y - (top + bottom) / 2 : 0;
  const dx = xy.x < left || xy.x > right ? xy.x - (left + right) / 2 : 0;
  return dx || dy ? { dx, dy } : null;
}

export interface Padding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export type Side = keyof Padding;

/** Room for a place label: labels hang below their point and run about 75 px either side of it. */
const LABEL_ROOM: Padding = { top: 14, bottom: 34, left: 70, right: 70 };
/** Room for edge indicators and their labels on a side where far places lie. */
const INDICATOR_ROOM = 110;

/**
 * Camera padding in px for a map of `size`: a base margin, room for labels, room for the edge
 * indicators on `indicatorSides`, plus whatever overlays `cover`. Each side is capped so the framed
 * area keeps at least a third of each dimension.
 */
export function padding(
  size: { width: number; height: number },
  cover: Cover = {},
  indicatorSides: ReadonlySet<Side> = new Set(),
): Padding {
  const { width, height } = size;
  const base = Math.max(12, Math.min(40, width / 10, height / 10));
  const covered = (s: Side): number => {
    const dim = s === 'top' || s === 'bottom' ? height : width;
    return Math.min(Math.max(0, cover[s] ?? 0), 0.6) * dim;
  };
  const room = (s: Side): number => {
    const dim = s === 'top' || s === 'bottom' ? height : width;
    return base + Math.min(LABEL_ROOM[s] + (indicatorSides.has(s) ? INDICATOR_ROOM : 0), dim * 0.18);
  };
  // Keep a third of each dimension for the places themselves. When the sides ask for more, the
  // margins for labels and indicators give way first: what an overlay covers is never framed into.
  const fit = (a: Side, b: Side, dim: number): [number, number] => {
    const max = (dim * 2) / 3;
    const [ca, cb, ra, rb] = [covered(a), covered(b), room(a), room(b)];
    if (ca + cb + ra + rb <= max) return [ca + ra, cb + rb];
    if (ca + cb <= max) {
      const k = (max - ca - cb) / (ra + rb);
      return [ca + ra * k, cb + rb * k];
    }
    return [(ca / (ca + cb)) * max, (cb / (ca + cb)) * max];
  };
  const [top, bottom] = fit('top', 'bottom', height);
  const [left, right] = fit('left', 'right', width);
  return { top, bottom, left, right };
}

/** The viewport side a place at initial `bearing` (degrees, 0 = north) from the view lies towards. */
export function sideOf(bearing: number): Side {
  const b = ((bearing % 360) + 360) % 360;
  return b >= 315 || b < 45 ? 'top' : b < 135 ? 'right' : b < 225 ? 'bottom' : 'left';
}

/**
 * The viewport side where the ray from `from` towards `to` ([lon, lat]) leaves a view of `width` ×
 * `height` px: in Web Mercator, so "west of here" is the left edge however far north it lies.
 */
export function sideToward(
  from: [number, number],
  to: [number, number],
  width: number,
  height: number,
): Side {
  const merc = (lat: number) =>
    (Math.log(Math.tan(Math.PI / 4 + (Math.max(-85, Math.min(85, lat)) * Math.PI) / 360)) * 180) / Math.PI;
  let dx = to[0] - from[0];
  if (dx > 180) dx -= 360;
  if (dx < -180) dx += 360;
  const dy = merc(to[1]) - merc(from[1]);
  if (Math.abs(dx) / Math.max(1, width) >= Math.abs(dy) / Math.max(1, height))
    return dx < 0 ? 'left' : 'right';
  return dy > 0 ? 'top' : 'bottom';
}

/**
 * The sides of a `width` × `height` view, framed on `frame`, where the edge indicators of places at
 * `far` ([lon, lat] each) sit: framing leaves room for them.
 */
export function indicatorSides(
  frame: Bounds | null,
  far: readonly [number, number][],
  width: number,
  height: number,
): Set<Side> {
  if (!frame) return new Set<Side>();
  const c: [number, number] = [(frame[0] + frame[2]) / 2, (frame[1] + frame[3]) / 2];
  return new Set(far.map((at) => sideToward(c, at, width, height)));
}

/** The bbox of several bboxes; null for none. */
export function union(boxes: readonly Bounds[]): Bounds | null {
  if (!boxes.length) return null;
  return [
    Math.min(...boxes.map((x) => x[0])),
    Math.min(...boxes.map((x) => x[1])),
    Math.max(...boxes.map((x) => x[2])),
    Math.max(...boxes.map((x) => x[3])),
  ];
}

/** MapLibre's UI string ids and the interface-string keys (`src/i18n.ts`) that translate them. */
export const MAP_UI_KEYS = {
  'Map.Title': 'mlMap',
  'NavigationControl.ZoomIn': 'mlZoomIn',
  'NavigationControl.ZoomOut': 'mlZoomOut',
  'NavigationControl.ResetBearing': 'mlResetBearing',
  'AttributionControl.ToggleAttribution': 'mlToggleAttribution',
  'ScaleControl.Meters': 'mlMetres',
  'ScaleControl.Kilometers': 'mlKilometres',
  'CooperativeGesturesHandler.WindowsHelpText': 'mlCtrlScroll',
  'CooperativeGesturesHandler.MacHelpText': 'mlCmdScroll',
  'CooperativeGesturesHandler.MobileHelpText': 'mlTwoFingers',
} as const;

/** MapLibre's own UI strings (canvas label, keyboard help), each rendered by `say` in the interface language. */
export function mapLocale(
  say: (key: (typeof MAP_UI_KEYS)[keyof typeof MAP_UI_KEYS]) => string,
): Record<string, string> {
  return Object.fromEntries(Object.entries(MAP_UI_KEYS).map(([id, key]) => [id, say(key)]));
}

export const camera = { padding, union, sideOf, sideToward };

/**
 * Camera maths for the map: padding that leaves room for place labels, edge indicators and overlays
 * (the phone's bottom sheet), zoom caps, and MapLibre's UI strings per language. Pure.
 */
import type { Lang } from '../model/types.ts';
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
  const side = (s: Side): number => {
    const dim = s === 'top' || s === 'bottom' ? height : width;
    const covered = Math.min(Math.max(0, cover[s] ?? 0), 0.6) * dim;
    const room = LABEL_ROOM[s] + (indicatorSides.has(s) ? INDICATOR_ROOM : 0);
    return base + covered + Math.min(room, dim * 0.18);
  };
  const p = { top: side('top'), bottom: side('bottom'), left: side('left'), right: side('right') };
  // Keep a third of each dimension for the places themselves.
  const fit = (a: number, b: number, dim: number): [number, number] => {
    const max = (dim * 2) / 3;
    return a + b <= max ? [a, b] : [(a / (a + b)) * max, (b / (a + b)) * max];
  };
  [p.top, p.bottom] = fit(p.top, p.bottom, height);
  [p.left, p.right] = fit(p.left, p.right, width);
  return p;
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

/** MapLibre's own UI strings (canvas label, keyboard help) in the interface language. */
export function mapLocale(lang: Lang): Record<string, string> {
  return lang === 'ar'
    ? {
        'Map.Title': 'الخريطة',
        'NavigationControl.ZoomIn': 'تكبير',
        'NavigationControl.ZoomOut': 'تصغير',
        'NavigationControl.ResetBearing': 'إعادة الاتجاه إلى الشمال',
        'AttributionControl.ToggleAttribution': 'إظهار المصادر أو إخفاؤها',
        'ScaleControl.Meters': 'م',
        'ScaleControl.Kilometers': 'كم',
        'CooperativeGesturesHandler.WindowsHelpText': 'استخدم Ctrl مع التمرير لتكبير الخريطة',
        'CooperativeGesturesHandler.MacHelpText': 'استخدم ⌘ مع التمرير لتكبير الخريطة',
        'CooperativeGesturesHandler.MobileHelpText': 'استخدم إصبعين لتحريك الخريطة',
      }
    : {};
}

export const camera = { padding, union, sideOf, sideToward };

/**
 * Pure geometry for the map: framing, uncertainty circles, and the direction/distance of places far
 * off the regional view. The spherical maths is turf's, written out in `sphere.ts` (issue 16.3).
 */
import { alongLine, bboxOf, bearingDeg, centroidOf, circle, distanceKm, lineKm } from './sphere.ts';
import type { Feature, FeatureCollection, Polygon, Position } from 'geojson';
import type { PlaceFeature } from '../model/types.ts';

export type Bounds = [number, number, number, number];

/** Kinds too large to frame the opening view on (areas, and lines such as rivers that run for hundreds of km). */
const BROAD_KINDS = new Set(['country', 'region', 'governorate', 'river', 'road', 'border']);
/** Places further than this from the frame's centre are "off the map". */
export const OFF_MAP_KM = 1000;

/**
 * Areas' anchors recorded by the build (`verified.json`), keyed by the geometry's coordinates array
 * (a copy of a place that keeps its geometry keeps its anchor), and the code that computes one
 * (`pole.ts`, which registers itself when imported). Kept apart so the first view ships neither
 * polylabel nor turf's area (issue 16.3).
 */
const seededAnchors = new WeakMap<object, [number, number]>();
let areaAnchor: ((polys: Position[][][]) => [number, number]) | undefined;

const areaKey = (place: PlaceFeature): object => {
  const g = place.geometry;
  return 'coordinates' in g ? g.coordinates : g;
};

/** Registers the area-anchor code (called by `pole.ts` when it loads). */
export function setAreaAnchor(fn: (polys: Position[][][]) => [number, number]): void {
  areaAnchor = fn;
}

/** Whether `anchor(place)` can answer now: not an area, an anchor recorded, or the area code loaded. */
export function anchorReady(place: PlaceFeature): boolean {
  return !isArea(place) || !!areaAnchor || seededAnchors.has(areaKey(place));
}

/** Records `at` as the anchor of area `place` (what the build computed with `anchor()`). */
export function seedAnchor(place: PlaceFeature, at: [number, number]): void {
  if (isArea(place)) seededAnchors.set(areaKey(place), at);
}

/**
 * A representative [lon, lat] for any place: the point itself, the middle of a line, or an area's
 * pole of inaccessibility (`polylabel`) on its largest polygon — inside the area and near its visual
 * centre (a centroid may fall outside: the United States' lay in Washington State, pulled by Alaska).
 * An area needs its recorded anchor ({@link seedAnchor}) or `pole.ts` loaded; otherwise this throws.
 */
export function anchor(place: PlaceFeature): [number, number] {
  const g = place.geometry;
  if (g.type === 'Point') return g.coordinates as [number, number];
  if (g.type === 'Polygon' || g.type === 'MultiPolygon') {
    const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).filter((p) => p[0]?.length);
    if (polys.length) {
      const seeded = seededAnchors.get(g.coordinates);
      if (seeded) return seeded;
      if (!areaAnchor)
        throw new Error(`anchor(${place.id}): no recorded anchor and the area code is not loaded`);
      return areaAnchor(polys);
    }
  }
  if (g.type === 'LineString' || g.type === 'MultiLineString') {
    // The middle of the (longest) line: a river's centroid may lie far off the river.
    const parts = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
    const lines = parts.filter((c) => c.length >= 2);
    if (lines.length) {
      const longest = lines.reduce((a, b) => (lineKm(b) > lineKm(a) ? b : a));
      return alongLine(longest, lineKm(longest) / 2);
    }
  }
  return centroidOf(place);
}

/** Whether a place is drawn as a filled area (Polygon or MultiPolygon). */
export function isArea(place: PlaceFeature): boolean {
  return place.geometry.type === 'Polygon' || place.geometry.type === 'MultiPolygon';
}

/**
 * The opening frame: the bbox of the article's local places (points, neighbourhoods, crossings:
 * not countries or regions) including their precision circles; all places when none are local.
 */
export function frameBounds(places: readonly PlaceFeature[]): Bounds | null {
  const local = places.filter((p) => !BROAD_KINDS.has(p.properties.kind));
  const pool = local.length ? local : [...places];
  if (!pool.length) return null;
  const centre = anchor(pool[0]!);
  const near = pool.filter((p) => distanceKm(centre, anchor(p)) <= OFF_MAP_KM);
  return bboxOf({
    type: 'FeatureCollection',
    features: near.map(withPrecision),
  } as FeatureCollection);
}

/**
 * Places lying further than {@link OFF_MAP_KM} from the centre of `frame`: their anchor, less the
 * radius of a point's precision circle. A sea or region given as its label point with a wide precision
 * reaches the view though its point is far, so it gets no edge arrow (whose distance would mislead).
 */
export function offMapPlaces(places: readonly PlaceFeature[], frame: Bounds): PlaceFeature[] {
  const c: [number, number] = [(frame[0] + frame[2]) / 2, (frame[1] + frame[3]) / 2];
  const reach = (p: PlaceFeature) =>
    p.geometry.type === 'Point' ? (p.properties.precision_m ?? 0) / 1000 : 0;
  return places.filter((p) => distanceKm(c, anchor(p)) - reach(p) > OFF_MAP_KM);
}

/** The place's precision circle (64 steps) for points with `precision_m`; the place itself otherwise. */
export function withPrecision(place: PlaceFeature): Feature {
  const r = place.properties.precision_m;
  if (place.geometry.type === 'Point' && r) {
    return circle(place.geometry.coordinates, r / 1000, 64);
  }
  return place;
}

/** Uncertainty circles for every point place with a precision, keyed by `pid`. */
export function uncertaintyCircles(places: readonly PlaceFeature[]): FeatureCollection<Polygon> {
  const features = places
    .filter((p) => p.geometry.type === 'Point' && p.properties.precision_m)
    .map((p) => {
      const c = withPrecision(p) as Feature<Polygon>;
      return { ...c, properties: { pid: p.id, approximate: p.properties.approximate === true } };
    });
  return { type: 'FeatureCollection', features };
}

/** Bounds to show a place: its area's bbox, or its precision circle's (with a floor of `minKm`). */
export function placeBounds(place: PlaceFeature, minKm = 0.6): Bounds {
  const f = withPrecision(place);
  const b = bboxOf(f);
  if (place.geometry.type !== 'Point') return b;
  const [lon, lat] = place.geometry.coordinates as [number, number];
  const floor = bboxOf(circle([lon, lat], minKm, 16));
  return [
    Math.min(b[0], floor[0]),
    Math.min(b[1], floor[1]),
    Math.max(b[2], floor[2]),
    Math.max(b[3], floor[3]),
  ];
}

/** Great-circle distance (km, rounded) and initial bearing (degrees, 0 = north) between two [lon, lat]. */
export function directionTo(from: [number, number], to: [number, number]): { km: number; bearing: number } {
  return { km: Math.round(distanceKm(from, to)), bearing: (bearingDeg(from, to) + 360) % 360 };
}

/**
 * Where to draw an edge indicator: the point where the ray from the viewport's centre towards
 * `target` (screen px, may be far outside) leaves the viewport inset by `inset`; null when the
 * target is inside that inset viewport.
 */
export function edgePoint(
  width: number,
  height: number,
  target: { x: number; y: number },
  inset = 36,
): { x: number; y: number; angle: number } | null {
  const cx = width / 2;
  const cy = height / 2;
  const dx = target.x - cx;
  const dy = target.y - cy;
  const hw = Math.max(1, cx - inset);
  const hh = Math.max(1, cy - inset);
  if (Math.abs(dx) <= hw && Math.abs(dy) <= hh) return null;
  const s = Math.min(dx !== 0 ? hw / Math.abs(dx) : Infinity, dy !== 0 ? hh / Math.abs(dy) : Infinity);
  const angle = (Math.atan2(dx, -dy) * 180) / Math.PI;
  return { x: cx + dx * s, y: cy + dy * s, angle: (angle + 360) % 360 };
}

/**
 * Pushes edge indicators apart along their edge so labels do not overlap: indicators on the left
 * or right edge are spaced vertically, on the top or bottom edge horizontally, at least `gap` px.
 */
export function spreadIndicators<T extends { x: number; y: number }>(
  items: T[],
  width: number,
  height: number,
  gap = 40,
): T[] {
  const vertical = (p: T) => Math.min(p.x, width - p.x) <= Math.min(p.y, height - p.y);
  const out = items.map((p) => ({ ...p }));
  for (const side of [true, false]) {
    const group = out.filter((p) => vertical(p) === side).sort((a, b) => (side ? a.y - b.y : a.x - b.x));
    for (let i = 1; i < group.length; i++) {
      const prev = group[i - 1]!;
      const cur = group[i]!;
      if (side && cur.y - prev.y < gap) cur.y = prev.y + gap;
      if (!side && cur.x - prev.x < gap) cur.x = prev.x + gap;
    }
  }
  return out;
}

/** Which viewport edge an edge indicator sits on (the nearest one). */
export function edgeSide(
  p: { x: number; y: number },
  width: number,
  height: number,
): 'left' | 'right' | 'top' | 'bottom' {
  const d = { left: p.x, right: width - p.x, top: p.y, bottom: height - p.y };
  return (Object.keys(d) as (keyof typeof d)[]).reduce((a, b) => (d[b] < d[a] ? b : a));
}

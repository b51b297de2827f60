/**
 * Country names for the view. The basemap names each country once, at a fixed point; a narrow view
 * (a phone) often shows a country without that point, and so without its name. This names every
 * country that fills a fair share of the view but whose own label is out of it, at an interior
 * point of the part in view. Pure: the camera comes in as functions, so it is tested in node.
 */
import type { Feature, FeatureCollection, Geometry, Point, Position } from 'geojson';

type XY = [number, number];

/** A country's polygons as the basemap tiles give them: rings of [lon, lat], outer ring first. */
export interface CountryShape {
  nameEn: string;
  nameAr: string;
  polygons: Position[][][];
}

export interface NamesCamera {
  width: number;
  height: number;
  project(lngLat: [number, number]): { x: number; y: number };
  unproject(point: [number, number]): [number, number];
  /** px of the view covered by overlays: names stay in the rest. */
  inset?: { top?: number; bottom?: number; left?: number; right?: number };
}

/** A feature as the map's `querySourceFeatures` gives it. */
export interface TileFeature {
  geometry: Geometry;
  properties: Record<string, unknown> | null;
}

/** Country polygons, with both names, from the basemap's `countries` tile layer. Unnamed ones are skipped. */
export function countryShapes(features: readonly TileFeature[]): CountryShape[] {
  return features.flatMap((f) => {
    const g = f.geometry;
    const nameEn = f.properties?.name_en;
    const nameAr = f.properties?.name_ar;
    if (typeof nameEn !== 'string' || typeof nameAr !== 'string') return [];
    if (g.type === 'Polygon') return [{ nameEn, nameAr, polygons: [g.coordinates] }];
    if (g.type === 'MultiPolygon') return [{ nameEn, nameAr, polygons: g.coordinates }];
    return [];
  });
}

/** The basemap's own country label points (its `labels` tile layer), by English name. */
export function countryLabelPoints(features: readonly TileFeature[]): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  for (const f of features) {
    const p = f.properties ?? {};
    if (p.kind !== 'country' || typeof p.name_en !== 'string' || f.geometry.type !== 'Point') continue;
    const [lon, lat] = f.geometry.coordinates;
    out.set(p.name_en, [lon!, lat!]);
  }
  return out;
}

/** Below this share of the free view, a country is context at the edge and goes unnamed. */
export const MIN_SHARE = 0.1;

/**
 * One point feature per country to name, with `name_en` and `name_ar`, for a symbol layer styled
 * like the basemap's country labels. Countries in `labelled` (their own label point is in the
 * view) are skipped.
 */
export function countryNameFeatures(
  shapes: readonly CountryShape[],
  labelled: ReadonlySet<string>,
  cam: NamesCamera,
  minShare = MIN_SHARE,
): FeatureCollection<Point> {
  const { top = 0, bottom = 0, left = 0, right = 0 } = cam.inset ?? {};
  const box = { x0: left, y0: top, x1: cam.width - right, y1: cam.height - bottom };
  const viewArea = Math.max(1, (box.x1 - box.x0) * (box.y1 - box.y0));
  // The largest piece of each country in view (tiles cut a country into pieces; one name is enough).
  const best = new Map<string, { ring: XY[]; area: number; shape: CountryShape }>();
  for (const shape of shapes) {
    if (labelled.has(shape.nameEn)) continue;
    for (const polygon of shape.polygons) {
      const outer = polygon[0];
      if (!outer || outer.length < 4) continue;
      const px = outer.map((p): XY => {
        const q = cam.project([p[0]!, p[1]!]);
        return [q.x, q.y];
      });
      const ring = clipToBox(px, box);
      const area = Math.abs(ringArea(ring));
      if (area > (best.get(shape.nameEn)?.area ?? 0)) best.set(shape.nameEn, { ring, area, shape });
    }
  }
  const features: Feature<Point>[] = [];
  for (const { ring, area, shape } of best.values()) {
    if (area / viewArea < minShare) continue;
    const at = interiorPoint(ring);
    if (!at) continue;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: cam.unproject(at) },
      properties: { name_en: shape.nameEn, name_ar: shape.nameAr, kind: 'country', rank: 1 },
    });
  }
  return { type: 'FeatureCollection', features };
}

/**
 * The names the view needs, from the basemap tiles' `countries` and `labels` features as the map
 * gives them: a country whose own label point is in the free view is named by the basemap already.
 */
export function namesForView(
  tiles: { countries: readonly TileFeature[]; labels: readonly TileFeature[] },
  cam: NamesCamera,
): FeatureCollection<Point> {
  const { top = 0, bottom = 0, left = 0, right = 0 } = cam.inset ?? {};
  const labelled = new Set<string>();
  for (const [name, at] of countryLabelPoints(tiles.labels)) {
    const xy = cam.project(at);
    if (xy.x >= left && xy.x <= cam.width - right && xy.y >= top && xy.y <= cam.height - bottom)
      labelled.add(name);
  }
  return countryNameFeatures(countryShapes(tiles.countries), labelled, cam);
}

/** Sutherland–Hodgman: the part of a ring inside an axis-aligned box. */
export function clipToBox(ring: readonly XY[], b: { x0: number; y0: number; x1: number; y1: number }): XY[] {
  const edges: [(p: XY) => boolean, (p: XY, q: XY) => XY][] = [
    [(p) => p[0] >= b.x0, (p, q) => atX(p, q, b.x0)],
    [(p) => p[0] <= b.x1, (p, q) => atX(p, q, b.x1)],
    [(p) => p[1] >= b.y0, (p, q) => atY(p, q, b.y0)],
    [(p) => p[1] <= b.y1, (p, q) => atY(p, q, b.y1)],
  ];
  let out: XY[] = [...ring];
  for (const [inside, cut] of edges) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const p = input[i]!;
      const prev = input[(i + input.length - 1) % input.length]!;
      if (inside(p)) {
        if (!inside(prev)) out.push(cut(prev, p));
        out.push(p);
      } else if (inside(prev)) out.push(cut(prev, p));
    }
    if (!out.length) break;
  }
  return out;
}

const atX = (p: XY, q: XY, x: number): XY => [x, p[1] + ((q[1] - p[1]) * (x - p[0])) / (q[0] - p[0])];
const atY = (p: XY, q: XY, y: number): XY => [p[0] + ((q[0] - p[0]) * (y - p[1])) / (q[1] - p[1]), y];

/** Signed shoelace area of a ring (px²). */
export function ringArea(ring: readonly XY[]): number {
  let a = 0;
  for (let i = 0; i < ring.length; i++) {
    const p = ring[i]!;
    const q = ring[(i + 1) % ring.length]!;
    a += p[0] * q[1] - q[0] * p[1];
  }
  return a / 2;
}

/**
 * A point well inside a ring: of a grid over its bounds, the inside point farthest from the ring's
 * edges (a coarse pole of inaccessibility, so a name never sits on a border). Null for a ring with
 * no inside grid point.
 */
export function interiorPoint(ring: readonly XY[], steps = 16): XY | null {
  if (ring.length < 3) return null;
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  let best: XY | null = null;
  let bestD = -1;
  for (let i = 0; i <= steps; i++)
    for (let j = 0; j <= steps; j++) {
      const p: XY = [x0 + ((x1 - x0) * (i + 0.5)) / (steps + 1), y0 + ((y1 - y0) * (j + 0.5)) / (steps + 1)];
      if (!inRing(p, ring)) continue;
      const d = edgeDistance(p, ring);
      if (d > bestD) [best, bestD] = [p, d];
    }
  return best;
}

function inRing(p: XY, ring: readonly XY[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function edgeDistance(p: XY, ring: readonly XY[]): number {
  let d = Infinity;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % ring.length]!;
    const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
    const len = dx * dx + dy * dy;
    const t = len ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len)) : 0;
    d = Math.min(d, Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy));
  }
  return d;
}

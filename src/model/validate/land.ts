/**
 * "Is this point on land the basemap draws?", pure. The basemap's land is its country polygons:
 * Natural Earth 1:10m, the study box's and the world's (tools/build-basemap.ts, basemap-world.ts). A point in
 * none of them and farther than {@link LAND_TOLERANCE_KM} from all of them is, most likely, in the
 * sea: a sign or a digit wrong, a homonym, or a place set by a slip of the mouse. A warning only.
 *
 * The polygons are big (tens of MB as GeoJSON), so the index is built in node only
 * (`src/model/land-node.ts`) and handed to the validator as an option; the app's validator in the
 * browser runs without it and never downloads them.
 */
import type { BBox } from './spatial.ts';

/**
 * Room for coastal places, piers and islets the 1:10m coastline generalises away (Arwad, 3 km off
 * Tartus); it was 25 km while the world outside the study box was 1:110m.
 */
export const LAND_TOLERANCE_KM = 10;

type Ring = readonly (readonly [number, number])[];
interface LandPolygon {
  bbox: BBox;
  /** Outer ring and holes: even-odd over all of them. */
  rings: readonly Ring[];
  /** Segments that are coast or border (not the edge of a clip box), as flat [lon0, lat0, lon1, lat1]. */
  edges: Float64Array;
}

/** Land polygons ready for point queries. */
export interface LandIndex {
  polygons: readonly LandPolygon[];
}

interface GeoJsonLike {
  features: readonly { geometry: { type: string; coordinates: unknown } | null; properties?: unknown }[];
}

/**
 * An index over feature collections of (Multi)Polygons. `clip` is the box a collection was clipped to:
 * segments along it are cut lines, not coasts, so they do not count for the distance.
 */
export function landIndex(collections: readonly { data: GeoJsonLike; clip?: BBox }[]): LandIndex {
  const polygons: LandPolygon[] = [];
  for (const { data, clip } of collections) {
    for (const f of data.features) {
      const g = f.geometry;
      if (!g) continue;
      const polys =
        g.type === 'Polygon'
          ? [g.coordinates as number[][][]]
          : g.type === 'MultiPolygon'
            ? (g.coordinates as number[][][][])
            : [];
      for (const p of polys) polygons.push(polygon(p, clip));
    }
  }
  return { polygons };
}

const EPS = 1e-7;
function onClipSide(a: readonly number[], b: readonly number[], c: BBox): boolean {
  const same = (i: 0 | 1, v: number) => Math.abs(a[i]! - v) < EPS && Math.abs(b[i]! - v) < EPS;
  return same(0, c[0]) || same(0, c[2]) || same(1, c[1]) || same(1, c[3]);
}

function polygon(coords: number[][][], clip?: BBox): LandPolygon {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  const rings: [number, number][][] = [];
  const edges: number[] = [];
  for (const ring of coords) {
    const r = ring.map(([lon, lat]) => [lon!, lat!] as [number, number]);
    rings.push(r);
    for (let i = 0; i < r.length; i++) {
      const [lon, lat] = r[i]!;
      w = Math.min(w, lon);
      e = Math.max(e, lon);
      s = Math.min(s, lat);
      n = Math.max(n, lat);
      if (i === 0) continue;
      const a = r[i - 1]!;
      if (clip && onClipSide(a, r[i]!, clip)) continue;
      edges.push(a[0], a[1], lon, lat);
    }
  }
  return { bbox: [w, s, e, n], rings, edges: Float64Array.from(edges) };
}

function inRings(rings: readonly Ring[], lon: number, lat: number): boolean {
  let inside = false;
  for (const r of rings) {
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
      const [xi, yi] = r[i]!;
      const [xj, yj] = r[j]!;
      if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** True when the point lies inside one of the land polygons. */
export function onLand(index: LandIndex, [lon, lat]: readonly [number, number]): boolean {
  return index.polygons.some(
    (p) =>
      lon >= p.bbox[0] &&
      lon <= p.bbox[2] &&
      lat >= p.bbox[1] &&
      lat <= p.bbox[3] &&
      inRings(p.rings, lon, lat),
  );
}

const KM_PER_DEG = 111.195; // mean Earth radius 6371.0088 km

/**
 * Distance in km from the point to the nearest land polygon: 0 inside one; otherwise to the nearest
 * coast or border segment, in a local equirectangular plane around the point (exact enough at the
 * tolerance's scale).
 */
export function distanceToLandKm(index: LandIndex, p: readonly [number, number]): number {
  if (onLand(index, p)) return 0;
  const [lon0, lat0] = p;
  const kx = Math.cos((lat0 * Math.PI) / 180) * KM_PER_DEG;
  const x = (lon: number) => {
    let d = lon - lon0;
    if (d > 180) d -= 360;
    else if (d < -180) d += 360;
    return d * kx;
  };
  // A lower bound per polygon from its bounding box (in the same plane): nearest first, most skipped.
  const bound = (b: BBox) => {
    const dy = lat0 < b[1] ? b[1] - lat0 : lat0 > b[3] ? lat0 - b[3] : 0;
    const gap = (l: number) => Math.abs(x(l));
    const inLon = b[2] - b[0] >= 360 || (x(b[0]) <= 0 && x(b[2]) >= 0);
    const dx = inLon ? 0 : Math.min(gap(b[0]), gap(b[2]));
    return Math.hypot(dx, dy * KM_PER_DEG);
  };
  const order = index.polygons.map((poly) => ({ poly, lb: bound(poly.bbox) })).sort((a, b) => a.lb - b.lb);
  let best = Infinity;
  for (const { poly, lb } of order) {
    if (lb >= best) break;
    const e = poly.edges;
    for (let i = 0; i < e.length; i += 4) {
      const ax = x(e[i]!);
      const ay = (e[i + 1]! - lat0) * KM_PER_DEG;
      const bx = x(e[i + 2]!);
      const by = (e[i + 3]! - lat0) * KM_PER_DEG;
      const dx = bx - ax;
      const dyy = by - ay;
      const len2 = dx * dx + dyy * dyy;
      const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dyy) / len2));
      const d = Math.hypot(ax + t * dx, ay + t * dyy);
      if (d < best) best = d;
    }
  }
  return best;
}

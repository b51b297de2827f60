/**
 * The spherical maths the reader's first view needs (issue 16.3): distance, bearing, destination, a
 * circle's polygon, a line's length and midpoint, a bounding box and a centroid, on turf's sphere
 * (radius 6,371,008.8 m). Each is turf 7.4's formula written out in the same order of operations,
 * so the results are the same numbers to the last bit (`tests/carto/sphere.test.ts` compares them
 * with `@turf/turf` on random inputs): turf's generic walkers (`@turf/meta`, `@turf/helpers`,
 * `@turf/invariant`, 3.3 KiB gzip) then stay off the first view. Node code (ingest, the areas'
 * anchors) keeps using turf itself. Turf is MIT-licensed (© 2017 TurfJS); these are its
 * textbook formulas (haversine, forward azimuth, destination), not new maths.
 */
import type { Feature, GeoJSON, Geometry, Polygon, Position } from 'geojson';

type LonLat = [number, number];

/** Kilometres per radian on turf's sphere (`factors.kilometers`). */
const KM_PER_RADIAN = 6371008.8 / 1e3;

const toRad = (deg: number) => ((deg % 360) * Math.PI) / 180;
const toDeg = (rad: number) => ((rad % (2 * Math.PI)) * 180) / Math.PI;

/** Great-circle distance in km (haversine; turf `distance`). */
export function distanceKm(from: Position, to: Position): number {
  const dLat = toRad(to[1]! - from[1]!);
  const dLon = toRad(to[0]! - from[0]!);
  const lat1 = toRad(from[1]!);
  const lat2 = toRad(to[1]!);
  const a =
    Math.pow(Math.sin(dLat / 2), 2) + Math.pow(Math.sin(dLon / 2), 2) * Math.cos(lat1) * Math.cos(lat2);
  return 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a)) * KM_PER_RADIAN;
}

/** Initial bearing in degrees, −180 to 180, 0 = north (turf `bearing`). */
export function bearingDeg(from: Position, to: Position): number {
  const lon1 = toRad(from[0]!);
  const lon2 = toRad(to[0]!);
  const lat1 = toRad(from[1]!);
  const lat2 = toRad(to[1]!);
  const a = Math.sin(lon2 - lon1) * Math.cos(lat2);
  const b = Math.cos(lat1) * Math.sin(lat2) - Math.sin(lat1) * Math.cos(lat2) * Math.cos(lon2 - lon1);
  return toDeg(Math.atan2(a, b));
}

/** The point `km` from `origin` along `bearing` degrees (turf `destination`, 2D). */
export function destination(origin: Position, km: number, bearing: number): LonLat {
  const lon1 = toRad(origin[0]!);
  const lat1 = toRad(origin[1]!);
  const b = toRad(bearing);
  const r = km / KM_PER_RADIAN;
  const lat2 = Math.asin(Math.sin(lat1) * Math.cos(r) + Math.cos(lat1) * Math.sin(r) * Math.cos(b));
  const lon2 =
    lon1 +
    Math.atan2(Math.sin(b) * Math.sin(r) * Math.cos(lat1), Math.cos(r) - Math.sin(lat1) * Math.sin(lat2));
  return [toDeg(lon2), toDeg(lat2)];
}

/** A circle of `km` around `center` as a closed polygon of `steps` points (turf `circle`, empty properties). */
export function circle(center: Position, km: number, steps = 64): Feature<Polygon> {
  const ring: Position[] = [];
  for (let i = 0; i < steps; i++) ring.push(destination(center, km, (i * -360) / steps));
  ring.push(ring[0]!);
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } };
}

/** A line's length in km: its segments' distances summed in order (turf `length`). */
export function lineKm(coords: readonly Position[]): number {
  let km = 0;
  for (let i = 1; i < coords.length; i++) km += distanceKm(coords[i - 1]!, coords[i]!);
  return km;
}

/** The point `km` along a line from its start (turf `along`). */
export function alongLine(coords: readonly Position[], km: number): LonLat {
  let travelled = 0;
  for (let i = 0; i < coords.length; i++) {
    if (km >= travelled && i === coords.length - 1) break;
    if (travelled >= km) {
      const overshot = km - travelled;
      if (!overshot) return coords[i] as LonLat;
      return destination(coords[i]!, overshot, bearingDeg(coords[i]!, coords[i - 1]!) - 180);
    }
    travelled += distanceKm(coords[i]!, coords[i + 1]!);
  }
  return coords[coords.length - 1] as LonLat;
}

/**
 * Calls `fn` on every position of a feature, collection or geometry in turf's order; `noWrap` skips
 * each polygon ring's closing position (turf `coordEach`).
 */
function eachPosition(g: GeoJSON | Geometry | null, fn: (p: Position) => void, noWrap = false): void {
  if (!g) return;
  if (g.type === 'FeatureCollection') return g.features.forEach((f) => eachPosition(f.geometry, fn, noWrap));
  if (g.type === 'Feature') return eachPosition(g.geometry, fn, noWrap);
  if (g.type === 'GeometryCollection') return g.geometries.forEach((x) => eachPosition(x, fn, noWrap));
  const shrink = noWrap && (g.type === 'Polygon' || g.type === 'MultiPolygon') ? 1 : 0;
  const ring = (r: Position[]) => r.slice(0, r.length - shrink).forEach(fn);
  if (g.type === 'Point') fn(g.coordinates);
  else if (g.type === 'LineString' || g.type === 'MultiPoint') g.coordinates.forEach(fn);
  else if (g.type === 'Polygon' || g.type === 'MultiLineString') g.coordinates.forEach(ring);
  else if (g.type === 'MultiPolygon') g.coordinates.forEach((p) => p.forEach(ring));
  else throw new Error('Unknown Geometry Type');
}

/** [west, south, east, north] of every position; an object's own `bbox` when it has one (turf `bbox`). */
export function bboxOf(g: GeoJSON): [number, number, number, number] {
  if (g.bbox != null) return g.bbox as [number, number, number, number];
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  eachPosition(g, (p) => {
    if (b[0] > p[0]!) b[0] = p[0]!;
    if (b[1] > p[1]!) b[1] = p[1]!;
    if (b[2] < p[0]!) b[2] = p[0]!;
    if (b[3] < p[1]!) b[3] = p[1]!;
  });
  return b;
}

/** The mean of every position, rings' closing positions left out (turf `centroid`). */
export function centroidOf(g: GeoJSON): LonLat {
  let x = 0;
  let y = 0;
  let n = 0;
  eachPosition(
    g,
    (p) => {
      x += p[0]!;
      y += p[1]!;
      n++;
    },
    true,
  );
  return [x / n, y / n];
}

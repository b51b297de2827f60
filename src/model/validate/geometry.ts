/** GeoJSON geometry (RFC 7946): types, positions in range, closed rings, capped issue lists. */
import { type Checker, oneOf, show } from './checker.ts';

export const GEOMETRY_TYPES = [
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
] as const;
export type GeometryType = (typeof GEOMETRY_TYPES)[number];

/** Geometry types with no area, which need `precision_m`. */
export const NEEDS_PRECISION: readonly GeometryType[] = [
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
];

const GEOMETRY_KEYS = ['type', 'coordinates', 'bbox'] as const;
/** Position issues reported per geometry before the rest are summarised, so one bad polygon cannot flood the list. */
const MAX_POSITION_ISSUES = 3;

/** Checks one position; returns the number of issues it raised. */
function checkPosition(c: Checker, v: unknown, path: string, report: boolean): number {
  const say = (message: string) => {
    if (report) c.add(path, message);
    return 1;
  };
  if (!Array.isArray(v) || v.length < 2 || v.length > 3)
    return say(`expected a position [longitude, latitude], got ${show(v)}`);
  if (!v.every((n) => typeof n === 'number' && Number.isFinite(n)))
    return say(`expected numeric coordinates, got ${show(v)}`);
  const [lon, lat] = v as number[];
  if (lon === undefined || lat === undefined)
    return say(`expected a position [longitude, latitude], got ${show(v)}`);
  if (Math.abs(lat) > 90 && Math.abs(lon) <= 90) {
    return say(
      `latitude ${lat} out of range [-90, 90]: ${show(v)} looks like [latitude, longitude]; GeoJSON positions are [longitude, latitude]`,
    );
  }
  let n = 0;
  if (Math.abs(lon) > 180) n += say(`longitude ${lon} out of range [-180, 180]`);
  if (Math.abs(lat) > 90) n += say(`latitude ${lat} out of range [-90, 90]`);
  return n;
}

/** A checked geometry: its type, and its positions when every one of them is valid. */
export interface CheckedGeometry {
  type: GeometryType;
  positions: [number, number][] | null;
}

/** Checks a geometry; `null` when it is not an object of a supported type. */
export function checkGeometry(c: Checker, raw: unknown, path: string): CheckedGeometry | null {
  const g = c.object(raw, path);
  if (!g) return null;
  c.keys(g, path, GEOMETRY_KEYS);
  const type = g.type;
  if (typeof type !== 'string' || !(GEOMETRY_TYPES as readonly string[]).includes(type)) {
    c.add(`${path}.type`, `expected one of ${oneOf(GEOMETRY_TYPES)}, got ${show(type)}`);
    return null;
  }
  const cp = `${path}.coordinates`;
  let bad = 0;
  let broken = false;
  const positions: [number, number][] = [];
  const position = (v: unknown, p: string) => {
    const n = checkPosition(c, v, p, bad < MAX_POSITION_ISSUES);
    bad += n;
    if (n === 0) positions.push([(v as number[])[0]!, (v as number[])[1]!]);
  };
  const list = (v: unknown, p: string, min: number, what: string): unknown[] | null => {
    if (!Array.isArray(v) || v.length < min) {
      c.add(p, `expected ${what} (at least ${min}), got ${show(v)}`);
      broken = true;
      return null;
    }
    return v;
  };
  const line = (v: unknown, p: string) =>
    list(v, p, 2, 'an array of positions')?.forEach((q, i) => position(q, `${p}[${i}]`));
  const ring = (v: unknown, p: string) => {
    const r = list(v, p, 4, 'a linear ring of positions');
    if (!r) return;
    r.forEach((q, i) => position(q, `${p}[${i}]`));
    if (show(r[0]) !== show(r[r.length - 1]))
      c.add(p, `ring not closed: first position ${show(r[0])} differs from last ${show(r[r.length - 1])}`);
  };
  const polygon = (v: unknown, p: string) =>
    list(v, p, 1, 'an array of linear rings')?.forEach((r, i) => ring(r, `${p}[${i}]`));
  const coords = g.coordinates;
  switch (type as GeometryType) {
    case 'Point':
      position(coords, cp);
      break;
    case 'MultiPoint':
      list(coords, cp, 1, 'an array of positions')?.forEach((q, i) => position(q, `${cp}[${i}]`));
      break;
    case 'LineString':
      line(coords, cp);
      break;
    case 'MultiLineString':
      list(coords, cp, 1, 'an array of lines')?.forEach((q, i) => line(q, `${cp}[${i}]`));
      break;
    case 'Polygon':
      polygon(coords, cp);
      break;
    case 'MultiPolygon':
      list(coords, cp, 1, 'an array of polygons')?.forEach((q, i) => polygon(q, `${cp}[${i}]`));
      break;
  }
  if (bad > MAX_POSITION_ISSUES) c.add(cp, `${bad - MAX_POSITION_ISSUES} more bad positions not listed`);
  return { type: type as GeometryType, positions: bad === 0 && !broken ? positions : null };
}

/**
 * Resolving a gazetteer entry's geometry reference (a feature, or several merged, of a GeoJSON file
 * in the repository), simplified for an article's places.geojson. Node only (reads files).
 * A polygon is simplified on its own: one smaller than the tolerance (an atoll of the Maldives, the
 * Vatican) would lose its ring, which turf refuses, so it keeps its rings as drawn.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simplify } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, Polygon, Position } from 'geojson';
import type { GazetteerEntry, ResolvedGeometry } from './types.ts';

const round = (p: Position): Position => [Math.round(p[0]! * 1e5) / 1e5, Math.round(p[1]! * 1e5) / 1e5];

function roundGeometry(g: Geometry): Geometry {
  switch (g.type) {
    case 'Point':
      return { type: 'Point', coordinates: round(g.coordinates) };
    case 'MultiPoint':
    case 'LineString':
      return { type: g.type, coordinates: g.coordinates.map(round) } as Geometry;
    case 'MultiLineString':
    case 'Polygon':
      return { type: g.type, coordinates: g.coordinates.map((r) => r.map(round)) } as Geometry;
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map((r) => r.map(round))) };
    default:
      return g;
  }
}

/** Merges geometries of one dimension into a multi-geometry. */
export function merge(parts: Geometry[]): Geometry | null {
  if (parts.length === 0) return null;
  if (parts.length === 1) return parts[0]!;
  if (parts.every((g) => g.type === 'Polygon' || g.type === 'MultiPolygon'))
    return {
      type: 'MultiPolygon',
      coordinates: parts.flatMap((g) =>
        g.type === 'Polygon' ? [g.coordinates] : (g as { coordinates: Position[][][] }).coordinates,
      ),
    };
  if (parts.every((g) => g.type === 'LineString' || g.type === 'MultiLineString'))
    return {
      type: 'MultiLineString',
      coordinates: parts.flatMap((g) =>
        g.type === 'LineString' ? [g.coordinates] : (g as { coordinates: Position[][] }).coordinates,
      ),
    };
  return null;
}

/** A resolver with a file cache; `root` is the repository root. Tolerance in degrees for source files. */
/** `g` simplified (Douglas–Peucker); a polygon too small for `tolerance` is kept as drawn. */
function simplified(g: Geometry, tolerance: number): Geometry {
  const one = (geometry: Geometry): Geometry => {
    try {
      return simplify({ type: 'Feature', properties: {}, geometry }, { tolerance, highQuality: false })
        .geometry;
    } catch {
      return geometry;
    }
  };
  if (g.type !== 'MultiPolygon') return one(g);
  return {
    type: 'MultiPolygon',
    coordinates: g.coordinates.map((c) => (one({ type: 'Polygon', coordinates: c }) as Polygon).coordinates),
  };
}

export function geometryResolver(
  root: string,
  tolerance = 0.003,
): (entry: GazetteerEntry) => ResolvedGeometry {
  const cache = new Map<string, FeatureCollection>();
  const load = (file: string): FeatureCollection => {
    let fc = cache.get(file);
    if (!fc) {
      fc = JSON.parse(readFileSync(join(root, file), 'utf8')) as FeatureCollection;
      cache.set(file, fc);
    }
    return fc;
  };
  return (entry) => {
    const ref = entry.ref;
    if (!ref) return { geometry: { type: 'Point', coordinates: entry.point } };
    let fc: FeatureCollection;
    try {
      fc = load(ref.file);
    } catch (e) {
      return {
        geometry: null,
        note: `geometry file ${ref.file} could not be read (${(e as Error).message})`,
      };
    }
    const values = ref.values?.map(String) ?? (ref.value !== undefined ? [String(ref.value)] : []);
    const picked = fc.features.filter((f: Feature) =>
      ref.id !== undefined
        ? String(f.id) === ref.id
        : ref.property
          ? values.includes(String(f.properties?.[ref.property]))
          : false,
    );
    const g = merge(picked.map((f) => f.geometry).filter((x): x is Geometry => !!x));
    if (!g) return { geometry: null, note: `no feature for ${JSON.stringify(ref)}` };
    const fromSources = ref.file.startsWith('geodata/sources/');
    if (!fromSources || g.type === 'Point') return { geometry: g };
    const simple = simplified(g, tolerance);
    return {
      geometry: roundGeometry(simple),
      note: `Simplified from ${ref.file} (Douglas–Peucker, ${tolerance}°).`,
    };
  };
}

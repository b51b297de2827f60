/**
 * The countries and territories that Natural Earth's 1:110m admin-0 layer leaves out (Bahrain,
 * Singapore, Malta, Mauritius, Comoros, the Maldives, Dominica…: 64 at v4.1.0), taken from its 1:10m
 * layer as shipped by npm `world-atlas@2.0.2` (`countries-10m.json`, read by the one reader of it,
 * `model/land-node.ts` `worldCountries10m`; Natural Earth public domain, package ISC), so that the gazetteer has every ISO 3166-1 country Natural Earth draws.
 * Writes `geodata/sources/world_countries_10m_small_naturalearth.geojson` (TopoJSON → GeoJSON,
 * coordinates rounded to 1e-4°, `id` = ISO 3166-1 numeric, `name` only), which
 * `scripts/build-gazetteer.ts` reads beside the 1:110m file:
 *
 *   npx tsx scripts/gazetteer/ne-small-countries.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { worldCountries10m } from '../../src/model/land-node.ts';

export const NE_SMALL_COUNTRIES_FILE = 'geodata/sources/world_countries_10m_small_naturalearth.geojson';
const COARSE = 'geodata/sources/world_countries_110m_naturalearth.geojson';

const r4 = (n: number) => Math.round(n * 1e4) / 1e4;
function rounded(g: Geometry): Geometry {
  const ring = (r: Position[]) => r.map((p) => [r4(p[0]!), r4(p[1]!)]);
  if (g.type === 'Polygon') return { type: 'Polygon', coordinates: g.coordinates.map(ring) };
  if (g.type === 'MultiPolygon')
    return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(ring)) };
  throw new Error(`world-atlas countries-10m: unexpected geometry ${g.type}`);
}

/** The 1:10m countries with an ISO numeric id that the 1:110m file has no feature for. */
export function smallCountries(
  tenM: ReturnType<typeof worldCountries10m>,
  coarse: FeatureCollection,
): FeatureCollection {
  const have = new Set(coarse.features.map((f) => String(f.id)));
  const features: Feature[] = tenM.features
    .filter((f) => f.id != null && f.geometry && !have.has(String(f.id)))
    .map((f) => ({
      type: 'Feature',
      id: String(f.id),
      properties: { name: String(f.properties?.name ?? '') },
      geometry: rounded(f.geometry as Geometry),
    }));
  return { type: 'FeatureCollection', features };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const fc = smallCountries(
    worldCountries10m(),
    JSON.parse(readFileSync(COARSE, 'utf8')) as FeatureCollection,
  );
  writeFileSync(NE_SMALL_COUNTRIES_FILE, JSON.stringify(fc) + '\n');
  console.log(`${NE_SMALL_COUNTRIES_FILE}: ${fc.features.length} countries`);
}

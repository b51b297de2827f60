/**
 * The basemap's land for the validator's "point in the sea" warning, read from the sources the
 * basemap is built from (node only: ≈ 560 KB of polygons never reach the browser). Natural Earth
 * 1:10m countries clipped to the study box, and 1:110m countries elsewhere without Antarctica, as
 * tools/build-basemap.ts draws them.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { landIndex, type LandIndex } from './validate/land.ts';
import { SHIPPED_BASEMAP } from './validate/spatial.ts';

const SOURCES = resolve(import.meta.dirname, '..', '..', 'geodata', 'sources');
type Fc = {
  features: { geometry: { type: string; coordinates: unknown } | null; properties?: { name?: unknown } }[];
};
const read = (f: string) => JSON.parse(readFileSync(resolve(SOURCES, f), 'utf8')) as Fc;

let cached: LandIndex | null = null;

/** The land of the shipped basemap (built once per process). */
export function shippedLand(): LandIndex {
  if (cached) return cached;
  const world = read('world_countries_110m_naturalearth.geojson');
  cached = landIndex([
    { data: read('region_countries_10m_naturalearth.geojson'), clip: SHIPPED_BASEMAP.study },
    { data: { features: world.features.filter((f) => f.properties?.name !== 'Antarctica') } },
  ]);
  return cached;
}

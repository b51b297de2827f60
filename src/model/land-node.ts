/**
 * The basemap's land for the validator's "point in the sea" warning, read from the sources the
 * basemap is built from (node only: the polygons never reach the browser). Natural Earth 1:10m
 * countries clipped to the study box (`geodata/sources/`, as tools/build-basemap.ts draws them), and
 * elsewhere the 1:10m countries the world basemap draws (npm `world-atlas` 2.0.2 `countries-10m.json`,
 * Natural Earth, public domain; tools/basemap-world.ts), without Antarctica. At 1:110m a coastal town
 * could lie tens of km off the coast and small islands (Malta, Bahrain, Zanzibar) were missing.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { landIndex, type LandIndex } from './validate/land.ts';
import { SHIPPED_BASEMAP } from './validate/spatial.ts';

const SOURCES = resolve(import.meta.dirname, '..', '..', 'geodata', 'sources');
type Fc = {
  features: {
    /** ISO 3166-1 numeric, where Natural Earth gives one. */
    id?: string | number;
    geometry: { type: string; coordinates: unknown } | null;
    properties?: { name?: unknown };
  }[];
};
const read = (f: string) => JSON.parse(readFileSync(resolve(SOURCES, f), 'utf8')) as Fc;

const require = createRequire(import.meta.url);
/** topojson-client 3.1.0's `feature` (the package ships no types). */
const { feature } = require('topojson-client') as {
  feature: (topology: unknown, object: unknown) => Fc;
};

/** The world's 1:10m country polygons (world-atlas), Antarctica left out as the basemap does. */
export function worldCountries10m(): Fc {
  const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-10m.json'), 'utf8')) as {
    objects: { countries: unknown };
  };
  const fc = feature(topo, topo.objects.countries);
  return { features: fc.features.filter((f) => f.properties?.name !== 'Antarctica') };
}

let cached: LandIndex | null = null;

/** The land of the shipped basemap (built once per process, about a second). */
export function shippedLand(): LandIndex {
  if (cached) return cached;
  cached = landIndex([
    { data: read('region_countries_10m_naturalearth.geojson'), clip: SHIPPED_BASEMAP.study },
    { data: worldCountries10m() },
  ]);
  return cached;
}

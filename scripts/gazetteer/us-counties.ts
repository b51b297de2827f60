/**
 * The counties of the United States (and Louisiana's parishes) for the ingest world index, from the
 * US Census Bureau's cartographic boundary files (2017, 1:10m; public domain) as the npm package
 * `us-atlas@3.0.1` ships them (`counties-10m.json`, TopoJSON; ISC, © 2013-2019 Michael Bostock),
 * committed gzipped byte for byte as `geodata/sources/world/us_atlas_counties_10m.topojson.gz`.
 *
 * Each county or equivalent is one world entry of kind `district`, id `us-county-<FIPS>` (the Census
 * code, stable), country `US`, its state named in the note and, as `within`, the world index's
 * first-level unit of the state's name (Natural Earth admin-1, `units`). Its point is the polygon's spherical
 * centroid (d3-geo `geoCentroid`) when that lies inside the polygon, else a point on its surface
 * (turf `pointOnFeature`); its precision is half its bbox's diagonal. The source writes each name
 * without its suffix ("Perry", "Orleans"); the entry's one name carries the suffix the Census uses,
 * which the state's code tells: "Parish" in Louisiana, "County" in every other state. A bare name is
 * never a name of the entry ("Perry" stays a town), and there is no Arabic name (the source has none).
 *
 * Left out, because the data cannot say their suffix or because they are no county:
 * - the independent cities, coded 510 and above in Virginia, Maryland (Baltimore), Missouri
 *   (St. Louis) and Nevada (Carson City): cities GeoNames already has;
 * - Alaska's boroughs, census areas and municipalities (29): the suffix differs by unit ("Borough",
 *   "Census Area", "City and Borough", "Municipality") and the source does not say which;
 * - the District of Columbia (Washington, a GeoNames city), and the units of Puerto Rico and the
 *   island areas (municipios, districts, islands: not counties).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { pointOnFeature } from '@turf/turf';
import { geoCentroid, geoContains } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GazetteerEntry } from '../../src/ingest/types.ts';
import type { SourceRef } from '../../src/model/types.ts';
import { bboxOf, radiusOf, round } from './store.ts';

/** The committed source, relative to the repository root. */
export const US_COUNTIES_FILE = 'geodata/sources/world/us_atlas_counties_10m.topojson.gz';

export const US_COUNTIES_SOURCE: SourceRef = {
  title:
    'US Census Bureau cartographic boundary files 2017, counties 1:10m, via npm us-atlas@3.0.1 counties-10m.json',
  url: 'https://www.census.gov/geographies/mapping-files/time-series/geo/carto-boundary-file.html',
  licence: 'public domain (US Census Bureau); us-atlas ISC',
  attribution: 'US Census Bureau',
};

/** State FIPS codes whose units of code 510 and above are independent cities. */
const INDEPENDENT_CITY_STATES = new Set(['24', '29', '32', '51']);
/** Alaska, the District of Columbia, Puerto Rico and the island areas: no county suffix to derive. */
const NO_COUNTIES = new Set(['02', '11', '60', '66', '69', '72', '78']);
/** The Census's suffix for a state's county equivalents, by state FIPS code (else "County"). */
const SUFFIX: Record<string, string> = { '22': 'Parish' };

type Props = { name?: unknown };
interface Topology {
  objects: { counties: unknown; states: unknown };
}

const require = createRequire(import.meta.url);
/** topojson-client 3.1.0's `feature` (the package ships no types). */
const { feature } = require('topojson-client') as {
  feature: (
    topology: unknown,
    object: unknown,
  ) => FeatureCollection<Polygon | MultiPolygon | null, Props | null>;
};

/** Why a unit is left out, or null when it is a county or parish. */
export function leftOut(fips: string): string | null {
  const state = fips.slice(0, 2);
  if (NO_COUNTIES.has(state))
    return 'no county suffix the data can say (Alaska, DC, Puerto Rico, island areas)';
  if (INDEPENDENT_CITY_STATES.has(state) && Number(fips.slice(2)) >= 510) return 'independent city';
  return null;
}

/** A point of the polygon: its centroid when inside it, else a point on its surface. */
function inside(f: Feature<Polygon | MultiPolygon>): [number, number] {
  const c = geoCentroid(f);
  const p = geoContains(f, c) ? c : (pointOnFeature(f).geometry.coordinates as [number, number]);
  return [round(p[0]), round(p[1])];
}

/**
 * The world entries of the topology's counties and parishes (kind `district`, marked `world`), each
 * `within` the unit of `units` (the world's first-level units) of the United States named as its state.
 */
export function countyEntries(topo: Topology, units: readonly GazetteerEntry[] = []): GazetteerEntry[] {
  const states = new Map<string, string>();
  for (const s of feature(topo, topo.objects.states).features)
    if (typeof s.properties?.name === 'string') states.set(String(s.id), s.properties.name);
  const unitOf = new Map<string, string>();
  for (const u of units)
    if (u.country === 'US' && u.kind === 'governorate')
      for (const n of u.names.en) if (!unitOf.has(n)) unitOf.set(n, u.id);
  const out: GazetteerEntry[] = [];
  for (const f of feature(topo, topo.objects.counties).features) {
    const fips = String(f.id ?? '');
    const name = typeof f.properties?.name === 'string' ? f.properties.name.trim() : '';
    const state = states.get(fips.slice(0, 2));
    if (!/^\d{5}$/u.test(fips) || !name || !state || !f.geometry || leftOut(fips)) continue;
    const area = f as Feature<Polygon | MultiPolygon>;
    const bbox = bboxOf(area);
    const suffix = SUFFIX[fips.slice(0, 2)] ?? 'County';
    const within = unitOf.get(state);
    out.push({
      id: `us-county-${fips}`,
      names: { ar: [], en: [`${name} ${suffix}`] },
      kind: 'district',
      point: inside(area),
      precision_m: radiusOf(bbox),
      bbox,
      certainty: 'medium',
      source: US_COUNTIES_SOURCE,
      note: `${suffix.toLowerCase()} of ${state}, United States (US Census 2017 1:10m, FIPS ${fips}): the point is its centroid or, outside the polygon, a point on it; its precision half its extent`,
      country: 'US',
      ...(within ? { within } : {}),
      world: true,
    });
  }
  return out;
}

/** Reads the committed source, or null when it is not in the repository. */
export function readCounties(root: string): Topology | null {
  const file = join(root, US_COUNTIES_FILE);
  if (!existsSync(file)) return null;
  return JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as Topology;
}

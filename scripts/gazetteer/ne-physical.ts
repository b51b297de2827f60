/**
 * Seas, large islands and regions for the ingest gazetteer, from Natural Earth's physical labels:
 * `ne_10m_geography_marine_polys` (oceans, seas, gulfs, bays, straits, channels, sounds) and
 * `ne_10m_geography_regions_polys` (islands, island groups, peninsulas, deserts and named areas such
 * as Mesopotamia or Ogaden). Natural Earth is public domain ("Made with Natural Earth").
 *
 * The model has no sea or island kind, so each is kind `region` and its class is kept in the entry's
 * note ("sea", "island"…). Geometry is stated honestly: a point on the feature (turf
 * `pointOnFeature`), its bbox, and a precision of half the bbox's diagonal. Names only as the source
 * writes them: `name` and `namealt` (Natural Earth v4.0.0 writes local forms, "Sardegna", "Corse"),
 * `name_en` and `name_ar` where the file has them (v4.1 and later); no name is added by hand.
 *
 * The two files are read from `geodata/sources/world/` when present (gzipped GeoJSON, as the other
 * world sources); the build prints a notice and adds nothing when they are not there.
 *
 * v4.0.0 has no Arabic names; Natural Earth v5 added `name_ar` (from Wikidata) to these labels. The
 * Arabic names of the v5 features read so far are a table beside the sources
 * (`NE_V5_NAMES_FILE`, its provenance in `geodata/sources/PROVENANCE.md`): a v4 feature takes a
 * row's name only where the match is certain (`joinArabicNames`), and says so in `name_source`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GazetteerEntry } from '../../src/ingest/types.ts';
import type { SourceRef } from '../../src/model/types.ts';
import { along, length, lineString } from '@turf/turf';
import { norm } from '../../src/ingest/normalize.ts';
import { NE_PHYSICAL_TITLE } from '../../src/ingest/gazetteer.ts';
import { arabicCandidates } from './arabic-names.ts';
import { bboxOf, pointOf, radiusOf, round, slug, uniq } from './store.ts';

/** The two source files, relative to the repository root. */
export const NE_PHYSICAL_FILES = {
  marine: 'geodata/sources/world/ne_10m_geography_marine_polys.geojson.gz',
  regions: 'geodata/sources/world/ne_10m_geography_regions_polys.geojson.gz',
} as const;

/**
 * The feature classes taken, by file (Natural Earth's `featurecla`, compared in lower case): what a
 * newsroom names as the place of a story. Islands and island groups (Flores, Mindanao, Socotra), seas,
 * gulfs and straits (the Java Sea, the Gulf of Aden, the Strait of Hormuz), mountain ranges (the
 * Taurus, the Zagros, the Atlas: fighting, earthquakes and rescues happen in them), peninsulas and
 * capes ("Pen/cape": Crimea, Sinai's neighbours, Kamchatka), deserts, plains and steppes (the Sahel,
 * the Pampas), valleys, deltas, plateaus, basins, lowlands, wetlands, gorges, isthmuses and
 * depressions (the Nile Delta, the Fergana Valley, the Sundarbans) and named areas (Ogaden,
 * Mesopotamia). Left out: continents (the matcher reads no continent as a place), coasts (their names
 * are countries' and cities' names: "Ivory Coast", "Gold Coast"), tundra, foothills, Natural Earth's
 * joke class and the regions file's three lakes (the lakes file has them), and among marine labels
 * rivers, reefs, inlets and "generic" labels.
 */
export const NE_PHYSICAL_CLASSES = {
  marine: ['ocean', 'sea', 'gulf', 'bay', 'strait', 'channel', 'sound', 'lagoon', 'fjord'],
  regions: [
    'island',
    'island group',
    'range/mtn',
    'peninsula',
    'pen/cape',
    'desert',
    'plain',
    'valley',
    'delta',
    'plateau',
    'basin',
    'lowland',
    'wetlands',
    'gorge',
    'isthmus',
    'depression',
    'geoarea',
  ],
} as const;

export const NE_PHYSICAL_SOURCE: SourceRef = {
  title: NE_PHYSICAL_TITLE,
  url: 'https://www.naturalearthdata.com/',
  licence: 'public domain',
  attribution: 'Made with Natural Earth',
};

type Props = Record<string, unknown>;
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** The source's names as it writes them, for the note when a display form changed their letters. */
const sourceLetters = (p: Props, shown: readonly string[]) => {
  const raw = [p.name, p.namealt].map(text).filter((s): s is string => !!s && !shown.includes(s));
  return raw.length ? `; Natural Earth writes ${raw.map((s) => `"${s}"`).join(', ')}` : '';
};

/** Natural Earth's abbreviations of a feature word at a name's end ("Taurus Mts.", "Balkan Pen."). */
const ABBREVIATIONS: [RegExp, string][] = [
  [/\bIs\.$/u, 'Islands'],
  [/\bMts\s?\.$/u, 'Mountains'],
  [/\bRa\.$/u, 'Range'],
  [/\bPen\.$/u, 'Peninsula'],
  [/\bPlat\.$/u, 'Plateau'],
];

/** Title case for a name the source writes in capitals ("ARCTIC OCEAN" → "Arctic Ocean"). */
const titleCase = (s: string) =>
  s === s.toUpperCase() ? s.toLowerCase().replace(/(^|[\s\-’'])\p{L}/gu, (c) => c.toUpperCase()) : s;

/**
 * The English-script names of a feature. Each source name is kept ("Taurus Mts."); beside it, as
 * display forms, the title case of a name written in capitals and the abbreviated feature word spelt
 * out ("Arctic Ocean", "Taurus Mountains"). The display form comes first, so it is the entry's label.
 * Names are compared normalised (case folded), so a name in capitals and its title case are one
 * name: the entry's note records the source's own letters (`sourceLetters`).
 */
function latinNames(p: Props): string[] {
  const raw = [p.name_en, p.name, p.namealt, p.NAME, p.NAMEALT]
    .map(text)
    .filter((s): s is string => !!s)
    .map((s) => s.replace(/\s+/gu, ' '));
  return uniq(
    raw.flatMap((s) => {
      const shown = ABBREVIATIONS.reduce((t, [re, word]) => t.replace(re, word), titleCase(s));
      return [shown, titleCase(s), s];
    }),
  );
}

/**
 * The gazetteer entries (without ids) and their base ids for the features of one Natural Earth
 * physical file whose class is in `classes`.
 */
export function physicalEntries(
  fc: FeatureCollection<Geometry | null, Props>,
  classes: readonly string[],
  source: SourceRef = NE_PHYSICAL_SOURCE,
): PhysicalItem[] {
  const out: PhysicalItem[] = [];
  for (const f of fc.features) {
    const p = f.properties ?? {};
    const cls = String(p.featurecla ?? p.FEATURECLA ?? '').toLowerCase();
    if (!classes.includes(cls) || !f.geometry) continue;
    const en = latinNames(p);
    if (en.length === 0) continue;
    const ar = arabicCandidates([text(p.name_ar) ?? '']).slice(0, 1);
    const feature = f as Feature<Geometry>;
    const bbox = bboxOf(feature);
    // A polygon collapsed to a point (two Antarctic islands in v4.0.0) states no extent, so no
    // precision: it is left out rather than given one.
    if (radiusOf(bbox) <= 0) continue;
    out.push({
      entry: {
        names: { ar, en },
        kind: 'region',
        point: pointOf(feature),
        precision_m: radiusOf(bbox),
        bbox,
        certainty: 'medium',
        source,
        note: `${cls} (Natural Earth 1:10m): the point is a point on the area, its precision half the area's diagonal${sourceLetters(p, en)}`,
      },
      baseId: slug(en[0]!),
      cls,
    });
  }
  return out;
}

/** A physical label's gazetteer entry (without id), its base id and its Natural Earth class (lower case). */
export interface PhysicalItem {
  entry: Omit<GazetteerEntry, 'id'>;
  baseId: string;
  cls: string;
  /** The English names a table row is compared with, when not the entry's own (a river's without "River"). */
  match?: readonly string[];
}

/** The table of Arabic names taken from Natural Earth v5's physical labels, relative to the repository root. */
export const NE_V5_NAMES_FILE = 'geodata/sources/world/ne_v5_physical_names_ar.tsv';

/** Where a v4 feature's Arabic name comes from when the table gave it (`name_source`). */
export const NE_V5_NAMES_SOURCE: SourceRef = {
  title: 'Natural Earth v5 physical labels: Arabic names (name_ar, from Wikidata)',
  url: 'https://github.com/nvkelso/natural-earth-vector',
  licence: 'public domain (Natural Earth); names from Wikidata, CC0 1.0',
  attribution: 'Made with Natural Earth',
  note: NE_V5_NAMES_FILE,
};

/** One row of the table: a v5 feature with an Arabic name, its fields as the source writes them. */
export interface V5NameRow {
  file: string;
  featurecla: string;
  name: string;
  name_en: string;
  name_ar: string;
  wikidataid: string;
  ne_id: string;
}

const V5_COLUMNS = ['file', 'featurecla', 'name', 'name_en', 'name_ar', 'wikidataid', 'ne_id'] as const;

/** The table's rows (tab-separated, one header line); throws on a header or row of another shape. */
export function parseV5Names(text: string): V5NameRow[] {
  const [head, ...lines] = text.split('\n').filter((l) => l.trim());
  if (head !== V5_COLUMNS.join('\t')) throw new Error(`${NE_V5_NAMES_FILE}: unexpected header "${head}"`);
  return lines.map((l, i) => {
    const f = l.split('\t');
    if (f.length !== V5_COLUMNS.length)
      throw new Error(`${NE_V5_NAMES_FILE}: row ${i + 1} has ${f.length} fields`);
    return Object.fromEntries(V5_COLUMNS.map((c, j) => [c, f[j]!])) as unknown as V5NameRow;
  });
}

/** The table, or null when it is not in the repository. */
export function readV5Names(root: string): V5NameRow[] | null {
  const file = join(root, NE_V5_NAMES_FILE);
  return existsSync(file) ? parseV5Names(readFileSync(file, 'utf8')) : null;
}

/**
 * The class family a name may cross: any marine class with any other (v5 writes the Gulf of Aden's
 * class where v4 may write another), an island with an island group, a cape with a peninsula, a
 * river with a lake centreline (Natural Earth draws a river through its lakes under the river's
 * name; "(Intermittent)" too); otherwise the class itself. A cape's name never names a sea, nor an
 * island's a range, nor a river's a sea.
 */
function classFamily(cls: string): string {
  const c = cls.toLowerCase();
  if (c.startsWith('river') || c.startsWith('lake centerline')) return 'river';
  if ((NE_PHYSICAL_CLASSES.marine as readonly string[]).includes(c)) return 'marine';
  if (c === 'island' || c === 'island group') return 'island';
  if (c === 'cape' || c === 'pen/cape' || c === 'peninsula') return 'cape';
  return c;
}

/**
 * The Arabic words of the marine classes (ocean, sea, gulf and bay, strait, channel, passage), one of
 * which a marine feature's Arabic name carries, with or without the article («بحر بوهاي»، «البحر
 * الأصفر»، «مضيق تايوان»). Wikidata gives some straits the bare name of the land they are named after
 * (the Straits of Florida «فلوريدا», the Korea Strait «كوريا»): that name is the state's and the
 * country's, so the strait does not take it, and no sea word is added (that would be a new name).
 */
const AR_MARINE_WORDS = new Set(['محيط', 'بحر', 'خليج', 'مضيق', 'قناة', 'ممر'].map(norm));
const hasMarineWord = (ar: string) =>
  ar.split(/\s+/u).some((w) => AR_MARINE_WORDS.has(norm(w).replace(/^ال/u, '')));

/**
 * Which v4 features take which table row's Arabic name. A feature with no Arabic name takes a row's
 * when the row's English names (`name`, `name_en`, with the display forms of `latinNames`) and the
 * feature's meet once normalised, their classes are of one family (`classFamily`), and the match is
 * unique every way: the row meets no other feature, no row with another Arabic name meets the feature
 * (rows of one name agree: a feature drawn at two scales, or twice in one file as the Yangtze is),
 * and no other feature would take the same Arabic name (the North and South Atlantic are two
 * features, one «المحيط الأطلسي»). A name not written in the Arabic language's letters is not taken
 * (`arabicCandidates`), nor a marine name without its sea word (`AR_MARINE_WORDS`), nor a name that
 * begins another row's name for another feature (Wikidata id): in a text it would be read inside the
 * longer name. Every row not used is returned with the reason, for the build to print.
 */
export function joinArabicNames(
  items: readonly PhysicalItem[],
  rows: readonly V5NameRow[],
): { named: Map<PhysicalItem, V5NameRow>; unused: { row: V5NameRow; why: string }[] } {
  const open = items.filter((i) => i.entry.names.ar.length === 0);
  const rowNames = (r: V5NameRow) => new Set(latinNames(r as unknown as Props).map(norm));
  const meets = (r: V5NameRow, i: PhysicalItem) => {
    const names = rowNames(r);
    return (
      classFamily(r.featurecla) === classFamily(i.cls) &&
      (i.match ?? i.entry.names.en).some((n) => names.has(norm(n)))
    );
  };
  // «البحر الأبيض» (the White Sea) is read inside «البحر الأبيض المتوسط» (the Mediterranean).
  const beginsAnother = (r: V5NameRow) =>
    rows.some((o) => o.wikidataid !== r.wikidataid && norm(o.name_ar).startsWith(`${norm(r.name_ar)} `));
  const why = new Map<V5NameRow, string>();
  const featuresOf = new Map<V5NameRow, PhysicalItem[]>();
  for (const r of rows) {
    if (arabicCandidates([r.name_ar]).length === 0) why.set(r, 'not in Arabic letters');
    else if (classFamily(r.featurecla) === 'marine' && !hasMarineWord(r.name_ar)) why.set(r, 'no sea word');
    else if (beginsAnother(r)) why.set(r, "its Arabic name begins another feature's");
    else
      featuresOf.set(
        r,
        open.filter((i) => meets(r, i)),
      );
  }
  const rowsOf = new Map<PhysicalItem, V5NameRow[]>();
  for (const [r, fs] of featuresOf) for (const i of fs) rowsOf.set(i, [...(rowsOf.get(i) ?? []), r]);
  const tentative = new Map<PhysicalItem, V5NameRow>();
  for (const [r, fs] of featuresOf) {
    const others = fs.length === 1 ? rowsOf.get(fs[0]!)! : [];
    if (fs.length === 0) why.set(r, 'no feature');
    else if (fs.length > 1) why.set(r, `${fs.length} features`);
    else if (new Set(others.map((o) => norm(o.name_ar))).size > 1)
      why.set(r, `one of ${others.length} rows for a feature`);
    else if (!tentative.has(fs[0]!)) tentative.set(fs[0]!, r);
  }
  const byName = new Map<string, number>();
  for (const r of tentative.values()) byName.set(norm(r.name_ar), (byName.get(norm(r.name_ar)) ?? 0) + 1);
  const named = new Map<PhysicalItem, V5NameRow>();
  for (const [i, r] of tentative) {
    if (byName.get(norm(r.name_ar))! > 1)
      for (const o of rowsOf.get(i)!) why.set(o, 'its Arabic name also names another feature');
    else named.set(i, r);
  }
  return { named, unused: rows.filter((r) => why.has(r)).map((row) => ({ row, why: why.get(row)! })) };
}

/** The entry with the row's Arabic name, its name source and a note of where the name comes from. */
export function withArabicName(
  entry: Omit<GazetteerEntry, 'id'>,
  row: V5NameRow,
): Omit<GazetteerEntry, 'id'> {
  return {
    ...entry,
    names: { ...entry.names, ar: arabicCandidates([row.name_ar]).slice(0, 1) },
    name_source: NE_V5_NAMES_SOURCE,
    note: `${entry.note ?? ''}; its Arabic name is Natural Earth v5's (Wikidata ${row.wikidataid})`,
  };
}

/** A table row of a river or a lake centreline (the rivers files), for the world rivers' join. */
export const isRiverRow = (r: V5NameRow) => classFamily(r.featurecla) === 'river';

/** Where a world river's Arabic name comes from when the table gave it (`name_source`). */
export const NE_V5_RIVER_NAMES_SOURCE: SourceRef = {
  ...NE_V5_NAMES_SOURCE,
  title: 'Natural Earth v5 rivers and lake centrelines: Arabic names (name_ar, from Wikidata)',
};

/** The Arabic river word, before the name («نهر النيل»), as "River" goes with an English one. */
const AR_RIVER_WORD = 'نهر';
const RIVER_EN = /^(?:(.+) River|River (.+))$/u;

/**
 * The world rivers (`waterEntries`) with the table's Arabic names: a river with no Arabic name takes
 * the `name_ar` of the river rows that meet it by one of its names without "River" ("Nile"), under
 * `joinArabicNames`' rules; the river rows not used come back with the reason, for the build to print.
 * A river is read only with its river word, in Arabic as in English: a name the source writes with it
 * («نهر النيل», «نهر ميكونغ») is kept as written; a bare one («دانوب», «يانغتسي») is given the word
 * before it, as "Danube" is given "River", and the note says so. Lakes take no row (no lakes file is in
 * the table). Entries are copied, not changed.
 */
export function withRiverArabicNames(
  entries: readonly GazetteerEntry[],
  rows: readonly V5NameRow[],
): { entries: GazetteerEntry[]; unused: { row: V5NameRow; why: string }[] } {
  const items = new Map<PhysicalItem, GazetteerEntry>();
  for (const e of entries) {
    if (e.kind !== 'river' || !e.id.startsWith('ne-river-') || e.names.ar.length) continue;
    const match = e.names.en.flatMap((n) => {
      const m = RIVER_EN.exec(n);
      return m ? [m[1] ?? m[2]!] : [];
    });
    items.set({ entry: e, baseId: e.id, cls: 'river', match }, e);
  }
  const { named, unused } = joinArabicNames([...items.keys()], rows.filter(isRiverRow));
  const byEntry = new Map([...named].map(([i, r]) => [items.get(i)!, r]));
  return {
    entries: entries.map((e) => {
      const row = byEntry.get(e);
      if (!row) return e;
      const ar = arabicCandidates([row.name_ar])[0]!;
      const cued = norm(ar.split(' ')[0]!) === norm(AR_RIVER_WORD);
      return {
        ...e,
        names: { ...e.names, ar: [cued ? ar : `${AR_RIVER_WORD} ${ar}`] },
        name_source: NE_V5_RIVER_NAMES_SOURCE,
        note: `${e.note ?? ''}; its Arabic name is Natural Earth v5's${cued ? '' : ` «${ar}» with the river word`} (Wikidata ${row.wikidataid})`,
      };
    }),
    unused,
  };
}

/** Reads one of the two files, or null with the reason when it is not in the repository. */
export function readPhysical(root: string, which: keyof typeof NE_PHYSICAL_FILES) {
  const file = join(root, NE_PHYSICAL_FILES[which]);
  if (!existsSync(file)) return null;
  return JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as FeatureCollection<
    Geometry | null,
    Props
  >;
}

/**
 * World rivers and lakes for the ingest world index (`worldParts`), from the Natural Earth 1:10m
 * files the basemap build already reads. English names only (the files have no Arabic;
 * `withRiverArabicNames` adds Natural Earth v5's where the match is certain).
 *
 * - A river is one entry per name and Natural Earth river number (`rivernum`; its segments and lake
 *   centrelines joined), kind `river`. Its point is the middle of its longest line (turf `along`),
 *   its bbox all its lines', its precision half that bbox's diagonal: the name stands for the whole
 *   river. Its names are only the forms with a river cue, "Sava River" and "River Sava": a river is
 *   never read from its bare name, so "Jordan", "Niger", "Congo", "Orange" stay countries and towns.
 *   Its line's vertices (about every 0.1°) go with it: the matcher accepts the river where its line
 *   meets the article's places and places it at the vertex nearest them (`riverPoint`).
 * - A lake is kind `region` (the model has no lake kind; the note says "lake"), its point a point on
 *   the polygon (turf `pointOnFeature`), precision half the bbox's diagonal, and only a name that
 *   carries its own lake word ("Lake Victoria", "Lago de Nicaragua"); "Egridir" is left out.
 *
 * Ids are `ne-river-<slug>` / `ne-lake-<slug>` (a second of the same slug gets `_2`, in file order).
 */
export const NE_WATER_FILES = {
  rivers: 'geodata/sources/world/ne_10m_rivers_lake_centerlines.geojson.gz',
  lakes: 'geodata/sources/world/ne_10m_lakes.geojson.gz',
} as const;

const NE_WATER_SOURCE = (what: string): SourceRef => ({
  title: `Natural Earth 1:10m ${what}`,
  url: 'https://www.naturalearthdata.com/',
  licence: 'public domain',
  attribution: 'Made with Natural Earth',
});

/** Spacing (degrees, |Δlon| + |Δlat|) of the vertices a river entry keeps of its line. */
export const VERTEX_STEP_DEG = 0.1;

/** A lake's name that says it is one (English and the local forms Natural Earth writes). */
const LAKE_WORD = /\b(lake|lakes|lac|lago|lagoa|laguna|lough|loch|ozero|reservoir)\b/iu;
/** A river name that already carries a water word is not given a second one ("Irrawaddy Delta" is left out). */
const OTHER_WATER = /\b(delta|canal|lake|reservoir|river|rio|río)\b/iu;

function lines(g: Geometry): number[][][] {
  if (g.type === 'LineString') return [g.coordinates];
  if (g.type === 'MultiLineString') return g.coordinates;
  return [];
}

/** A Latin name (letters, spaces, apostrophes, dots and hyphens). */
const LATIN = /^[\p{Script=Latin}\s'’.-]+$/u;

/**
 * A river's other names as Natural Earth writes them for a stretch of it, Latin ones only: its local
 * `name` where `name_en` is the English one (the Dnieper is "Dnipro" in Ukraine, the Maritsa "Evros"
 * in Greece, the Tagus "Tejo" in Portugal; round 20), and `name_alt`.
 */
function localNames(p: Props, english: string): string[] {
  return [text(p.name), text(p.name_alt)]
    .map((n) => n?.replace(/\s+/gu, ' '))
    .filter((n): n is string => !!n && LATIN.test(n) && norm(n) !== norm(english) && !OTHER_WATER.test(n));
}

/**
 * Gazetteer entries (with ids, marked `world`) for Natural Earth's rivers and lakes; a river is named
 * with "River" before or after each of its names (`localNames`).
 */
export function waterEntries(
  rivers: FeatureCollection<Geometry | null, Props>,
  lakes: FeatureCollection<Geometry | null, Props>,
): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  const ids = new Set<string>();
  const idOf = (base: string) => {
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}_${n}`;
    ids.add(id);
    return id;
  };
  const groups = new Map<string, { name: string; parts: number[][][]; local: string[] }>();
  for (const f of rivers.features) {
    const p = f.properties ?? {};
    const name = text(p.name_en) ?? text(p.name);
    if (!name || !f.geometry || OTHER_WATER.test(name)) continue;
    const clean = name.replace(/\s+/gu, ' ');
    const key = `${norm(clean)}|${String(p.rivernum ?? '')}`;
    const g = groups.get(key) ?? { name: clean, parts: [], local: [] };
    g.parts.push(...lines(f.geometry));
    g.local.push(...localNames(p, clean));
    groups.set(key, g);
  }
  // Segments of one name under different river numbers whose extents touch (within about 50 km) are
  // one river (the Mekong's two numbers); far apart they stay apart (the Verde of Brazil and of Mexico).
  const box = (ps: number[][][]) =>
    bboxOf({ type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: ps } });
  const near = (a: number[], b: number[]) =>
    a[0]! - 0.5 <= b[2]! && b[0]! - 0.5 <= a[2]! && a[1]! - 0.5 <= b[3]! && b[1]! - 0.5 <= a[3]!;
  const rivers1: { name: string; parts: number[][][]; local: string[] }[] = [];
  for (const g of groups.values()) {
    if (g.parts.length === 0) continue;
    const same = rivers1.find((r) => norm(r.name) === norm(g.name) && near(box(r.parts), box(g.parts)));
    if (same) {
      same.parts.push(...g.parts);
      same.local.push(...g.local);
    } else rivers1.push({ name: g.name, parts: [...g.parts], local: [...g.local] });
  }
  for (const { name, parts, local } of rivers1) {
    // The line's own vertices, one about every 0.1° along each part (and each part's ends).
    const vertices: [number, number][] = [];
    for (const c of parts) {
      let last: number[] | undefined;
      c.forEach((v, i) => {
        const far = !last || Math.abs(v[0]! - last[0]!) + Math.abs(v[1]! - last[1]!) >= VERTEX_STEP_DEG;
        if (far || i === c.length - 1) {
          vertices.push([round(v[0]!), round(v[1]!)]);
          last = v;
        }
      });
    }
    const longest = parts.map((c) => lineString(c)).reduce((a, b) => (length(b) > length(a) ? b : a));
    const mid = along(longest, length(longest) / 2).geometry.coordinates;
    const bbox = box(parts);
    out.push({
      id: idOf(`ne-river-${slug(name)}`),
      names: { ar: [], en: uniq([name, ...local].flatMap((n) => [`${n} River`, `River ${n}`])) },
      kind: 'river',
      point: [round(mid[0]!), round(mid[1]!)],
      precision_m: radiusOf(bbox),
      bbox,
      certainty: 'medium',
      source: NE_WATER_SOURCE('rivers and lake centrelines'),
      note: `river "${name}" (Natural Earth 1:10m): the point is the middle of its longest line, its precision half the river's extent; read only with a river cue`,
      world: true,
      vertices,
    });
  }
  for (const f of lakes.features) {
    const p = f.properties ?? {};
    const name = text(p.name_en) ?? text(p.name);
    if (!name || !f.geometry || !LAKE_WORD.test(name)) continue;
    const feature = f as Feature<Geometry>;
    const bbox = bboxOf(feature);
    out.push({
      id: idOf(`ne-lake-${slug(name)}`),
      names: {
        ar: [],
        en: uniq([
          name.replace(/\s+/gu, ' '),
          ...[text(p.name_alt)].filter((s): s is string => !!s && LAKE_WORD.test(s)),
        ]),
      },
      kind: 'region',
      point: pointOf(feature),
      precision_m: radiusOf(bbox),
      bbox,
      certainty: 'medium',
      source: NE_WATER_SOURCE('lakes'),
      note: "lake (Natural Earth 1:10m): the point is a point on the lake, its precision half the lake's diagonal",
      world: true,
    });
  }
  return out;
}

/** Reads the two water files, or null when either is not in the repository. */
export function readWater(root: string) {
  const read = (f: string) =>
    existsSync(join(root, f))
      ? (JSON.parse(gunzipSync(readFileSync(join(root, f))).toString('utf8')) as FeatureCollection<
          Geometry | null,
          Props
        >)
      : null;
  const rivers = read(NE_WATER_FILES.rivers);
  const lakes = read(NE_WATER_FILES.lakes);
  return rivers && lakes ? { rivers, lakes } : null;
}

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
 * Arabic names of the v5 features read so far, and their join to these features and to the world's
 * rivers, are `ne-v5-names.ts`'s.
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

export type Props = Record<string, unknown>;
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
export function latinNames(p: Props): string[] {
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

/**
 * Arabic names of Natural Earth v5's physical labels and rivers, for the v4 (English-only) features
 * the gazetteer reads (`ne-physical.ts`): the table beside the sources (`NE_V5_NAMES_FILE`, copied
 * from v5's GeoJSON; provenance in `geodata/sources/PROVENANCE.md`), read and parsed here, and joined
 * where the match is certain: a sea, island or region by `joinArabicNames` (one row, one feature, a
 * sea's name with its sea word), a world river by `withRiverArabicNames`. The entry says where its
 * name comes from (`name_source`); no name is written by hand.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GazetteerEntry } from '../../src/ingest/types.ts';
import type { SourceRef } from '../../src/model/types.ts';
import { norm } from '../../src/ingest/normalize.ts';
import { arabicCandidates } from './arabic-names.ts';
import { latinNames, NE_PHYSICAL_CLASSES, type PhysicalItem, type Props } from './ne-physical.ts';

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

import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  NE_PHYSICAL_CLASSES,
  NE_PHYSICAL_FILES,
  NE_PHYSICAL_SOURCE,
  physicalEntries,
  readPhysical,
  readWater,
  waterEntries,
} from '../../scripts/gazetteer/ne-physical.ts';
import {
  NE_V5_NAMES_SOURCE,
  NE_V5_RIVER_NAMES_SOURCE,
  joinArabicNames,
  readV5Names,
  withArabicName,
  withRiverArabicNames,
  type V5NameRow,
} from '../../scripts/gazetteer/ne-v5-names.ts';
import { norm } from '../../src/ingest/normalize.ts';
import { parseGazetteer } from '../../src/ingest/gazetteer.ts';

const ROOT = resolve(import.meta.dirname, '../..');
// Illustrative squares, never shipped: what matters is how names, classes and precision are read.
const square = (x: number, y: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [x, y],
      [x + 2, y],
      [x + 2, y + 2],
      [x, y + 2],
      [x, y],
    ],
  ],
});
const fc = (features: { props: Record<string, unknown>; x: number }[]) => ({
  type: 'FeatureCollection' as const,
  features: features.map(({ props, x }) => ({
    type: 'Feature' as const,
    properties: props,
    geometry: square(x, 0),
  })),
});

describe('Natural Earth seas, islands and regions for the gazetteer', () => {
  it('takes the listed classes as regions, the source letters kept beside a display form, with a point on the area, its bbox and a stated precision', () => {
    const out = physicalEntries(
      fc([
        { props: { featurecla: 'sea', name: 'Test Sea', name_ar: 'بحر الاختبار' }, x: 10 },
        { props: { featurecla: 'river', name: 'Test River' }, x: 20 },
        { props: { featurecla: 'Island group', name: 'Test Is.', namealt: null }, x: 30 },
        { props: { featurecla: 'Geoarea', name: 'TESTLAND' }, x: 40 },
        { props: { featurecla: 'Range/mtn', name: 'TEST MTS.' }, x: 50 },
      ]),
      [...NE_PHYSICAL_CLASSES.marine, ...NE_PHYSICAL_CLASSES.regions],
    );
    expect(out.map((o) => [o.baseId, o.entry.names.en, o.entry.names.ar, o.entry.kind])).toEqual([
      ['test_sea', ['Test Sea'], ['بحر الاختبار'], 'region'],
      ['test_islands', ['Test Islands', 'Test Is.'], [], 'region'],
      ['testland', ['Testland'], [], 'region'],
      ['test_mountains', ['Test Mountains', 'Test Mts.'], [], 'region'],
    ]);
    const sea = out[0]!.entry;
    expect(sea.bbox).toEqual([10, 0, 12, 2]);
    expect(sea.point[0]).toBeGreaterThanOrEqual(10);
    expect(sea.point[0]).toBeLessThanOrEqual(12);
    expect(sea.precision_m).toBeGreaterThan(150_000); // half the diagonal of a 2° square near the equator
    expect(sea.note).toMatch(/^sea \(Natural Earth 1:10m\)/u);
    expect(out[3]!.entry.note).toMatch(/; Natural Earth writes "TEST MTS\."$/u);
    expect(sea.source.licence).toBe('public domain');
    expect(sea.source.attribution).toBe('Made with Natural Earth');
  });

  it('leaves out a feature whose polygon collapsed to a point: it states no extent, so no precision', () => {
    const point = {
      type: 'Feature' as const,
      properties: { featurecla: 'Island group', name: 'X Archipelago' },
      geometry: {
        type: 'Polygon' as const,
        coordinates: [
          [
            [5, 5],
            [5, 5],
            [5, 5],
            [5, 5],
          ],
        ],
      },
    };
    const out = physicalEntries(
      {
        type: 'FeatureCollection',
        features: [point, ...fc([{ props: { featurecla: 'Island', name: 'Y Island' }, x: 0 }]).features],
      },
      NE_PHYSICAL_CLASSES.regions,
    );
    expect(out.map((o) => o.entry.names.en[0])).toEqual(['Y Island']);
    expect(out.every((o) => o.entry.precision_m > 0)).toBe(true);
  });

  it('keeps no Arabic name that is not written in Arabic letters', () => {
    const [o] = physicalEntries(
      fc([{ props: { featurecla: 'sea', name: 'X Sea', name_ar: 'Mare X' }, x: 0 }]),
      ['sea'],
    );
    expect(o!.entry.names.ar).toEqual([]);
  });

  // The source files are not committed yet (see geodata/sources/world/); with them, this says which
  // of the names issue 18's articles missed the source has.
  const have =
    existsSync(resolve(ROOT, NE_PHYSICAL_FILES.marine)) &&
    existsSync(resolve(ROOT, NE_PHYSICAL_FILES.regions));
  it.skipIf(!have)('the source has the Adriatic, Mallorca and Sardinia (as "Sardegna"); not Darfur', () => {
    const all = (['marine', 'regions'] as const).flatMap((w) =>
      physicalEntries(readPhysical(ROOT, w)!, NE_PHYSICAL_CLASSES[w]),
    );
    const named = (n: string) =>
      all.some((o) => [...o.entry.names.en, ...o.entry.names.ar].map(norm).includes(norm(n)));
    expect(['Adriatic Sea', 'Mallorca', 'Sardegna'].filter(named)).toEqual([
      'Adriatic Sea',
      'Mallorca',
      'Sardegna',
    ]);
    expect(['Darfur', 'Sardinia'].filter(named)).toEqual([]);
  });
});

// Illustrative rows in the table's shape, never shipped ("Test Sea" is no place).
const row = (o: Partial<V5NameRow>): V5NameRow => ({
  file: 'test',
  featurecla: 'sea',
  name: 'Test Sea',
  name_en: 'Test Sea',
  name_ar: 'بحر الاختبار',
  wikidataid: 'Q0',
  ne_id: '0',
  ...o,
});

describe('Arabic names from the Natural Earth v5 table for the v4 physical labels', () => {
  const items = (features: { props: Record<string, unknown>; x: number }[]) =>
    physicalEntries(fc(features), [...NE_PHYSICAL_CLASSES.marine, ...NE_PHYSICAL_CLASSES.regions]);

  it('gives a feature the Arabic name of the one row with its English name and a compatible class, and says where the name comes from', () => {
    const all = items([
      { props: { featurecla: 'sea', name: 'TEST SEA' }, x: 10 },
      { props: { featurecla: 'Island group', name: 'Test Is.' }, x: 20 },
    ]);
    const { named, unused } = joinArabicNames(all, [
      row({}),
      row({ featurecla: 'island', name: 'Test Islands', name_en: 'Test Islands', name_ar: 'جزر الاختبار' }),
    ]);
    expect(unused).toEqual([]);
    const sea = withArabicName(all[0]!.entry, named.get(all[0]!)!);
    expect(sea.names.ar).toEqual(['بحر الاختبار']);
    expect(sea.names.en).toEqual(all[0]!.entry.names.en);
    expect(sea.source).toEqual(NE_PHYSICAL_SOURCE);
    expect(sea.name_source).toEqual(NE_V5_NAMES_SOURCE);
    expect(sea.note).toMatch(/; its Arabic name is Natural Earth v5's \(Wikidata Q0\)$/u);
    expect(named.get(all[1]!)?.name_ar).toBe('جزر الاختبار');
  });

  it('gives no name across classes: a sea row does not name an island of that name', () => {
    const all = items([{ props: { featurecla: 'Island', name: 'Test Sea' }, x: 10 }]);
    const { named, unused } = joinArabicNames(all, [row({})]);
    expect(named.size).toBe(0);
    expect(unused.map((u) => u.why)).toEqual(['no feature']);
  });

  it('names nothing with an ambiguous row: two features of its name, two rows for one feature, one Arabic name for two features', () => {
    const twin = items([
      { props: { featurecla: 'sea', name: 'Test Sea' }, x: 10 },
      { props: { featurecla: 'sea', name: 'Test Sea' }, x: 20 },
    ]);
    const a = joinArabicNames(twin, [row({})]);
    expect(a.named.size).toBe(0);
    expect(a.unused.map((u) => u.why)).toEqual(['2 features']);

    const one = items([{ props: { featurecla: 'sea', name: 'Test Sea' }, x: 10 }]);
    const b = joinArabicNames(one, [row({ ne_id: '1' }), row({ ne_id: '2', name_ar: 'بحر التجربة' })]);
    expect(b.named.size).toBe(0);
    expect(b.unused.map((u) => u.why)).toEqual([
      'one of 2 rows for a feature',
      'one of 2 rows for a feature',
    ]);

    const halves = items([
      { props: { featurecla: 'sea', name: 'North Test Sea' }, x: 10 },
      { props: { featurecla: 'sea', name: 'South Test Sea' }, x: 20 },
    ]);
    const c = joinArabicNames(halves, [
      row({ name: 'North Test Sea', name_en: 'Test Sea' }),
      row({ name: 'South Test Sea', name_en: 'Test Sea' }),
    ]);
    expect(c.named.size).toBe(0);
    expect(c.unused.map((u) => u.why)).toEqual([
      'its Arabic name also names another feature',
      'its Arabic name also names another feature',
    ]);
  });

  it("gives a sea, gulf or strait no Arabic name that lacks its sea word: a bare name is a country's or a state's", () => {
    const all = items([
      { props: { featurecla: 'strait', name: 'Test Strait' }, x: 10 },
      { props: { featurecla: 'gulf', name: 'Gulf of Test' }, x: 20 },
    ]);
    const { named, unused } = joinArabicNames(all, [
      row({ featurecla: 'strait', name: 'Test Strait', name_en: 'Test Strait', name_ar: 'الاختبار' }),
      row({ featurecla: 'gulf', name: 'Gulf of Test', name_en: 'Gulf of Test', name_ar: 'الخليج الاختباري' }),
    ]);
    expect(named.has(all[0]!)).toBe(false);
    expect(named.get(all[1]!)?.name_ar).toBe('الخليج الاختباري');
    expect(unused.map((u) => u.why)).toEqual(['no sea word']);
  });

  it("gives no feature an Arabic name that begins another feature's: it would be read inside the longer name", () => {
    const all = items([{ props: { featurecla: 'sea', name: 'Test Sea' }, x: 10 }]);
    const { named, unused } = joinArabicNames(all, [
      row({}),
      row({
        name: 'Greater Test Sea',
        name_en: 'Greater Test Sea',
        name_ar: 'بحر الاختبار الكبير',
        wikidataid: 'Q1',
      }),
    ]);
    expect(named.size).toBe(0);
    expect(unused.map((u) => u.why)).toEqual(["its Arabic name begins another feature's", 'no feature']);
  });

  it('reports a row that matches no feature, or whose name is not in Arabic letters, and uses neither', () => {
    const all = items([{ props: { featurecla: 'sea', name: 'Test Sea' }, x: 10 }]);
    const { named, unused } = joinArabicNames(all, [
      row({ name: 'Other Sea', name_en: 'Other Sea' }),
      row({ name_ar: 'دریای آزمایش' }),
    ]);
    expect(named.size).toBe(0);
    expect(unused.map((u) => u.why)).toEqual(['no feature', 'not in Arabic letters']);
  });

  it('reads the shipped table: every row has its seven fields', () => {
    const rows = readV5Names(ROOT);
    expect(rows).not.toBeNull();
    expect(rows!.length).toBeGreaterThan(0);
    expect(
      rows!.every((r) => r.name && r.name_ar && r.featurecla && r.file && /^Q\d+$/u.test(r.wikidataid)),
    ).toBe(true);
  });

  it("the shipped gazetteer's Red Sea, Black Sea and Arabian Sea have the table's Arabic names, with its provenance", () => {
    const g = parseGazetteer(JSON.parse(readFileSync(resolve(ROOT, 'geodata/gazetteer.json'), 'utf8')));
    const sea = (en: string) =>
      g.entries.find((e) => e.source.title === NE_PHYSICAL_SOURCE.title && e.names.en.includes(en));
    expect(sea('Red Sea')?.names.ar).toEqual(['البحر الأحمر']);
    expect(sea('Black Sea')?.names.ar).toEqual(['البحر الأسود']);
    expect(sea('Arabian Sea')?.names.ar).toEqual(['بحر العرب']);
    expect(sea('Red Sea')?.name_source?.title).toBe(NE_V5_NAMES_SOURCE.title);
  });

  it("the shipped gazetteer's smaller seas, gulfs and straits (Natural Earth v5 1:50m) have the table's Arabic names", () => {
    const g = parseGazetteer(JSON.parse(readFileSync(resolve(ROOT, 'geodata/gazetteer.json'), 'utf8')));
    const rows = readV5Names(ROOT)!.filter((r) => r.file === 'ne_50m_geography_marine_polys');
    for (const name of ['Yellow Sea', 'Bo Hai', 'Gulf of Aden', 'Strait of Gibraltar', 'Java Sea']) {
      const row = rows.find((r) => r.name === name);
      const entry = g.entries.find(
        (e) => e.source.title === NE_PHYSICAL_SOURCE.title && e.names.en.includes(name),
      );
      expect(row, name).toBeDefined();
      expect(entry?.names.ar, name).toEqual([row!.name_ar]);
      expect(entry?.name_source?.title, name).toBe(NE_V5_NAMES_SOURCE.title);
    }
  });
});

describe('Arabic names from the Natural Earth v5 table for the world rivers', () => {
  // Illustrative lines and names, never shipped.
  const line = (name: string, rivernum: number, x: number) => ({
    type: 'Feature' as const,
    properties: { name, name_en: name, featurecla: 'River', rivernum },
    geometry: {
      type: 'LineString' as const,
      coordinates: [
        [x, 10],
        [x, 12],
      ],
    },
  });
  const rivers = (...fs: ReturnType<typeof line>[]) =>
    waterEntries({ type: 'FeatureCollection', features: fs }, { type: 'FeatureCollection', features: [] });
  const river = (o: Partial<V5NameRow>) =>
    row({ featurecla: 'River', name: 'Wanda', name_en: 'Wanda', name_ar: 'نهر واندا', ...o });

  it('gives a river the Arabic name of the one river row with its name, with the river word, and says where the name comes from', () => {
    const all = rivers(line('Wanda', 1, 10), line('Tamu', 2, 20));
    const { entries, unused } = withRiverArabicNames(all, [
      river({}),
      river({ featurecla: 'Lake Centerline', name: 'Tamu', name_en: 'Tamu', name_ar: 'تامو' }),
    ]);
    expect(unused).toEqual([]);
    const [wanda, tamu] = entries;
    expect(wanda!.names.ar).toEqual(['نهر واندا']);
    expect(wanda!.names.en).toEqual(all[0]!.names.en);
    expect(wanda!.name_source).toEqual(NE_V5_RIVER_NAMES_SOURCE);
    expect(wanda!.note).toMatch(/; its Arabic name is Natural Earth v5's \(Wikidata Q0\)$/u);
    expect(tamu!.names.ar).toEqual(['نهر تامو']);
    expect(tamu!.note).toMatch(/Natural Earth v5's «تامو» with the river word/u);
    expect(all.every((e) => e.names.ar.length === 0)).toBe(true);
  });

  it('takes one name from rows that agree (a river drawn twice), and none across classes', () => {
    const { entries, unused } = withRiverArabicNames(rivers(line('Wanda', 1, 10)), [
      river({ file: 'a' }),
      river({ file: 'b' }),
    ]);
    expect(unused).toEqual([]);
    expect(entries[0]!.names.ar).toEqual(['نهر واندا']);
    const sea = withRiverArabicNames(rivers(line('Wanda', 1, 10)), [
      row({ name: 'Wanda', name_en: 'Wanda', name_ar: 'بحر واندا' }),
    ]);
    expect(sea.entries[0]!.names.ar).toEqual([]);
  });

  it('names nothing with an ambiguous or unmatched row, and reports it', () => {
    const twin = withRiverArabicNames(rivers(line('Wanda', 1, 10), line('Wanda', 2, -60)), [river({})]);
    expect(twin.entries.every((e) => e.names.ar.length === 0)).toBe(true);
    expect(twin.unused.map((u) => u.why)).toEqual(['2 features']);
    const two = withRiverArabicNames(rivers(line('Wanda', 1, 10)), [
      river({}),
      river({ name_ar: 'نهر وندة' }),
    ]);
    expect(two.entries[0]!.names.ar).toEqual([]);
    expect(two.unused.map((u) => u.why)).toEqual([
      'one of 2 rows for a feature',
      'one of 2 rows for a feature',
    ]);
    const none = withRiverArabicNames(rivers(line('Wanda', 1, 10)), [
      river({ name: 'Tamu', name_en: 'Tamu' }),
    ]);
    expect(none.entries[0]!.names.ar).toEqual([]);
    expect(none.unused.map((u) => u.why)).toEqual(['no feature']);
  });
});

describe('Natural Earth rivers and lakes from the repository files', () => {
  const water = readWater(ROOT);
  it('has each named river once near its course, and no bare river name', () => {
    expect(water).not.toBeNull();
    const all = waterEntries(water!.rivers, water!.lakes);
    const named = (en: string) => all.filter((x) => x.names.en[0] === en);
    expect(named('Mekong River')).toHaveLength(1);
    expect(named('Danube River')).toHaveLength(1);
    const [sava] = named('Sava River');
    expect(sava?.point[0]).toBeGreaterThan(13);
    expect(sava?.point[0]).toBeLessThan(21);
    expect(named('Lake Victoria')[0]?.kind).toBe('region');
    const bare = new Set(['jordan', 'niger', 'congo', 'orange', 'sava', 'mekong']);
    expect(all.filter((x) => x.names.en.some((n) => bare.has(norm(n))))).toEqual([]);
    expect(new Set(all.map((x) => x.id)).size).toBe(all.length);
    expect(all.every((x) => x.world && x.names.ar.length === 0 && x.precision_m! > 0)).toBe(true);
  });

  it('names a river also by the Latin names Natural Earth writes for its stretches (Dnipro, Evros)', () => {
    const all = waterEntries(water!.rivers, water!.lakes);
    const named = (en: string) => all.find((x) => x.names.en[0] === en)?.names.en ?? [];
    expect(named('Dnieper River')).toEqual(expect.arrayContaining(['Dnipro River', 'River Dnipro']));
    expect(named('Maritsa River')).toContain('Evros River');
    expect(named('Tagus River')).toContain('Tejo River');
  });
});

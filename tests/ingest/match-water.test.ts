/**
 * World rivers and lakes (issue 18): entries built by `waterEntries` from made-up Natural Earth-like
 * features, then matched in made-up sentences. A river is read only with a river cue; its bare name
 * stays the country or town it also is. Lines and polygons are illustrative, never shipped.
 */
import { describe, expect, test } from 'vitest';
import { waterEntries } from '../../scripts/gazetteer/ne-physical.ts';
import { buildIndex, matchPlaces } from '../../src/ingest/match.ts';
import type { GazetteerEntry } from '../../src/ingest/types.ts';
import { e, w } from './entry-builders.ts';

const line = (name: string, rivernum: number, coords: number[][]) => ({
  type: 'Feature' as const,
  properties: { name, name_en: name, featurecla: 'River', rivernum },
  geometry: { type: 'LineString' as const, coordinates: coords },
});
const lake = (name: string, x: number, y: number) => ({
  type: 'Feature' as const,
  properties: { name, featurecla: 'Lake' },
  geometry: {
    type: 'Polygon' as const,
    coordinates: [
      [
        [x, y],
        [x + 1, y],
        [x + 1, y + 1],
        [x, y + 1],
        [x, y],
      ],
    ],
  },
});
const RIVERS = {
  type: 'FeatureCollection' as const,
  features: [
    line('Wanda', 1, [
      [10, 10],
      [10, 12],
    ]),
    // The same river under a second number, touching the first: one entry.
    line('Wanda', 2, [
      [10, 12],
      [10, 13],
    ]),
    // A namesake far away: its own entry.
    line('Wanda', 3, [
      [-60, -10],
      [-60, -11],
    ]),
    line('Jordan', 4, [
      [35.5, 31.8],
      [35.6, 32.8],
    ]),
    line('Tamu', 6, [
      [11, 9],
      [11, 10],
    ]),
    line('Irrawaddy Delta', 5, [
      [95, 16],
      [95.5, 17],
    ]),
  ],
};
const LAKES = {
  type: 'FeatureCollection' as const,
  features: [lake('Lake Tama', 32, -2), lake('Egridir', 30, 38)],
};
const WATER = waterEntries(RIVERS, LAKES);

describe('waterEntries: Natural Earth rivers and lakes for the world index', () => {
  test('one river per name and touching numbers, pointed at the middle of its longest line', () => {
    const wanda = WATER.filter((x) => x.names.en[0] === 'Wanda River');
    expect(wanda.map((x) => x.id)).toEqual(['ne-river-wanda', 'ne-river-wanda_2']);
    expect(wanda[0]).toMatchObject({
      kind: 'river',
      names: { ar: [], en: ['Wanda River', 'River Wanda'] },
      point: [10, 11],
      bbox: [10, 10, 10, 13],
      world: true,
      certainty: 'medium',
    });
    expect(wanda[0]!.precision_m).toBeGreaterThan(150_000);
    expect(wanda[0]!.source.licence).toBe('public domain');
  });

  test('a lake only when its name says lake; a delta is no river', () => {
    expect(WATER.map((x) => x.id)).toEqual([
      'ne-river-wanda',
      'ne-river-wanda_2',
      'ne-river-jordan',
      'ne-river-tamu',
      'ne-lake-lake_tama',
    ]);
    expect(WATER.at(-1)).toMatchObject({ kind: 'region', names: { ar: [], en: ['Lake Tama'] } });
    expect(WATER.at(-1)!.note).toMatch(/^lake/u);
  });
});

const ENTRIES: GazetteerEntry[] = [
  e('jordan', ['الأردن'], ['Jordan'], 'country', [36, 31], { country: 'JO', bbox: [34.9, 29.2, 39.3, 33.4] }),
  e('wandaland', [], ['Wandaland'], 'country', [10, 11], { country: 'WL', bbox: [8, 8, 12, 14] }),
  e('tamaland', [], ['Tamaland'], 'country', [32, -2], { country: 'TL', bbox: [30, -4, 34, 0] }),
  w('g-wanda', [], ['Wanda'], 'town', [10.2, 11.5], 'WL', 20_000),
  ...WATER,
];
const index = buildIndex(ENTRIES);
const found = (text: string) =>
  matchPlaces(text, index, { lang: 'en' }).map((m) => ({
    text: Array.from(text).slice(m.start, m.end).join(''),
    id: m.placeId,
  }));

describe('a river is read only with its cue', () => {
  test('"the Wanda River" and "the river Wanda" are the river; "Wanda" alone is the town', () => {
    expect(
      found('In Wandaland, the Wanda River burst its banks. Boats left Wanda and crossed the river Wanda.'),
    ).toEqual([
      { text: 'Wandaland', id: 'wandaland' },
      { text: 'Wanda River', id: 'ne-river-wanda' },
      { text: 'Wanda', id: 'g-wanda' },
      { text: 'river Wanda', id: 'ne-river-wanda' },
    ]);
  });

  test('"Jordan" is the country; "the Jordan River" is the river', () => {
    expect(found('Jordan closed its border as the Jordan River rose.')).toEqual([
      { text: 'Jordan', id: 'jordan' },
      { text: 'Jordan River', id: 'ne-river-jordan' },
    ]);
  });

  test('a river first read with its cue is that river later on its own', () => {
    expect(found('In Wandaland the Tamu River rose, and Tamu fishermen waited.')).toEqual([
      { text: 'Wandaland', id: 'wandaland' },
      { text: 'Tamu River', id: 'ne-river-tamu' },
      { text: 'Tamu', id: 'ne-river-tamu' },
    ]);
  });

  test('"the Tamu" alone is the river when nothing else is named so; "Tamu" without "the" is not', () => {
    expect(found('In Wandaland boats on the Tamu stopped. Tamu fishermen waited.')).toEqual([
      { text: 'Wandaland', id: 'wandaland' },
      { text: 'Tamu', id: 'ne-river-tamu' },
    ]);
  });

  test('"the Jordan" and "the Wanda" stay the country and the town they also are', () => {
    expect(found('In Wandaland, the Wanda grew; the Jordan delegation left.')).toEqual([
      { text: 'Wandaland', id: 'wandaland' },
      { text: 'Wanda', id: 'g-wanda' },
      { text: 'Jordan', id: 'jordan' },
    ]);
  });

  test('"Lake Tama" is the lake, in the context of its country', () => {
    expect(found('Fishermen on Lake Tama in Tamaland were rescued.')).toEqual([
      { text: 'Lake Tama', id: 'ne-lake-lake_tama' },
      { text: 'Tamaland', id: 'tamaland' },
    ]);
  });
});

describe('a river is placed where the article is', () => {
  // A long river whose middle lies far upstream, in another country; it flows past Pakse in Laosland.
  const long = waterEntries(
    {
      type: 'FeatureCollection',
      features: [
        line('Longa', 7, [
          [100, 40],
          [100, 30],
          [100, 25],
          [101, 20],
          [105.8, 15.1],
          [106, 12],
        ]),
      ],
    },
    { type: 'FeatureCollection', features: [] },
  );
  const idx = buildIndex([
    e('laosland', [], ['Laosland'], 'country', [104, 17], { country: 'LL', bbox: [100, 13.9, 107.7, 22.5] }),
    w('g-pakse', [], ['Pakse'], 'city', [105.8, 15.12], 'LL', 88_000),
    ...long,
  ]);

  test('its line meeting the article’s places makes it near, without a cue ("the Longa")', () => {
    const ms = matchPlaces('In Laosland, boats left Pakse on the Longa.', idx, { lang: 'en' });
    expect(ms.map((m) => m.placeId)).toEqual(['laosland', 'g-pakse', 'ne-river-longa']);
  });

  test('at the point of its line nearest the article’s other places, not its middle', () => {
    const river = matchPlaces('In Laosland, boats left Pakse on the Longa.', idx, { lang: 'en' }).at(-1)!;
    expect(long[0]!.point[1]).toBeGreaterThan(23);
    expect(river.at).toEqual({ point: [105.8, 15.1], precision_m: 10_000 });
  });
});

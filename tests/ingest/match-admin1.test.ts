/**
 * First-level units in the world index (issue 18, round 7): Natural Earth admin-1 units are world
 * entries of kind `governorate` (`scripts/gazetteer/ne-admin1.ts`). A bare name that is also a city
 * stays the city; a province cue in either language chooses the unit; a bare name that is only a
 * unit is the unit when the article names or holds a place of its country; a physical cue («وادي»,
 * "islands of") names the valley or island, not the unit; between namesake units the country named
 * last before decides. Made-up sentences; points and boxes are rough and illustrative (never shipped).
 */
import { describe, expect, test } from 'vitest';
import { withWorld } from '../../src/ingest/gazetteer.ts';
import { buildIndex } from '../../src/ingest/match.ts';
import type { GazetteerEntry } from '../../src/ingest/types.ts';
import { e, w } from './entry-builders.ts';
import { foundIn } from './found.ts';

const unit = (
  id: string,
  ar: string[],
  en: string[],
  point: [number, number],
  country: string,
  bbox: [number, number, number, number],
): GazetteerEntry => ({ ...w(id, ar, en, 'governorate', point, country), bbox, precision_m: 50_000 });

const ENTRIES: GazetteerEntry[] = [
  e('tunisia', ['تونس'], ['Tunisia'], 'country', [9.5, 34], { country: 'TN', bbox: [7.5, 30.2, 11.6, 37.6] }),
  e('ethiopia', ['إثيوبيا'], ['Ethiopia'], 'country', [39.6, 8.6], {
    country: 'ET',
    bbox: [33, 3.4, 48, 14.9],
  }),
  e('belgium', ['بلجيكا'], ['Belgium'], 'country', [4.6, 50.6], {
    country: 'BE',
    bbox: [2.5, 49.5, 6.4, 51.5],
  }),
  e('netherlands', ['هولندا'], ['Netherlands'], 'country', [5.6, 52.2], {
    country: 'NL',
    bbox: [3.3, 50.7, 7.2, 53.6],
  }),
  e('uzbekistan', ['أوزبكستان'], ['Uzbekistan'], 'country', [64, 41], {
    country: 'UZ',
    bbox: [56, 37.2, 73.1, 45.6],
  }),
  e('philippines', ['الفلبين'], ['Philippines'], 'country', [122, 12], {
    country: 'PH',
    bbox: [116.9, 4.6, 126.6, 21.1],
  }),
  e('eritrea', ['إريتريا'], ['Eritrea'], 'country', [39, 15.4], {
    country: 'ER',
    bbox: [36.4, 12.4, 43.1, 18],
  }),
  w('g-sousse', ['سوسة'], ['Sousse'], 'city', [10.64, 35.83], 'TN', 271_000),
  w('g-asmara', ['أسمرة'], ['Asmara'], 'city', [38.93, 15.33], 'ER', 563_000),
  w('g-liege', ['لييج'], ['Liège'], 'city', [5.57, 50.63], 'BE', 182_000),
  unit('u-sousse', ['سوسة'], ['Sousse'], [10.4, 35.9], 'TN', [10, 35.5, 10.8, 36.3]),
  unit('u-tigray', ['تيغراي'], ['Tigray'], [39, 14], 'ET', [36.5, 12.3, 40, 14.9]),
  unit('u-fergana', ['فرغانة'], ['Fergana'], [71.5, 40.4], 'UZ', [70.5, 39.9, 72.5, 40.9]),
  unit('u-cebu', ['سيبو'], ['Cebu'], [123.8, 10.3], 'PH', [123.3, 9.4, 124.1, 11.3]),
  unit('u-limburg-be', [], ['Limburg'], [5.41, 51], 'BE', [4.98, 50.7, 5.91, 51.29]),
  unit('u-limburg-nl', [], ['Limburg'], [5.93, 51.22], 'NL', [5.55, 50.75, 6.21, 51.78]),
];
const index = buildIndex(ENTRIES);

const found = foundIn(index);

describe('a first-level unit and the city it shares a name with', () => {
  test('bare, the name is the city; with a province cue in either language, the unit', () => {
    expect(found('Tourists left Sousse, in Tunisia, on Saturday.', 'en')).toEqual([
      { text: 'Sousse', id: 'g-sousse' },
      { text: 'Tunisia', id: 'tunisia' },
    ]);
    expect(found('Police closed roads across Sousse governorate.', 'en')).toEqual([
      { text: 'Sousse governorate', id: 'u-sousse' },
    ]);
    expect(found('أغلقت الشرطة الطرق في ولاية سوسة.', 'ar')).toEqual([
      { text: 'ولاية سوسة', id: 'u-sousse' },
    ]);
    expect(found('وصل السياح إلى مدينة سوسة.', 'ar')).toEqual([{ text: 'مدينة سوسة', id: 'g-sousse' }]);
  });
});

describe('a bare name that is only a unit', () => {
  test('is the unit when the article names its country', () => {
    expect(found('Fighting spread in Tigray, in northern Ethiopia.', 'en')).toEqual([
      { text: 'Tigray', id: 'u-tigray' },
      { text: 'Ethiopia', id: 'ethiopia' },
    ]);
  });

  test('is no place when only a place across the border is named, however near', () => {
    expect(found('Refugees from Tigray reached Asmara, Eritrea.', 'en')).toEqual([
      { text: 'Asmara', id: 'g-asmara' },
      { text: 'Eritrea', id: 'eritrea' },
    ]);
  });
});

describe('a physical cue before a unit’s name', () => {
  test('names the valley or the island, not the unit', () => {
    expect(found('اندلعت اشتباكات في وادي فرغانة بأوزبكستان.', 'ar')).toEqual([
      { text: 'وادي فرغانة', id: null, kind: 'region' },
      { text: 'أوزبكستان', id: 'uzbekistan' },
    ]);
    expect(found('Ferries to the islands of Cebu stopped in the Philippines.', 'en')).toEqual([
      { text: 'islands of Cebu', id: null, kind: 'region' },
      { text: 'Philippines', id: 'philippines' },
    ]);
  });
});

describe('namesake units in two countries of the article', () => {
  test('the one in the country named last before it', () => {
    const text =
      'In Belgium, Liège was flooded. Across the border in the Netherlands, the province of Limburg was hit.';
    expect(found(text, 'en').at(-1)).toEqual({ text: 'province of Limburg', id: 'u-limburg-nl' });
  });
});

describe('one owner per unit', () => {
  test('a world unit named like a shipped governorate whose box holds it is not added twice', () => {
    const shipped = e('aleppo_governorate', ['حلب', 'محافظة حلب'], ['Aleppo'], 'governorate', [37.5, 36.2], {
      bbox: [36.5, 35.3, 38.6, 36.7],
    });
    const world = [
      unit('u-aleppo', ['حلب', 'محافظة حلب'], ['Aleppo'], [37.4, 36.1], 'SY', [36.5, 35.3, 38.6, 36.7]),
      unit('u-idlib', ['إدلب'], ['Idlib'], [36.6, 35.8], 'SY', [36, 35.3, 37, 36.3]),
    ];
    expect(withWorld([shipped], world).map((x) => x.id)).toEqual(['aleppo_governorate', 'u-idlib']);
  });

  test('… and so is one near its point, though the shipped box is clipped (round 30)', () => {
    // The shipped unit's box stops at the study area's edge; the world unit's point lies south of it.
    const shipped = e('dq_governorate', ['ذي قار'], ['Dhi Qar'], 'governorate', [46.1, 31.75], {
      bbox: [45.7, 31.5, 46.5, 32],
    });
    const world = [
      unit('u-dq', ['ذي قار'], ['Dhi Qar'], [46.2, 31.1], 'IQ', [45.5, 30.5, 47, 32]),
      unit('u-far', ['ذي قار'], ['Dhi Qar'], [40, 20], 'SA', [39, 19, 41, 21]),
    ];
    expect(withWorld([shipped], world).map((x) => x.id)).toEqual(['dq_governorate', 'u-far']);
  });

  test('a CLDR subdivision name a unit of that country has is read through the unit only', () => {
    const i = buildIndex(
      [unit('u-rp', [], ['Rhineland-Palatinate'], [7.4, 49.9], 'DE', [6.1, 49, 8.5, 50.9])],
      [],
      [],
      [
        { country: 'DE', name: 'Rhineland-Palatinate' },
        { country: 'DE', name: 'Saxony' },
      ],
    );
    expect([...i.subdivisions.keys()]).toEqual(['saxony']);
  });
});

/**
 * Matching rules from the thirteenth round (issue 18), general causes of held-out-12's wrong readings,
 * on made-up sentences from other countries. Points are rough and illustrative (test fixture, never
 * shipped).
 */
import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../src/ingest/match.ts';
import type { GazetteerEntry } from '../../src/ingest/types.ts';
import { e, w } from './entry-builders.ts';
import { foundIn } from './found.ts';

const ENTRIES: GazetteerEntry[] = [
  e('sudan', ['السودان'], ['Sudan'], 'country', [30, 15], { country: 'SD', bbox: [21.8, 8.7, 38.6, 22] }),
  e('jordan', ['الأردن'], ['Jordan'], 'country', [36.5, 31], {
    country: 'JO',
    bbox: [34.9, 29.2, 39.3, 33.4],
  }),
  w('g-kassala', ['كسلا'], ['Kassala'], 'city', [36.4, 15.45], 'SD', 400_000),
  e('senegal', ['السنغال'], ['Senegal'], 'country', [-14.5, 14.4], {
    country: 'SN',
    bbox: [-17.6, 12.3, -11.3, 16.7],
  }),
  w('g-dakar', ['داكار'], ['Dakar'], 'city', [-17.44, 14.69], 'SN', 2_500_000),
  e('tanzania', ['تنزانيا'], ['Tanzania'], 'country', [35, -6], {
    country: 'TZ',
    bbox: [29.3, -11.7, 40.4, -1],
  }),
  e('mali', ['مالي'], ['Mali'], 'country', [-2, 17], { country: 'ML', bbox: [-12.2, 10.1, 4.3, 25] }),
  w('g-bukoba', ['بوكوبا'], ['Bukoba'], 'city', [31.81, -1.33], 'TZ', 130_000),
  w('g-kayes', ['كاي'], ['Kayes'], 'city', [-11.44, 14.45], 'ML', 130_000),
  // A region named after its river, and the river (Natural Earth writes it with its river word).
  {
    ...w('ne-kagera', ['كاجيرا'], ['Kagera'], 'governorate', [31.3, -2], 'TZ'),
    bbox: [30.4, -3.2, 32, -0.99],
  },
  {
    ...e('ne-river-kagera', [], ['Kagera River', 'River Kagera'], 'river', [31.5, -1.2]),
    world: true,
    vertices: [
      [30.8, -2.4],
      [31.6, -1.0],
    ],
  },
  {
    ...e('ne-river-senegal', [], ['Sénégal River', 'River Sénégal'], 'river', [-12, 14.6]),
    world: true,
    vertices: [
      [-11.4, 14.4],
      [-16.5, 16],
    ],
  },
  e('ethiopia', ['إثيوبيا'], ['Ethiopia'], 'country', [39, 9], { country: 'ET', bbox: [33, 3.4, 48, 14.9] }),
  w('g-bahir-dar', ['بحر دار'], ['Bahir Dar'], 'city', [37.39, 11.59], 'ET', 240_000),
  e('kenya', ['كينيا'], ['Kenya'], 'country', [38, 0.5], { country: 'KE', bbox: [33.9, -4.7, 41.9, 5.0] }),
  w('g-mombasa', ['مومباسا'], ['Mombasa'], 'city', [39.66, -4.05], 'KE', 900_000),
  e('peru', ['بيرو'], ['Peru'], 'country', [-75, -9], { country: 'PE', bbox: [-81.4, -18.4, -68.7, -0.04] }),
  w('g-callao', ['كالاو'], ['Callao'], 'city', [-77.12, -12.06], 'PE', 800_000),
  w('g-garissa', ['غاريسا'], ['Garissa'], 'town', [39.65, -0.45], 'KE', 120_000),
  // A lake and a river the sources name only in English.
  { ...e('ne-lake-lake_tana', [], ['Lake Tana'], 'region', [37.3, 12]), world: true },
  {
    ...e('ne-river-tana', [], ['Tana River', 'River Tana'], 'river', [39.5, -1]),
    world: true,
    vertices: [
      [37.5, -0.5],
      [39.7, -0.5],
      [40.4, -2.5],
    ],
  },
  w('g-irbid', ['إربد'], ['Irbid'], 'city', [35.85, 32.55], 'JO', 500_000),
  // Villages GeoNames writes only in Latin letters, whose names are common Arabic words: "centre",
  // "centres", "little houses".
  w('g-markaz', [], ['Markaz'], 'village', [36.3, 15.5], 'SD', 900),
  w('g-marakiz', [], ['Marakiz'], 'village', [35.9, 32.5], 'JO', 700),
  w('g-munayzilah', [], ['Al Munayzilah'], 'village', [36.5, 15.4], 'SD', 800),
  // A foreign town GeoNames writes only in Latin letters: still found after a preposition.
  w('g-wad-sharifey', [], ['Wad Sharifey'], 'town', [36.45, 15.5], 'SD', 20_000),
];
const found = foundIn(buildIndex(ENTRIES));

describe('thirteenth round: common Arabic nouns are no Latin-only village', () => {
  test('«إلى مركز»، «إلى مراكز» (a centre, centres) in Sudan and Jordan are no village Markaz', () => {
    expect(found('نُقل الجرحى إلى مركز للإيواء قرب كسلا في السودان.', 'ar')).toEqual([
      { text: 'كسلا', id: 'g-kassala' },
      { text: 'السودان', id: 'sudan' },
    ]);
    expect(found('نقل الجيش الأسر إلى مراكز إيواء في إربد بالأردن.', 'ar')).toEqual([
      { text: 'إربد', id: 'g-irbid' },
      { text: 'الأردن', id: 'jordan' },
    ]);
  });
  test('«في منازلها» (in their houses), a noun with a possessive suffix the text also writes with the article, is no village', () => {
    expect(found('علقت الأسر في منازلها قرب كسلا بعدما غمرت المياه المنازل في السودان.', 'ar')).toEqual([
      { text: 'كسلا', id: 'g-kassala' },
      { text: 'السودان', id: 'sudan' },
    ]);
  });
});

describe('thirteenth round: an ordinal after a cue word is no name', () => {
  test('«بولاية ثانية» (a second term) in Senegal, «مدينة ثالثة» (a third city) in Jordan', () => {
    expect(found('احتج الآلاف في داكار بعد فوز الرئيس بولاية ثانية في السنغال.', 'ar')).toEqual([
      { text: 'داكار', id: 'g-dakar' },
      { text: 'السنغال', id: 'senegal' },
    ]);
    expect(found('امتدت الاحتجاجات من إربد إلى مدينة ثالثة في الأردن.', 'ar')).toEqual([
      { text: 'إربد', id: 'g-irbid' },
      { text: 'الأردن', id: 'jordan' },
    ]);
  });
});

describe('thirteenth round: "the X", a region named after its river, is the river', () => {
  test('"swept into the Kagera" (Tanzania) is the river; "the Kagera region" stays the region', () => {
    expect(found('Floods near Bukoba, Tanzania, swept two bridges into the Kagera on Monday.', 'en')).toEqual(
      [
        { text: 'Bukoba', id: 'g-bukoba' },
        { text: 'Tanzania', id: 'tanzania' },
        { text: 'Kagera', id: 'ne-river-kagera' },
      ],
    );
    expect(
      found('Floods near Bukoba, Tanzania, cut roads across the Kagera region on Monday.', 'en').map(
        (m) => m.id,
      ),
    ).toContain('ne-kagera');
  });
  test('«نهر السنغال» near Kayes in Mali is the Sénégal River, whose name the source writes with an accent', () => {
    expect(found('فاض نهر السنغال قرب كاي في مالي.', 'ar').map((m) => m.id)).toEqual([
      'ne-river-senegal',
      'g-kayes',
      'mali',
    ]);
  });
});

describe('thirteenth round: "hills" after a unit name is a region of its own', () => {
  test('"the Kagera hills" (Tanzania) is no region Kagera', () => {
    expect(found('Landslides struck villages in the Kagera hills near Bukoba, Tanzania.', 'en')).toEqual([
      { text: 'Kagera hills', id: null, kind: 'region' },
      { text: 'Bukoba', id: 'g-bukoba' },
      { text: 'Tanzania', id: 'tanzania' },
    ]);
    expect(found('Rain fell on the Kassala hills in Sudan.', 'en')).toEqual([
      { text: 'Kassala hills', id: null, kind: 'region' },
      { text: 'Sudan', id: 'sudan' },
    ]);
  });
});

describe('thirteenth round: an Arabic lake or river name is the world one of that spelling', () => {
  test('«بحيرة تانا» near Bahir Dar (Ethiopia), «نهر تانا» near Garissa (Kenya)', () => {
    expect(found('ارتفع منسوب بحيرة تانا قرب بحر دار في إثيوبيا.', 'ar').map((m) => m.id)).toEqual([
      'ne-lake-lake_tana',
      'g-bahir-dar',
      'ethiopia',
    ]);
    expect(found('فاض نهر تانا قرب غاريسا في كينيا.', 'ar').map((m) => m.id)).toEqual([
      'ne-river-tana',
      'g-garissa',
      'kenya',
    ]);
  });
});

describe('thirteenth round: "the Port of X", capitalised, is the port', () => {
  test('"the Port of Mombasa" (Kenya) and "the Port of Callao" (Peru) are facilities; "the port of Mombasa" stays the city', () => {
    expect(found('Containers piled up at the Port of Mombasa in Kenya.', 'en')).toEqual([
      { text: 'Port of Mombasa', id: null, kind: 'facility' },
      { text: 'Kenya', id: 'kenya' },
    ]);
    expect(found('Ships waited off the Port of Callao, Peru.', 'en').map((m) => m.kind ?? m.id)).toEqual([
      'facility',
      'peru',
    ]);
    expect(found('Floods reached the port of Mombasa in Kenya.', 'en')).toEqual([
      { text: 'Mombasa', id: 'g-mombasa' },
      { text: 'Kenya', id: 'kenya' },
    ]);
  });
});

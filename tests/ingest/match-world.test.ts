/**
 * Matching with world-index entries (GeoNames-like: `world`, a country code, a population) beside
 * shipped ones: context decides what is proposed and how an ambiguous name ranks; cue words decide
 * the kind and stay in an unknown name's proposed name; later occurrences are linked.
 * Points are rough and illustrative (test fixture, never shipped).
 */
import { describe, expect, test } from 'vitest';
import { buildIndex, matchPlaces } from '../../src/ingest/match.ts';
import type { GazetteerEntry } from '../../src/ingest/types.ts';

import { e, w } from './entry-builders.ts';

const ENTRIES: GazetteerEntry[] = [
  e('jordan', ['الأردن'], ['Jordan'], 'country', [36, 31], { country: 'JO' }),
  e('saudi_arabia', ['السعودية'], ['Saudi Arabia'], 'country', [45, 24], { country: 'SA' }),
  e('oman', ['عمان', 'سلطنة عمان'], ['Oman'], 'country', [57, 21], { country: 'OM' }),
  e('amman', ['عمان', 'عمّان'], ['Amman'], 'city', [35.9, 31.9], { country: 'JO', population: 1_275_857 }),
  e('qamishli', ['القامشلي'], ['Qamishli'], 'city', [41.2, 37.05], { country: 'SY' }),
  e('hasakah_city', ['الحسكة'], ['al-Hasakah'], 'city', [40.75, 36.5], { country: 'SY' }),
  e(
    'hasakah_governorate',
    ['الحسكة', 'محافظة الحسكة'],
    ['al-Hasakah governorate'],
    'governorate',
    [40.9, 36.6],
  ),
  e('al_bab', ['الباب'], ['al-Bab'], 'city', [37.5, 36.4], { country: 'SY' }),
  e('mosul', ['الموصل'], ['Mosul'], 'city', [43.1, 36.3], { country: 'IQ', population: 1_683_000 }),
  w('geonames-1', ['مسقط'], ['Muscat'], 'city', [58.4, 23.6], 'OM', 1_400_000),
  w('geonames-2', ['عامودا'], ['Amuda'], 'village', [40.93, 37.1], 'SY'),
  w('geonames-3', ['الهول'], ['Al Hawl'], 'village', [41.15, 36.39], 'SY'),
  w('geonames-4', ['الحويجة'], ['Hawija'], 'town', [43.8, 35.3], 'IQ', 40_000),
  w('geonames-5', ['المدينة', 'المدينة المنورة'], ['Medina'], 'city', [39.6, 24.5], 'SA', 1_300_000),
  w('geonames-6', [], ['Elbistan'], 'town', [37.2, 38.2], 'TR', 80_000),
  w('geonames-7', [], ['Hope'], 'town', [-93.6, 33.7], 'US', 9_000),
  w('geonames-8', ['هاتاي'], ['Hatay'], 'village', [36.2, 36.2], 'TR'),
  w('geonames-9', [], ['Sinjar'], 'town', [41.87, 36.32], 'IQ', 38_000),
  w('geonames-10', [], ['Sinjar'], 'village', [37.0, 35.6], 'SY'),
  w('geonames-11', ['عنتاب'], ['Gaziantep'], 'city', [37.38, 37.06], 'TR', 1_800_000),
  w('geonames-12', ['إسكندرونة'], ['Iskenderun'], 'city', [36.17, 36.58], 'TR', 160_000),
  w('geonames-13', [], ['Volodymyr'], 'town', [24.3, 50.8], 'UA', 37_910),
  w('geonames-14', ['هزة'], ['Heze'], 'city', [115.4, 35.2], 'CN', 1_346_717),
  w('geonames-15', ['بازارجيك'], ['Pazardzhik'], 'city', [24.3, 42.2], 'BG', 65_671),
  w('geonames-16', ['مرعش'], ['Kahramanmaras'], 'city', [36.9, 37.6], 'TR', 376_045),
  w('geonames-17', ['سلطات'], ['Sultat'], 'town', [35.5, 38.5], 'TR', 119_082),
  e('turkey', ['تركيا'], ['Turkey'], 'country', [35, 39], { country: 'TR' }),
  e('egypt', ['مصر'], ['Egypt'], 'country', [30, 26], { country: 'EG', bbox: [24.7, 22, 36.9, 31.6] }),
  w('geonames-20', ['غزة'], ['Gaza'], 'city', [34.47, 31.5], 'PS', 410_000),
  w('geonames-21', ['جباليا'], ['Jabalia'], 'city', [34.48, 31.53], 'PS', 168_568),
  w('geonames-22', ['بيت حانون'], ['Beit Hanoun'], 'town', [34.54, 31.54], 'PS', 32_000),
  w('geonames-23', ['رفح'], ['Rafah'], 'city', [34.25, 31.29], 'PS', 126_305),
  w('geonames-24', ['رفح'], ['Rafah'], 'village', [34.24, 31.28], 'EG'),
  e('ukraine', ['أوكرانيا'], ['Ukraine'], 'country', [31, 49], { country: 'UA' }),
  e('damascus', ['دمشق'], ['Damascus'], 'city', [36.3, 33.5], { country: 'SY', actor: true }),
];
const index = buildIndex(ENTRIES);
const cp = (s: string) => Array.from(s);
/** The mentions of `text` as [exact, placeId, rule-or-kind, proposed name]. */
function found(text: string, lang: 'ar' | 'en' = 'ar') {
  return matchPlaces(text, index, { lang }).map((m) => [
    cp(text).slice(m.start, m.end).join(''),
    m.placeId ?? `new ${m.kind}: ${m.name}`,
  ]);
}

describe('world-index places are proposed in context only', () => {
  test.each([
    ['زار عامودا', []],
    [
      'من القامشلي إلى عامودا',
      [
        ['القامشلي', 'qamishli'],
        ['عامودا', 'geonames-2'],
      ],
    ],
    ['"Hope" in Hope, said the aid worker', []],
    ['a town called Hope near Qamishli', [['Qamishli', 'qamishli']]],
    ['the town of Elbistan', [['town of Elbistan', 'geonames-6']]],
    ['حجاج المدينة', []],
    ['في المدينة المنورة', []],
    [
      'من السعودية إلى المدينة المنورة',
      [
        ['السعودية', 'saudi_arabia'],
        ['المدينة المنورة', 'geonames-5'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(found(text, /[a-z]/u.test(text) ? 'en' : 'ar')).toEqual(expected);
  });
});

describe('an ambiguous name ranks by the article’s other places, then population', () => {
  test.each([
    ['زار عمّان', 'amman'],
    ['وصل الوفد من الأردن إلى عمان', 'amman'],
    ['في مسقط عاصمة سلطنة عمان وفي عمان', 'oman'],
  ])('%s', (text, id) => {
    const ms = matchPlaces(text, index, { lang: 'ar' });
    expect(ms.at(-1)!.placeId).toBe(id);
  });

  test('Sinjar in an article about Mosul is the Iraqi town', () => {
    expect(found('From Mosul to Sinjar', 'en')).toEqual([
      ['Mosul', 'mosul'],
      ['Sinjar', 'geonames-9'],
    ]);
  });
});

describe('cue words decide the kind and stay in an unknown name', () => {
  test.each([
    ['في ريف الحسكة', [['ريف الحسكة', 'hasakah_governorate']]],
    ['عبر معبر باب الهوى', [['معبر باب الهوى', 'new crossing: معبر باب الهوى']]],
    [
      'نزحوا إلى مخيم الهول قرب الحسكة',
      [
        ['مخيم الهول', 'new facility: مخيم الهول'],
        ['الحسكة', 'hasakah_city'],
      ],
    ],
    ['داخل سجن الحسكة', [['سجن الحسكة', 'new facility: سجن الحسكة']]],
    ['في ولاية هاتاي', [['ولاية هاتاي', 'new governorate: ولاية هاتاي']]],
    ['في بلدة نورداغ القريبة', [['بلدة نورداغ', 'new town: بلدة نورداغ']]],
    ['طلاب جامعة الموصل', [['جامعة الموصل', 'new facility: جامعة الموصل']]],
    ['at the University of Mosul', [['University of Mosul', 'new facility: University of Mosul']]],
    ['at Mosul University', [['Mosul University', 'new facility: Mosul University']]],
    ['in Hawija district', [['Hawija district', 'new district: Hawija district']]],
    ['in Hatay province', [['Hatay province', 'new governorate: Hatay province']]],
    [
      'in the Ghwayran neighbourhood',
      [['Ghwayran neighbourhood', 'new neighbourhood: Ghwayran neighbourhood']],
    ],
  ])('%s', (text, expected) => {
    expect(found(text, /[a-z]/u.test(text) ? 'en' : 'ar')).toEqual(expected);
  });
});

describe('a word is not a name it resembles', () => {
  test.each([
    ['فتح باب المدرسة', []],
    ['في الباب', [['الباب', 'al_bab']]],
    ['وصل إلى الباب', [['الباب', 'al_bab']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('every later occurrence of a name proposed once is linked', () => {
  test.each([
    [
      'أغلق معبر باب الهوى أمس. وقال مسؤول في باب الهوى إن وباب الهوى',
      [
        ['معبر باب الهوى', 'new crossing: معبر باب الهوى'],
        ['باب الهوى', 'new crossing: معبر باب الهوى'],
        ['باب الهوى', 'new crossing: معبر باب الهوى'],
      ],
    ],
    [
      'Fighting in Hawija district. Later, Hawija fell.',
      [
        ['Hawija district', 'new district: Hawija district'],
        ['Hawija', 'new district: Hawija district'],
      ],
    ],
    [
      // Round 30: the dateline names the place before the text introduces it, as the headline does.
      'Fire at Zorba\nZorba (a credit) — Fighting in Zorba district.\nLater, Zorba fell.',
      [
        ['Zorba', 'new district: Zorba district'],
        ['Zorba', 'new district: Zorba district'],
        ['Zorba district', 'new district: Zorba district'],
        ['Zorba', 'new district: Zorba district'],
      ],
    ],
    [
      // A name in the body before the cue stays unread: it may be the word.
      'Fire at noon\nMosul — Zorba is quiet. Fighting in Zorba district.',
      [
        ['Mosul', 'mosul'],
        ['Zorba district', 'new district: Zorba district'],
      ],
    ],
    [
      // A dateline's name joined by a hyphen to more words is a longer name.
      'Fire at noon\nZORBA-SOUTH — Fighting in Zorba district.',
      [['Zorba district', 'new district: Zorba district']],
    ],
    [
      "Inside the Sina'a prison, and later Sina'a again.",
      [
        ["Sina'a prison", "new facility: Sina'a prison"],
        ["Sina'a", "new facility: Sina'a prison"],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(found(text, /[a-z]/u.test(text) ? 'en' : 'ar')).toEqual(expected);
  });

  test('a later occurrence says why it was linked', () => {
    const ms = matchPlaces('عبر معبر باب الهوى. ثم باب الهوى', index, { lang: 'ar' });
    expect(ms.map((m) => m.rule)).toEqual(['cue-unknown-name', 'same-name-later']);
  });
});

describe('a plural cue word introduces a list of names', () => {
  test.each([
    [
      'دمر الانفجار أحياء الجميزة ومار مخايل والأشرفية، وسمع دويه',
      [
        ['الجميزة', 'new neighbourhood: الجميزة'],
        ['مار مخايل', 'new neighbourhood: مار مخايل'],
        ['الأشرفية', 'new neighbourhood: الأشرفية'],
      ],
    ],
    [
      'تضررت قرى عامودا وتل حلف قرب القامشلي',
      [
        ['عامودا', 'geonames-2'],
        ['تل حلف', 'new village: تل حلف'],
        ['القامشلي', 'qamishli'],
      ],
    ],
    ['أحياء في المدينة', []],
    ['دمرت قرى بأكملها حول البلدة', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('context rules for world places', () => {
  test.each([
    ['في مدينة غازي عنتاب', [['مدينة غازي عنتاب', 'geonames-11']]],
    ['في ولاية كهرمان مرعش', [['ولاية كهرمان مرعش', 'new governorate: ولاية كهرمان مرعش']]],
    [
      'في تركيا والإسكندرونة',
      [
        ['تركيا', 'turkey'],
        ['الإسكندرونة', 'geonames-12'],
      ],
    ],
    ['President Volodymyr Zelensky of Ukraine', [['Ukraine', 'ukraine']]],
    ['ضربت هزة ثانية', []],
    [
      'في دمشق وبلدة بازارجيك',
      [
        ['دمشق', 'damascus'],
        ['بلدة بازارجيك', 'new town: بلدة بازارجيك'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(found(text, /[a-z]/u.test(text) ? 'en' : 'ar')).toEqual(expected);
  });
});

describe('near a named country, and near places accepted so', () => {
  test.each([
    [
      'على الحدود مع مصر قرب غزة',
      [
        ['مصر', 'egypt'],
        ['غزة', 'geonames-20'],
      ],
    ],
    [
      'وصلت إلى بيت حانون وجباليا قرب غزة، على الحدود مع مصر',
      [
        ['بيت حانون', 'geonames-22'],
        ['جباليا', 'geonames-21'],
        ['غزة', 'geonames-20'],
        ['مصر', 'egypt'],
      ],
    ],
    ['غزة وجباليا', []],
    ['في قطاع غزة', [['قطاع غزة', 'new region: قطاع غزة']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  test('an ambiguous name near both readings: the larger population first (Rafah, Gaza)', () => {
    const [, m] = matchPlaces('من مصر إلى رفح', index, { lang: 'ar' });
    expect(m!.candidates).toEqual(['geonames-23', 'geonames-24']);
  });
});

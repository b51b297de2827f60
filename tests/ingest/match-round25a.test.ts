/**
 * Matching rules from round 25, part A (issue 18): Arabic common words that GeoNames names a town (a
 * month), the buildings a facility word names (`cues.ts`, `match-passing-buildings.ts`), a great city
 * named by a common word (`match-word-cities.ts`) and a unit word before a town named like its unit
 * (`match-cue-unit-key.ts`), on made-up sentences from countries the tuning sets do not cover.
 * Points are rough and illustrative (test fixture, never shipped).
 */
import { describe, expect, test } from 'vitest';
import { COMMON_WORDS } from '../../src/ingest/cues.ts';
import { buildIndex } from '../../src/ingest/match.ts';
import { norm } from '../../src/ingest/normalize.ts';
import type { GazetteerEntry } from '../../src/ingest/types.ts';
import { e, unit, w } from './entry-builders.ts';
import { foundIn } from './found.ts';

const ENTRIES: GazetteerEntry[] = [
  e('kenya', ['كينيا'], ['Kenya'], 'country', [38, 0.5], { country: 'KE', bbox: [33.9, -4.7, 41.9, 5] }),
  w('g-nairobi', ['نيروبي'], ['Nairobi'], 'city', [36.82, -1.29], 'KE', 2_750_000),
  w('g-mombasa', ['مومباسا'], ['Mombasa'], 'city', [39.66, -4.05], 'KE', 800_000),
  e('brazil', ['البرازيل'], ['Brazil'], 'country', [-53, -10], {
    country: 'BR',
    bbox: [-74, -33.8, -34.8, 5.3],
  }),
  w('g-porto-alegre', ['بورتو أليغري'], ['Porto Alegre'], 'city', [-51.23, -30.03], 'BR', 1_400_000),
  w('g-mayo', ['مايو'], ['Mayo'], 'town', [-135.9, 63.59], 'CA', 200),
  e('australia', ['أستراليا'], ['Australia'], 'country', [134, -25], {
    country: 'AU',
    bbox: [113, -44, 154, -10],
  }),
  w('g-sydney', ['سيدني'], ['Sydney'], 'city', [151.21, -33.87], 'AU', 4_600_000),
  e('egypt', ['مصر'], ['Egypt'], 'country', [30, 27], { country: 'EG', bbox: [24.7, 22, 36.9, 31.7] }),
  w('g-cairo', ['القاهرة'], ['Cairo'], 'city', [31.25, 30.05], 'EG', 9_600_000),
  e('afghanistan', ['أفغانستان'], ['Afghanistan'], 'country', [66, 34], {
    country: 'AF',
    bbox: [60.5, 29.4, 74.9, 38.5],
  }),
  e('south-korea', ['كوريا الجنوبية'], ['South Korea'], 'country', [127.8, 36.3], {
    country: 'KR',
    bbox: [124.6, 33.1, 130.9, 38.6],
  }),
  w('g-seoul', ['سيول', 'سول'], ['Seoul'], 'city', [126.98, 37.57], 'KR', 10_000_000),
  w('g-busan', ['بوسان'], ['Busan'], 'city', [129.04, 35.1], 'KR', 3_400_000),
  e('japan', ['اليابان'], ['Japan'], 'country', [138, 36], { country: 'JP', bbox: [129.4, 31, 145.5, 45.5] }),
  w('g-tokyo', ['طوكيو'], ['Tokyo'], 'city', [139.69, 35.69], 'JP', 8_300_000),
  w('g-kassala', ['كسلا'], ['Kassala'], 'city', [36.4, 15.45], 'SD', 400_000),
  e('russia', ['روسيا'], ['Russia'], 'country', [100, 60], { country: 'RU', bbox: [19.6, 41.2, 180, 81.9] }),
  w('g-kursk', ['كورسك'], ['Kursk'], 'city', [36.19, 51.73], 'RU', 440_000),
  unit('ne-ru-krs', ['أوبلاست كورسك'], ['Kursk'], 'RU', [34.1, 50.9, 38.5, 52.4]),
  e('kazakhstan', ['كازاخستان'], ['Kazakhstan'], 'country', [67, 48], {
    country: 'KZ',
    bbox: [46.5, 40.6, 87.3, 55.4],
  }),
  w('g-karaganda', ['قاراغندي'], ['Karaganda'], 'city', [73.1, 49.8], 'KZ', 500_000),
  unit('ne-kz-kar', [], ['Karaganda'], 'KZ', [64, 45.5, 80, 51.5]),
  w('g-kabul', ['كابول'], ['Kabul'], 'city', [69.17, 34.53], 'AF', 3_000_000),
];

const found = foundIn(buildIndex(ENTRIES));
const ids = (text: string) => found(text, 'ar').map((m) => `${m.text}:${m.id ?? m.kind}`);

describe('round 25a: a common word is no town', () => {
  test('an Arabic month of either calendar is a common word, never a name (Mayo, Tammuz)', () => {
    for (const m of ['مايو', 'أيار', 'تموز', 'أغسطس']) expect(COMMON_WORDS.has(norm(m))).toBe(true);
    expect(COMMON_WORDS.has(norm('نيروبي'))).toBe(false);
  });
});

describe('round 25a: a building a facility word names', () => {
  test('a stadium named after a country or a city is the stadium (Australia, Egypt)', () => {
    expect(ids('تدافع المشجعون عند مداخل ملعب أستراليا في سيدني.')).toEqual([
      'ملعب أستراليا:facility',
      'سيدني:g-sydney',
    ]);
    expect(ids('أقيمت الجنازة في استاد القاهرة.')).toEqual(['استاد القاهرة:facility']);
  });

  test('a hotel or a theatre named again is where the events happened (Afghanistan, Kenya)', () => {
    expect(ids('اقتحم مسلحون فندق سيرينا في كابول، وحاصرت القوات سيرينا حتى الفجر.')).toContain(
      'فندق سيرينا:facility',
    );
    expect(ids('هاجم مسلحون مسرح كينياتا في نيروبي، ثم أخلت الشرطة مسرح كينياتا.')).toContain(
      'مسرح كينياتا:facility',
    );
  });

  test('a hotel named once, or a hall with its adjective, is named in passing (Kenya, Egypt)', () => {
    expect(ids('احتمى السكان في فندق رويال قرب مومباسا.')).toEqual(['مومباسا:g-mombasa']);
    expect(ids('أقيم الحفل في أكبر قاعة مغلقة في القاهرة.')).toEqual(['القاهرة:g-cairo']);
  });
});

describe('round 25a: a great city whose name is a common word', () => {
  test('in an article that names its country, with no weather, it is the city (South Korea)', () => {
    expect(ids('وصل الوفد إلى سيول قادماً من بوسان، وقالت كوريا الجنوبية إن المحادثات بدأت.')).toContain(
      'سيول:g-seoul',
    );
    expect(ids('أعلنت كوريا الجنوبية الحداد، ونُكّست الأعلام في أنحاء سيول.')).toContain('سيول:g-seoul');
  });

  test('torrents in a flood report, or the city of a country the article does not name (Sudan, Japan, Korea)', () => {
    expect(ids('جرفت سيول منازل في كسلا بعد أمطار غزيرة.')).not.toContain('سيول:g-seoul');
    expect(ids('جرفت سيول منازل في بوسان بكوريا الجنوبية بعد أمطار غزيرة.')).not.toContain('سيول:g-seoul');
    expect(ids('قال مسؤولون في طوكيو إن اليابان ستساعد، وإن سيول لم ترد.')).not.toContain('سيول:g-seoul');
  });
});

describe('round 25a: a unit word before a town named like its unit', () => {
  test('«منطقة» before a town whose first-level unit bears its name is the unit (Russia, Kazakhstan)', () => {
    expect(ids('سقطت مسيّرة في منطقة كورسك غرب روسيا.')).toContain('منطقة كورسك:ne-ru-krs');
    expect(ids('ضربت الهزة منطقة قاراغندي في كازاخستان.')).toContain('منطقة قاراغندي:ne-kz-kar');
  });
});

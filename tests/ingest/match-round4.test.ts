/**
 * Matching rules from the fourth round on unseen articles (issue 18): Arabic spellings of a foreign
 * name with or without a long vowel's alef (جاكرتا ~ جاكارتا); a time-of-day word before a date is no
 * place («ليل 14 نيسان», not Lille). Points are rough and illustrative (test fixture, never shipped).
 */
import { describe, expect, test } from 'vitest';
import { buildIndex, matchPlaces } from '../../src/ingest/match.ts';
import { withoutLongAlef } from '../../src/ingest/match-index.ts';
import { arabicKey, consonants, latinKey } from '../../src/ingest/spelling-key.ts';
import type { GazetteerEntry } from '../../src/ingest/types.ts';

import { e, w } from './entry-builders.ts';

const ENTRIES: GazetteerEntry[] = [
  e('indonesia', ['إندونيسيا'], ['Indonesia'], 'country', [118, -2], {
    country: 'ID',
    bbox: [95, -11, 141, 6],
  }),
  e('france', ['فرنسا'], ['France'], 'country', [2.5, 46.5], { country: 'FR', bbox: [-5, 42.3, 8.2, 51.1] }),
  e('nigeria', ['نيجيريا'], ['Nigeria'], 'country', [8, 9.5], {
    country: 'NG',
    bbox: [2.7, 4.3, 14.7, 13.9],
  }),
  { ...w('g-jakarta', ['جاكارتا'], ['Jakarta'], 'city', [106.85, -6.21], 'ID', 8_540_121), actor: true },
  w('g-lille', ['ليل'], ['Lille'], 'city', [3.06, 50.63], 'FR', 234_475),
  w('g-abuja', ['أبوجا'], ['Abuja'], 'city', [7.49, 9.06], 'NG', 590_400),
  w('g-samarra', ['سامراء'], ['Samarra'], 'city', [43.88, 34.2], 'IQ', 158_508),
  w('g-banda-aceh', ['باندا آتشيه'], ['Banda Aceh'], 'city', [95.32, 5.55], 'ID', 250_757),
  w('g-chibok', [], ['Chibok'], 'town', [12.85, 10.87], 'NG'),
  w('g-meulaboh', [], ['Meulaboh'], 'town', [96.13, 4.14], 'ID', 64_646),
  w('g-shibuk', [], ['Shibuk'], 'village', [44, 33], 'IQ', 900),
];
const index = buildIndex(ENTRIES);
const ids = (text: string, lang: 'ar' | 'en') => matchPlaces(text, index, { lang }).map((m) => m.placeId);

const found = (text: string, lang: 'ar' | 'en') =>
  matchPlaces(text, index, { lang }).map((m) => ({
    text: Array.from(text).slice(m.start, m.end).join(''),
    id: m.placeId,
  }));

describe('fourth round (unseen articles)', () => {
  test('a foreign name spelled without one of its long vowels (جاكرتا ~ جاكارتا) is the same place', () => {
    expect(ids('جاكرتا — ضرب زلزال إندونيسيا، وعقدت قمة في جاكرتا.', 'ar')).toEqual([
      'g-jakarta',
      'indonesia',
      'g-jakarta',
    ]);
  });

  test('…but a name of Arabic origin or one with the article keeps its spelling (سمراء is no Samarra)', () => {
    expect(withoutLongAlef('جاكارتا')).toEqual(['جاكرتا']);
    expect(withoutLongAlef('سامراء')).toEqual([]);
    expect(withoutLongAlef('الساحرة')).toEqual([]);
    expect(withoutLongAlef('باندا آتشيه')).toEqual([]);
  });

  test('a time-of-day word before a date or a weekday is no place («ليل 14 نيسان», not Lille)', () => {
    expect(ids('أبوجا — اقتحم مسلحون ليل 14 نيسان 2014 مدرسة في نيجيريا', 'ar')).toEqual([
      'g-abuja',
      'nigeria',
    ]);
    expect(ids('ضرب زلزال ليل الجمعة شمال فرنسا', 'ar')).toEqual(['france']);
  });

  test('…but the city is read in other words, and after a cue word even before a date', () => {
    expect(ids('وصل الرئيس إلى ليل في شمال فرنسا', 'ar')).toEqual(['g-lille', 'france']);
    expect(ids('في مدينة ليل 14 نيسان شمال فرنسا', 'ar')).toEqual(['g-lille', 'france']);
  });

  test("a name a cue word introduces is a place GeoNames spells only in Latin letters, in the article's countries", () => {
    expect(found('أبوجا — خطف مسلحون تلميذات من بلدة شيبوك في نيجيريا', 'ar')).toEqual([
      { text: 'أبوجا', id: 'g-abuja' },
      { text: 'بلدة شيبوك', id: 'g-chibok' },
      { text: 'نيجيريا', id: 'nigeria' },
    ]);
    expect(ids('ضربت الأمواج باندا آتشيه في إندونيسيا ثم بلدة ميولابوه', 'ar')).toEqual([
      'g-banda-aceh',
      'indonesia',
      'g-meulaboh',
    ]);
  });

  test('…but not a namesake in a country the article does not name, nor a name without a cue', () => {
    expect(ids('خطف مسلحون تلميذات من بلدة شيبوك', 'ar')).toEqual([null]);
    expect(ids('وصلت الأمواج إلى بلدة شيبوك في إندونيسيا', 'ar')).toEqual([null, 'indonesia']);
    expect(ids('وصلت الأمواج إلى شيبوك في نيجيريا', 'ar')).toEqual(['nigeria']);
  });
});

describe('consonant keys of Arabic and Latin spellings', () => {
  test('one foreign name in both scripts has one key', () => {
    expect(arabicKey('شيبوك')).toBe(latinKey('Chibok'));
    expect(arabicKey('ميولابوه')).toBe(latinKey('Meulaboh'));
    expect(arabicKey('جاكرتا')).toBe(latinKey('Jakarta'));
  });

  test('a vowel that ends the name and the article count (زموري is not Zemoura; المخا is not Al Muwayh)', () => {
    expect(arabicKey('زموري')).not.toBe(latinKey('Zemoura'));
    expect(consonants(arabicKey('المخا'))).toBeLessThan(3);
  });
});

describe("a village the world index leaves out, named after a cue word near the article's places", () => {
  const DE: GazetteerEntry[] = [
    e('germany', ['ألمانيا'], ['Germany'], 'country', [10.4, 51.1], {
      country: 'DE',
      bbox: [5.9, 47.3, 15, 55.1],
    }),
    w('g-sinzig', [], ['Sinzig'], 'town', [7.25, 50.54], 'DE', 17_581),
    w('g-ahrweiler', [], ['Bad Neuenahr-Ahrweiler'], 'town', [7.12, 50.54], 'DE', 28_251),
  ];
  const schuld = w('v-schuld', [], ['Schuld'], 'village', [6.89, 50.45], 'DE', 847);
  const farSchuld = w('v-schuld-far', [], ['Schuld'], 'village', [12.5, 53.5], 'DE', 600);
  const text =
    'Floods hit Germany. In the village of Schuld, houses collapsed, and in Sinzig and Bad Neuenahr-Ahrweiler residents drowned. Merkel walked through the ruins of Schuld.';
  const run = (villages: GazetteerEntry[]) =>
    matchPlaces(text, buildIndex(DE, [], villages), { lang: 'en' }).map((m) => [
      Array.from(text).slice(m.start, m.end).join(''),
      m.placeId,
    ]);

  test('is the GeoNames village, and so are its later occurrences', () => {
    expect(run([farSchuld, schuld])).toEqual([
      ['Germany', 'germany'],
      ['village of Schuld', 'v-schuld'],
      ['Sinzig', 'g-sinzig'],
      ['Bad Neuenahr-Ahrweiler', 'g-ahrweiler'],
      ['Schuld', 'v-schuld'],
    ]);
  });

  test("…but a namesake far from the article's places stays an unknown name to place", () => {
    expect(run([farSchuld]).map(([, id]) => id)).toEqual(['germany', null, 'g-sinzig', 'g-ahrweiler', null]);
  });
});

describe('plural English cue phrases ("the coastal towns of X and Y")', () => {
  const CL: GazetteerEntry[] = [
    e('chile', ['تشيلي'], ['Chile'], 'country', [-71, -35], {
      country: 'CL',
      bbox: [-75.7, -56, -66.4, -17.5],
    }),
    w('g-constitucion', [], ['Constitución', 'Constitucion'], 'town', [-72.41, -35.33], 'CL', 37_917),
  ];
  const text = 'A quake struck Chile. Waves swept into the coastal towns of Constitución and Dichato.';
  test('propose each unknown name they list as a place of their kind; known ones stay matched', () => {
    const got = matchPlaces(text, buildIndex(CL), { lang: 'en' }).map((m) => [
      Array.from(text).slice(m.start, m.end).join(''),
      m.placeId,
      m.kind,
    ]);
    expect(got[0]).toEqual(['Chile', 'chile', undefined]);
    expect(got.find(([t]) => String(t).includes('Constitución'))?.[1]).toBe('g-constitucion');
    expect(got.at(-1)).toEqual(['Dichato', null, 'town']);
  });
});

describe('a left-out village GeoNames names after two places joined by a hyphen', () => {
  const IT: GazetteerEntry[] = [
    e('italy', ['إيطاليا'], ['Italy'], 'country', [12.5, 42.5], {
      country: 'IT',
      bbox: [6.6, 36.6, 18.5, 47.1],
    }),
    w('g-aquila', [], ["L'Aquila"], 'city', [13.4, 42.35], 'IT', 68_503),
  ];
  const villages = [
    w('v-paganica', [], ['Paganica-Tempera'], 'village', [13.47, 42.36], 'IT', 4_205),
    w('v-castelnuovo', [], ['Castelnuovo'], 'village', [13.7, 42.73], 'IT', 738),
  ];
  const text = "A quake struck L'Aquila in Italy, and the nearby towns of Paganica and Castelnuovo.";
  test('is found by either name ("the towns of Paganica and Castelnuovo")', () => {
    expect(matchPlaces(text, buildIndex(IT, [], villages), { lang: 'en' }).map((m) => m.placeId)).toEqual([
      'g-aquila',
      'italy',
      'v-paganica',
      'v-castelnuovo',
    ]);
  });
});

/**
 * Matching rules from round 24, part A (issue 18): an unknown name after a cue word that is another
 * Arabic spelling of a name a source gives (`match-cue-spellings.ts`), on made-up sentences from
 * countries the tuning sets do not cover. Points and boxes are rough and illustrative (test
 * fixture, never shipped).
 */
import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../src/ingest/match.ts';
import { arabicSpellingKey } from '../../src/ingest/spelling-key.ts';
import type { GazetteerEntry } from '../../src/ingest/types.ts';
import { e, unit, w } from './entry-builders.ts';
import { foundIn } from './found.ts';

const ENTRIES: GazetteerEntry[] = [
  e('india', ['الهند'], ['India'], 'country', [79, 22], { country: 'IN', bbox: [68, 6.5, 97.5, 35.7] }),
  unit('ne-in-kl', ['كيرلا'], ['Kerala'], 'IN', [74.8, 8.2, 77.4, 12.8]),
  e('mexico', ['المكسيك'], ['Mexico'], 'country', [-102, 23], {
    country: 'MX',
    bbox: [-118.4, 14.5, -86.7, 32.7],
  }),
  w('g-guadalajara', ['غوادالاخارا'], ['Guadalajara'], 'city', [-103.35, 20.67], 'MX', 1_400_000),
  e('australia', ['أستراليا'], ['Australia'], 'country', [134, -25], {
    country: 'AU',
    bbox: [113, -44, 154, -10],
  }),
  unit('ne-au-nsw', ['نيوساوث ويلز'], ['New South Wales'], 'AU', [141, -37.5, 153.6, -28.2]),
  w('g-wollongong', ['ولونغونغ'], ['Wollongong'], 'city', [150.89, -34.42], 'AU', 260_000),
  e('hungary', ['المجر'], ['Hungary'], 'country', [19.5, 47.2], {
    country: 'HU',
    bbox: [16, 45.7, 22.9, 48.6],
  }),
  w('g-szeged', ['سيجد'], ['Szeged'], 'city', [20.15, 46.25], 'HU', 160_000),
  e('morocco', ['المغرب'], ['Morocco'], 'country', [-6, 32], {
    country: 'MA',
    bbox: [-13.2, 27.6, -1, 35.9],
  }),
  w('g-kenitra', ['القنيطرة'], ['Kenitra'], 'city', [-6.58, 34.26], 'MA', 430_000),
  w('g-settat', ['سطات'], ['Settat'], 'city', [-7.62, 33.0], 'MA', 140_000),
  w('g-bangalore', ['بنغالور'], ['Bengaluru', 'Bangalore'], 'city', [77.59, 12.97], 'IN', 8_400_000),
  e('brazil', ['البرازيل'], ['Brazil'], 'country', [-53, -10], {
    country: 'BR',
    bbox: [-74, -33.8, -34.8, 5.3],
  }),
  w('g-florianopolis', ['فلوريانوبوليس'], ['Florianópolis'], 'city', [-48.55, -27.6], 'BR', 420_000),
  unit('ne-au-tas', ['تسمانيا'], ['Tasmania'], 'AU', [144.6, -43.7, 148.5, -39.6]),
  e('china', ['الصين'], ['China'], 'country', [104, 35], { country: 'CN', bbox: [73.5, 18, 135, 53.6] }),
  unit('ne-cn-hi', ['هاينان'], ['Hainan'], 'CN', [108.6, 18.1, 111.1, 20.2]),
  e('sweden', ['السويد'], ['Sweden'], 'country', [16, 62], { country: 'SE', bbox: [11, 55.3, 24.2, 69.1] }),
  unit('ne-se-i', ['غوتلاند'], ['Gotland'], 'SE', [18.1, 56.9, 19.4, 58]),
  e('uzbekistan', ['أوزبكستان'], ['Uzbekistan'], 'country', [64, 41], {
    country: 'UZ',
    bbox: [56, 37.2, 73.1, 45.6],
  }),
  unit('ne-uz-fa', ['فرغانة'], ['Fergana'], 'UZ', [70.6, 39.9, 72.2, 40.7]),
  e('sudan', ['السودان'], ['Sudan'], 'country', [30, 15], { country: 'SD', bbox: [21.8, 8.7, 38.6, 22.2] }),
  w('g-khartoum', ['الخرطوم'], ['Khartoum'], 'city', [32.53, 15.55], 'SD', 1_970_000),
  e('chile', ['تشيلي'], ['Chile'], 'country', [-71, -35], {
    country: 'CL',
    bbox: [-75.7, -56, -66.4, -17.5],
  }),
  w('g-milan', ['ميلانو'], ['Milan'], 'city', [9.19, 45.46], 'IT', 1_370_000),
  e('deccan', [], ['Deccan Plateau'], 'region', [77, 17], { bbox: [73.5, 11.5, 82, 21.5] }),
  e('venezuela', ['فنزويلا'], ['Venezuela'], 'country', [-66, 7], {
    country: 'VE',
    bbox: [-73.4, 0.6, -59.8, 12.2],
  }),
  e('lake_maracaibo', [], ['Lake Maracaibo'], 'region', [-71.6, 9.8], { bbox: [-72, 9, -71, 10.9] }),
  e('vietnam', ['فيتنام'], ['Vietnam'], 'country', [106, 16], {
    country: 'VN',
    bbox: [102.1, 8.4, 109.5, 23.4],
  }),
  e('gulf_of_tonkin', [], ['Gulf of Tonkin'], 'region', [107.5, 20], { bbox: [105.6, 17, 109.9, 21.6] }),
  e('pakistan', ['باكستان'], ['Pakistan'], 'country', [69, 30], {
    country: 'PK',
    bbox: [60.9, 23.6, 77.8, 37.1],
  }),
];

const found = foundIn(buildIndex(ENTRIES));
const ids = (text: string) => found(text, 'ar').map((m) => `${m.text}:${m.id}`);

describe('round 24a: the spelling key', () => {
  test('the spellings of one foreign name share a key', () => {
    expect(arabicSpellingKey('كرايستشيرش')).toBe(arabicSpellingKey('كرايستشرش'));
    expect(arabicSpellingKey('نوسا تنغارا الغربية')).toBe(arabicSpellingKey('نوسا تنقارا الغربية'));
    expect(arabicSpellingKey('نيو ساوث ويلز')).toBe(arabicSpellingKey('نيوساوث ويلز'));
    expect(arabicSpellingKey('كيرالا')).toBe(arabicSpellingKey('كيرلا'));
    expect(arabicSpellingKey('صقلية')).toBe(arabicSpellingKey('صقليه'));
  });

  test('two names apart keep two keys', () => {
    expect(arabicSpellingKey('كيرالا')).not.toBe(arabicSpellingKey('كيرال'));
    expect(arabicSpellingKey('ميلانو')).not.toBe(arabicSpellingKey('مليون'));
  });
});

describe('round 24a: an unknown name after a cue word, by its spelling key', () => {
  test('a state the source spells with fewer long vowels (India)', () => {
    expect(ids('غمرت الأمطار ولاية كيرالا جنوب الهند، وأغلقت المدارس في كيرالا.')).toEqual([
      'ولاية كيرالا:ne-in-kl',
      'الهند:india',
      'كيرالا:ne-in-kl',
    ]);
  });

  test('a city whose g the source writes with another letter (Mexico)', () => {
    expect(ids('ضرب الإعصار مدينة جوادالاخارا في المكسيك.')).toContain('مدينة جوادالاخارا:g-guadalajara');
  });

  test('a state the source writes with one word break fewer (Australia)', () => {
    expect(ids('اندلعت الحرائق في ولاية نيو ساوث ويلز شرق أستراليا قرب ولونغونغ.')).toContain(
      'ولاية نيو ساوث ويلز:ne-au-nsw',
    );
  });
});

describe('round 24a: a word that meets a key and is not read', () => {
  test('a short key whose first letter is not the source’s («صغد», not «سيجد»)', () => {
    expect(ids('زار الوزير مدينة صغد بعد أن غادر المجر.').some((s) => s.includes('g-szeged'))).toBe(false);
    expect(ids('ضرب الإعصار مدينة سيغد في المجر.')).toContain('مدينة سيغد:g-szeged');
  });

  test('not in a country the article does not name or come near', () => {
    expect(
      ids('غمرت الأمطار مدينة جوادالاخارا بعد زيارة إلى المغرب.').some((s) => s.includes('g-guadalajara')),
    ).toBe(false);
  });

  test('a common word after a cue of another kind keeps its own reading', () => {
    // «سطات» (Settat) is no «ساحات» (squares) after «مدينة»: a common noun is no name.
    expect(ids('امتلأت ساحات مدينة القنيطرة في المغرب.').some((s) => s.includes('g-settat'))).toBe(false);
    // «قنطرة» (a small bridge) is no «القنيطرة» after «قرية».
    expect(ids('انهارت قنطرة قرية قرب سطات في المغرب.').some((s) => s.includes('g-kenitra'))).toBe(false);
  });
});

describe('round 24a: a bare name in a named country, by its spelling key', () => {
  test('a city the source writes with another g (India)', () => {
    expect(ids('وصل الفريق إلى الهند، ثم سافر إلى بنجالور، وفي بنجالور عقد اجتماعه.')).toEqual([
      'الهند:india',
      'بنجالور:g-bangalore',
      'بنجالور:g-bangalore',
    ]);
  });

  test('a city the source writes with another g (Mexico) and with a clitic', () => {
    expect(ids('تضررت مبان في المكسيك، وأُغلقت المدارس بجوادالاخارا.')).toContain('جوادالاخارا:g-guadalajara');
  });

  test('a city the source writes with fewer long vowels (Brazil)', () => {
    expect(ids('غمرت السيول شوارع فلوريانوبولس جنوب البرازيل.')).toContain('فلوريانوبولس:g-florianopolis');
  });

  test('not the people of a country named («باكستانيون»)', () => {
    expect(
      ids('قال مسؤولون باكستانيون في باكستان إن الهند أغلقت الحدود.').filter((s) => s.includes('باكستانيون')),
    ).toEqual([]);
  });

  test('not a name after a facility’s cue word, nor in a country the article does not name', () => {
    expect(ids('عالج مستشفى بنجالور في الهند الجرحى.').some((s) => s.includes('g-bangalore'))).toBe(false);
    expect(
      ids('أُغلقت المدارس في جوادالاخارا بعد زيارة إلى المغرب.').some((s) => s.includes('g-guadalajara')),
    ).toBe(false);
  });
});

describe('round 24a: an island that is a first-level unit', () => {
  test('the island cue before an island province reads the province (Australia, China, Sweden)', () => {
    expect(ids('اندلعت الحرائق في جزيرة تسمانيا جنوب أستراليا.')).toContain('جزيرة تسمانيا:ne-au-tas');
    expect(ids('ضرب الإعصار جزيرة هاينان جنوب الصين.')).toContain('جزيرة هاينان:ne-cn-hi');
    expect(ids('انقطعت الكهرباء عن جزيرة غوتلاند في السويد.')).toContain('جزيرة غوتلاند:ne-se-i');
  });

  test('another physical cue still names the feature, not the unit («وادي فرغانة»)', () => {
    expect(ids('غمرت السيول وادي فرغانة في أوزبكستان.').some((s) => s.includes('ne-uz-fa'))).toBe(false);
  });
});

describe('round 24a: «بجامعة» after a member or a part is the university as a body', () => {
  const facility = (text: string) =>
    found(text, 'ar')
      .filter((m) => m.kind === 'facility')
      .map((m) => m.text);

  test('a part of the university before «ب» (Sudan, Chile, Italy)', () => {
    expect(facility('وقال باحث في مركز الزلازل بجامعة الخرطوم إن الهزة قوية.')).toEqual([]);
    expect(facility('وقال أستاذ في قسم الجيولوجيا بجامعة تشيلي إن الصدع تحرك.')).toEqual([]);
    expect(facility('وأكد مختبر بجامعة ميلانو النتائج.')).toEqual([]);
  });

  test('people sheltering at the university keep it a place', () => {
    expect(facility('احتمى السكان بجامعة الخرطوم بعد الهزة.')).toEqual(['جامعة الخرطوم']);
  });
});

describe('round 24a: a feature a source names in English only, by its cue word and key', () => {
  test('a plateau, a lake and a gulf (India, Venezuela, Vietnam)', () => {
    expect(ids('تقع هضبة الدكن وسط الهند.')).toContain('هضبة الدكن:deccan');
    expect(ids('تسرب النفط إلى بحيرة ماراكايبو غرب فنزويلا.')).toContain('بحيرة ماراكايبو:lake_maracaibo');
    expect(ids('ضرب الإعصار سواحل فيتنام على خليج تونكين.')).toContain('خليج تونكين:gulf_of_tonkin');
  });

  test('not a feature far from the article’s places, nor after another cue word', () => {
    expect(ids('عبرت السفن خليج تونكين بعد مغادرة المغرب.').some((s) => s.includes('gulf_of_tonkin'))).toBe(
      false,
    );
    expect(ids('غمرت السيول وادي الدكن في الهند.').some((s) => s.includes('deccan'))).toBe(false);
  });
});

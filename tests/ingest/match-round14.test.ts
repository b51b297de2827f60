/**
 * Matching rules from the fourteenth round (issue 18), general causes of held-out-13's misses and
 * wrong readings, on made-up sentences from other countries. Points and populations are rough and
 * illustrative (test fixture, never shipped).
 */
import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../src/ingest/match.ts';
import type { GazetteerEntry } from '../../src/ingest/types.ts';
import { e, w } from './entry-builders.ts';
import { foundIn } from './found.ts';

const ENTRIES: GazetteerEntry[] = [
  e('mozambique', ['موزمبيق'], ['Mozambique'], 'country', [35, -18], {
    country: 'MZ',
    bbox: [30.2, -26.9, 40.9, -10.4],
  }),
  w('g-beira', ['بيرا'], ['Beira'], 'city', [34.84, -19.84], 'MZ', 500_000),
  // GeoNames places with no Arabic name.
  w('g-mocubela', [], ['Mocubela'], 'town', [37.1, -16.9], 'MZ', 15_000),
  e('peru', ['بيرو'], ['Peru'], 'country', [-75, -9], { country: 'PE', bbox: [-81.4, -18.4, -68.7, -0.04] }),
  w('g-lima', ['ليما'], ['Lima'], 'city', [-77.03, -12.04], 'PE', 8_000_000),
  w('g-tumbes', [], ['Tumbes'], 'city', [-80.45, -3.57], 'PE', 110_000),
  e('ghana', ['غانا'], ['Ghana'], 'country', [-1, 8], { country: 'GH', bbox: [-3.3, 4.7, 1.2, 11.2] }),
  w('g-kumasi', ['كوماسي'], ['Kumasi'], 'city', [-1.62, 6.69], 'GH', 2_000_000),
  w('g-bibiani', [], ['Bibiani'], 'town', [-2.32, 6.46], 'GH', 6_000),
  e('kenya', ['كينيا'], ['Kenya'], 'country', [38, 0.5], { country: 'KE', bbox: [33.9, -4.7, 41.9, 5.0] }),
  w('g-nyeri', ['نييري'], ['Nyeri'], 'city', [36.95, -0.42], 'KE', 120_000),
  w('g-nanyuki', [], ['Nanyuki'], 'town', [37.07, 0.01], 'KE', 6_000),
  e('yemen', ['اليمن'], ['Yemen'], 'country', [48, 15.5], { country: 'YE', bbox: [42.5, 12.1, 53.1, 19] }),
  e('saudi_arabia', ['السعودية', 'المملكة العربية السعودية'], ['Saudi Arabia'], 'country', [45, 24], {
    country: 'SA',
    bbox: [34.5, 16.3, 55.7, 32.2],
  }),
  e('jordan', ['الأردن'], ['Jordan'], 'country', [36.5, 31], {
    country: 'JO',
    bbox: [34.9, 29.2, 39.3, 33.4],
  }),
  e('iraq', ['العراق'], ['Iraq'], 'country', [44, 33], { country: 'IQ', bbox: [38.8, 29.1, 48.6, 37.4] }),
  w('g-safwan', ['صفوان'], ['Safwan'], 'town', [47.72, 30.11], 'IQ', 20_000),
  w('g-aden', ['عدن'], ['Aden'], 'city', [45.03, 12.78], 'YE', 800_000),
  e('oman', ['عمان', 'سلطنة عمان'], ['Oman'], 'country', [57, 21], {
    country: 'OM',
    bbox: [52, 16.6, 59.9, 26.4],
  }),
  w('g-salalah', ['صلالة'], ['Salalah'], 'city', [54.09, 17.01], 'OM', 160_000),
  // A capital GeoNames also lists under a common noun («الجزيرة», "the island").
  w('g-capital', ['الجزائر', 'الجزيرة'], ['Algiers'], 'city', [3.05, 36.75], 'DZ', 5_500_000),
  e('spain', ['إسبانيا'], ['Spain'], 'country', [-3.7, 40.4], {
    country: 'ES',
    bbox: [-9.4, 35.9, 3.3, 43.8],
  }),
  w('g-cordoba', ['قرطبة'], ['Córdoba'], 'city', [-4.78, 37.88], 'ES', 320_000),
  w('g-lucena', [], ['Lucena'], 'town', [-4.48, 37.41], 'ES', 42_000),
  e('france', ['فرنسا'], ['France'], 'country', [2.3, 46.6], {
    country: 'FR',
    bbox: [-5.2, 41.3, 9.6, 51.1],
  }),
  w('g-lyon', ['ليون'], ['Lyon'], 'city', [4.84, 45.76], 'FR', 500_000),
  w('g-grenoble', [], ['Grenoble'], 'city', [5.72, 45.17], 'FR', 160_000),
  e('nigeria', ['نيجيريا'], ['Nigeria'], 'country', [8, 9.5], {
    country: 'NG',
    bbox: [2.7, 4.3, 14.7, 13.9],
  }),
  w('g-kano', ['كانو'], ['Kano'], 'city', [8.52, 12], 'NG', 3_600_000),
  w('g-kaduna', ['كادونا'], ['Kaduna'], 'city', [7.44, 10.52], 'NG', 1_500_000),
  { ...w('ne-kano', [], ['Kano'], 'governorate', [8.6, 11.7], 'NG'), bbox: [7.6, 10.3, 9.6, 12.7] },
  { ...w('ne-kaduna', [], ['Kaduna'], 'governorate', [7.7, 10.4], 'NG'), bbox: [6, 9, 8.8, 11.3] },
  w('g-irbid', ['إربد'], ['Irbid'], 'city', [35.85, 32.55], 'JO', 500_000),
  w('g-mafraq', ['المفرق'], ['Mafraq'], 'city', [36.2, 32.34], 'JO', 60_000),
  { ...w('ne-irbid', [], ['Irbid'], 'governorate', [35.9, 32.5], 'JO'), bbox: [35.5, 32.3, 36.2, 32.8] },
  { ...w('ne-mafraq', [], ['Mafraq'], 'governorate', [37.5, 32.3], 'JO'), bbox: [35.9, 31.8, 39.3, 33.4] },
  // First-level units Natural Earth names in Arabic by a bare direction nisba (illustrative).
  {
    ...w('ne-gh-north', ['شمالية'], ['Northern'], 'governorate', [-1, 9.5], 'GH'),
    bbox: [-2.9, 8, 0.6, 10.8],
  },
  { ...w('ne-ke-east', ['شرقية'], ['Eastern'], 'governorate', [38.5, 1], 'KE'), bbox: [36, -1.5, 41.9, 4.6] },
  {
    ...w('ne-ajloun', ['عجلون'], ['Ajloun'], 'governorate', [35.75, 32.33], 'JO'),
    bbox: [35.6, 32.2, 35.9, 32.5],
  },
];
const found = foundIn(buildIndex(ENTRIES));

describe('fourteenth round: Latin-only names in a list after a preposition of place', () => {
  test('«من ماغودي وموكوبيلا» (Mozambique): the listed name after an unknown one is the GeoNames town', () => {
    expect(found('وصل ناجون من ماغودي وموكوبيلا إلى بيرا في موزمبيق.', 'ar')).toContainEqual({
      text: 'موكوبيلا',
      id: 'g-mocubela',
    });
  });
  test('«من كاسما وتومبيس» (Peru)', () => {
    expect(found('فر السكان من كاسما وتومبيس نحو ليما في بيرو.', 'ar')).toContainEqual({
      text: 'تومبيس',
      id: 'g-tumbes',
    });
  });
});

describe('fourteenth round: a short key whose letters agree one for one', () => {
  test('«بلدة بيبياني» (Ghana) and «بلدة نانيوكي» (Kenya), towns under 10,000, are the GeoNames towns', () => {
    expect(found('غرق قارب قرب بلدة بيبياني غرب كوماسي في غانا.', 'ar')).toContainEqual({
      text: 'بلدة بيبياني',
      id: 'g-bibiani',
    });
    expect(found('انهار جسر في بلدة نانيوكي شمال نييري في كينيا.', 'ar')).toContainEqual({
      text: 'بلدة نانيوكي',
      id: 'g-nanyuki',
    });
  });
  test('«بلدة بياني» (one B where Bibiani has two) stays an unknown town', () => {
    expect(found('غرق قارب قرب بلدة بياني غرب كوماسي في غانا.', 'ar')).toContainEqual({
      text: 'بلدة بياني',
      id: null,
      kind: 'town',
    });
  });
});

describe('fourteenth round: «منفذ» names a border crossing', () => {
  test('«منفذ الوديعة» (Saudi Arabia–Yemen) and «منفذ طريبيل» (Iraq–Jordan) are crossings', () => {
    expect(found('أعيد فتح منفذ الوديعة بين السعودية واليمن.', 'ar')).toEqual([
      { text: 'منفذ الوديعة', id: null, kind: 'crossing' },
      { text: 'السعودية', id: 'saudi_arabia' },
      { text: 'اليمن', id: 'yemen' },
    ]);
    expect(found('عبرت الشاحنات منفذ طريبيل من العراق إلى الأردن.', 'ar')).toEqual([
      { text: 'منفذ طريبيل', id: null, kind: 'crossing' },
      { text: 'العراق', id: 'iraq' },
      { text: 'الأردن', id: 'jordan' },
    ]);
  });
  test('«منفذ صفوان» (Iraq), named after a town the index has, is the crossing, not the town', () => {
    expect(found('أغلقت السلطات منفذ صفوان على الحدود بين العراق والكويت.', 'ar')[0]).toEqual({
      text: 'منفذ صفوان',
      id: null,
      kind: 'crossing',
    });
  });
  test('«منفذ الهجوم» (the attacker) names nothing', () => {
    expect(found('قُتل منفذ الهجوم في عدن باليمن.', 'ar').map((m) => m.id)).toEqual(['g-aden', 'yemen']);
  });
});

describe('fourteenth round: a facility named after a titled person keeps the name', () => {
  test('«جسر الملك حسين» (Jordan) and «ميناء الشيخ خليفة» are the whole names', () => {
    expect(found('أغلق جسر الملك حسين بين الأردن والضفة.', 'ar')[0]).toEqual({
      text: 'جسر الملك حسين',
      id: null,
      kind: 'facility',
    });
    expect(found('رست السفينة في ميناء الشيخ خليفة قرب عدن.', 'ar')[0]).toEqual({
      text: 'ميناء الشيخ خليفة',
      id: null,
      kind: 'facility',
    });
  });
});

describe('fourteenth round: «السعودية» after a definite noun is the adjective', () => {
  test('«القوات السعودية» in Yemen and «الحدود السعودية» with Jordan name no country', () => {
    expect(found('وصلت القوات السعودية إلى عدن في اليمن.', 'ar').map((m) => m.id)).toEqual([
      'g-aden',
      'yemen',
    ]);
    expect(found('أغلقت السلطات الحدود السعودية مع الأردن.', 'ar').map((m) => m.id)).toEqual(['jordan']);
  });
  test('«إلى السعودية», «بين اليمن والسعودية» stay the country', () => {
    expect(found('عاد الوفد من عدن في اليمن إلى السعودية.', 'ar').map((m) => m.id)).toEqual([
      'g-aden',
      'yemen',
      'saudi_arabia',
    ]);
    expect(found('أغلقت الحدود بين اليمن والسعودية.', 'ar').map((m) => m.id)).toEqual([
      'yemen',
      'saudi_arabia',
    ]);
  });
});

describe('fourteenth round: «الجزيرة» (the island, the peninsula) is no far capital', () => {
  test('«قبالة الجزيرة» near Aden (Yemen) and «جنوب الجزيرة العربية» (Oman) are not Algiers', () => {
    expect(found('علقت سفن صيد قبالة الجزيرة قرب عدن في اليمن.', 'ar').map((m) => m.id)).toEqual([
      'g-aden',
      'yemen',
    ]);
    expect(found('هطلت أمطار على جنوب الجزيرة العربية وعلى صلالة في عمان.', 'ar').map((m) => m.id)).toEqual([
      'g-salalah',
      'oman',
    ]);
  });
});

describe('fourteenth round: a Latin name as Arabic newsrooms hear it', () => {
  test('«بلدة لوسينا» (Spain): a soft c is s (Lucena)', () => {
    expect(found('اندلع حريق قرب بلدة لوسينا جنوب قرطبة في إسبانيا.', 'ar')).toContainEqual({
      text: 'بلدة لوسينا',
      id: 'g-lucena',
    });
  });
  test('«مدينة غرونوبل» (France): a final e is silent (Grenoble)', () => {
    expect(found('فاض النهر في مدينة غرونوبل جنوب ليون في فرنسا.', 'ar')).toContainEqual({
      text: 'مدينة غرونوبل',
      id: 'g-grenoble',
    });
  });
});

describe('fourteenth round: a list right after a plural unit cue names units', () => {
  test('«مناطق كانو وكادونا» (Nigeria) and «منطقتي إربد والمفرق» (Jordan) are the states and governorates', () => {
    expect(found('غمرت السيول مناطق كانو وكادونا في نيجيريا.', 'ar').map((m) => m.id)).toEqual([
      'ne-kano',
      'ne-kaduna',
      'nigeria',
    ]);
    expect(found('أغلقت المدارس في منطقتي إربد والمفرق شمالي الأردن.', 'ar').map((m) => m.id)).toEqual([
      'ne-irbid',
      'ne-mafraq',
      'jordan',
    ]);
  });
  test('«مناطق كانو» (one name) stays the city', () => {
    expect(found('غمرت السيول مناطق كانو في نيجيريا.', 'ar').map((m) => m.id)).toEqual(['g-kano', 'nigeria']);
  });
});

describe('fourteenth round: a unit named by its direction', () => {
  test('«المنطقة الشمالية» (Ghana) and «الإقليم الشرقي» (Kenya) are the units the source writes «شمالية», «شرقية»', () => {
    expect(found('غمرت السيول قرى في المنطقة الشمالية من غانا.', 'ar')).toEqual([
      { text: 'المنطقة الشمالية', id: 'ne-gh-north' },
      { text: 'غانا', id: 'ghana' },
    ]);
    expect(found('ضرب الجفاف الإقليم الشرقي في كينيا.', 'ar')).toEqual([
      { text: 'الإقليم الشرقي', id: 'ne-ke-east' },
      { text: 'كينيا', id: 'kenya' },
    ]);
  });
  test('«المنطقة الشمالية» in a country without such a unit names nothing', () => {
    expect(found('غمرت السيول المنطقة الشمالية من نيجيريا.', 'ar').map((m) => m.id)).toEqual(['nigeria']);
  });
});

describe('fourteenth round: a seat city named as a unit is the unit', () => {
  test('listed with a unit: "in Ajloun and Irbid" (Jordan), «في عجلون وإربد»', () => {
    expect(found('Rain flooded roads in Ajloun and Irbid, Jordan.', 'en').map((m) => m.id)).toEqual([
      'ne-ajloun',
      'ne-irbid',
      'jordan',
    ]);
    expect(found('أغلقت المدارس في عجلون وإربد بالأردن.', 'ar').map((m) => m.id)).toEqual([
      'ne-ajloun',
      'ne-irbid',
      'jordan',
    ]);
  });
  test('"in Kano and the other states" (Nigeria), «في إربد وباقي المحافظات» (Jordan)', () => {
    expect(found('Schools reopened in Kano and the other states of Nigeria.', 'en').map((m) => m.id)).toEqual(
      ['ne-kano', 'nigeria'],
    );
    expect(found('تستأنف الدراسة في إربد وباقي المحافظات في الأردن.', 'ar').map((m) => m.id)).toEqual([
      'ne-irbid',
      'jordan',
    ]);
    // A unit whose Latin name spells its seat's with a final h (Al ‘Aqabah, Aqaba).
    const aqaba = foundIn(
      buildIndex([
        ENTRIES.find((x) => x.id === 'jordan')!,
        w('g-aqaba', ['العقبة'], ['Aqaba'], 'city', [35.01, 29.53], 'JO', 150_000),
        {
          ...w('ne-aqaba', ['محافظة العقبة'], ['Al ‘Aqabah'], 'governorate', [35.4, 29.8], 'JO'),
          bbox: [34.9, 29.2, 36.1, 30.4],
        },
      ]),
    );
    expect(
      aqaba('Classes resume in Aqaba and the other governorates of Jordan.', 'en').map((m) => m.id),
    ).toEqual(['ne-aqaba', 'jordan']);
  });
  test('a city listed with a city stays the city: "in Irbid and Mafraq"', () => {
    expect(found('Rain flooded roads in Irbid and Mafraq, Jordan.', 'en').map((m) => m.id)).toEqual([
      'g-irbid',
      'g-mafraq',
      'jordan',
    ]);
  });
});

describe('fourteenth round: a mine named after a place', () => {
  test('"the Grasberg copper mine" (Indonesia) and "the Kabwe cobalt mine" (Zambia) are facilities', () => {
    expect(found('A landslide buried workers at the Grasberg copper mine in Indonesia.', 'en')[0]).toEqual({
      text: 'Grasberg copper mine',
      id: null,
      kind: 'facility',
    });
    expect(found('Rain flooded the Kabwe cobalt mine near Kitwe.', 'en')[0]).toEqual({
      text: 'Kabwe cobalt mine',
      id: null,
      kind: 'facility',
    });
  });
});

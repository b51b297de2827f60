/**
 * Matching rules from round 22, part B (issue 18): a first-level unit and its seat town of one name,
 * namesakes, the kind a cue gives, and common words, on made-up sentences from countries other than
 * the tuning articles'. Points and populations are rough and illustrative (test fixture, never shipped).
 */
import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../src/ingest/match.ts';
import type { GazetteerEntry } from '../../src/ingest/types.ts';
import { e, w, unit } from './entry-builders.ts';
import { foundIn } from './found.ts';

const ENTRIES: GazetteerEntry[] = [
  // A capital named like its country.
  e('djibouti', ['جيبوتي'], ['Djibouti'], 'country', [42.6, 11.8], {
    country: 'DJ',
    bbox: [41.7, 10.9, 43.4, 12.7],
  }),
  e('g-djibouti', ['جيبوتي'], ['Djibouti'], 'city', [43.15, 11.59], {
    country: 'DJ',
    world: true,
    actor: true,
    population: 600_000,
  }),
  w('g-tadjourah', ['تاجورة'], ['Tadjourah'], 'town', [42.88, 11.78], 'DJ', 20_000),
  e('panama', ['بنما'], ['Panama'], 'country', [-80, 8.5], { country: 'PA', bbox: [-83, 7.2, -77.2, 9.6] }),
  e('g-panama', ['بنما'], ['Panama City', 'Panama'], 'city', [-79.52, 8.98], {
    country: 'PA',
    world: true,
    actor: true,
    population: 900_000,
  }),
  w('g-colon', ['كولون'], ['Colón'], 'city', [-79.9, 9.36], 'PA', 200_000),
  // Units named like their seats.
  e('argentina', ['الأرجنتين'], ['Argentina'], 'country', [-64, -34], {
    country: 'AR',
    bbox: [-73.6, -55.1, -53.6, -21.8],
  }),
  unit('ne-ar-cordoba', [], ['Córdoba'], 'AR', [-65.8, -35, -61.8, -29.5]),
  w('g-cordoba', [], ['Córdoba', 'Cordoba'], 'city', [-64.18, -31.42], 'AR', 1_400_000),
  w('g-villa-maria', [], ['Villa María'], 'city', [-63.24, -32.41], 'AR', 80_000),
  unit('ne-ar-mendoza', ['مندوسا'], ['Mendoza'], 'AR', [-70.6, -37.6, -66.5, -32]),
  w('g-mendoza', ['مندوسا'], ['Mendoza'], 'city', [-68.83, -32.89], 'AR', 900_000),
  w('g-san-rafael', ['سان رافاييل'], ['San Rafael'], 'city', [-68.33, -34.62], 'AR', 110_000),
  // Sri Lanka's districts are its first-level units in Natural Earth.
  e('sri-lanka', ['سريلانكا'], ['Sri Lanka'], 'country', [80.7, 7.6], {
    country: 'LK',
    bbox: [79.6, 5.9, 81.9, 9.9],
  }),
  unit('ne-lk-kurunegala', ['كورونيغالا'], ['Kurunegala'], 'LK', [79.9, 7.3, 80.6, 8.1]),
  w('g-kurunegala', ['كورونيغالا'], ['Kurunegala'], 'city', [80.36, 7.49], 'LK', 30_000),
  w('g-kuliyapitiya', ['كوليابيتيا'], ['Kuliyapitiya'], 'town', [80.04, 7.47], 'LK', 10_000),
  e('nigeria', ['نيجيريا'], ['Nigeria'], 'country', [8, 9.5], {
    country: 'NG',
    bbox: [2.7, 4.3, 14.7, 13.9],
  }),
  unit('ne-ng-kano', ['كانو'], ['Kano'], 'NG', [7.6, 10.3, 9.6, 12.8]),
  w('g-kano', ['كانو'], ['Kano'], 'city', [8.52, 12], 'NG', 4_000_000),
  unit('ne-ng-kaduna', ['كادونا'], ['Kaduna'], 'NG', [6.1, 9, 8.8, 11.3]),
  w('g-kaduna', ['كادونا'], ['Kaduna'], 'city', [7.44, 10.52], 'NG', 1_500_000),
  unit('ne-lk-puttalam', ['بوتالام'], ['Puttalam'], 'LK', [79.7, 7.7, 80.2, 8.6]),
  w('g-puttalam', ['بوتالام'], ['Puttalam'], 'town', [79.83, 8.03], 'LK', 45_000),
  // Units and towns of one name that neither source writes in Arabic.
  unit('ne-lk-badulla', [], ['Badulla'], 'LK', [80.7, 6.6, 81.4, 7.4]),
  w('g-badulla', [], ['Badulla'], 'town', [81.06, 6.99], 'LK', 47_000),
  e('kenya', ['كينيا'], ['Kenya'], 'country', [38, 0.5], { country: 'KE', bbox: [33.9, -4.7, 41.9, 5] }),
  unit('ne-ke-kakamega', [], ['Kakamega'], 'KE', [34.4, 0, 35.1, 0.9]),
  w('g-kakamega', [], ['Kakamega'], 'town', [34.75, 0.28], 'KE', 90_000),
  w('g-kisumu', ['كيسومو'], ['Kisumu'], 'city', [34.76, -0.1], 'KE', 400_000),
  e('turkey', ['تركيا'], ['Turkey'], 'country', [35, 39], { country: 'TR', bbox: [26, 35.8, 44.8, 42.1] }),
  unit('ne-tr-izmir', ['إزمير'], ['İzmir'], 'TR', [26.2, 37.8, 28.5, 39.4]),
  w('g-bornova', [], ['Bornova'], 'town', [27.22, 38.47], 'TR', 440_000),
  // Units with an Arabic name whose seat towns have none in GeoNames.
  unit('ne-tr-aydin', ['أيدين'], ['Aydın'], 'TR', [27.2, 37.4, 28.9, 38.2]),
  w('g-aydin', [], ['Aydın'], 'city', [27.84, 37.85], 'TR', 200_000),
  unit('ne-tr-denizli', ['دنيزلي'], ['Denizli'], 'TR', [28.5, 37.2, 30.1, 38.5]),
  w('g-denizli', [], ['Denizli'], 'city', [29.09, 37.77], 'TR', 600_000),
  unit('ne-ng-sokoto', ['سوكوتو'], ['Sokoto'], 'NG', [4, 12, 6.9, 13.9]),
  w('g-sokoto', [], ['Sokoto'], 'city', [5.24, 13.06], 'NG', 500_000),
  // Names that begin with «ف», a letter that is also a clitic.
  unit('ne-ar-formosa', ['فورموسا'], ['Formosa'], 'AR', [-62.4, -27, -57.5, -22]),
  w('g-formosa', [], ['Formosa'], 'city', [-58.18, -26.18], 'AR', 230_000),
  w('g-resistencia', ['ريسيستنسيا'], ['Resistencia'], 'city', [-58.98, -27.45], 'AR', 290_000),
  e('italy', ['إيطاليا'], ['Italy'], 'country', [12.5, 42.5], {
    country: 'IT',
    bbox: [6.6, 35.5, 18.5, 47.1],
  }),
  w('g-ancona', ['أنكونا'], ['Ancona'], 'city', [13.5, 43.6], 'IT', 100_000),
  w('g-fermo', [], ['Fermo'], 'town', [13.72, 43.16], 'IT', 37_000),
  e('iran', ['إيران'], ['Iran'], 'country', [53, 32], { country: 'IR', bbox: [44, 25, 63.3, 39.8] }),
  w('g-bushehr', ['بوشهر'], ['Bushehr'], 'city', [50.84, 28.97], 'IR', 220_000),
  w('g-tehran', ['طهران'], ['Tehran'], 'city', [51.42, 35.69], 'IR', 7_000_000),
  // Units named like countries.
  e('belgium', ['بلجيكا'], ['Belgium'], 'country', [4.5, 50.6], {
    country: 'BE',
    bbox: [2.5, 49.5, 6.4, 51.5],
  }),
  e('luxembourg', ['لوكسمبورغ'], ['Luxembourg'], 'country', [6.1, 49.8], {
    country: 'LU',
    bbox: [5.7, 49.4, 6.5, 50.2],
  }),
  unit('ne-be-lux', [], ['Luxembourg'], 'BE', [4.9, 49.5, 6, 50.4]),
  w('g-bastogne', ['باستونيي'], ['Bastogne'], 'town', [5.72, 50], 'BE', 16_000),
  e('guatemala', ['غواتيمالا'], ['Guatemala'], 'country', [-90.3, 15.7], {
    country: 'GT',
    bbox: [-92.3, 13.7, -88.2, 17.8],
  }),
  unit('ne-gt-guatemala', [], ['Guatemala'], 'GT', [-90.8, 14.2, -90.2, 15]),
  w('g-mixco', ['ميكسكو'], ['Mixco'], 'city', [-90.61, 14.63], 'GT', 470_000),
  // Units whose other names include their people's adjective (illustrative).
  e('pakistan', ['باكستان'], ['Pakistan'], 'country', [69.3, 30.4], {
    country: 'PK',
    bbox: [60.9, 23.7, 77.8, 37.1],
  }),
  unit('ne-pk-balochistan', ['بلوشستان'], ['Balochistan', 'Baloch'], 'PK', [60.9, 24.9, 70.3, 32.1]),
  w('g-quetta', ['كويتا'], ['Quetta'], 'city', [67, 30.18], 'PK', 1_000_000),
  e('ethiopia', ['إثيوبيا'], ['Ethiopia'], 'country', [40, 9], { country: 'ET', bbox: [33, 3.4, 48, 14.9] }),
  unit('ne-et-tigray', ['تيغراي'], ['Tigray', 'Tigrayan'], 'ET', [36.4, 12.2, 40, 14.9]),
  w('g-mekelle', ['ميكيلي'], ['Mekelle'], 'city', [39.47, 13.5], 'ET', 300_000),
  e('slovenia', ['سلوفينيا'], ['Slovenia'], 'country', [14.8, 46.1], {
    country: 'SI',
    bbox: [13.4, 45.4, 16.6, 46.9],
  }),
  w('g-nova-gorica', [], ['Nova Gorica'], 'town', [13.65, 45.96], 'SI', 13_000),
  e('peru', ['بيرو'], ['Peru'], 'country', [-75, -9.2], {
    country: 'PE',
    bbox: [-81.3, -18.4, -68.7, -0.04],
  }),
  w('g-ayacucho', [], ['Ayacucho'], 'city', [-74.22, -13.16], 'PE', 180_000),
  // A neighbourhood of Mendoza named like a town far away.
  w('g-godoy-cruz-es', [], ['Godoy Cruz'], 'town', [-3, 40], 'ES', 20_000),
];
/** Villages the world index leaves out (under 5,000, no Arabic name). */
const VILLAGES: GazetteerEntry[] = [
  w('g-tolmin', [], ['Tolmin'], 'village', [13.73, 46.18], 'SI', 3_400),
  w('g-kobarid', [], ['Kobarid'], 'village', [13.58, 46.25], 'SI', 1_200),
  w('g-ayacucho-v', [], ['Huanta'], 'village', [-74.25, -12.94], 'PE', 4_000),
  w('g-kobarid-far', [], ['Kobarid'], 'village', [20, 50], 'PL', 300),
];
const found = foundIn(buildIndex(ENTRIES, [], VILLAGES));

describe('round 22b: a dateline with a long credit in parentheses', () => {
  test('a capital named like its country opens a dateline with a long credit: the city', () => {
    expect(
      found('جيبوتي (وكالة الأنباء الجيبوتية، نقلاً عن مراسلها في المدينة) — غرق قارب قبالة تاجورة.', 'ar')[0],
    ).toEqual({ text: 'جيبوتي', id: 'g-djibouti' });
    expect(
      found('PANAMA (Agence France-Presse, from its correspondent) — Floods cut the road to Colón.', 'en')[0],
    ).toEqual({ text: 'PANAMA', id: 'g-panama' });
  });

  test("the name after a dateline's comma, then a long credit, is the unit", () => {
    expect(
      found('SAN RAFAEL, Mendoza (Agence France-Presse, from its correspondent) — Hail hit vineyards.', 'en'),
    ).toContainEqual({ text: 'Mendoza', id: 'ne-ar-mendoza' });
  });
});

describe('round 22b: "Town, Unit" names the unit, and the bare name after it', () => {
  test('a name after a town and a comma, whose unit holds the town, is the unit', () => {
    expect(found('Hail flattened vineyards in San Rafael, Mendoza, on Sunday.', 'en')).toEqual([
      { text: 'San Rafael', id: 'g-san-rafael' },
      { text: 'Mendoza', id: 'ne-ar-mendoza' },
    ]);
    expect(found('غمرت السيول منازل في كوليابيتيا، كورونيغالا، في سريلانكا يوم الأحد.', 'ar')).toEqual([
      { text: 'كوليابيتيا', id: 'g-kuliyapitiya' },
      { text: 'كورونيغالا', id: 'ne-lk-kurunegala' },
      { text: 'سريلانكا', id: 'sri-lanka' },
    ]);
  });

  test('the later bare mentions of the unit stay the unit; a city cue keeps the city', () => {
    const ar = found(
      'Storms hit Villa María, Córdoba, on Monday. The governor declared an emergency across Córdoba, and buses stopped in the city of Córdoba.',
      'en',
    );
    expect(ar.map((m) => m.id)).toEqual(['g-villa-maria', 'ne-ar-cordoba', 'ne-ar-cordoba', 'g-cordoba']);
  });

  test('a list of towns after a comma is left', () => {
    expect(found('Floods hit San Rafael, Mendoza and Villa María on Tuesday.', 'en')).toEqual([
      { text: 'San Rafael', id: 'g-san-rafael' },
      { text: 'Mendoza', id: 'g-mendoza' },
      { text: 'Villa María', id: 'g-villa-maria' },
    ]);
  });
});

describe('round 22b: the nominative dual of a unit word lists units', () => {
  test('«ولايتا», «منطقتا» before two names: both are units', () => {
    expect(found('أغلقت ولايتا كانو وكادونا المدارس في نيجيريا.', 'ar')).toEqual([
      { text: 'كانو', id: 'ne-ng-kano' },
      { text: 'كادونا', id: 'ne-ng-kaduna' },
      { text: 'نيجيريا', id: 'nigeria' },
    ]);
    expect(found('تضررت منطقتا كورونيغالا وبوتالام في سريلانكا.', 'ar')).toEqual([
      { text: 'كورونيغالا', id: 'ne-lk-kurunegala' },
      { text: 'بوتالام', id: 'ne-lk-puttalam' },
      { text: 'سريلانكا', id: 'sri-lanka' },
    ]);
  });

  test('the dual of a town word keeps the towns', () => {
    expect(found('غمرت السيول مدينتا كانو وكادونا في نيجيريا.', 'ar').map((m) => m.id)).toEqual([
      'g-kano',
      'g-kaduna',
      'nigeria',
    ]);
  });
});

describe('round 22b: a unit word before a name spelled like a unit and its town', () => {
  test('«منطقة», «محافظة» before a name of no Arabic spelling: the unit of that name that holds the town', () => {
    expect(found('طمرت الانهيارات قرى في منطقة بادولا في سريلانكا.', 'ar')).toContainEqual({
      text: 'منطقة بادولا',
      id: 'ne-lk-badulla',
    });
    expect(found('فاض النهر قرب كيسومو وفي منطقة كاكاميغا في كينيا.', 'ar')).toContainEqual({
      text: 'منطقة كاكاميغا',
      id: 'ne-ke-kakamega',
    });
  });

  test('a district named after a town that names no first-level unit keeps the town', () => {
    expect(found('غمرت المياه شوارع في منطقة بورنوفا في ولاية إزمير في تركيا.', 'ar')).toContainEqual({
      text: 'منطقة بورنوفا',
      id: 'g-bornova',
    });
  });
});

describe("round 22b: a town's own words make a unit's name its seat town", () => {
  test('«X والقرى المحيطة بها», "X and the surrounding villages": X is the town', () => {
    const ng = found(
      'أعلنت ولاية سوكوتو الطوارئ، وأجلى الجيش عائلات في سوكوتو والقرى المحيطة بها في نيجيريا.',
      'ar',
    );
    expect(ng.map((m) => m.id)).toEqual(['ne-ng-sokoto', 'g-sokoto', 'nigeria']);
    const tr = found('أعلنت ولاية أيدين الطوارئ بعد أن غمرت المياه أيدين وضواحيها في تركيا.', 'ar');
    expect(tr.map((m) => m.id)).toEqual(['ne-tr-aydin', 'g-aydin', 'turkey']);
    const ar = found('Mendoza province declared an emergency after hail hit Mendoza and its suburbs.', 'en');
    expect(ar.map((m) => m.id)).toEqual(['ne-ar-mendoza', 'g-mendoza']);
  });

  test('«الطريق بين A وB», "the road between A and B": both are towns', () => {
    const tr = found('أعلنت ولاية أيدين الطوارئ، وأغلقت السيول الطريق بين أيدين ودنيزلي في تركيا.', 'ar');
    expect(tr.map((m) => m.id)).toEqual(['ne-tr-aydin', 'g-aydin', 'g-denizli', 'turkey']);
    const ng = found(
      'أعلنت ولاية سوكوتو الطوارئ، وقطعت السيول الطريق السريع بين كانو وسوكوتو في نيجيريا.',
      'ar',
    );
    expect(ng.map((m) => m.id)).toEqual(['ne-ng-sokoto', 'g-kano', 'g-sokoto', 'nigeria']);
    const ar = found(
      'Mendoza province declared an emergency, and the road between Mendoza and San Rafael was cut.',
      'en',
    );
    expect(ar.map((m) => m.id)).toEqual(['ne-ar-mendoza', 'g-mendoza', 'g-san-rafael']);
  });

  test('villages in a unit, and a bare unit, stay the unit', () => {
    const ng = found('أعلنت ولاية سوكوتو الطوارئ، وغمرت المياه قرى في سوكوتو في نيجيريا.', 'ar');
    expect(ng[1]).toEqual({ text: 'سوكوتو', id: 'ne-ng-sokoto' });
    const tr = found('أعلنت ولاية أيدين الطوارئ، وقال سكان أيدين إن المياه ارتفعت في تركيا.', 'ar');
    expect(tr[1]).toEqual({ text: 'أيدين', id: 'ne-tr-aydin' });
  });
});

describe('round 22b: a name that begins with «ف» after a cue word keeps its first letter', () => {
  test("«مدينة فورموسا», «بلدة فيرمو»: the «ف» is the name's, not a clitic", () => {
    expect(found('غمرت السيول أحياء في مدينة فورموسا قرب ريسيستنسيا في الأرجنتين.', 'ar')).toContainEqual({
      text: 'مدينة فورموسا',
      id: 'g-formosa',
    });
    expect(found('ضرب الزلزال بلدة فيرمو جنوب أنكونا في إيطاليا.', 'ar')).toContainEqual({
      text: 'بلدة فيرمو',
      id: 'g-fermo',
    });
  });
});

describe('round 22b: «محطة» before a place is the station named after it', () => {
  test('«محطة X النووية», «محطة X»: a facility, not the town', () => {
    const ir = found('قصفت الطائرات محطة بوشهر النووية في إيران.', 'ar');
    expect(ir[0]).toEqual({ text: 'محطة بوشهر', id: null, kind: 'facility' });
    const ke = found('توقفت القطارات في محطة كيسومو غرب كينيا.', 'ar');
    expect(ke[0]).toEqual({ text: 'محطة كيسومو', id: null, kind: 'facility' });
  });

  test('what a station makes or serves, said instead of a name, is no place', () => {
    const ir = found('انقطعت محطة الكهرباء ووصل الركاب إلى محطة القطار في طهران.', 'ar');
    expect(ir).toEqual([{ text: 'طهران', id: 'g-tehran' }]);
  });
});

describe('round 22b: an indefinite adjective of use after a cue word names a kind of place', () => {
  test('«حقل زراعي», «مطار عسكري», «منطقة جبلية» propose nothing', () => {
    expect(found('سقطت الطائرة في حقل زراعي قرب كيسومو في كينيا.', 'ar')).toEqual([
      { text: 'كيسومو', id: 'g-kisumu' },
      { text: 'كينيا', id: 'kenya' },
    ]);
    expect(found('أنشأ الجيش مطار عسكري في منطقة جبلية قرب طهران.', 'ar')).toEqual([
      { text: 'طهران', id: 'g-tehran' },
    ]);
  });
});

describe('round 22b: a name listed as a unit elsewhere in the text is the unit in a headline list', () => {
  test('"Mendoza and Córdoba" before "the provinces of Córdoba and Mendoza": the units', () => {
    const ar = found(
      'Hail hits Mendoza and Córdoba\nHail flattened vineyards on Monday, and the provinces of Córdoba and Mendoza declared an emergency.',
      'en',
    );
    expect(ar.map((m) => m.id)).toEqual(['ne-ar-mendoza', 'ne-ar-cordoba', 'ne-ar-cordoba', 'ne-ar-mendoza']);
    const ng = found('أمطار غزيرة في كانو وكادونا\nأعلنت ولايتا كادونا وكانو في نيجيريا الطوارئ.', 'ar');
    expect(ng.map((m) => m.id)).toEqual([
      'ne-ng-kano',
      'ne-ng-kaduna',
      'ne-ng-kaduna',
      'ne-ng-kano',
      'nigeria',
    ]);
  });

  test('the city of the name, by its cue or alone, stays the city', () => {
    const ar = found(
      'The provinces of Córdoba and Mendoza declared an emergency, and buses stopped in the city of Mendoza.',
      'en',
    );
    expect(ar.map((m) => m.id)).toEqual(['ne-ar-cordoba', 'ne-ar-mendoza', 'g-mendoza']);
    const alone = found(
      'The provinces of Córdoba and Mendoza declared an emergency. Buses stopped in Mendoza.',
      'en',
    );
    expect(alone.map((m) => m.id)).toEqual(['ne-ar-cordoba', 'ne-ar-mendoza', 'g-mendoza']);
  });
});

describe("round 22b: a unit word before a country's name is the unit named like it", () => {
  test('«إقليم لوكسمبورغ» in Belgium, «محافظة غواتيمالا» in Guatemala: the units', () => {
    expect(found('غمرت السيول شوارع باستونيي في إقليم لوكسمبورغ جنوب بلجيكا.', 'ar')).toContainEqual({
      text: 'إقليم لوكسمبورغ',
      id: 'ne-be-lux',
    });
    expect(found('دفن انهيار أرضي منازل في ميكسكو بمحافظة غواتيمالا.', 'ar')).toContainEqual({
      text: 'محافظة غواتيمالا',
      id: 'ne-gt-guatemala',
    });
  });

  test('with no such unit in the countries the article names, the unit stays new', () => {
    expect(found('أعلن إقليم لوكسمبورغ الطوارئ في طهران.', 'ar').map((m) => m.id)).not.toContain('ne-be-lux');
    expect(found('فتحت ولاية غواتيمالا حدودها مع طهران.', 'ar').map((m) => m.id)).not.toContain(
      'ne-gt-guatemala',
    );
  });
});

describe("round 22b: a people's adjective before people is no place", () => {
  test('"Baloch separatists", "their Tigrayan neighbours": no unit', () => {
    expect(found('Baloch separatists attacked a train near Quetta.', 'en')).toEqual([
      { text: 'Quetta', id: 'g-quetta' },
    ]);
    expect(found('Families in Mekelle sheltered their Tigrayan neighbours.', 'en')).toEqual([
      { text: 'Mekelle', id: 'g-mekelle' },
    ]);
  });

  test("a unit's own name before people stays the unit", () => {
    expect(found('Tigray farmers fled to Mekelle, Ethiopia.', 'en').map((m) => m.id)).toEqual([
      'ne-et-tigray',
      'g-mekelle',
      'ethiopia',
    ]);
    expect(found('Balochistan officials said the train reached Quetta.', 'en')[0]).toEqual({
      text: 'Balochistan',
      id: 'ne-pk-balochistan',
    });
  });
});

describe('round 22b: a street, then "in" or «بـ», names the city', () => {
  test('«في شارع … بجيبوتي», "on Balboa Avenue in Panama": the capital, not the country', () => {
    const dj = found(
      'احتشد المتظاهرون أمام الوزارة في شارع الاستقلال بجيبوتي، وغرق قارب قبالة تاجورة.',
      'ar',
    );
    expect(dj).toContainEqual({ text: 'جيبوتي', id: 'g-djibouti' });
    const pa = found('Protesters marched on Balboa Avenue in Panama, and floods hit Colón.', 'en');
    expect(pa).toContainEqual({ text: 'Panama', id: 'g-panama' });
  });

  test('the country named otherwise stays the country', () => {
    const dj = found('غرق قارب قبالة تاجورة في جيبوتي.', 'ar');
    expect(dj.map((m) => m.id)).toEqual(['g-tadjourah', 'djibouti']);
  });
});

describe('round 22b: districts named after a village: the bare name is the village', () => {
  test('"the Tolmin and Kobarid districts", then "in Kobarid": the village, in every bare mention', () => {
    const si = found(
      'Floods cut off Kobarid\nFloods hit Nova Gorica in Slovenia, and emergencies were declared in the Tolmin and Kobarid districts. One man died in Kobarid, and roads north of Kobarid were closed.',
      'en',
    );
    expect(si.filter((m) => m.text === 'Kobarid').map((m) => m.id)).toEqual([
      'g-kobarid',
      'g-kobarid',
      'g-kobarid',
    ]);
    expect(si).toContainEqual({ text: 'Kobarid districts', id: null, kind: 'district' });
    const pe = found(
      'Landslides hit Ayacucho in Peru, and the Huanta district declared an emergency. Two died in Huanta.',
      'en',
    );
    expect(pe.filter((m) => m.text === 'Huanta').map((m) => m.id)).toEqual(['g-ayacucho-v']);
  });
});

describe('round 22b: a station named after its road is the station', () => {
  test('"Brunswick Road station", "Canal Street tube station": facilities', () => {
    expect(found('Trains stopped at Brunswick Road station on Monday.', 'en')).toEqual([
      { text: 'Brunswick Road station', id: null, kind: 'facility' },
    ]);
    expect(found('Police closed Canal Street tube station overnight.', 'en')).toEqual([
      { text: 'Canal Street tube station', id: null, kind: 'facility' },
    ]);
  });

  test('a road alone stays the road', () => {
    expect(found('Floods closed Brunswick Road on Monday.', 'en')).toEqual([
      { text: 'Brunswick Road', id: null, kind: 'road' },
    ]);
  });
});

describe('round 22b: a canal or port that names a body is no place there', () => {
  test('«هيئة قناة بنما», «سلطة ميناء جيبوتي»: the bodies', () => {
    expect(found('استؤنفت الملاحة في قناة بنما، بحسب ما أعلنت هيئة قناة بنما في كولون.', 'ar')).toEqual([
      { text: 'قناة بنما', id: null, kind: 'river' },
      { text: 'كولون', id: 'g-colon' },
    ]);
    expect(found('قالت سلطة ميناء جيبوتي إن السفن رست قرب تاجورة.', 'ar').map((m) => m.text)).toEqual([
      'تاجورة',
    ]);
  });
});

describe('round 22b: a ship named after a place is no place', () => {
  test('"HMAS Mendoza", "the MV Córdoba": ships', () => {
    expect(found('Hail hit San Rafael, and a navy ship, HMAS Mendoza, would sail there.', 'en')).toEqual([
      { text: 'San Rafael', id: 'g-san-rafael' },
    ]);
    expect(found('Floods hit Villa María, and the ferry, MV Córdoba, carried people out.', 'en')).toEqual([
      { text: 'Villa María', id: 'g-villa-maria' },
    ]);
  });
});

describe('round 22b: names listed before "neighbourhoods" are neighbourhoods', () => {
  test('"the Godoy Cruz and Dorrego neighbourhoods" of a city: not a town of the name', () => {
    expect(
      found('In Mendoza, in the Godoy Cruz and Dorrego neighbourhoods, trees fell onto cars.', 'en').map(
        (m) => m.id,
      ),
    ).toEqual(['g-mendoza', null, null]);
  });
});

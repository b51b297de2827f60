/**
 * Matching rules from round 27, part A (issue 18): a person's name after a title is no place, an
 * Arabic word is no place, and a longer name a source has (by its Latin key) wins over a shorter one
 * inside it. Towns are made up (no real place's Arabic name is implied); the sentences are made up.
 */
import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../src/ingest/match.ts';
import type { GazetteerEntry } from '../../src/ingest/types.ts';
import { e, unit, w } from './entry-builders.ts';
import { foundIn } from './found.ts';

const ENTRIES: GazetteerEntry[] = [
  e('kenya', ['كينيا'], ['Kenya'], 'country', [38, 0.5], { country: 'KE', bbox: [33.9, -4.7, 41.9, 5] }),
  e('chile', ['تشيلي'], ['Chile'], 'country', [-71, -35], {
    country: 'CL',
    bbox: [-75.6, -55.9, -66.4, -17.5],
  }),
  e('peru', ['بيرو'], ['Peru'], 'country', [-75, -9], { country: 'PE', bbox: [-81.3, -18.3, -68.7, -0.1] }),
  w('g-marlo', ['مارلو'], ['Marlo'], 'town', [36.2, -0.4], 'KE', 30_000),
  w('g-amora', ['امورا'], ['Amora'], 'town', [-71.5, -35.3], 'CL', 12_000),
  w('g-nakuru', ['ناكورو'], ['Nakuru'], 'city', [36.07, -0.3], 'KE', 570_000),
  w('g-talca', ['تالكا'], ['Talca'], 'city', [-71.66, -35.43], 'CL', 200_000),
  w('g-alan', ['الان'], ['Alan'], 'town', [36.3, -0.2], 'KE', 40_000),
  w('g-dun', ['دون'], ['Dun'], 'town', [-71.4, -35.5], 'CL', 40_000),
  w('g-lora', ['لورا'], ['Lora'], 'town', [36.1, -0.35], 'KE', 20_000),
  w('g-kerina', [], ['Kerina'], 'town', [36.15, -0.3], 'KE', 30_000),
  w('g-lumaco', [], ['Lumaco'], 'town', [-71.5, -35.2], 'CL', 20_000),
];
const found = foundIn(buildIndex(ENTRIES));
const ids = (text: string) => found(text, 'ar').map((m) => m.id);

describe('a name after a title is a person (round 27a)', () => {
  test('a first name before a surname, after a title and an adjective of nationality, is no town', () => {
    expect(ids('وقال الرئيس الكيني مارلو أوتينو في ناكورو إن الأمطار ستستمر')).toEqual(['g-nakuru']);
    expect(ids('وقال الجنرال مارلو فيغا في ناكورو إن الجيش انتشر في كينيا')).toEqual(['g-nakuru', 'kenya']);
  });
  test('a surname after a first name, split by a clitic a reader would not split, is no town', () => {
    expect(ids('وقالت الرئيسة آنا بامورا في تالكا إن المساعدات وصلت إلى تشيلي')).toEqual([
      'g-talca',
      'chile',
    ]);
  });
  test('a place after a title through a preposition stays', () => {
    expect(ids('وصل الرئيس الكيني إلى ناكورو')).toEqual(['g-nakuru']);
    expect(ids('وكان الرئيس في امورا جنوب تالكا في تشيلي')).toEqual(['g-amora', 'g-talca', 'chile']);
  });
  test('a great city a titled person visits stays a place', () => {
    expect(ids('وزار الرئيس الكيني ناكورو قادما من العاصمة في كينيا')).toEqual(['g-nakuru', 'kenya']);
    expect(ids('وتفقد الوزير تالكا أمس في تشيلي')).toEqual(['g-talca', 'chile']);
  });
  test('a title with «و» before it is a title', () => {
    expect(ids('واعتقل الجيش الوزير جون كامو والرئيس مارلو أوتينو في ناكورو')).toEqual(['g-nakuru']);
  });
});

describe('a word of the language is no place (round 27a)', () => {
  test('«الآن» ("now") and «دون» ("without") are particles', () => {
    expect(ids('وقال سكان ناكورو إن المياه انحسرت الآن في كينيا')).toEqual(['g-nakuru', 'kenya']);
    expect(ids('وانتهى الاجتماع في تالكا من دون اتفاق في تشيلي')).toEqual(['g-talca', 'chile']);
  });
  test('«قبيل» ("shortly before") and «بعيد» ("shortly after") end the name after a cue', () => {
    expect(found('وقع الانفجار في بلدة كيرينا قبيل منتصف الليل قرب ناكورو في كينيا', 'ar')[0]).toEqual({
      text: 'بلدة كيرينا',
      id: 'g-kerina',
    });
    expect(found('وصلت القافلة إلى بلدة لوماكو بعيد الفجر قرب تالكا في تشيلي', 'ar')[0]).toEqual({
      text: 'بلدة لوماكو',
      id: 'g-lumaco',
    });
  });
  test('a virus or a fever named after a place is no mention of it', () => {
    expect(ids('وارتفعت الإصابات بفيروس لورا في ناكورو بكينيا')).toEqual(['g-nakuru', 'kenya']);
    expect(ids('وسجلت تالكا إصابات بحمى امورا في تشيلي')).toEqual(['g-talca', 'chile']);
  });
});

describe('a longer name a source has wins over a shorter one it holds (round 27a)', () => {
  const LONG: GazetteerEntry[] = [
    e('bolivia', ['بوليفيا'], ['Bolivia'], 'country', [-64.7, -16.7], {
      country: 'BO',
      bbox: [-69.6, -22.9, -57.5, -9.7],
    }),
    e('cuba', ['كوبا'], ['Cuba'], 'country', [-79, 21.5], { country: 'CU', bbox: [-85, 19.8, -74.1, 23.3] }),
    w('g-santa-cruz-bo', ['سانتا كروز'], ['Santa Cruz'], 'town', [-65.5, -19.0], 'BO', 12_000),
    w('g-scs', [], ['Santa Cruz de la Sierra'], 'city', [-63.18, -17.78], 'BO', 1_400_000),
    w('g-alma', ['الما'], ['Alma'], 'town', [-76.0, 20.1], 'CU', 10_000),
    w('g-palma-verano', [], ['Palma Verano'], 'town', [-75.9, 20.2], 'CU', 90_000),
  ];
  const long = foundIn(buildIndex(LONG));
  test('the longest run of words whose key meets a Latin name is read, and the shorter name later follows it', () => {
    expect(long('غمرت السيول سانتا كروز دي لا سييرا في بوليفيا، وعادت الحركة إلى سانتا كروز', 'ar')).toEqual([
      { text: 'سانتا كروز دي لا سييرا', id: 'g-scs' },
      { text: 'بوليفيا', id: 'bolivia' },
      { text: 'سانتا كروز', id: 'g-scs' },
    ]);
  });
  test('a word a clitic seemed to split is read whole', () => {
    expect(long('وخرجت تظاهرات في بالما فيرانو شرق كوبا', 'ar').map((m) => m.id)).toEqual([
      'g-palma-verano',
      'cuba',
    ]);
  });
});

describe('a short key after a cue meets a Latin name as heard (round 27a)', () => {
  const HEARD: GazetteerEntry[] = [
    e('myanmar', ['ميانمار'], ['Myanmar'], 'country', [96, 21], {
      country: 'MM',
      bbox: [92.2, 9.8, 101.2, 28.5],
    }),
    e('peru', ['بيرو'], ['Peru'], 'country', [-75, -9], { country: 'PE', bbox: [-81.3, -18.3, -68.7, -0.1] }),
    w('g-mattwe', [], ['Mattwe'], 'city', [94.5, 20.5], 'MM', 60_000),
    w('g-nabe', [], ['Nabe'], 'city', [-78.5, -8.9], 'PE', 40_000),
  ];
  const heard = foundIn(buildIndex(HEARD));
  test('Burmese -we is «وي», and a final e is read i, where the key as written meets nothing', () => {
    expect(heard('ضرب الإعصار مدينة ماتوي في ميانمار', 'ar').map((m) => m.id)).toEqual([
      'g-mattwe',
      'myanmar',
    ]);
    expect(heard('ضرب الزلزال مدينة نابي شمال بيرو', 'ar').map((m) => m.id)).toEqual(['g-nabe', 'peru']);
  });
});

describe('a great city is keyed by more of its Latin names (round 27a)', () => {
  const GREAT: GazetteerEntry[] = [
    e('laos', ['لاوس'], ['Laos'], 'country', [103, 18], { country: 'LA', bbox: [100, 13.9, 107.7, 22.5] }),
    e('angola', ['أنغولا'], ['Angola'], 'country', [17.5, -12.3], {
      country: 'AO',
      bbox: [11.6, -18.1, 24.1, -4.4],
    }),
    unit('ne-la-x', ['فونكام'], ['Fonkam'], 'LA', [101, 17, 104, 20]),
    unit('ne-ao-x', ['كواتو'], ['Kwato'], 'AO', [12, -10, 16, -7]),
    // Made-up capitals: an official romanisation first, the name newsrooms heard fourth.
    w(
      'g-la-cap',
      [],
      ['Vieng Pho Tai', 'Khamsay', 'Khamsai', 'Vienpodai'],
      'city',
      [102.5, 18.5],
      'LA',
      800_000,
    ),
    w(
      'g-ao-cap',
      [],
      ['Ngola Kiteki', 'Sakala', 'Sakalla', 'Golakidegi'],
      'city',
      [14, -8.5],
      'AO',
      2_000_000,
    ),
  ];
  const great = foundIn(buildIndex(GREAT));
  test('after a preposition, in a unit the text names, by a Latin name past the first two', () => {
    expect(great('في مقاطعة فونكام، وصل الوفد إلى فيينبوداي', 'ar').map((m) => m.id)).toEqual([
      'ne-la-x',
      'g-la-cap',
    ]);
    expect(great('في مقاطعة كواتو، عاد الهدوء إلى غولاكيديغي', 'ar').map((m) => m.id)).toEqual([
      'ne-ao-x',
      'g-ao-cap',
    ]);
  });
});

describe('a small shipped island with no Arabic name, after «جزيرة», by its Latin key (round 27a)', () => {
  const ISLANDS: GazetteerEntry[] = [
    e('turkey', ['تركيا'], ['Turkey'], 'country', [35, 39], { country: 'TR', bbox: [26, 36, 45, 42] }),
    e('philippines', ['الفلبين'], ['Philippines'], 'country', [122, 12], {
      country: 'PH',
      bbox: [116, 4.5, 127, 21],
    }),
    w('g-izmir', ['إزمير'], ['Izmir'], 'city', [27.14, 38.42], 'TR', 3_000_000),
    w('g-iloilo', ['إيلويلو'], ['Iloilo'], 'city', [122.56, 10.72], 'PH', 450_000),
    // Made-up islands, as Natural Earth ships them: an English name only.
    e('rhenos', [], ['Rhenos'], 'region', [26.9, 38.3], { precision_m: 20_000 }),
    e('kalota', [], ['Kalota'], 'region', [122.3, 10.9], { precision_m: 30_000 }),
    e('great-kalota', [], ['Kalota'], 'region', [122.3, 10.9], { precision_m: 600_000 }),
  ];
  const island = foundIn(buildIndex(ISLANDS.filter((x) => x.id !== 'great-kalota')));
  test('an opening rh is r, and later bare mentions follow', () => {
    expect(
      island('اندلع حريق في جزيرة رينوس قرب إزمير في تركيا، وأُجلي سكان رينوس', 'ar').map((m) => m.id),
    ).toEqual(['rhenos', 'g-izmir', 'turkey', 'rhenos']);
  });
  test('a small island is read, a great one is not', () => {
    expect(island('ضرب الإعصار جزيرة كالوتا شمال إيلويلو في الفلبين', 'ar').map((m) => m.id)).toEqual([
      'kalota',
      'g-iloilo',
      'philippines',
    ]);
    const great = foundIn(buildIndex(ISLANDS.filter((x) => x.id !== 'kalota')));
    expect(great('ضرب الإعصار جزيرة كالوتا شمال إيلويلو في الفلبين', 'ar').map((m) => m.id)).toEqual([
      null,
      'g-iloilo',
      'philippines',
    ]);
  });
});

describe('a unit word before a name means the one unit of that name, wherever its namesake town lies (round 27a)', () => {
  const UNITS: GazetteerEntry[] = [
    e('chile', ['تشيلي'], ['Chile'], 'country', [-71, -35], {
      country: 'CL',
      bbox: [-75.6, -55.9, -66.4, -17.5],
    }),
    e('kenya', ['كينيا'], ['Kenya'], 'country', [38, 0.5], { country: 'KE', bbox: [33.9, -4.7, 41.9, 5] }),
    // Made-up units with no Arabic name, and made-up towns of their names in another part of the country.
    unit('ne-cl-marena', [], ['Marena'], 'CL', [-73, -40, -71, -38]),
    w('g-cl-marena', ['مارينا'], ['Marena'], 'town', [-70.5, -30], 'CL', 20_000),
    unit('ne-ke-sokoro', [], ['Sokoro'], 'KE', [34, 0, 35, 1]),
    w('g-ke-sokoro', ['سوكورو'], ['Sokoro'], 'town', [39.6, -4], 'KE', 20_000),
  ];
  const units = foundIn(buildIndex(UNITS));
  test('«مقاطعة X» is unit X, not the town X elsewhere', () => {
    expect(units('غمرت السيول مقاطعة مارينا جنوب تشيلي', 'ar').map((m) => m.id)).toEqual([
      'ne-cl-marena',
      'chile',
    ]);
    expect(units('ضرب الجفاف مقاطعة سوكورو غرب كينيا', 'ar').map((m) => m.id)).toEqual([
      'ne-ke-sokoro',
      'kenya',
    ]);
  });
});

describe('a village of a long key is read anywhere in a country the article names (round 27a)', () => {
  const PLACES: GazetteerEntry[] = [
    e('iceland', ['آيسلندا'], ['Iceland'], 'country', [-19, 65], {
      country: 'IS',
      bbox: [-24.5, 63.3, -13.5, 66.6],
    }),
    e('georgia', ['جورجيا'], ['Georgia'], 'country', [43.5, 42.2], {
      country: 'GE',
      bbox: [40, 41, 46.7, 43.6],
    }),
    w('g-reykjavik', ['ريكيافيك'], ['Reykjavik'], 'city', [-21.9, 64.1], 'IS', 120_000),
    w('g-tbilisi', ['تبليسي'], ['Tbilisi'], 'city', [44.8, 41.7], 'GE', 1_100_000),
  ];
  // Made-up villages, far (over 60 km) from the capitals the sentences name.
  const VILLAGES: GazetteerEntry[] = [
    w('v-brekkuholtur', [], ['Brekkuholtur'], 'village', [-18.5, 63.6], 'IS', 800),
    w('v-tsmindatskali', [], ['Tsmindatskali'], 'village', [42, 42.3], 'GE', 600),
  ];
  const villages = foundIn(buildIndex(PLACES, [], VILLAGES));
  test('a key of five consonants or more', () => {
    expect(
      villages('قال مسؤولون في ريكيافيك إن الرماد غطى قرية بريكوهولتور في آيسلندا', 'ar').map((m) => m.id),
    ).toEqual(['g-reykjavik', 'v-brekkuholtur', 'iceland']);
    expect(
      villages('وقالت السلطات في تبليسي إن الانهيار دفن قرية تسميندتسكالي غرب جورجيا', 'ar').map((m) => m.id),
    ).toEqual(['g-tbilisi', 'v-tsmindatskali', 'georgia']);
  });
  test('a name that ran on into a list is cut before «و», and the listed word is another unknown village', () => {
    expect(
      villages('قال مسؤولون في ريكيافيك إن الرماد غطى قرية بريكوهولتور وهافناري في آيسلندا', 'ar'),
    ).toEqual([
      { text: 'ريكيافيك', id: 'g-reykjavik' },
      { text: 'قرية بريكوهولتور', id: 'v-brekkuholtur' },
      { text: 'هافناري', id: null, kind: 'village' },
      { text: 'آيسلندا', id: 'iceland' },
    ]);
    expect(
      villages('وقالت السلطات في تبليسي إن الانهيار دفن قرية تسميندتسكالي وزيموري غرب جورجيا', 'ar'),
    ).toEqual([
      { text: 'تبليسي', id: 'g-tbilisi' },
      { text: 'قرية تسميندتسكالي', id: 'v-tsmindatskali' },
      { text: 'زيموري', id: null, kind: 'village' },
      { text: 'جورجيا', id: 'georgia' },
    ]);
  });
});

/**
 * Matching rules from round 30 (issue 18): Spanish names as Arabic newsrooms hear them, an abbreviation's full stop inside an English name, and
 * «مرفأ» as a port. Places and sentences are made up (no real place's Arabic name is implied).
 */
import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../src/ingest/match.ts';
import { saintVariants } from '../../src/ingest/saint-names.ts';
import { keyedRegions } from '../../src/ingest/match-keyed-region.ts';
import { unknownPlace } from '../../src/ingest/unknown-place.ts';
import { withoutMonthWords } from '../../src/ingest/match-month-words.ts';
import { normalise, tokens } from '../../src/ingest/normalize.ts';
import { arabicKey, latinKeysOf } from '../../src/ingest/spelling-key.ts';
import type { GazetteerEntry } from '../../src/ingest/types.ts';
import { NE_PHYSICAL_TITLE } from '../../src/ingest/gazetteer.ts';
import { e, unit, w } from './entry-builders.ts';
import { foundIn } from './found.ts';

const ENTRIES: GazetteerEntry[] = [
  e('grenada', ['غرينادا'], ['Grenada'], 'country', [-61.7, 12.1], { country: 'GD' }),
  e('lebanon', ['لبنان'], ['Lebanon'], 'country', [35.8, 33.9], { country: 'LB' }),
  e('beirut', ['بيروت'], ['Beirut'], 'city', [35.5, 33.9], { country: 'LB' }),
];
const found = foundIn(buildIndex(ENTRIES));

describe('Spanish names as Arabic newsrooms hear them', () => {
  const juarez = w('g-juarez', [], ['Juárez'], 'city', [-106.4, 31.7], 'MX', 1_500_000);
  test('j is «خ», h is silent, ll is y', () => {
    expect(latinKeysOf(juarez, true)).toContain(arabicKey('خواريز'));
    const sevilla = w('g-sevilla', [], ['Sevilla'], 'city', [-6, 37.4], 'ES', 700_000);
    expect(latinKeysOf(sevilla, true)).toContain(arabicKey('سيفيا'));
    const gijon = w('g-gijon', [], ['Gijón'], 'city', [-5.7, 43.5], 'ES', 270_000);
    expect(latinKeysOf(gijon, true)).toContain(arabicKey('خيخون'));
  });
  test('only in a Spanish-speaking country, and only as heard', () => {
    expect(latinKeysOf({ ...juarez, country: 'US' }, true)).not.toContain(arabicKey('خواريز'));
    expect(latinKeysOf(juarez, false)).not.toContain(arabicKey('خواريز'));
  });
});

describe('an abbreviation opens a name after a cue', () => {
  test('"the island of St. Vincent" is one name', () => {
    expect(found('Grenada sent boats to the island of St. Vincent on Monday.', 'en')).toEqual([
      { text: 'Grenada', id: 'grenada' },
      { text: 'island of St. Vincent', id: null, kind: 'region' },
    ]);
  });
  test('any other full stop ends the name', () => {
    expect(found('Boats reached the island of Bequia. Then they left.', 'en')).toEqual([
      { text: 'island of Bequia', id: null, kind: 'region' },
    ]);
  });
});

describe('«مرفأ» is a port, as «ميناء» is', () => {
  test('the port of a known city is a facility to place', () => {
    expect(found('وقع الانفجار في مرفأ بيروت مساء الثلاثاء.', 'ar')).toEqual([
      { text: 'مرفأ بيروت', id: null, kind: 'facility' },
    ]);
  });
});

describe('a bare unit name is its namesake town only where the text spells the town', () => {
  // Natural Earth gives a unit its seat's English name; the seat has an Arabic name of its own.
  const more: GazetteerEntry[] = [
    e('iraq', ['العراق'], ['Iraq'], 'country', [43.7, 33.2], { country: 'IQ', bbox: [38.8, 29, 48.6, 37.4] }),
    unit('u-zarqan', ['زرقان'], ['Zarqan', 'Wasiliya'], 'IQ', [45.5, 30.5, 47, 32]),
    w('g-wasiliya', ['الواصلية'], ['Wasiliya'], 'city', [46.25, 31.05], 'IQ', 400_000),
    unit('u-kalim', ['كليم'], ['Kalim'], 'IQ', [43, 33, 44, 34]),
    w('g-kalim', ['كاليم'], ['Kalim'], 'city', [43.5, 33.5], 'IQ', 200_000),
  ];
  const ids = (text: string) => foundIn(buildIndex([...ENTRIES, ...more]))(text, 'ar').map((m) => m.id);
  test('«زرقان» is the unit, not «الواصلية»', () => {
    expect(ids('وفي العراق أمر الوزير بتوقيف مدير الصحة في زرقان.')).toEqual(['iraq', 'u-zarqan']);
  });
  test('a town spelled another way in Arabic is still the town', () => {
    expect(ids('وفي العراق قال سكان في كليم إن المياه ارتفعت.')).toEqual(['iraq', 'g-kalim']);
  });
});

describe('a unit that holds the article’s places over its namesake city far from them', () => {
  // A state and its great namesake city, 450 km from the story's towns inside the state.
  const more: GazetteerEntry[] = [
    unit('ne-vantor', [], ['Vantor'], 'US', [-80, 40.5, -72, 45]),
    w('g-vantor-city', [], ['Vantor'], 'city', [-74, 40.7], 'US', 8_000_000),
    w('g-elmsby', [], ['Elmsby'], 'city', [-78.9, 42.9], 'US', 270_000),
    w('g-carrow', [], ['Carrow'], 'town', [-78.7, 42.9], 'US', 80_000),
    w('g-tessin', [], ['Tessin'], 'town', [-74.1, 40.8], 'US', 50_000),
  ];
  const ids = (text: string) => foundIn(buildIndex([...ENTRIES, ...more]))(text, 'en').map((m) => m.id);
  test('"western Vantor" in a story from Elmsby is the state', () => {
    expect(ids('Snow buried Elmsby and Carrow, and the governor declared an emergency for Vantor.')).toEqual([
      'g-elmsby',
      'g-carrow',
      'ne-vantor',
    ]);
  });
  test('the city when the story has a place beside it', () => {
    expect(ids('Snow buried Elmsby and Carrow, and flights from Vantor to Tessin were cancelled.')).toEqual([
      'g-elmsby',
      'g-carrow',
      'g-vantor-city',
      'g-tessin',
    ]);
  });
});

describe('a word’s final «ه» may write a foreign name’s vowel', () => {
  const more: GazetteerEntry[] = [
    e('turkey', ['تركيا'], ['Turkey'], 'country', [35, 39], { country: 'TR', bbox: [26, 36, 45, 42] }),
    w('g-malatia', ['ملاطيا'], ['Malatia'], 'city', [38.3, 38.35], 'TR', 400_000),
    w('g-kavrice', [], ['Kavrice'], 'town', [39.3, 38.45], 'TR', 6_000),
    w('g-karabelen', [], ['Karabelen'], 'town', [39.6, 38.8], 'TR', 9_000),
  ];
  const ids = (text: string) => foundIn(buildIndex([...ENTRIES, ...more]))(text, 'ar').map((m) => m.id);
  test('at the end of a name and inside one (Turkey)', () => {
    expect(ids('ضرب الزلزال بلدة كافريجه قرب ملاطيا في تركيا.')).toEqual([
      'g-kavrice',
      'g-malatia',
      'turkey',
    ]);
    expect(ids('وتضررت بلدة قره بلن شرقي ملاطيا في تركيا.')).toEqual(['g-karabelen', 'g-malatia', 'turkey']);
  });
});

describe('a plural place noun, then "such as" and a list', () => {
  const more: GazetteerEntry[] = [
    e('ghana', ['غانا'], ['Ghana'], 'country', [-1, 8], { country: 'GH', bbox: [-3.3, 4.7, 1.2, 11.2] }),
    w('g-tamura', ['تامورا'], ['Tamura'], 'city', [-0.85, 9.4], 'GH', 300_000),
    w('g-kelemo', [], ['Kelemo'], 'city', [-1.6, 7.3], 'GH', 140_000),
  ];
  const got = (text: string) =>
    foundIn(buildIndex([...ENTRIES, ...more]))(text, 'ar').map((m) => [m.text, m.id ?? m.kind]);
  test('«مدن الداخل مثل …» lists the towns (Ghana)', () => {
    expect(got('وتنقل الشاحنات الوقود من تامورا إلى مدن الداخل مثل كيليمو ودارانتي في غانا.')).toEqual([
      ['تامورا', 'g-tamura'],
      ['كيليمو', 'g-kelemo'],
      ['دارانتي', 'city'],
      ['غانا', 'ghana'],
    ]);
  });
  test('no list without "such as" after a word that is not definite', () => {
    expect(
      got('وتنقل الشاحنات الوقود من تامورا إلى مدن كثيرة مثل كيليمو ودارانتي في غانا.').map((x) => x[0]),
    ).toEqual(['تامورا', 'غانا']);
  });
});

describe('«ومناطق» after a name opens another phrase', () => {
  const more: GazetteerEntry[] = [
    e('india', ['الهند'], ['India'], 'country', [79, 22], { country: 'IN', bbox: [68, 6, 97, 36] }),
    w('g-jodra', ['جودرا'], ['Jodra'], 'city', [73, 26.3], 'IN', 1_000_000),
    w('g-karmer', [], ['Karmer'], 'city', [71.4, 25.75], 'IN', 260_000),
  ];
  const got = (text: string) =>
    foundIn(buildIndex([...ENTRIES, ...more]))(text, 'ar').map((m) => [m.text, m.id ?? m.kind]);
  test('the name ends before it (India)', () => {
    expect(got('وهطلت أمطار غزيرة على مدينة كارمر ومناطق أخرى قرب جودرا في الهند.')).toEqual([
      ['مدينة كارمر', 'g-karmer'],
      ['جودرا', 'g-jodra'],
      ['الهند', 'india'],
    ]);
  });
});

describe('a saint’s word abbreviated or written out is one name', () => {
  test('the variants', () => {
    expect(saintVariants("Saint George's")).toEqual(["St. George's", "St George's"]);
    expect(saintVariants('St. Petersburg')).toEqual(['Saint Petersburg']);
    expect(saintVariants('Sainte Rose')).toEqual(['Ste. Rose']);
    expect(saintVariants('Santa Cruz')).toEqual([]);
  });
  test('"St. George\'s" is GeoNames\' "Saint George\'s" (Grenada)', () => {
    const more = [w('g-sg', [], ["Saint George's"], 'city', [-61.75, 12.05], 'GD', 7_500)];
    expect(
      foundIn(buildIndex([...ENTRIES, ...more]))("Boats reached St. George's in Grenada.", 'en'),
    ).toEqual([
      // The possessive's s is no part of a span, as for any name.
      { text: 'St. George', id: 'g-sg' },
      { text: 'Grenada', id: 'grenada' },
    ]);
  });
});

describe('a bridge on a border is a crossing', () => {
  const more: GazetteerEntry[] = [
    e('peru', ['بيرو'], ['Peru'], 'country', [-75, -9], { country: 'PE' }),
    e('bolivia', ['بوليفيا'], ['Bolivia'], 'country', [-64, -17], { country: 'BO' }),
    w('g-tacna', ['تاكنا'], ['Tacna'], 'city', [-70.25, -18], 'PE', 280_000),
  ];
  const got = (text: string, lang: 'ar' | 'en') =>
    foundIn(buildIndex([...ENTRIES, ...more]))(text, lang).filter((m) => m.id === null);
  test('a border word, or two countries, in its sentence (Peru, Bolivia)', () => {
    expect(got('Trucks queued at the Desaguadero bridge on the border with Bolivia.', 'en')).toEqual([
      { text: 'Desaguadero bridge', id: null, kind: 'crossing' },
    ]);
    expect(got('وعلى جسر ديساغواديرو الذي يربط بيرو ببوليفيا توقفت الشاحنات.', 'ar')).toEqual([
      { text: 'جسر ديساغواديرو', id: null, kind: 'crossing' },
    ]);
  });
  test('a bridge inside one country stays a facility', () => {
    expect(got('The Rimac bridge in Tacna, Peru, was closed on Monday.', 'en')).toEqual([
      { text: 'Rimac bridge', id: null, kind: 'facility' },
    ]);
  });
});

describe('a country named like another country’s unit does not place the article alone', () => {
  // The only country the text names shares its name with a US state; the towns lie in the US.
  const more: GazetteerEntry[] = [
    e('georgia_c', ['جورجيا'], ['Georgia'], 'country', [43.5, 42.2], {
      country: 'GE',
      bbox: [40, 41, 46.7, 43.6],
    }),
    unit('ne-georgia-us', [], ['Georgia'], 'US', [-85.6, 30.4, -80.8, 35]),
    unit('ne-alabama', [], ['Alabama'], 'US', [-88.5, 30.2, -84.9, 35]),
    w('g-palm-shores', [], ['Palm Shores'], 'town', [-87.7, 30.25], 'US', 15_000),
    w('g-dunmore', [], ['Dunmore'], 'town', [-87.55, 30.28], 'US', 6_000),
    w('g-keller', [], ['Keller'], 'city', [-87.2, 30.42], 'US', 50_000),
  ];
  const ids = (text: string) =>
    foundIn(buildIndex([...ENTRIES, ...more]))(text, 'en')
      .map((m) => m.id)
      .filter((id) => id !== null);
  test('the towns of Alabama are read, not dropped as far from the Caucasus', () => {
    const got = ids(
      'The storm hit Palm Shores and Dunmore in Alabama, and flooded Keller. Rain reached Georgia the next day.',
    );
    expect(got).toEqual(expect.arrayContaining(['g-palm-shores', 'g-dunmore', 'ne-alabama', 'g-keller']));
  });
  test('a story from the country keeps it', () => {
    const tbilisi = w('g-tbilisi', [], ['Tbilisi'], 'city', [44.8, 41.7], 'GE', 1_100_000);
    const kutari = w('g-kutari', [], ['Kutari'], 'town', [42.7, 42.25], 'GE', 40_000);
    const got = foundIn(buildIndex([...ENTRIES, ...more, tbilisi, kutari]))(
      'Protesters marched in Tbilisi and Kutari, and Georgia closed its border.',
      'en',
    ).map((m) => m.id);
    expect(got).toEqual(['g-tbilisi', 'g-kutari', 'georgia_c']);
  });
});

describe('Arabic: a month of two words is no place; a hyphen joins one name', () => {
  const more: GazetteerEntry[] = [
    e('tajik', ['طاجيكستان'], ['Tajikistan'], 'country', [71, 38.8], {
      country: 'TJ',
      bbox: [67.3, 36.6, 75.2, 41],
    }),
    w('g-dushanbe', ['دوشنبه'], ['Dushanbe'], 'city', [68.78, 38.54], 'TJ', 800_000),
    // A town whose Latin key is a month's: «تشرين».
    w('g-tishrin', [], ['Chirin'], 'town', [69.5, 38.2], 'TJ', 12_000),
  ];
  const got = (text: string) =>
    foundIn(buildIndex([...ENTRIES, ...more]))(text, 'ar').map((m) => [m.text, m.id ?? m.kind]);
  test('a place read at a month of two words, or one written with its pair, is dropped', () => {
    const text = 'في تشرين الثاني عاد السكان، وفي أيار/مايو غادروا إلى مايو.';
    const nt = normalise(text);
    const at = (word: string, from = 0) => {
      const start = text.indexOf(word, from);
      return {
        start,
        end: start + word.length,
        placeId: 'g-x',
        role: 'place' as const,
        rule: 'name',
        candidates: [],
      };
    };
    const kept = withoutMonthWords(nt, tokens(nt), [
      at('تشرين'),
      at('أيار'),
      at('مايو', text.indexOf('إلى')),
    ]);
    expect(kept.map((m) => text.slice(m.start, m.end))).toEqual(['مايو']);
  });
  test('«في تشرين الثاني/نوفمبر» is November', () => {
    expect(got('اندلعت احتجاجات في دوشنبه في تشرين الثاني/نوفمبر الماضي في طاجيكستان.')).toEqual([
      ['دوشنبه', 'g-dushanbe'],
      ['طاجيكستان', 'tajik'],
    ]);
  });
  test('«إقليم كورسو-بالاتان» is one name', () => {
    expect(got('وصلت القوات إلى إقليم كورسو-بالاتان شرقي دوشنبه في طاجيكستان.')).toEqual([
      ['إقليم كورسو-بالاتان', 'region'],
      ['دوشنبه', 'g-dushanbe'],
      ['طاجيكستان', 'tajik'],
    ]);
  });
});

describe('an island or a range after its cue is Natural Earth’s of its key', () => {
  const ne = { title: NE_PHYSICAL_TITLE };
  const more: GazetteerEntry[] = [
    e('phil', ['الفلبين'], ['Philippines'], 'country', [122, 12], {
      country: 'PH',
      bbox: [116.9, 4.6, 126.6, 21.1],
    }),
    w('g-davra', ['دافرا'], ['Davra'], 'city', [125.6, 7.1], 'PH', 1_700_000),
    e('mindora', [], ['Mindora'], 'region', [124.3, 7.7], { source: ne, bbox: [121.9, 5.6, 126.6, 9.8] }),
    e('andora-range', [], ['Andes'], 'region', [-70, -20], { source: ne, bbox: [-79, -55, -63, 11] }),
  ];
  const got = (text: string) =>
    foundIn(buildIndex([...ENTRIES, ...more]))(text, 'ar').map((m) => [m.text, m.id ?? m.kind]);
  test('«جزيرة ميندورا» near the article’s places, and its later mention (Philippines)', () => {
    const index = buildIndex([...ENTRIES, ...more]);
    const cued = unknownPlace({
      start: 0,
      end: 13,
      rule: 'cue-unknown-name',
      kind: 'region',
      name: 'جزيرة ميندورا',
      after: 'ميندورا',
    });
    const later = unknownPlace({
      start: 40,
      end: 47,
      rule: 'same-name-later',
      kind: 'region',
      name: 'جزيرة ميندورا',
      after: 'ميندورا',
    });
    const davra = {
      start: 20,
      end: 25,
      placeId: 'g-davra',
      role: 'place' as const,
      rule: 'name',
      candidates: ['g-davra'],
    };
    expect(keyedRegions([cued, davra, later], index).map((m) => m.placeId)).toEqual([
      'mindora',
      'g-davra',
      'mindora',
    ]);
    // Far from the article's places: unknown.
    const far = { ...davra, placeId: 'beirut', candidates: ['beirut'] };
    expect(keyedRegions([cued, far], index)[0]!.placeId).toBeNull();
  });
  test('a range far from every place the article names stays unknown', () => {
    expect(got('وصل المتسلقون إلى جبال الأنديز قرب دافرا في الفلبين.')[0]).toEqual([
      'جبال الأنديز',
      'region',
    ]);
  });
});

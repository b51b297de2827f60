/**
 * Matching rules from the seventh round (issue 18), general causes found on made-up articles from
 * regions no bench set covers (Egypt, Jordan): «سيول» ("torrents") is no Seoul; a GeoNames Arabic
 * alternate name that starts with a first-level unit's cue word («محافظة مادبا») is the unit's name,
 * not the town's; and a plural unit cue («محافظات أسوان وسوهاج وقنا») makes every name of its list
 * a unit; and of namesakes in the article's country, the one near its places comes first (Lagoa in
 * the Algarve, not in the Azores). From Myanmar, Colombia and Venezuela: «عبر» and «عاصمة» end an
 * unknown name, "department", "county", "prefecture", "oblast" are unit cues, a unit with its cue in a
 * country named in passing is that unit, and a country's CLDR Arabic names join the shipped ones
 * («ميانمار»). Points are rough and illustrative (test fixture, never shipped).
 */
import { describe, expect, test } from 'vitest';
import { geonamesEntry } from '../../scripts/gazetteer/geonames.ts';
import { cldrArabicCountryNames, withWorld } from '../../src/ingest/gazetteer.ts';
import { buildIndex, matchPlaces } from '../../src/ingest/match.ts';
import type { GazetteerEntry } from '../../src/ingest/types.ts';
import { e, w } from './entry-builders.ts';
import { foundIn } from './found.ts';

const unit = (id: string, ar: string[], en: string[], point: [number, number], country: string) => ({
  ...w(id, ar, en, 'governorate', point, country),
  precision_m: 80_000,
});

const ENTRIES: GazetteerEntry[] = [
  e('egypt', ['مصر'], ['Egypt'], 'country', [30, 27], { country: 'EG', bbox: [24.7, 22, 36.9, 31.7] }),
  e('jordan', ['الأردن'], ['Jordan'], 'country', [36, 31], { country: 'JO', bbox: [34.9, 29.2, 39.3, 33.4] }),
  w('g-seoul', ['سيول', 'سئول'], ['Seoul'], 'city', [126.98, 37.57], 'KR', 10_349_312),
  w('g-aswan', ['أسوان'], ['Aswan'], 'city', [32.9, 24.09], 'EG', 379_774),
  w('g-sohag', ['سوهاج'], ['Sohag'], 'city', [31.69, 26.56], 'EG', 266_944),
  w('g-qena', ['قنا'], ['Qena'], 'city', [32.73, 26.16], 'EG', 252_883),
  unit('u-aswan', ['أسوان'], ['Aswan'], [32.28, 22.65], 'EG'),
  unit('u-sohag', ['سوهاج'], ['Sohag'], [31.9, 26.4], 'EG'),
  unit('u-qena', ['قنا'], ['Qena'], [32.6, 26.2], 'EG'),
  // GeoNames gives the town of Madaba its governorate's name «محافظة مادبا» among its Arabic names.
  geonamesEntry({
    id: 248370,
    name: 'Mādabā',
    ascii: 'Madaba',
    alternates: ['Madaba', 'مأدبا', 'مادبا', 'محافظة مادبا'],
    lat: 31.716,
    lon: 35.794,
    code: 'PPLA',
    country: 'JO',
    population: 82_335,
  }),
  unit('u-madaba', ['مادبا'], ['Madaba'], [35.7, 31.6], 'JO'),
];
const index = buildIndex(ENTRIES);

const foundAny = foundIn(index);
const found = (text: string) => foundAny(text, 'ar');

describe('seventh round: common words, unit names in GeoNames, plural unit cues', () => {
  test('«سيول» and «السيول» are torrents, not Seoul; «سئول» is still Seoul', () => {
    expect(found('ضربت سيول جارفة صعيد مصر، وجرفت السيول منازل.')).toEqual([{ text: 'مصر', id: 'egypt' }]);
    expect(found('وصل الوفد إلى سئول.')).toEqual([{ text: 'سئول', id: 'g-seoul' }]);
  });

  test('a GeoNames town’s alternate name with a unit cue word is not the town’s name', () => {
    expect(
      geonamesEntry({
        id: 1,
        name: 'Wanda',
        ascii: 'Wanda',
        alternates: ['واندا', 'محافظة واندا', 'ولاية واندا', 'قضاء واندا'],
        lat: 1,
        lon: 1,
        code: 'PPLA',
        country: 'ZZ',
        population: 50_000,
      }).names.ar,
    ).toEqual(['واندا', 'قضاء واندا']);
    expect(found('أغلقت السلطات الطريق بعد سيول في محافظة مادبا بالأردن.')).toEqual([
      { text: 'محافظة مادبا', id: 'u-madaba' },
      { text: 'الأردن', id: 'jordan' },
    ]);
  });

  test('a plural unit cue makes each known name of its list the unit', () => {
    expect(found('ضربت السيول محافظات أسوان وسوهاج وقنا في صعيد مصر.')).toEqual([
      { text: 'أسوان', id: 'u-aswan' },
      { text: 'سوهاج', id: 'u-sohag' },
      { text: 'قنا', id: 'u-qena' },
      { text: 'مصر', id: 'egypt' },
    ]);
    expect(found('أسوان أفقر محافظات مصر.')).toEqual([
      { text: 'أسوان', id: 'g-aswan' },
      { text: 'مصر', id: 'egypt' },
    ]);
    expect(found('وصل الوفد إلى أسوان وسوهاج في مصر.')).toEqual([
      { text: 'أسوان', id: 'g-aswan' },
      { text: 'سوهاج', id: 'g-sohag' },
      { text: 'مصر', id: 'egypt' },
    ]);
  });
});

describe('seventh round: namesakes in the article’s country', () => {
  const idx = buildIndex([
    e('portugal', ['البرتغال'], ['Portugal'], 'country', [-8, 39.6], {
      country: 'PT',
      bbox: [-31.3, 32.6, -6.2, 42.2],
    }),
    w('g-portimao', [], ['Portimão'], 'town', [-8.54, 37.14], 'PT', 38_487),
    w('g-lagoa-azores', [], ['Lagoa'], 'town', [-25.57, 37.74], 'PT', 14_442),
    w('g-lagoa-algarve', [], ['Lagoa'], 'town', [-8.45, 37.14], 'PT', 6_301),
  ]);

  test('the one within reach of the article’s places comes before a larger one far from them', () => {
    const ms = matchPlaces('In Portugal, fires near Portimão closed the road to Lagoa.', idx, { lang: 'en' });
    expect(ms.map((m) => m.placeId)).toEqual(['portugal', 'g-portimao', 'g-lagoa-algarve']);
  });
});

describe('seventh round: Myanmar, Colombia and Venezuela (made-up sentences)', () => {
  const idx = buildIndex([
    e('bangladesh', ['بنغلاديش'], ['Bangladesh'], 'country', [90.4, 23.6], {
      country: 'BD',
      bbox: [88, 20.7, 92.7, 26.6],
    }),
    e('colombia', ['كولومبيا'], ['Colombia'], 'country', [-73, 4], {
      country: 'CO',
      bbox: [-79, -4.2, -66.9, 12.5],
    }),
    e('brazil', ['البرازيل'], ['Brazil'], 'country', [-54, -14], {
      country: 'BR',
      bbox: [-74, -33.8, -34.8, 5.3],
    }),
    w('g-bogota', ['بوغوتا'], ['Bogotá'], 'city', [-74.08, 4.61], 'CO', 7_674_366),
    w('g-cucuta', [], ['Cúcuta'], 'city', [-72.51, 7.89], 'CO', 777_106),
    w('g-ipiales', [], ['Ipiales'], 'town', [-77.64, 0.83], 'CO', 77_729),
    w('g-narino', [], ['Nariño'], 'town', [-75.18, 5.61], 'CO', 3_186),
    unit('u-narino', [], ['Nariño'], [-77.4, 1.6], 'CO'),
    unit('u-roraima', [], ['Roraima'], [-61.4, 2.1], 'BR'),
    unit('u-cauca', [], ['Cauca'], [-76.8, 2.4], 'CO'),
  ]);
  const f = foundIn(idx);

  test('«عبر» ("across") and «عاصمة» ("capital of") end an unknown name', () => {
    expect(f('وصل لاجئون إلى بلدة تكناف عبر النهر في بنغلاديش.', 'ar')[0]).toEqual({
      text: 'بلدة تكناف',
      id: null,
      kind: 'town',
    });
    expect(f('زار الوزير مدينة سيتوي عاصمة الولاية قرب بنغلاديش.', 'ar')[0]).toEqual({
      text: 'مدينة سيتوي',
      id: null,
      kind: 'city',
    });
  });

  test('"departments" after a list of names is a first-level unit’s cue', () => {
    expect(f('Rain fell on the Nariño and Cauca departments of Colombia.', 'en')).toEqual([
      { text: 'Nariño', id: 'u-narino' },
      { text: 'Cauca departments', id: 'u-cauca' },
      { text: 'Colombia', id: 'colombia' },
    ]);
  });

  test('"department" after an unknown name is an office, not a unit to place', () => {
    expect(f('The Colombian Meteorological Department in Bogotá, Colombia, warned of rain.', 'en')).toEqual([
      { text: 'Bogotá', id: 'g-bogota' },
      { text: 'Colombia', id: 'colombia' },
    ]);
  });

  test('"department" after a name is a first-level unit’s cue', () => {
    expect(f('Migrants reached Ipiales, in Nariño department, Colombia.', 'en')).toEqual([
      { text: 'Ipiales', id: 'g-ipiales' },
      { text: 'Nariño department', id: 'u-narino' },
      { text: 'Colombia', id: 'colombia' },
    ]);
  });

  test('a unit with its cue in a country named in passing is still that unit', () => {
    const text =
      'In Colombia, migrants walked from Cúcuta to Bogotá and on to Ipiales. Brazil reported arrivals in Roraima state.';
    expect(f(text, 'en').at(-1)).toEqual({ text: 'Roraima state', id: 'u-roraima' });
  });
});

describe('seventh round: a country’s Arabic names in CLDR', () => {
  test('a shipped country gains the CLDR spellings it lacks («ميانمار (بورما)» is both names)', () => {
    expect(cldrArabicCountryNames('MM')).toEqual(['ميانمار', 'بورما']);
    expect(cldrArabicCountryNames('CD')).toEqual([]);
    const myanmar = e('myanmar', ['بورما'], ['Myanmar'], 'country', [96.7, 19.1], { country: 'MM' });
    expect(withWorld([myanmar], [])[0]!.names.ar).toEqual(['بورما', 'ميانمار']);
  });
});

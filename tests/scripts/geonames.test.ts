import { describe, expect, test } from 'vitest';
import {
  geonamesEntry,
  kept,
  kindOf,
  latinVariants,
  parseCities,
  withoutBareForms,
  withoutBorrowedNames,
  withoutUnitNames,
} from '../../scripts/gazetteer/geonames.ts';
import { withWorld } from '../../src/ingest/gazetteer.ts';
import type { GazetteerEntry } from '../../src/ingest/types.ts';

// Two rows in the GeoNames dump format (tab-separated; columns as in cities500.txt).
const ROWS = [
  [
    '173230',
    '‘Āmūdā',
    '`Amuda',
    'Amouda,Amude,ʿamwda,عامودا,عامودة',
    '37.10417',
    '40.93',
    'P',
    'PPLA3',
    'SY',
    '',
    '01',
    '',
    '',
    '',
    '0',
    '',
    '450',
    'Asia/Damascus',
    '2012-01-18',
  ],
  [
    '390188',
    'Al Ḩawījah',
    'Al Hawijah',
    'Al Huwayjah,الحويجة,قضاء الحويجة,حویجه',
    '35.32',
    '43.76',
    'P',
    'PPLA2',
    'IQ',
    '',
    '10',
    '',
    '',
    '',
    '0',
    '',
    '200',
    'Asia/Baghdad',
    '2016-01-01',
  ],
].map((r) => r.join('\t'));

describe('GeoNames rows', () => {
  test('parse: id, names, point, code, country, population', () => {
    const [a] = parseCities(ROWS.join('\n') + '\n');
    expect(a).toMatchObject({
      id: 173230,
      ascii: '`Amuda',
      lat: 37.10417,
      lon: 40.93,
      code: 'PPLA3',
      country: 'SY',
      population: 0,
    });
  });

  test.each([
    ['Al Hawijah', ['Hawijah', 'Al Hawija', 'Hawija']],
    ['Al Qayyarah', ['Qayyarah', 'Al Qayyara', 'Qayyara']],
    ['Derna', []],
  ])('English variants of %s', (ascii, want) => {
    expect(latinVariants(ascii)).toEqual(want);
  });

  test.each([
    [{ code: 'PPLC', population: 100 }, 'city'],
    [{ code: 'PPL', population: 150_000 }, 'city'],
    [{ code: 'PPLA2', population: 0 }, 'town'],
    [{ code: 'PPL', population: 600 }, 'village'],
  ])('kind of %j is %s', (r, kind) => expect(kindOf(r)).toBe(kind));

  test('an entry has the stable id geonames-<id>, its Arabic names and the licence', () => {
    const e = geonamesEntry(parseCities(ROWS[1]!)[0]!);
    expect(e).toMatchObject({
      id: 'geonames-390188',
      kind: 'town',
      point: [43.76, 35.32],
      country: 'IQ',
      world: true,
      source: { licence: 'CC BY 4.0' },
    });
    expect(e.names.ar).toEqual(['الحويجة', 'قضاء الحويجة']);
    expect(e.names.en).toContain('Hawija');
  });

  test("an entry's Arabic names follow the basemap's rule: the chosen name first, unvowelled, none when PREFER_AR says so", () => {
    const row = parseCities(ROWS[1]!)[0]!;
    const jerusalem = {
      ...row,
      id: 281184,
      alternates: ['Jerusalem', 'أورسالم', 'القُدس', 'القدس', 'القُدْس', 'اورشلیم'],
    };
    expect(geonamesEntry(jerusalem).names.ar).toEqual(['القدس', 'أورسالم', 'القُدس', 'القُدْس']);
    const khartoum = { ...row, id: 379252, alternates: ['Khartún - الخرطوم', 'ااالخرطوم', 'خرطوم'] };
    // «خرطوم», the chosen name's form without the article, is dropped (`withoutBareForms`, round 20).
    expect(geonamesEntry(khartoum).names.ar).toEqual(['الخرطوم']);
    const kosti = { ...row, id: 371760, alternates: ['Kosti', 'ربك'] };
    expect(geonamesEntry(kosti).names.ar).toEqual([]);
    // Soma, Turkey: its one Arabic name is its district's («ضلع سوما»); the town has none of its own.
    const soma = { ...row, id: 300371, alternates: ['Soma', 'ضلع سوما'] };
    expect(geonamesEntry(soma).names.ar).toEqual([]);
    const london = { ...row, id: 2643743, alternates: ['لأندأن', 'لندن', 'لوندون', 'لەندەن'] };
    expect(geonamesEntry(london).names.ar[0]).toBe('لندن');
  });

  test('a common noun with the article is no second Arabic name («الجزيرة», "the island"), but stays a chosen one', () => {
    const row = parseCities(ROWS[1]!)[0]!;
    // Algiers: GeoNames lists «الجزيره» beside «الجزائر»; an article's «الجزيرة» is the island it is about.
    const algiers = { ...row, id: 2507480, alternates: ['Algiers', 'الجزائر', 'الجزيره'] };
    expect(geonamesEntry(algiers).names.ar).toEqual(['الجزائر']);
    // A village listed with «السجن» ("the prison") beside its name.
    const village = { ...row, id: 1, alternates: ['المزرعة', 'السجن'] };
    expect(geonamesEntry(village).names.ar).toEqual(['المزرعة']);
    // El Oued's own name is «الوادي» ("the valley"): chosen, it stays.
    const elOued = { ...row, id: 2497411, alternates: ['El Oued', 'الوادي'] };
    expect(geonamesEntry(elOued).names.ar).toEqual(['الوادي']);
  });

  test('a Latin alternate name opening with "The" is a nickname, kept only when it is the name itself', () => {
    const row = parseCities(ROWS[1]!)[0]!;
    // Frankfort, Kentucky is listed as "The Big Bend" (Florida's Big Bend is elsewhere), Chicago as
    // "The Windy City"; The Hague is its own name.
    const frankfort = { ...row, name: 'Frankfort', ascii: 'Frankfort', population: 27_830 };
    expect(geonamesEntry({ ...frankfort, alternates: ['Frankfurt', 'The Big Bend'] }).names.en).not.toContain(
      'The Big Bend',
    );
    const chicago = { ...row, name: 'Chicago', ascii: 'Chicago', population: 2_700_000 };
    expect(geonamesEntry({ ...chicago, alternates: ['Chicago', 'The Windy City'] }).names.en).toEqual([
      'Chicago',
    ]);
    const hague = { ...row, name: 'The Hague', ascii: 'The Hague', population: 474_292 };
    expect(geonamesEntry({ ...hague, alternates: ['Den Haag', 'The Hague'] }).names.en).toContain(
      'The Hague',
    );
  });

  test('kept: Arabic name, 5,000 people, a seat, or a third-level seat of unknown population', () => {
    const [amuda, hawija] = parseCities(ROWS.join('\n'));
    expect(kept(amuda!)).toBe(true);
    expect(kept(hawija!)).toBe(true);
    const latinOnly = { ...amuda!, alternates: ['Amouda'] };
    expect(kept(latinOnly)).toBe(true); // PPLA3, population 0: unknown (Bhaktapur)
    expect(kept({ ...latinOnly, population: 800 })).toBe(false);
    expect(kept({ ...latinOnly, code: 'PPLA4' })).toBe(false);
    expect(kept({ ...latinOnly, code: 'PPL' })).toBe(false);
  });
});

describe('withWorld', () => {
  const shipped: GazetteerEntry = {
    id: 'amman',
    names: { ar: [], en: ['Amman'] },
    kind: 'city',
    point: [35.93, 31.95],
    precision_m: 3000,
    certainty: 'medium',
    source: { title: 'Natural Earth' },
  };
  const world = (id: number, ar: string[], en: string[], point: [number, number]): GazetteerEntry => ({
    ...shipped,
    id: `geonames-${id}`,
    names: { ar, en },
    point,
    source: { title: 'GeoNames', licence: 'CC BY 4.0' },
    geonames: id,
    country: 'JO',
    population: 1_275_857,
    world: true,
  });

  test('a world place that is a shipped entry gives it its Arabic names and id, once', () => {
    const out = withWorld([shipped], [world(250441, ['عمان', 'عمّان'], ['Amman'], [35.94, 31.96])]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ id: 'amman', geonames: 250441, names: { ar: ['عمان', 'عمّان'] } });
    expect(out[0]!.name_source?.licence).toBe('CC BY 4.0');
    expect(shipped.names.ar).toEqual([]); // the input is not changed
  });

  test('a namesake far away stays a separate entry', () => {
    const out = withWorld([shipped], [world(9, ['عمان'], ['Amman'], [45, 20])]);
    expect(out.map((e) => e.id)).toEqual(['amman', 'geonames-9']);
  });
});

describe('a name another record nearby has as its own', () => {
  const place = (id: number, en: string[], point: [number, number], population: number): GazetteerEntry => ({
    id: `geonames-${id}`,
    names: { ar: [], en },
    kind: 'city',
    point,
    precision_m: 5000,
    certainty: 'medium',
    source: { title: 'GeoNames', licence: 'CC BY 4.0' },
    geonames: id,
    country: 'US',
    population,
    world: true,
  });

  test("a consolidated city-county's record gives up the city's name to the city's own record", () => {
    // GeoNames holds Nashville and "Nashville-Davidson" (the metropolitan government), 5 km apart.
    const city = place(1, ['Nashville'], [-86.78, 36.17], 690_000);
    const metro = place(2, ['Nashville-Davidson', 'Nashville'], [-86.79, 36.13], 715_000);
    const out = withoutBorrowedNames([city, metro]);
    expect(out.map((e) => e.names.en)).toEqual([['Nashville'], ['Nashville-Davidson']]);
    expect(metro.names.en).toHaveLength(2); // the input is not changed
  });

  test('a namesake far away keeps the name', () => {
    const a = place(3, ['Athens'], [23.73, 37.98], 660_000);
    const b = place(4, ['Athens-Clarke County', 'Athens'], [-83.38, 33.96], 125_000);
    expect(withoutBorrowedNames([a, b]).map((e) => e.names.en)).toEqual([
      ['Athens'],
      ['Athens-Clarke County', 'Athens'],
    ]);
  });
});

describe("a small town's Latin spellings", () => {
  // A town of 12,000 (illustrative, never shipped): GeoNames lists old spellings and another name.
  const row = (name: string, alternates: string, population: number) =>
    parseCities(
      ['9', name, name, alternates, '31.1', '71.2', 'P', 'PPL', 'PK', '', '', '', '', '', String(population)]
        .concat(['', '200', 'Asia/Karachi', '2020-01-01'])
        .join('\t'),
    )[0]!;

  test('keeps a spelling with a letter doubled or single, or spaced, and no other alternate name', () => {
    const e = geonamesEntry(row('Miran Shah', 'Miranshah,Mirran Shah,Sultanabad,Mīrān Shāh', 12_000));
    expect(e.names.en).toEqual(['Miran Shah', 'Miranshah', 'Mirran Shah', 'Mīrān Shāh']);
  });
});

describe('an Arabic name without the article beside its form with it', () => {
  test('is dropped unless it is the chosen name: news writes the article, the bare form is a word', () => {
    expect(withoutBareForms(['الجديدة', 'جديدة', 'سوق الجديدة'])).toEqual(['الجديدة', 'سوق الجديدة']);
    expect(withoutBareForms(['جديدة عرطوز', 'جديدة'])).toEqual(['جديدة عرطوز', 'جديدة']);
    expect(withoutBareForms(['زحلة', 'الزحلة'])).toEqual(['زحلة', 'الزحلة']);
    expect(withoutBareForms(['الخميس', 'الخميس مليانة', 'خميس مليانة'])).toEqual([
      'الخميس',
      'الخميس مليانة',
      'خميس مليانة',
    ]);
  });
});

describe("a first-level unit's name among a town's alternate names", () => {
  const place = (
    id: string,
    en: string[],
    country: string,
    kind: GazetteerEntry['kind'],
  ): GazetteerEntry => ({
    id,
    names: { ar: [], en },
    kind,
    point: [0, 0],
    precision_m: 5000,
    certainty: 'medium',
    source: { title: 'test fixture' },
    country,
    world: true,
    ...(kind === 'governorate' ? {} : { geonames: 1 }),
  });

  test("is the unit's: the town gives it up and keeps its own names", () => {
    // Colombia (illustrative): a town listed with its department's name.
    const town = place('geonames-1', ['Santa Rosa de Cabal', 'Risaralda'], 'CO', 'town');
    const units = [place('ne-co-ris', ['Risaralda'], 'CO', 'governorate')];
    expect(withoutUnitNames([town], units)[0]!.names.en).toEqual(['Santa Rosa de Cabal']);
  });

  test("a first-level seat keeps its spellings of its unit's name", () => {
    // Ukraine: the seat's record is "Odessa", and "Odesa" (its oblast's name) is one of its spellings.
    const odesa = place('geonames-4', ['Odessa', 'Odesa'], 'UA', 'city');
    const units = [place('ne-ua-ode', ['Odesa'], 'UA', 'governorate')];
    expect(withoutUnitNames([odesa], units, new Set([1]))[0]!.names.en).toEqual(['Odessa', 'Odesa']);
  });

  test("the unit's main town keeps its unit's name, where GeoNames does not mark it as the seat", () => {
    // Taiwan (illustrative points): a county seat, and a smaller town of the county.
    const seat = {
      ...place('geonames-5', ['Hualien City', 'Hualien'], 'TW', 'city'),
      point: [121.6, 23.98] as [number, number],
      population: 350_000,
    };
    const small = {
      ...place('geonames-6', ['Fenglin', 'Hualien'], 'TW', 'town'),
      point: [121.45, 23.75] as [number, number],
      population: 10_000,
    };
    const units = [
      {
        ...place('ne-tw-hua', ['Hualien'], 'TW', 'governorate'),
        bbox: [121, 23, 122, 24.4] as [number, number, number, number],
      },
    ];
    expect(withoutUnitNames([seat, small], units).map((e) => e.names.en)).toEqual([
      ['Hualien City', 'Hualien'],
      ['Fenglin'],
    ]);
  });

  test("a seat named like its unit keeps its own name, and another country's unit takes nothing", () => {
    // Italy: Perugia and its region's name; Peru's Amazonas is no Brazilian town's.
    const seat = place('geonames-2', ['Perugia'], 'IT', 'city');
    const br = place('geonames-3', ['Manacapuru', 'Amazonas'], 'BR', 'town');
    const units = [
      place('ne-it-per', ['Perugia'], 'IT', 'governorate'),
      place('ne-pe-ama', ['Amazonas'], 'PE', 'governorate'),
    ];
    expect(withoutUnitNames([seat, br], units).map((e) => e.names.en)).toEqual([
      ['Perugia'],
      ['Manacapuru', 'Amazonas'],
    ]);
  });
});

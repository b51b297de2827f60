/**
 * Matching rules from round 24, part B (issue 18): English names of unknown places by their head noun,
 * namesakes and stray words, on made-up sentences from countries other than the tuning articles'.
 * Points and populations are rough and illustrative (test fixture, never shipped).
 */
import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../src/ingest/match.ts';
import type { GazetteerEntry } from '../../src/ingest/types.ts';
import { e, w } from './entry-builders.ts';
import { foundIn } from './found.ts';

const ENTRIES: GazetteerEntry[] = [
  e('united_kingdom', [], ['United Kingdom', 'Britain'], 'country', [-2, 54], {
    country: 'GB',
    bbox: [-8, 49.9, 1.8, 60.9],
  }),
  w('g-liverpool', [], ['Liverpool'], 'city', [-2.98, 53.41], 'GB', 500_000),
  w('g-birkenhead', [], ['Birkenhead'], 'town', [-3.01, 53.39], 'GB', 88_000),
  w('g-brighton', [], ['Brighton'], 'city', [-0.14, 50.82], 'GB', 290_000),
  e('australia', [], ['Australia'], 'country', [134, -25], { country: 'AU', bbox: [113, -44, 154, -10] }),
  w('g-sydney', [], ['Sydney'], 'city', [151.2, -33.87], 'AU', 5_000_000),
  w('g-manly', [], ['Manly'], 'town', [151.28, -33.8], 'AU', 16_000),
  w('g-victoria-ca', [], ['Victoria'], 'city', [-123.37, 48.43], 'CA', 90_000),
  w('g-pier-us', [], ['Pier'], 'village', [-80, 40], 'US', 1_000),
];
const found = foundIn(buildIndex(ENTRIES, [], []));

describe('round 24b: a capitalised name before a head noun of a place kind is one unknown place', () => {
  test('an unknown name before Canal, Ward, Pier, Shore or Point is proposed with its head noun', () => {
    expect(found('Homes in the Lower Seventh Ward of Sydney and in Manly flooded.', 'en')).toContainEqual({
      text: 'Lower Seventh Ward',
      id: null,
      kind: 'neighbourhood',
    });
    expect(found('Barges used the Industrial Canal between Liverpool and Birkenhead.', 'en')).toContainEqual({
      text: 'Industrial Canal',
      id: null,
      kind: 'river',
    });
  });
  test('a head noun after an unknown word keeps that word from being read as a far town', () => {
    expect(found('Waves hit Marine Pier near Sydney and Manly.', 'en')).toEqual([
      { text: 'Marine Pier', id: null, kind: 'facility' },
      { text: 'Sydney', id: 'g-sydney' },
      { text: 'Manly', id: 'g-manly' },
    ]);
  });
  test("a known place's name before a head noun names the pier or the point, not the place", () => {
    expect(found('Crowds gathered on Brighton Pier and in Liverpool.', 'en')).toContainEqual({
      text: 'Brighton Pier',
      id: null,
      kind: 'facility',
    });
    expect(found('Storm waves hit Victoria Point near Sydney and Manly.', 'en')).toContainEqual({
      text: 'Victoria Point',
      id: null,
      kind: 'neighbourhood',
    });
  });
  test('a head noun in lower case is a common noun', () => {
    expect(
      found('Patients in the Liverpool ward were moved to Birkenhead.', 'en').map((m) => m.text),
    ).toEqual(['Liverpool', 'Birkenhead']);
  });
});

const state = (id: string, name: string, bbox: [number, number, number, number]): GazetteerEntry => ({
  ...w(id, [], [name], 'governorate', [(bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2], 'US'),
  bbox,
});
const county = (id: string, name: string, within: string, point: [number, number]): GazetteerEntry => ({
  ...w(id, [], [name], 'district', point, 'US'),
  within,
  bbox: [point[0] - 0.3, point[1] - 0.3, point[0] + 0.3, point[1] + 0.3],
});
const US: GazetteerEntry[] = [
  e('usa', [], ['United States'], 'country', [-98, 39], { country: 'US', bbox: [-125, 24.5, -66.9, 49.4] }),
  state('ne-us-or', 'Oregon', [-124.6, 42, -116.5, 46.3]),
  state('ne-us-ut', 'Utah', [-114.1, 37, -109, 42]),
  state('ne-us-ky', 'Kentucky', [-89.6, 36.5, -82, 39.1]),
  state('ne-us-pa', 'Pennsylvania', [-80.5, 39.7, -74.7, 42.3]),
  county('c-washington-or', 'Washington County', 'ne-us-or', [-123.1, 45.6]),
  county('c-washington-ut', 'Washington County', 'ne-us-ut', [-113.5, 37.3]),
  county('c-perry-ky', 'Perry County', 'ne-us-ky', [-83.2, 37.2]),
  county('c-perry-pa', 'Perry County', 'ne-us-pa', [-77.3, 40.4]),
  w('g-portland', [], ['Portland'], 'city', [-122.68, 45.52], 'US', 650_000),
  w('g-hillsboro', [], ['Hillsboro'], 'city', [-122.99, 45.52], 'US', 100_000),
  w('g-hazard', [], ['Hazard'], 'town', [-83.19, 37.25], 'US', 5_000),
  w('g-whitesburg', [], ['Whitesburg'], 'town', [-82.83, 37.12], 'US', 2_000),
];
const foundUs = foundIn(buildIndex(US));
const countyOf = (text: string, name: string) => foundUs(text, 'en').find((m) => m.text === name)?.id;

describe('round 24b: a county whose state is named only in other sentences', () => {
  test("is the one of the named states nearest the article's places, not the state named closest", () => {
    expect(
      countyOf(
        'In Oregon, floods cut roads around Portland and Hillsboro. Officials in Washington County said ' +
          'two people died. Utah sent crews.',
        'Washington County',
      ),
    ).toBe('c-washington-or');
    expect(
      countyOf(
        'In Kentucky, the creeks rose over Hazard and Whitesburg overnight. Officials in Perry County ' +
          'counted the dead. Pennsylvania sent boats.',
        'Perry County',
      ),
    ).toBe('c-perry-ky');
  });
  test('a state named in the same sentence still decides', () => {
    expect(
      countyOf(
        'In Oregon, floods cut roads around Portland and Hillsboro. Crews left Washington County, Utah.',
        'Washington County',
      ),
    ).toBe('c-washington-ut');
  });
});

const NAMESAKES: GazetteerEntry[] = [
  e('mexico', [], ['Mexico'], 'country', [-102, 23.6], { country: 'MX', bbox: [-118.4, 14.5, -86.7, 32.7] }),
  {
    ...w('ne-mx-chiapas', [], ['Chiapas'], 'governorate', [-92.6, 16.5], 'MX'),
    bbox: [-94.1, 14.5, -90.4, 18],
  },
  w('g-tuxtla', [], ['Tuxtla Gutiérrez'], 'city', [-93.12, 16.75], 'MX', 600_000),
  w('g-tapachula', [], ['Tapachula'], 'city', [-92.26, 14.9], 'MX', 350_000),
  // A small namesake inside the unit, off its towns, and the great city (illustrative).
  w('g-monterrey-chis', [], ['Monterrey'], 'village', [-91.3, 17.6], 'MX', 2_000),
  w('g-monterrey', [], ['Monterrey'], 'city', [-100.31, 25.67], 'MX', 1_100_000),
  w('g-palenque', [], ['Palenque'], 'town', [-91.98, 17.51], 'MX', 40_000),
  e('brazil', [], ['Brazil'], 'country', [-53, -10], { country: 'BR', bbox: [-74, -33.8, -34.8, 5.3] }),
  { ...w('ne-br-pb', [], ['Paraíba'], 'governorate', [-36.8, -7.1], 'BR'), bbox: [-38.8, -8.3, -34.8, -6] },
  w('g-joao-pessoa', [], ['João Pessoa'], 'city', [-34.86, -7.12], 'BR', 800_000),
  w('g-campina', [], ['Campina Grande'], 'city', [-35.88, -7.23], 'BR', 400_000),
  w('g-belem-pb', [], ['Belém'], 'town', [-38.3, -6.7], 'BR', 17_000),
  w('g-belem', [], ['Belém'], 'city', [-48.5, -1.46], 'BR', 1_500_000),
];
const foundNs = foundIn(buildIndex(NAMESAKES));
const idOf = (text: string, name: string) => foundNs(text, 'en').find((m) => m.text === name)?.id;

describe("round 24b: a great city of the article's country over a small namesake off its places", () => {
  test('a bare name is the city of a million, not a village far from the named towns', () => {
    expect(
      idOf(
        'In Chiapas, floods hit Tuxtla Gutiérrez and Tapachula. The cement firm, run from Monterrey, sent trucks.',
        'Monterrey',
      ),
    ).toBe('g-monterrey');
    expect(
      idOf(
        'In Paraíba, rain flooded João Pessoa and Campina Grande. Relief flights left Belém on Friday.',
        'Belém',
      ),
    ).toBe('g-belem');
  });
  test('a small namesake beside the named towns stays', () => {
    expect(
      idOf(
        'In Chiapas, floods hit Tuxtla Gutiérrez and Palenque. Villagers near Monterrey lost crops.',
        'Monterrey',
      ),
    ).toBe('g-monterrey-chis');
  });
});

const STORMS: GazetteerEntry[] = [
  e('sweden', [], ['Sweden'], 'country', [15, 62], { country: 'SE', bbox: [11, 55, 24, 69] }),
  w('g-vaxjo', [], ['Vaxjo'], 'city', [14.8, 56.88], 'SE', 66_000),
  w('g-kalmar', [], ['Kalmar'], 'city', [16.36, 56.66], 'SE', 40_000),
  e('india', [], ['India'], 'country', [79, 22], { country: 'IN', bbox: [68, 6, 97, 35] }),
  w('g-puri', [], ['Puri'], 'city', [85.83, 19.8], 'IN', 200_000),
  w('g-cuttack', [], ['Cuttack'], 'city', [85.88, 20.46], 'IN', 600_000),
  // Towns named like the storms, near the article's places (illustrative).
  w('g-gudrun', [], ['Gudrun'], 'town', [15.5, 57.2], 'SE', 5_000),
  w('g-amphan', [], ['Amphan'], 'town', [86.2, 20.2], 'IN', 5_000),
];
const foundStorm = foundIn(buildIndex(STORMS));

describe('round 24b: a storm word written as one word with "super" or "wind" names a storm', () => {
  test('the name after it, and its later bare uses, are no place', () => {
    expect(
      foundStorm(
        'Windstorm Gudrun felled forests around Vaxjo and Kalmar in Sweden; Gudrun killed seven.',
        'en',
      ).map((m) => m.text),
    ).toEqual(['Vaxjo', 'Kalmar', 'Sweden']);
    expect(
      foundStorm('Supercyclone Amphan struck Puri and Cuttack in India. Amphan then weakened.', 'en').map(
        (m) => m.text,
      ),
    ).toEqual(['Puri', 'Cuttack', 'India']);
  });
});

const OFFICES: GazetteerEntry[] = [
  e('india', [], ['India'], 'country', [79, 22], { country: 'IN', bbox: [68, 6, 97, 35] }),
  { ...w('ne-in-kerala', [], ['Kerala'], 'governorate', [76.4, 10.4], 'IN'), bbox: [74.8, 8.2, 77.4, 12.8] },
  w('g-kochi', [], ['Kochi'], 'city', [76.27, 9.97], 'IN', 600_000),
  e('colombia', [], ['Colombia'], 'country', [-73, 4], { country: 'CO', bbox: [-79, -4.2, -66.8, 12.5] }),
  {
    ...w('ne-co-antioquia', [], ['Antioquia'], 'governorate', [-75.5, 7], 'CO'),
    bbox: [-77.1, 5.4, -73.9, 8.9],
  },
  w('g-medellin', [], ['Medellín'], 'city', [-75.56, 6.25], 'CO', 2_500_000),
];
const foundOffice = foundIn(buildIndex(OFFICES));

describe('round 24b: a unit read with "Department" before "of" is an office', () => {
  test('the office is no mention of the unit', () => {
    expect(
      foundOffice('Boats from the Kerala Department of Tourism reached Kochi in India.', 'en').map(
        (m) => m.text,
      ),
    ).toEqual(['Kochi', 'India']);
    expect(
      foundOffice('The Antioquia Department of Health sent doctors to Medellín in Colombia.', 'en').map(
        (m) => m.text,
      ),
    ).toEqual(['Medellín', 'Colombia']);
  });
  test('the unit with its cue word alone stays', () => {
    expect(
      foundOffice('Rain fell across Antioquia Department, near Medellín in Colombia.', 'en').map((m) => m.id),
    ).toEqual(['ne-co-antioquia', 'g-medellin', 'colombia']);
  });
});

const KEYED: GazetteerEntry[] = [
  e('indonesia', [], ['Indonesia'], 'country', [118, -2], { country: 'ID', bbox: [95, -11, 141, 6] }),
  w('g-ambon', [], ['Ambon'], 'city', [128.18, -3.7], 'ID', 330_000),
  e('philippines', [], ['Philippines'], 'country', [122, 12], {
    country: 'PH',
    bbox: [116.9, 4.6, 126.6, 21.1],
  }),
  w('g-cebu', [], ['Cebu City'], 'city', [123.89, 10.32], 'PH', 900_000),
  e('syria', [], ['Syria'], 'country', [38.5, 35], { country: 'SY', bbox: [35.7, 32.3, 42.4, 37.3] }),
  w('g-idlib', [], ['Idlib'], 'city', [36.63, 35.93], 'SY', 130_000),
  // Two-word names whose keys a one-word name meets (illustrative), and one spelled run together.
  w('g-kao-pang', [], ['Kao Pang'], 'town', [124.5, -9.8], 'ID', 3_000),
  w('g-taka-loban', [], ['Taka Loban'], 'town', [124.9, 11.3], 'PH', 3_000),
  w('g-kafr-nabl', [], ['Kafr Nabl'], 'town', [36.56, 35.61], 'SY', 15_000),
];
const foundKeyed = foundIn(buildIndex(KEYED));

describe('round 24b: a one-word name keyed to a two-word name it does not open with', () => {
  test('is left unread, not read as a chance namesake', () => {
    expect(foundKeyed('Ferries from Ambon reached Kupang in Indonesia.', 'en').map((m) => m.text)).toEqual([
      'Ambon',
      'Indonesia',
    ]);
    expect(
      foundKeyed('Relief flights from Cebu City landed in Tacloban in the Philippines.', 'en').map(
        (m) => m.text,
      ),
    ).toEqual(['Cebu City', 'Philippines']);
  });
  test('a spelling run together that opens with the first word is still the place', () => {
    expect(foundKeyed('Shelling hit Idlib and Kafranbel in Syria.', 'en')).toContainEqual({
      text: 'Kafranbel',
      id: 'g-kafr-nabl',
    });
  });
});

const FRENCH: GazetteerEntry[] = [
  e('france', [], ['France'], 'country', [2, 46], { country: 'FR', bbox: [-5, 42, 8, 51] }),
  w('g-lille', [], ['Lille'], 'city', [3.06, 50.63], 'FR', 230_000),
  w('g-calais', [], ['Calais'], 'city', [1.86, 50.95], 'FR', 70_000),
  w('g-arras', [], ['Arras'], 'city', [2.78, 50.29], 'FR', 40_000),
  w('g-boulogne', [], ['Boulogne'], 'town', [2.24, 48.84], 'FR', 110_000),
  e('belgium', [], ['Belgium'], 'country', [4.5, 50.6], { country: 'BE', bbox: [2.5, 49.5, 6.4, 51.5] }),
  w('g-liege', [], ['Liège'], 'city', [5.57, 50.63], 'BE', 190_000),
  w('g-namur', [], ['Namur'], 'city', [4.87, 50.47], 'BE', 110_000),
];
/** A village the world index leaves out, hyphenated as French names are (illustrative). */
const FRENCH_VILLAGES = [
  w('g-braine-le-comte', [], ['Braine-le-Comte'], 'village', [4.14, 50.61], 'BE', 20_000),
];
const foundFrench = foundIn(buildIndex(FRENCH, [], FRENCH_VILLAGES));

describe('round 24b: a French name hyphenated over "les", "sur", "en", "le" is one name', () => {
  test('the longer name is proposed, not the place named by its first word', () => {
    expect(
      foundFrench('Ferries from Boulogne-sur-Mer reached Calais, near Lille and Arras in France.', 'en'),
    ).toContainEqual({ text: 'Boulogne-sur-Mer', id: null, kind: 'town' });
  });
  test('a village the world index leaves out is read after its cue word', () => {
    expect(
      foundFrench(
        'Trains stopped at the village of Braine-le-Comte between Liège and Namur in Belgium.',
        'en',
      ),
    ).toContainEqual({ text: 'Braine-le-Comte', id: 'g-braine-le-comte' });
  });
});

const DATELINES: GazetteerEntry[] = [
  e('united_kingdom', [], ['United Kingdom', 'England'], 'country', [-2, 54], {
    country: 'GB',
    bbox: [-8, 49.9, 1.8, 60.9],
  }),
  w('g-barnstaple', [], ['Barnstaple'], 'town', [-4.06, 51.08], 'GB', 24_000),
  e('iceland', [], ['Iceland'], 'country', [-19, 65], { country: 'IS', bbox: [-24.5, 63.3, -13.5, 66.6] }),
  w('g-reykjavik', [], ['Reykjavik'], 'city', [-21.9, 64.14], 'IS', 120_000),
];
/** Villages the world index leaves out (illustrative). */
const DATELINE_VILLAGES = [
  w('g-lynmouth', [], ['Lynmouth'], 'village', [-3.83, 51.23], 'GB', 500),
  w('g-grindavik', [], ['Grindavik'], 'village', [-22.43, 63.84], 'IS', 3_000),
];
const foundDateline = foundIn(buildIndex(DATELINES, [], DATELINE_VILLAGES));

describe("round 24b: a dateline's village in capitals", () => {
  test('is the village the world index leaves out, and so are its later mentions', () => {
    expect(
      foundDateline(
        'Floods cut off a village\nLYNMOUTH, England — Rivers burst through Lynmouth overnight, and roads to Barnstaple were shut.',
        'en',
      )
        .filter((m) => m.id === 'g-lynmouth')
        .map((m) => m.text),
    ).toEqual(['LYNMOUTH', 'Lynmouth']);
    expect(
      foundDateline(
        'Town evacuated\nGRINDAVIK, Iceland — Lava neared the town as people fled to Reykjavik.',
        'en',
      ),
    ).toContainEqual({ text: 'GRINDAVIK', id: 'g-grindavik' });
  });
});

const APPOSITIONS: GazetteerEntry[] = [
  e('uganda', [], ['Uganda'], 'country', [32.3, 1.4], { country: 'UG', bbox: [29.5, -1.5, 35, 4.2] }),
  w('g-fort-portal', [], ['Fort Portal'], 'city', [30.27, 0.66], 'UG', 60_000),
  e('peru', [], ['Peru'], 'country', [-75, -9.2], { country: 'PE', bbox: [-81.4, -18.4, -68.7, -0.04] }),
  w('g-huaraz', [], ['Huaraz'], 'city', [-77.53, -9.53], 'PE', 120_000),
];
const foundApposition = foundIn(buildIndex(APPOSITIONS, [], DATELINE_VILLAGES));

describe('round 24b: an apposition whose noun is a compound, or goes on with a participle', () => {
  test('the last noun of the compound says what the place is', () => {
    expect(
      foundApposition('In Bundibugyo, a district town west of Fort Portal in Uganda, roads were cut.', 'en'),
    ).toContainEqual({ text: 'Bundibugyo', id: null, kind: 'town' });
    expect(
      foundApposition('Yungay, a market town buried by the slide, lies north of Huaraz in Peru.', 'en'),
    ).toContainEqual({ text: 'Yungay', id: null, kind: 'town' });
  });
});

const UNIT_AFTER: GazetteerEntry[] = [
  e('australia', [], ['Australia'], 'country', [134, -25], { country: 'AU', bbox: [113, -44, 154, -10] }),
  {
    ...w('ne-au-tas', [], ['Tasmania'], 'governorate', [146.6, -42], 'AU'),
    bbox: [143.8, -43.7, 148.5, -39.5],
  },
  w('g-hobart', [], ['Hobart'], 'city', [147.33, -42.88], 'AU', 200_000),
  w('g-launceston', [], ['Launceston'], 'city', [147.14, -41.44], 'AU', 90_000),
  e('south_africa', [], ['South Africa'], 'country', [24, -29], {
    country: 'ZA',
    bbox: [16.5, -34.8, 32.9, -22.1],
  }),
  {
    ...w('ne-za-kzn', [], ['KwaZulu-Natal'], 'governorate', [30.9, -28.8], 'ZA'),
    bbox: [28.9, -31.1, 32.9, -26.8],
  },
  w('g-durban', [], ['Durban'], 'city', [31.03, -29.86], 'ZA', 600_000),
  w('g-pietermaritzburg', [], ['Pietermaritzburg'], 'city', [30.39, -29.6], 'ZA', 220_000),
  // Namesakes in the same countries, outside the units the texts name (illustrative): the towns
  // the texts mean are in no source here.
  w('g-richmond-nsw', [], ['Richmond'], 'town', [150.75, -33.6], 'AU', 6_000),
  w('g-richmond-nc', [], ['Richmond'], 'town', [23.94, -31.41], 'ZA', 4_000),
  w('g-johannesburg', [], ['Johannesburg'], 'city', [28.04, -26.2], 'ZA', 2_000_000),
];
const foundUnitAfter = foundIn(buildIndex(UNIT_AFTER));

describe('round 24b: a town none of whose readings lies in the unit written after its comma', () => {
  test('is a town no source has, and so are its later mentions', () => {
    expect(
      foundUnitAfter(
        'Floods in the south\nRICHMOND, Tasmania — Crews from Hobart and Launceston reached the town of Richmond.',
        'en',
      ).filter((m) => /Richmond|RICHMOND/u.test(m.text)),
    ).toEqual([
      { text: 'RICHMOND', id: null, kind: 'town' },
      { text: 'town of Richmond', id: null, kind: 'town' },
    ]);
    expect(
      foundUnitAfter(
        'Floods cut roads around Richmond, KwaZulu-Natal, between Durban and Pietermaritzburg.',
        'en',
      ),
    ).toContainEqual({ text: 'Richmond', id: null, kind: 'town' });
  });
  test('a city of a million before a unit that does not hold it is a list or a name, never unknown', () => {
    expect(
      foundUnitAfter(
        'Freight reached Durban on the Johannesburg, KwaZulu-Natal and Cape Railway until 1990.',
        'en',
      ),
      // Round 25b: a place listed inside an organisation's name is no mention at all.
    ).not.toContainEqual(expect.objectContaining({ text: 'Johannesburg', id: null }));
  });
});

const RESERVOIRS: GazetteerEntry[] = [
  e('pakistan', [], ['Pakistan'], 'country', [70, 30], { country: 'PK', bbox: [60.9, 23.7, 77.8, 37.1] }),
  w('g-mirpur', [], ['Mirpur'], 'city', [73.75, 33.15], 'PK', 120_000),
  w('g-jhelum', [], ['Jhelum'], 'city', [73.73, 32.93], 'PK', 190_000),
  // Towns named like the reservoirs' words (illustrative).
  w('g-reservoir', [], ['Reservoir'], 'town', [145, -37.7], 'AU', 50_000),
  w('g-tarbela', [], ['Tarbela'], 'town', [72.7, 34.1], 'PK', 5_000),
];
const foundReservoir = foundIn(buildIndex(RESERVOIRS));

describe('round 24b: reservoirs named by their head noun', () => {
  test('"X Reservoir" is the reservoir, not a town named "Reservoir"', () => {
    expect(
      foundReservoir('Water rose in the Mangla Reservoir near Mirpur and Jhelum in Pakistan.', 'en'),
    ).toContainEqual({ text: 'Mangla Reservoir', id: null, kind: 'facility' });
  });
  test('a name before "reservoirs" is a reservoir, not a town of that name', () => {
    const found = foundReservoir(
      'Engineers opened the Mangla and Tarbela reservoirs above Jhelum in Pakistan.',
      'en',
    );
    expect(found).toContainEqual({ text: 'Tarbela reservoirs', id: null, kind: 'facility' });
    expect(found.map((m) => m.id)).not.toContain('g-tarbela');
  });
});

describe("round 24b: a hall named after its town is the building's name", () => {
  test('"X City Hall" and "X Town Hall" name no place', () => {
    expect(
      foundUnitAfter(
        'Protesters marched from Pietermaritzburg to Durban City Hall in South Africa.',
        'en',
      ).map((m) => m.text),
    ).toEqual(['Pietermaritzburg', 'South Africa']);
    expect(
      foundUnitAfter('Families met at Launceston Town Hall, north of Hobart in Australia.', 'en').map(
        (m) => m.text,
      ),
    ).toEqual(['Hobart', 'Australia']);
  });
});

const RANGES: GazetteerEntry[] = [
  e('myanmar', [], ['Myanmar'], 'country', [96, 21], { country: 'MM', bbox: [92, 9.5, 101.2, 28.5] }),
  {
    ...w('ne-mm-shan', [], ['Shan', 'Shan State'], 'governorate', [98, 21.5], 'MM'),
    bbox: [96, 19, 101.2, 24.2],
  },
  w('g-lashio', [], ['Lashio'], 'city', [97.75, 22.93], 'MM', 130_000),
  e('kyrgyzstan', [], ['Kyrgyzstan'], 'country', [74.6, 41.5], {
    country: 'KG',
    bbox: [69.2, 39.2, 80.3, 43.3],
  }),
  w('g-naryn', [], ['Naryn'], 'city', [76, 41.43], 'KG', 35_000),
  w('g-bishkek', [], ['Bishkek'], 'city', [74.6, 42.87], 'KG', 1_000_000),
  e('tian_shan', [], ['Tian Shan'], 'region', [80, 42], {
    note: 'range/mtn (Natural Earth 1:10m): the point is a point on the area',
  }),
  e('taiwan', [], ['Taiwan'], 'country', [121, 23.7], { country: 'TW', bbox: [120, 21.9, 122, 25.3] }),
  w('g-taichung', [], ['Taichung'], 'city', [120.68, 24.15], 'TW', 2_800_000),
  w('g-hsinchu', [], ['Hsinchu'], 'city', [120.97, 24.8], 'TW', 440_000),
  // Villages named like the range's words (illustrative).
  w('g-hsueh', [], ['Hsueh'], 'village', [121.0, 24.5], 'TW', 500),
  w('g-shan-tw', [], ['Shan'], 'village', [121.2, 24.3], 'TW', 300),
];
const foundRange = foundIn(buildIndex(RANGES));

describe('round 24b: "X Shan" is a mountain or a range', () => {
  test('an unknown one is proposed with its head noun, not read as villages of its words', () => {
    expect(
      foundRange('Climbers were lost on Hsueh Shan, between Taichung and Hsinchu in Taiwan.', 'en'),
    ).toEqual([
      { text: 'Hsueh Shan', id: null, kind: 'region' },
      { text: 'Taichung', id: 'g-taichung' },
      { text: 'Hsinchu', id: 'g-hsinchu' },
      { text: 'Taiwan', id: 'taiwan' },
    ]);
  });
  test('a range a source has, and Shan State, keep their readings', () => {
    expect(
      foundRange('Snow closed passes in the Tian Shan between Naryn and Bishkek in Kyrgyzstan.', 'en'),
    ).toContainEqual({ text: 'Tian Shan', id: 'tian_shan' });
    expect(foundRange('Fighting spread in Northern Shan State near Lashio in Myanmar.', 'en')).toContainEqual(
      {
        text: 'Shan State',
        id: 'ne-mm-shan',
      },
    );
  });
});

describe('round 24b: a road named by its number', () => {
  test('the number and its road word are a road, and so are bare numbers of that letter after "the"', () => {
    expect(
      found(
        'Lorries queued on the M4 motorway west of Liverpool, and the M5 was shut near Birkenhead.',
        'en',
      ).filter((m) => m.kind === 'road'),
    ).toEqual([
      { text: 'M4 motorway', id: null, kind: 'road' },
      { text: 'M5', id: null, kind: 'road' },
    ]);
    expect(
      foundUnitAfter(
        'Floods closed the N3 highway from Durban, and the N2 south of Pietermaritzburg.',
        'en',
      ).filter((m) => m.kind === 'road'),
    ).toEqual([
      { text: 'N3 highway', id: null, kind: 'road' },
      { text: 'N2', id: null, kind: 'road' },
    ]);
  });
  test('a bare number with no road word written is no road', () => {
    expect(
      found('Leaders of the G7 met in Liverpool and Birkenhead.', 'en').filter((m) => m.kind === 'road'),
    ).toEqual([]);
  });
});

describe("round 24b: a US state in the AP's abbreviation after a town's comma", () => {
  test('is the state', () => {
    expect(
      foundUs('Rescuers reached Hazard, Ky., on Monday as creeks rose near Whitesburg.', 'en'),
    ).toContainEqual({
      text: 'Ky.',
      id: 'ne-us-ky',
    });
    expect(foundUs('Floods\nPORTLAND, Ore. (AP) — Rivers rose around Hillsboro.', 'en')).toContainEqual({
      text: 'Ore.',
      id: 'ne-us-or',
    });
  });
  test('an abbreviation that is also a word is read only before a dateline dash or bracket', () => {
    expect(
      foundUs('Crews left Portland, Ore. and Hillsboro stayed dry.', 'en').map((m) => m.text),
    ).not.toContain('Ore.');
  });
});

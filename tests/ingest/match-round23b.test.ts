/**
 * Matching rules from round 23, part B (issue 18): English names of districts, kinds and namesakes,
 * on made-up sentences from countries other than the tuning articles'. Points and populations are
 * rough and illustrative (test fixture, never shipped).
 */
import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../src/ingest/match.ts';
import type { GazetteerEntry } from '../../src/ingest/types.ts';
import { e, w } from './entry-builders.ts';
import { foundIn } from './found.ts';

const ENTRIES: GazetteerEntry[] = [
  e('pakistan', ['باكستان'], ['Pakistan'], 'country', [70, 30], {
    country: 'PK',
    bbox: [60.9, 23.7, 77.8, 37.1],
  }),
  w('g-dadu', [], ['Dadu'], 'city', [67.78, 26.73], 'PK', 150_000),
  w('g-jacobabad', [], ['Jacobabad'], 'city', [68.44, 28.28], 'PK', 190_000),
  w('g-larkana', [], ['Larkana'], 'city', [68.21, 27.56], 'PK', 490_000),
  e('nepal', ['نيبال'], ['Nepal'], 'country', [84, 28.2], { country: 'NP', bbox: [80, 26.3, 88.2, 30.4] }),
  w('g-gorkha', [], ['Gorkha'], 'town', [84.63, 28], 'NP', 30_000),
  w('g-nuwakot', [], ['Nuwakot'], 'town', [85.16, 27.91], 'NP', 5_000),
  e('dr-congo', [], ['Democratic Republic of the Congo', 'Congo'], 'country', [23, -2.9], {
    country: 'CD',
    bbox: [12.2, -13.5, 31.3, 5.4],
  }),
  w('g-goma', [], ['Goma'], 'city', [29.22, -1.68], 'CD', 670_000),
  w('ne-lake-lake_kivu', [], ['Lake Kivu'], 'region', [29.2, -2.05], 'CD'),
  e('peru', [], ['Peru'], 'country', [-75, -9.2], { country: 'PE', bbox: [-81.4, -18.4, -68.7, -0.04] }),
  w('g-piura', [], ['Piura'], 'city', [-80.63, -5.19], 'PE', 480_000),
  e('desierto_de_sechura', [], ['Desierto De Sechura'], 'region', [-80.6, -5.8], {
    bbox: [-81.2, -6.6, -79.9, -5],
    note: 'desert (Natural Earth 1:10m): the point is a point on the area',
  }),
  e('kenya', [], ['Kenya'], 'country', [38, 0.5], { country: 'KE', bbox: [33.9, -4.7, 41.9, 5] }),
  w('g-meru', [], ['Meru'], 'town', [37.65, 0.05], 'KE', 240_000),
  e('nigeria', [], ['Nigeria'], 'country', [8, 9.5], { country: 'NG', bbox: [2.7, 4.3, 14.7, 13.9] }),
  w('g-asaba', [], ['Asaba'], 'city', [6.73, 6.2], 'NG', 150_000),
  w('g-accra', [], ['Accra'], 'city', [-0.2, 5.56], 'GH', 2_000_000),
  w('g-kumasi', [], ['Kumasi'], 'city', [-1.62, 6.69], 'GH', 2_000_000),
  w('g-st-mary', [], ['St. Mary'], 'town', [-1.7, 6.6], 'GH', 8_000),
  w('g-toronto', [], ['Toronto'], 'city', [-79.38, 43.65], 'CA', 2_700_000),
  w('g-st-joseph', [], ['St. Joseph'], 'town', [-79.5, 43.7], 'CA', 9_000),
  w('g-along', [], ['Along'], 'town', [94.8, 28.17], 'IN', 20_000),
  w('g-shimla', [], ['Shimla'], 'city', [77.17, 31.1], 'IN', 170_000),
  e('philippines', [], ['Philippines'], 'country', [122, 12], {
    country: 'PH',
    bbox: [116.9, 4.6, 126.6, 21.1],
  }),
  e('united_states', [], ['United States', 'US'], 'country', [-98, 39], {
    country: 'US',
    bbox: [-125, 24.5, -66.9, 49.4],
  }),
  w('g-palawan', [], ['Puerto Princesa', 'Philippines'], 'city', [118.74, 9.74], 'PH', 250_000),
  w('ne-us-texas', [], ['Texas'], 'governorate', [-99, 31], 'US'),
  w('g-houston', [], ['Houston'], 'city', [-95.36, 29.76], 'US', 2_300_000),
  w('ne-in-kerala', [], ['Kerala'], 'governorate', [76.4, 10.4], 'IN'),
  w('g-kochi', [], ['Kochi'], 'city', [76.27, 9.97], 'IN', 600_000),
  w('g-nairobi', [], ['Nairobi'], 'city', [36.82, -1.29], 'KE', 4_000_000),
  w('ne-ke-nairobi', [], ['Nairobi'], 'governorate', [36.85, -1.3], 'KE'),
  w('g-lima', [], ['Lima'], 'city', [-77.03, -12.04], 'PE', 9_000_000),
  w('ne-pe-lima', [], ['Lima'], 'governorate', [-76.6, -11.8], 'PE'),
  e('nicaragua', [], ['Nicaragua'], 'country', [-85, 12.9], {
    country: 'NI',
    bbox: [-87.7, 10.7, -83.1, 15],
  }),
  w('g-bonanza', [], ['Bonanza'], 'town', [-84.59, 14.03], 'NI', 20_000),
  w('g-siuna', [], ['Siuna'], 'town', [-84.78, 13.73], 'NI', 15_000),
  w('g-antamina', [], ['Antamina'], 'village', [-77.05, -9.54], 'PE', 500),
  w('g-huaraz', [], ['Huaraz'], 'city', [-77.53, -9.53], 'PE', 120_000),
  // Namesakes out of reach of the article's places, the one abroad the larger (illustrative).
  w('g-trujillo-pe', [], ['Trujillo'], 'city', [-79.03, -8.11], 'PE', 60_000),
  w('g-trujillo-hn', [], ['Trujillo'], 'city', [-85.96, 15.92], 'HN', 80_000),
  w('g-cusco', [], ['Cusco'], 'city', [-71.97, -13.53], 'PE', 430_000),
  w('g-la-ceiba', [], ['La Ceiba'], 'city', [-86.79, 15.76], 'HN', 200_000),
  w('g-monterrey', [], ['Monterrey'], 'city', [-100.31, 25.67], 'MX', 1_100_000),
  e('honduras', [], ['Honduras'], 'country', [-86.6, 14.8], {
    country: 'HN',
    bbox: [-89.4, 12.9, -83.1, 16.5],
  }),
  w('g-davao', [], ['Davao'], 'city', [125.61, 7.07], 'PH', 1_700_000),
  w('g-cebu', [], ['Cebu City'], 'city', [123.89, 10.32], 'PH', 900_000),
  w('g-san-fernando-ph', [], ['San Fernando'], 'city', [120.69, 15.03], 'PH', 300_000),
  w('g-san-fernando-mx', [], ['San Fernando'], 'town', [-98.15, 24.85], 'MX', 350_000),
  e('haiti', [], ['Haiti'], 'country', [-72.7, 19], { country: 'HT', bbox: [-74.5, 18, -71.6, 20.1] }),
  w('g-port-de-paix', [], ['Port-de-Paix'], 'city', [-72.83, 19.94], 'HT', 250_000),
  w('ne-ht-nord', [], ['Nord'], 'governorate', [-72.2, 19.6], 'HT'),
  w('g-aubenas', [], ['Aubenas'], 'town', [4.39, 44.62], 'FR', 12_000),
  w('g-villeneuve', [], ['Villeneuve'], 'town', [2.3, 45], 'FR', 5_000),
];
/** Villages the world index leaves out, written with spaces as GeoNames writes some French names. */
const VILLAGES: GazetteerEntry[] = [
  w('g-saint-louis-du-nord', [], ['Saint Louis du Nord'], 'village', [-72.72, 19.93], 'HT', 4_000),
  w('g-villeneuve-de-berg', [], ['Villeneuve de Berg'], 'village', [4.5, 44.56], 'FR', 2_900),
];
const found = foundIn(buildIndex(ENTRIES, [], VILLAGES));

describe('round 23b: names listed after "districts of" are districts', () => {
  test('towns listed after "the districts of" are proposed as the districts named after them', () => {
    expect(found('Floods hit the districts of Dadu and Jacobabad in Pakistan on Monday.', 'en')).toEqual([
      { text: 'Dadu', id: null, kind: 'district' },
      { text: 'Jacobabad', id: null, kind: 'district' },
      { text: 'Pakistan', id: 'pakistan' },
    ]);
    expect(
      found('Landslides struck the hill districts of Gorkha, Nuwakot and Dhading in Nepal.', 'en'),
    ).toEqual(
      expect.arrayContaining([
        { text: 'Gorkha', id: null, kind: 'district' },
        { text: 'Nuwakot', id: null, kind: 'district' },
      ]),
    );
  });
  test('a town named without the plural cue stays the town', () => {
    expect(found('Floods hit Dadu and Jacobabad in Pakistan on Monday.', 'en').map((m) => m.id)).toEqual([
      'g-dadu',
      'g-jacobabad',
      'pakistan',
    ]);
  });
});

describe('round 23b: a feature word after a name, where the source writes it before', () => {
  test('"X Lake" is the world lake "Lake X" near the article', () => {
    expect(found('Boats capsized on Kivu Lake near Goma on Sunday.', 'en')).toContainEqual({
      text: 'Kivu Lake',
      id: 'ne-lake-lake_kivu',
    });
  });
  test('"X desert" is the Natural Earth desert whose name holds X', () => {
    expect(found("Dust from Peru's Sechura desert reached Piura on Friday.", 'en')).toContainEqual({
      text: 'Sechura desert',
      id: 'desierto_de_sechura',
    });
  });
  test('a lake of that name far from every place the article names stays unknown', () => {
    expect(found('Boats capsized on Kivu Lake near Piura on Sunday.', 'en')).toContainEqual({
      text: 'Kivu Lake',
      id: null,
      kind: 'region',
    });
  });
});

describe("round 23b: a place's name inside an organisation's or a building's", () => {
  test('a name a unit cue proposed before "University" or "College" is the school\'s', () => {
    expect(
      found('The rally was held at Kenya Methodist State University near Meru.', 'en').map((m) => m.text),
    ).toEqual(['Kenya', 'Meru']);
    expect(
      found('Students gathered at Delta Southern State College in Asaba, Nigeria.', 'en').map((m) => m.text),
    ).toEqual(['Asaba', 'Nigeria']);
  });
  test("a saint's name before a possessive and a building's name is the building's", () => {
    expect(
      found("Patients were moved from St. Joseph's Health Centre in Toronto.", 'en').map((m) => m.text),
    ).toEqual(['Toronto']);
    expect(found("Pupils left St. Mary's Senior High School in Kumasi.", 'en').map((m) => m.text)).toEqual([
      'Kumasi',
    ]);
  });
  test('"Guard" closes a body\'s name, and a country read with a cue word before it is the body\'s', () => {
    expect(
      found('The US Coast Guard flew the injured to Puerto Princesa in the Philippines.', 'en').map(
        (m) => m.text,
      ),
    ).toEqual(['Puerto Princesa', 'Philippines']);
    expect(found('Soldiers of the Texas National Guard reached Houston.', 'en').map((m) => m.text)).toEqual([
      'Houston',
    ]);
    expect(found('Officers of the Kerala Home Guard reached Kochi.', 'en').map((m) => m.text)).toEqual([
      'Kochi',
    ]);
  });
});

describe('round 23b: a preposition that opens a sentence opens no name', () => {
  test('a road named with the preposition loses it (India)', () => {
    expect(found('Along Hill Cart Road, shops in Shimla were shut.', 'en')).toContainEqual({
      text: 'Hill Cart Road',
      id: null,
      kind: 'road',
    });
  });
  test('an unknown name a cue word proposed loses the preposition', () => {
    expect(found('Across Ring Road, shops in Accra were flooded.', 'en')).toContainEqual({
      text: 'Ring Road',
      id: null,
      kind: 'road',
    });
  });
});

describe('round 23b: "X, a district of Y" names Y as the place X is part of', () => {
  test('the city after "a district of" is the city, read bare', () => {
    expect(
      found('The road runs through Kibera, a district of Nairobi controlled by gangs.', 'en'),
    ).toContainEqual({
      text: 'Nairobi',
      id: 'g-nairobi',
    });
  });
  test('the city after "a poor district of" is the city, not the unit of its name', () => {
    expect(found('Protesters gathered in Surquillo, a poor district of Lima, in Peru.', 'en')).toContainEqual(
      {
        text: 'Lima',
        id: 'g-lima',
      },
    );
  });
  test('"the district of Y" is a district named Y', () => {
    expect(found('Floods hit the district of Nairobi in Kenya.', 'en').map((m) => m.text)).toContain(
      'district of Nairobi',
    );
  });
});

describe('round 23b: "the X mine" is the mine', () => {
  test('a town\'s name after "the" and before "mine" names the mine', () => {
    expect(found('Miners were trapped in the Bonanza mine near Siuna in Nicaragua.', 'en')).toContainEqual({
      text: 'Bonanza mine',
      id: null,
      kind: 'facility',
    });
    expect(found("Workers left Peru's Antamina mine for Huaraz.", 'en')).toContainEqual({
      text: 'Antamina mine',
      id: null,
      kind: 'facility',
    });
  });
  test('"mine", the pronoun, after a name is no mine', () => {
    expect(found('Her house in Siuna, Nicaragua, is bigger than mine.', 'en').map((m) => m.text)).toEqual([
      'Siuna',
      'Nicaragua',
    ]);
  });
});

describe("round 23b: a namesake abroad gives way to one in the article's country", () => {
  test("a town read in a country the article never names is its namesake in the article's country", () => {
    expect(
      found('Workers at the La Ceiba mine near Cusco marched to Lima and Trujillo.', 'en'),
    ).toContainEqual({
      text: 'Trujillo',
      id: 'g-trujillo-pe',
    });
    expect(
      found('Workers at the Monterrey mine near Davao marched to Cebu City and San Fernando.', 'en'),
    ).toContainEqual({
      text: 'San Fernando',
      id: 'g-san-fernando-ph',
    });
  });
  test('a namesake in a country the article holds a place of keeps its reading', () => {
    expect(
      found('Floods hit Lima and Cusco in Peru, and in Honduras crowds gathered in Trujillo.', 'en'),
    ).toContainEqual({ text: 'Trujillo', id: 'g-trujillo-hn' });
  });
});

describe('round 23b: a particle hyphenated into a name goes on with it', () => {
  test('the whole hyphenated name after a cue is the village of its spelling, its tail no unit', () => {
    expect(
      found('The quake struck near the town of Saint-Louis-du-Nord, west of Port-de-Paix.', 'en'),
    ).toEqual([
      { text: 'Saint-Louis-du-Nord', id: 'g-saint-louis-du-nord' },
      { text: 'Port-de-Paix', id: 'g-port-de-paix' },
    ]);
    expect(found('Hail fell on the village of Villeneuve-de-Berg near Aubenas.', 'en')).toContainEqual({
      text: 'Villeneuve-de-Berg',
      id: 'g-villeneuve-de-berg',
    });
  });
});

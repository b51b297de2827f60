/**
 * Matching rules from round 29, part B (issue 18), English: a month or a weekday is never a name
 * listed with places (`listedWithPlaces`); a place that opens "… Water System" or closes "the Electric
 * Reliability Council of X" is the organisation's (`withoutOrgNames`); a namesake town outside every
 * first-level unit the article names gives way to the reading of its name inside one
 * (`namesakesInNamedUnits`); a known name after a capitalised "Fort" or "Port" is a longer name no
 * source has (`prefixedNames`); "the hamlet of X", "the communities of X and Y" name villages
 * (`EN_CUE_BEFORE`); a world town a settlement cue names far from the article's places, in a country
 * it holds no other place of, is a place no source has (`farCueReadings`); a world river through a
 * first-level unit the article names is no far namesake (`farFeatures`); a bare name after "through"
 * or "near" is the left-out GeoNames village of its name beside the article's places (`bareVillages`);
 * "X air base" names a facility (`EN_CUE_AFTER_PAIR`); "the BR-163 highway" is a road (`roadNumbers`),
 * and so are "X Trail" and "X Parkway" (`EN_ROADS`); a dateline in capitals is the place the text
 * proposes by that name (`datelineVillages`).
 * Names are made up, never a fixture's.
 */
import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../src/ingest/match.ts';
import type { GazetteerEntry } from '../../src/ingest/types.ts';
import { e, unit, w } from './entry-builders.ts';
import { foundIn } from './found.ts';

/** Real countries; the units and towns are made up (points illustrative). */
const ENTRIES: GazetteerEntry[] = [
  e('norway', [], ['Norway'], 'country', [10, 62], { country: 'NO', bbox: [4.6, 58, 31, 71.2] }),
  e('germany', [], ['Germany'], 'country', [10.4, 51.1], { country: 'DE', bbox: [5.9, 47.3, 15, 55] }),
  e('chile', [], ['Chile'], 'country', [-71, -30], { country: 'CL', bbox: [-75.6, -56, -66.4, -17.5] }),
  e('peru', [], ['Peru'], 'country', [-75, -9], { country: 'PE', bbox: [-81.4, -18.4, -68.7, -0.04] }),
  e('kenya', [], ['Kenya'], 'country', [37.9, 0.2], { country: 'KE', bbox: [33.9, -4.7, 41.9, 5] }),
  unit('ne-varenca', [], ['Varenca'], 'CL', [-72, -36, -70, -34]),
  w('g-pelquen', [], ['Pelquen'], 'city', [-71, -35], 'CL', 300_000),
  w('g-narumo', [], ['Narumo'], 'city', [36.8, -1.3], 'KE', 900_000),
];

const found = foundIn(buildIndex(ENTRIES, []));

describe('a month or a weekday is no name listed with places', () => {
  test('"In mid-August, Norway and Germany" (Europe)', () => {
    const got = found('In mid-August, Norway and Germany suspended their payments to the fund.', 'en');
    expect(got.map((m) => m.text)).toEqual(['Norway', 'Germany']);
  });
  test('"by late March, Chile and Peru" (South America)', () => {
    const got = found('By late-March, Chile and Peru had closed the border crossings.', 'en');
    expect(got.map((m) => m.text)).toEqual(['Chile', 'Peru']);
  });
});

describe('a place inside an organisation’s name', () => {
  test('"the Pelquen Water System" (Chile)', () => {
    const got = found(
      'Pipes burst in Pelquen, Chile, and the Pelquen Water System urged customers to save water.',
      'en',
    );
    expect(got.map((m) => m.text)).toEqual(['Pelquen', 'Chile']);
  });
  test('"the Electric Reliability Council of Varenca" (Chile)', () => {
    const got = found(
      'Snow fell across Varenca, and the Electric Reliability Council of Varenca ordered power cuts.',
      'en',
    );
    expect(got.map((m) => m.text)).toEqual(['Varenca']);
  });
  test('"the Water Services Board of Narumo" (Kenya)', () => {
    const got = found('Taps ran dry in Narumo as the Water Services Board of Narumo cut supply.', 'en');
    expect(got.map((m) => m.text)).toEqual(['Narumo']);
  });
});

/** Namesakes: one inside a unit the article names, one far away (real countries, made-up places). */
const NAMESAKES: GazetteerEntry[] = [
  e('australia', [], ['Australia'], 'country', [134, -25], { country: 'AU', bbox: [113, -44, 154, -10] }),
  e('argentina', [], ['Argentina'], 'country', [-64, -34], {
    country: 'AR',
    bbox: [-73.6, -55, -53.6, -21.8],
  }),
  unit('ne-kimbara', [], ['Kimbara'], 'AU', [129, -26, 138, -11]),
  unit('ne-wallon', [], ['Wallon'], 'AU', [141, -29, 154, -10]),
  w('g-darrup', [], ['Darrup'], 'city', [130.8, -12.4], 'AU', 140_000),
  w('g-tennock', [], ['Tennock'], 'city', [145.7, -16.9], 'AU', 150_000),
  // "Port Lorne": a city in the south, far from both units, and a small town inside Kimbara.
  w('g-port-lorne-south', [], ['Port Lorne'], 'city', [138.6, -34.9], 'AU', 90_000),
  unit('ne-salvia', [], ['Salvia'], 'AR', [-68.5, -28.4, -64.7, -22]),
  unit('ne-coralina', [], ['Coralina'], 'AR', [-62.3, -28.2, -58.5, -22]),
  w('g-ortuzar', [], ['Ortuzar'], 'city', [-65.4, -24.8], 'AR', 500_000),
  // "San Ciriaco": a town of the pampas (and a left-out village inside Coralina).
  w('g-san-ciriaco-pampa', [], ['San Ciriaco'], 'town', [-60.6, -38.4], 'AR', 60_000),
  w('g-tandilejo', [], ['Tandilejo'], 'city', [-60.2, -38.1], 'AR', 120_000),
];
/** Left-out villages (read after a cue, or here as a namesake's other reading). */
const NAMESAKE_VILLAGES: GazetteerEntry[] = [
  w('g-port-lorne-north', [], ['Port Lorne'], 'village', [133.4, -19.6], 'AU', 2_500),
  w('g-san-ciriaco-norte', [], ['San Ciriaco'], 'village', [-59.9, -25.1], 'AR', 2_000),
];
const foundNamesake = foundIn(buildIndex(NAMESAKES, [], NAMESAKE_VILLAGES));

describe('a namesake town outside every first-level unit the article names', () => {
  test('a left-out village inside a unit named wins over a city outside them (Australia)', () => {
    const got = foundNamesake(
      'Fires spread across Kimbara and Wallon, from Darrup to Tennock. Residents of Port Lorne were told to leave.',
      'en',
    );
    expect(got.find((m) => m.text === 'Port Lorne')?.id).toBe('g-port-lorne-north');
  });
  test('a left-out village inside a unit named wins over a town outside them (Argentina)', () => {
    const got = foundNamesake(
      'Floods covered Salvia and Coralina, and Ortuzar was cut off. Around the town of San Ciriaco, roads were closed.',
      'en',
    );
    expect(got.find((m) => /San Ciriaco/u.test(m.text))?.id).toBe('g-san-ciriaco-norte');
  });
  test('a reading near a town where the article places something stays (Argentina)', () => {
    const got = foundNamesake(
      'Floods covered Salvia and Coralina. In Ortuzar and in Tandilejo, near San Ciriaco, roads were closed.',
      'en',
    );
    expect(got.find((m) => /San Ciriaco/u.test(m.text))?.id).not.toBe('g-san-ciriaco-norte');
  });
});

/** Shorter names a longer one holds (real countries, made-up places). */
const PREFIXED: GazetteerEntry[] = [
  e('canada', [], ['Canada'], 'country', [-100, 60], { country: 'CA', bbox: [-141, 41.7, -52.6, 83.1] }),
  e('south_africa', [], ['South Africa'], 'country', [25, -29], {
    country: 'ZA',
    bbox: [16.5, -34.8, 32.9, -22.1],
  }),
  w('g-tavish', [], ['Tavish'], 'city', [-71.4, 41.8], 'US', 190_000),
  w('g-kelso-ca', [], ['Kelso Falls'], 'town', [-114.4, 62.4], 'CA', 20_000),
  w('g-umbeni', [], ['Umbeni'], 'city', [31, -29.9], 'ZA', 600_000),
  w('g-lorwick', [], ['Lorwick'], 'town', [18, -26], 'NA', 20_000),
  w('g-port-alder', [], ['Port Alder'], 'town', [28, -32], 'ZA', 30_000),
  w('g-alder', [], ['Alder'], 'town', [-100, 40], 'US', 30_000),
  // Far namesakes a settlement cue names, near a stray reading of another name.
  w('g-yarrowby', [], ['Yarrowby'], 'town', [-113.5, 61], 'CA', 5_000),
  w('g-belmora', [], ['Belmora'], 'town', [-72, 42.5], 'US', 20_000),
  w('g-kwena', [], ['Kwena'], 'city', [28, -26], 'ZA', 300_000),
  w('g-keetsand', [], ['Keetsand'], 'town', [18.5, -26.5], 'NA', 5_000),
];
const foundPrefixed = foundIn(buildIndex(PREFIXED, []));

describe('a known name after a capitalised "Fort" or "Port" is a longer name no source has', () => {
  test('"Fort Tavish" is no Tavish far away (Canada)', () => {
    const got = foundPrefixed('Cars left Kelso Falls, Canada, through Fort Tavish on the highway.', 'en');
    expect(got.find((m) => /Tavish/u.test(m.text))).toEqual({
      text: 'Fort Tavish',
      id: null,
      kind: 'village',
    });
  });
  test('"Port Lorwick" is a town of its own (South Africa)', () => {
    const got = foundPrefixed('Floods cut the road from Umbeni, South Africa, to Port Lorwick.', 'en');
    expect(got.find((m) => /Lorwick/u.test(m.text))).toEqual({
      text: 'Port Lorwick',
      id: null,
      kind: 'town',
    });
  });
  test('a longer name a source has stays that place (South Africa)', () => {
    const got = foundPrefixed('Floods cut the road from Umbeni, South Africa, to Port Alder.', 'en');
    expect(got.find((m) => /Alder/u.test(m.text))).toEqual({ text: 'Port Alder', id: 'g-port-alder' });
  });
});

describe('"the hamlet of X" and "the communities of X and Y" name villages', () => {
  test('"the hamlet of" (Nepal)', () => {
    const got = found('Landslides buried the hamlet of Dhorpatan, near Narumo.', 'en');
    expect(got.find((m) => /Dhorpatan/u.test(m.text))).toEqual({
      text: 'hamlet of Dhorpatan',
      id: null,
      kind: 'village',
    });
  });
  test('"the communities of A and B" (Chile)', () => {
    const got = found(
      'Smoke reached Pelquen, Chile, and the nearby communities of Quilaco and Trupan.',
      'en',
    );
    expect(got.filter((m) => m.id === null).map((m) => [m.text, m.kind])).toEqual([
      ['communities of Quilaco', 'village'],
      ['Trupan', 'village'],
    ]);
  });
});

/** A unit and a left-out village of two words inside it (real countries, made-up places). */
const UNIT_VILLAGES: GazetteerEntry[] = [
  e('india', [], ['India'], 'country', [79, 22], { country: 'IN', bbox: [68, 6.7, 97.4, 35.5] }),
  unit('ne-pahari', [], ['Pahari'], 'IN', [77.5, 28.7, 81, 31.5]),
  w('g-deval', [], ['Deval'], 'city', [78, 30.3], 'IN', 500_000),
  e('norway', [], ['Norway'], 'country', [10, 62], { country: 'NO', bbox: [4.6, 58, 31, 71.2] }),
  unit('ne-fjellmark', [], ['Fjellmark'], 'NO', [5, 60, 9, 63]),
  w('g-sandvik', [], ['Sandvik'], 'city', [5.3, 60.4], 'NO', 280_000),
];
const TWO_WORD_VILLAGES: GazetteerEntry[] = [
  w('g-ganga-ghat', [], ['Ganga Ghat'], 'village', [80.6, 31.2], 'IN', 3_000),
  w('g-lille-dal', [], ['Lille Dal'], 'village', [8.7, 62.8], 'NO', 800),
];
const foundUnitVillage = foundIn(buildIndex(UNIT_VILLAGES, [], TWO_WORD_VILLAGES));

describe('a village of two words a cue names inside a first-level unit the article names', () => {
  test('"the town of Ganga Ghat" in Pahari (India)', () => {
    const got = foundUnitVillage('Floods reached Deval and the town of Ganga Ghat across Pahari.', 'en');
    expect(got.find((m) => /Ganga Ghat/u.test(m.text))?.id).toBe('g-ganga-ghat');
  });
  test('"the village of Lille Dal" in Fjellmark (Norway)', () => {
    const got = foundUnitVillage(
      'Storms hit Sandvik, and the village of Lille Dal in Fjellmark was cut off.',
      'en',
    );
    expect(got.find((m) => /Lille Dal/u.test(m.text))?.id).toBe('g-lille-dal');
  });
});

describe('a world town a settlement cue names far from the article, in a country it holds no other place of', () => {
  test('"the hamlet of X" beside Canadian towns (Canada)', () => {
    const got = foundPrefixed(
      'Cars left Kelso Falls and Yarrowby, Canada, through Fort Tavish, and fire reached the hamlet of Belmora.',
      'en',
    );
    expect(got.find((m) => /Belmora/u.test(m.text))).toEqual({
      text: 'hamlet of Belmora',
      id: null,
      kind: 'village',
    });
  });
  test('"the village of X" beside South African cities (South Africa)', () => {
    const got = foundPrefixed(
      'Floods cut the road from Umbeni and Kwena, South Africa, to Port Lorwick and the village of Keetsand.',
      'en',
    );
    expect(got.find((m) => /Keetsand/u.test(m.text))).toEqual({
      text: 'village of Keetsand',
      id: null,
      kind: 'village',
    });
  });
});

/** A world river: its line, and half its extent as its precision (as Natural Earth's are built). */
const river = (id: string, en: string[], vertices: [number, number][], precision_m: number) =>
  e(id, [], en, 'river', vertices[1]!, {
    world: true,
    precision_m,
    vertices,
    source: { title: 'Natural Earth 1:10m rivers and lake centrelines' },
  });

/** Rivers through a unit's far corner, far from its middle and from the towns named (made up). */
const THROUGH_UNITS: GazetteerEntry[] = [
  e('brazil', [], ['Brazil'], 'country', [-53, -10], { country: 'BR', bbox: [-74, -34, -34.8, 5.3] }),
  unit('ne-varalta', [], ['Varalta'], 'BR', [-58, -10, -46, -1]),
  w('g-porto-vesco', [], ['Porto Vesco'], 'city', [-63.9, -8.8], 'BR', 500_000),
  w('g-saqua', [], ['Saqua'], 'city', [-46.6, -23.5], 'BR', 900_000),
  river(
    'ne-river-taruma',
    ['Taruma River'],
    [
      [-53, -9.6],
      [-52.6, -9.9],
      [-52.2, -11.5],
    ],
    100_000,
  ),
  e('dr_congo', [], ['DR Congo'], 'country', [23.6, -2.9], { country: 'CD', bbox: [12.2, -13.5, 31.3, 5.4] }),
  unit('ne-lomani', [], ['Lomani'], 'CD', [20, -12, 30, -2]),
  w('g-mbalo', [], ['Mbalo'], 'city', [15.3, -4.3], 'CD', 1_000_000),
  w('g-ruvu', [], ['Ruvu'], 'city', [29.2, 1.2], 'CD', 300_000),
  river(
    'ne-river-kwendu',
    ['Kwendu River'],
    [
      [21, -11.5],
      [20.6, -10.5],
      [20.2, -9],
    ],
    100_000,
  ),
];
const foundThrough = foundIn(buildIndex(THROUGH_UNITS, []));

describe('a world river through a first-level unit the article names is no far namesake', () => {
  test('"the Taruma River" in a story of Varalta (Brazil)', () => {
    const got = foundThrough(
      'Fires spread across Varalta, Brazil, from Porto Vesco to Saqua. Smoke rose over the Taruma River.',
      'en',
    );
    expect(got.find((m) => /Taruma/u.test(m.text))?.id).toBe('ne-river-taruma');
  });
  test('"the Kwendu River" in a story of Lomani (DR Congo)', () => {
    const got = foundThrough(
      'Cholera spread across Lomani, DR Congo, to Mbalo and Ruvu after the Kwendu River flooded.',
      'en',
    );
    expect(got.find((m) => /Kwendu/u.test(m.text))?.id).toBe('ne-river-kwendu');
  });
});

/** Towns the world index has, and left-out villages beside them and far away (made up). */
const BESIDE: GazetteerEntry[] = [
  e('nepal', [], ['Nepal'], 'country', [84, 28.2], { country: 'NP', bbox: [80, 26.3, 88.2, 30.5] }),
  w('g-kantipa', [], ['Kantipa'], 'city', [85.3, 27.7], 'NP', 900_000),
  e('chile', [], ['Chile'], 'country', [-71, -30], { country: 'CL', bbox: [-75.6, -56, -66.4, -17.5] }),
  w('g-pelquen', [], ['Pelquen'], 'city', [-71, -35], 'CL', 300_000),
];
const BESIDE_VILLAGES: GazetteerEntry[] = [
  w('g-sankhora', [], ['Sankhora'], 'village', [85.5, 27.75], 'NP', 4_000),
  w('g-sankhora-far', [], ['Sankhora'], 'village', [81, 29.5], 'NP', 900),
  w('g-las-quilas', [], ['Las Quilas'], 'village', [-71.3, -35.4], 'CL', 1_200),
  w('g-remote', [], ['Tolmera'], 'village', [-70, -20], 'CL', 500),
];
const foundBeside = foundIn(buildIndex(BESIDE, [], BESIDE_VILLAGES));

describe('a bare name after "through" or "near" is the left-out village of its name beside the article’s places', () => {
  test('"through Sankhora" beside Kantipa (Nepal)', () => {
    const got = foundBeside('Buses left Kantipa, Nepal, through Sankhora, and Sankhora was emptied.', 'en');
    expect(got.filter((m) => /Sankhora/u.test(m.text)).map((m) => m.id)).toEqual([
      'g-sankhora',
      'g-sankhora',
    ]);
  });
  test('"near Las Quilas" beside Pelquen (Chile)', () => {
    const got = foundBeside('Fire crews from Pelquen, Chile, fought the flames near Las Quilas.', 'en');
    expect(got.find((m) => /Quilas/u.test(m.text))?.id).toBe('g-las-quilas');
  });
  test('a village far from every town the article places something in stays unread (Chile)', () => {
    const got = foundBeside('Fire crews from Pelquen, Chile, drove through Tolmera.', 'en');
    expect(got.find((m) => /Tolmera/u.test(m.text))).toBeUndefined();
  });
});

describe('"X air base", "X naval base" name a facility', () => {
  test('"the Hindra air base" (India)', () => {
    const got = found('The plane landed at the Hindra air base near Narumo.', 'en');
    expect(got.find((m) => /Hindra/u.test(m.text))).toEqual({
      text: 'Hindra air base',
      id: null,
      kind: 'facility',
    });
  });
  test('"the Kadora Naval Base" (Japan)', () => {
    const got = found('Ships left the Kadora Naval Base before the typhoon reached Pelquen.', 'en');
    expect(got.find((m) => /Kadora/u.test(m.text))).toEqual({
      text: 'Kadora Naval Base',
      id: null,
      kind: 'facility',
    });
  });
});

describe('a road number written with a hyphen before a road word is a road', () => {
  test('"the BR-319 highway" (Brazil)', () => {
    const got = found('Trucks queued on the BR-319 highway south of Pelquen.', 'en');
    expect(got.find((m) => /319/u.test(m.text))).toEqual({ text: 'BR-319 highway', id: null, kind: 'road' });
  });
  test('"the NH-44 highway" (India)', () => {
    const got = found('Landslides blocked the NH-44 highway near Narumo.', 'en');
    expect(got.find((m) => /44/u.test(m.text))).toEqual({ text: 'NH-44 highway', id: null, kind: 'road' });
  });
});

describe('"X Trail", "X Parkway" name a road', () => {
  test('"the Kettle Trail" (Canada)', () => {
    const got = found('Cabins along the Kettle Trail near Narumo were emptied.', 'en');
    expect(got.find((m) => /Kettle/u.test(m.text))).toEqual({ text: 'Kettle Trail', id: null, kind: 'road' });
  });
  test('"the Andalto Parkway" (United States)', () => {
    const got = found('Rockslides closed the Andalto Parkway north of Pelquen.', 'en');
    expect(got.find((m) => /Andalto/u.test(m.text))).toEqual({
      text: 'Andalto Parkway',
      id: null,
      kind: 'road',
    });
  });
});

describe('a dateline in capitals is the place the text proposes by that name', () => {
  test('"KORIVA, Greece —" and "the village of Koriva" (Greece)', () => {
    const got = found('KORIVA, Greece — Fire tore through the seaside village of Koriva on Monday.', 'en');
    expect(got.filter((m) => /koriva/iu.test(m.text))).toEqual([
      { text: 'KORIVA', id: null, kind: 'village' },
      { text: 'village of Koriva', id: null, kind: 'village' },
    ]);
  });
  test('"TALCAVE, Chile —" and "the town of Talcave" (Chile)', () => {
    const got = found('TALCAVE, Chile — Floods cut off the town of Talcave, south of Pelquen.', 'en');
    expect(got.filter((m) => /talcave/iu.test(m.text))).toEqual([
      { text: 'TALCAVE', id: null, kind: 'town' },
      { text: 'town of Talcave', id: null, kind: 'town' },
    ]);
  });
});

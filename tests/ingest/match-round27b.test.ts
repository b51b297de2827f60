/**
 * Matching rules from round 27, part B (issue 18), English: an island named in full earlier is named
 * by the last word of its name (`islandsOverTowns`), a first-level unit that holds the article's
 * places wins over a namesake town far from them (`unitsHoldingPlaces`), a river is named bare after
 * "the" (`riversNamedBare`), and one part of an "A and B" country is the island where B is named on
 * its own (`pairPartsAsIslands`), an island beside a small country the article names is no far
 * namesake (`farFeatures`), a titled person's surname named again bare is no town
 * (`withoutSurnames`), an ocean named by its adjective is the ocean over a town of that name
 * (`oceansOverTowns`), and a capital named bare over the unit named like it (`capitalsOverUnits`). Names are made up, never a
 * fixture's.
 */
import { describe, expect, test } from 'vitest';
import { NE_PHYSICAL_TITLE } from '../../src/ingest/gazetteer.ts';
import { capitalsOverUnits } from '../../src/ingest/match-capital-unit.ts';
import type { PlaceMatch } from '../../src/ingest/match-index.ts';
import { buildIndex } from '../../src/ingest/match.ts';
import type { GazetteerEntry } from '../../src/ingest/types.ts';
import { e, unit, w } from './entry-builders.ts';
import { foundIn } from './found.ts';

const island = (id: string, en: string, bbox: [number, number, number, number]) =>
  e(id, [], [en], 'region', [(bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2], {
    bbox,
    source: { title: NE_PHYSICAL_TITLE },
    note: 'island (Natural Earth 1:10m)',
  });

/** Real countries; the islands, units and towns are made up (points illustrative). */
const ENTRIES: GazetteerEntry[] = [
  e('chile', [], ['Chile'], 'country', [-71, -35], { country: 'CL', bbox: [-75.7, -55.9, -66.4, -17.5] }),
  island('ne-nueva-tarrasca', 'Nueva Tarrasca', [-74.2, -43.4, -73.4, -41.8]),
  w('g-villa-orlen', [], ['Villa Orlen', 'Tarrasca'], 'town', [-73.8, -42.5], 'CL', 12_000),
  e('philippines', [], ['Philippines'], 'country', [122, 12], {
    country: 'PH',
    bbox: [116.9, 4.6, 126.6, 21.1],
  }),
  island('ne-san-tomeo', 'San Tomeo', [124.1, 11.9, 124.9, 12.6]),
  w('g-bantelan', [], ['Bantelan', 'Tomeo'], 'town', [124.5, 12.3], 'PH', 30_000),
  // A unit that holds the article's places, and a namesake town abroad.
  e('australia', [], ['Australia'], 'country', [134, -25], {
    country: 'AU',
    bbox: [113, -44, 154, -10],
  }),
  e('new_zealand', [], ['New Zealand'], 'country', [172, -41], {
    country: 'NZ',
    bbox: [166, -47.3, 178.6, -34.4],
  }),
  unit('ne-calverra', [], ['Calverra'], 'AU', [141, -39, 150, -34]),
  e('wendarra', [], ['Wendarra'], 'town', [144.4, -38.1], { country: 'AU' }),
  e('kilmory', [], ['Kilmory'], 'town', [143.9, -37.6], { country: 'AU' }),
  w('g-calverra-nz', [], ['Calverra'], 'town', [175.3, -37.8], 'NZ', 60_000),
  w('g-tarvey-nz', [], ['Tarvey'], 'town', [175.6, -37.5], 'NZ', 9_000),
  e('brazil', [], ['Brazil'], 'country', [-53, -10], { country: 'BR', bbox: [-74, -33.8, -34.8, 5.3] }),
  e('portugal', [], ['Portugal'], 'country', [-8, 39.6], {
    country: 'PT',
    bbox: [-9.5, 36.9, -6.2, 42.2],
  }),
  unit('ne-serrado', [], ['Serrado'], 'BR', [-53, -27, -48, -22]),
  e('itaberna', [], ['Itaberna'], 'town', [-51.2, -25.1], { country: 'BR' }),
  e('lagoa-fria', [], ['Lagoa Fria'], 'town', [-49.6, -24.4], { country: 'BR' }),
  w('g-serrado-pt', [], ['Serrado'], 'town', [-8.4, 40.2], 'PT', 70_000),
  // Rivers named bare: a world river of two names, one also a town's far away.
  e('poland', [], ['Poland'], 'country', [19.4, 52.1], { country: 'PL', bbox: [14.1, 49, 24.2, 54.8] }),
  e('kostrin', [], ['Kostrin'], 'town', [14.6, 52.6], { country: 'PL' }),
  e('ne-river-oderra', [], ['Oderra River', 'Odrava River'], 'river', [14.6, 52.3], {
    world: true,
    vertices: [
      [14.9, 51.4],
      [14.6, 52.3],
      [14.4, 53.2],
    ],
  }),
  e('ne-river-nissel', [], ['Nissel River'], 'river', [14.9, 51.6], {
    world: true,
    vertices: [
      [14.8, 51],
      [14.9, 51.6],
      [14.7, 52.1],
    ],
  }),
  w('g-oderra-it', [], ['Oderra'], 'town', [12.5, 42.1], 'IT', 8_000),
  e('hungary', [], ['Hungary'], 'country', [19.4, 47.2], { country: 'HU', bbox: [16.1, 45.7, 22.9, 48.6] }),
  e('szegmar', [], ['Szegmar'], 'town', [20.1, 46.3], { country: 'HU' }),
  e('romania', [], ['Romania'], 'country', [25, 45.9], { country: 'RO', bbox: [20.2, 43.6, 29.7, 48.3] }),
  w('g-mica', [], ['Mica'], 'village', [24.6, 46.4], 'RO', 3_000),
  // Countries of two islands, and one island named on its own.
  e('trinidad_and_tobago', [], ['Trinidad and Tobago'], 'country', [-61.3, 10.5], {
    country: 'TT',
    actor: true,
    bbox: [-61.9, 10, -60.5, 11.4],
  }),
  e('ne-tobago', [], ['Tobago'], 'governorate', [-60.7, 11.2], { country: 'TT' }),
  e('wallis_and_futuna', [], ['Wallis and Futuna'], 'country', [-176.2, -13.3], {
    country: 'WF',
    actor: true,
    bbox: [-178.2, -14.4, -176.1, -13.2],
  }),
  e('ne-futuna', [], ['Futuna'], 'region', [-178.1, -14.3]),
  // Towns named like a titled person's surname.
  e('united_kingdom', [], ['United Kingdom'], 'country', [-2, 54], {
    country: 'GB',
    bbox: [-8.6, 49.9, 1.8, 60.8],
  }),
  e('lanark', [], ['Lanark'], 'town', [-3.78, 55.67], { country: 'GB' }),
  w('g-kelsby', [], ['Kelsby'], 'town', [-2.9, 55.2], 'GB', 6_000),
  e('kenya', [], ['Kenya'], 'country', [37.9, 0.5], { country: 'KE', bbox: [33.9, -4.7, 41.9, 5] }),
  e('nyeri', [], ['Nyeri'], 'town', [36.95, -0.42], { country: 'KE' }),
  w('g-mutoro', [], ['Mutoro'], 'town', [37.1, -0.6], 'KE', 9_000),
  // A town named like an ocean, near the article's places.
  e('portugal-lisbon', [], ['Lisbon'], 'city', [-9.14, 38.72], { country: 'PT' }),
  w('g-atlantic-pt', [], ['Atlantic'], 'town', [-9.3, 38.8], 'PT', 5_000),
  e('valparaiso', [], ['Valparaíso'], 'city', [-71.6, -33.05], { country: 'CL' }),
  // First-level units named "A and B", and a Natural Earth island A.
  e('canada', [], ['Canada'], 'country', [-100, 60], { country: 'CA', bbox: [-141, 41.7, -52.6, 83.1] }),
  unit('ne-mornay-pell', [], ['Mornay and Pell', 'Mornay'], 'CA', [-68, 46, -52, 60]),
  island('ne-island-mornay', 'Island Of Mornay', [-59.4, 46.6, -52.7, 51.6]),
  e('norway', [], ['Norway'], 'country', [9, 61], { country: 'NO', bbox: [4.6, 57.9, 31.1, 71.2] }),
  unit('ne-vestra-lofen', [], ['Vestra and Lofen', 'Vestra'], 'NO', [11, 66, 17, 69.5]),
  island('ne-vestra', 'Vestra Island', [13.9, 67.9, 15.1, 68.5]),
  // A unit named after a feature by its Arabic name only (the islands and units are made up).
  e('ne-sea-arvel', ['بحر أرفيل'], ['Arvel Sea'], 'region', [36, 22], {
    bbox: [32, 12, 43, 30],
    source: { title: NE_PHYSICAL_TITLE },
    note: 'sea (Natural Earth 1:10m)',
  }),
  e('egypt', [], ['Egypt'], 'country', [30, 27], { country: 'EG', bbox: [24.7, 22, 36.9, 31.7] }),
  e('qusmar', [], ['Qusmar'], 'town', [33.8, 27.2], { country: 'EG' }),
  unit('ne-arvel-eg', ['محافظة بحر أرفيل'], ['Bahr Arvel'], 'EG', [32.5, 22, 36.9, 29]),
  e('tanzania', [], ['Tanzania'], 'country', [35, -6], { country: 'TZ', bbox: [29.3, -11.8, 40.4, -1] }),
  e('ne-tarvo', ['جزيرة تارفو'], ['Tarvo Island'], 'region', [39.7, -7.9], {
    bbox: [39.5, -8.1, 39.9, -7.6],
    source: { title: NE_PHYSICAL_TITLE },
    note: 'island (Natural Earth 1:10m)',
  }),
  unit('ne-tarvo-tz', ['ولاية جزيرة تارفو'], ['Wilaya Tarvo'], 'TZ', [39.4, -8.2, 40, -7.5]),
  e('kibanda', [], ['Kibanda'], 'town', [39.7, -7.9], { country: 'TZ' }),
  // A capital with another name, and a town whose own name it is, near the article's places.
  e('arlow', [], ['Arlow'], 'town', [-61.2, 13.2], { country: 'VC' }),
  e('birchen', [], ['Birchen'], 'town', [-61.15, 13.15], { country: 'VC' }),
  w('g-kelton', [], ['Kelton'], 'town', [-61.1, 13.3], 'VC', 1_500),
  { ...w('g-portavel', [], ['Portavel', 'Kelton'], 'city', [-61.75, 12.05], 'GD', 7_500), actor: true },
  e('savuna', [], ['Savuna'], 'town', [178.4, -18.1], { country: 'FJ' }),
  e('navaki', [], ['Navaki'], 'town', [178.5, -18.0], { country: 'FJ' }),
  w('g-lavena', [], ['Lavena'], 'town', [178.3, -17.9], 'FJ', 2_000),
  { ...w('g-nukara', [], ['Nukara', 'Lavena'], 'city', [179.9, -16.5], 'WS', 30_000), actor: true },
  // Islands beside a small country the article names, its towns far away (all made up).
  island('ne-corvana', 'Corvana', [-74, 17.6, -68.4, 19.9]),
  e('korel', [], ['Korel'], 'country', [-66.4, 18.2], { country: 'XK', bbox: [-67.3, 17.9, -65.2, 18.5] }),
  e('varn', [], ['Varn'], 'town', [-61.8, 17.1], { country: 'XV' }),
  e('dessel', [], ['Dessel'], 'town', [-82.4, 23.1], { country: 'XD' }),
  island('ne-tamaru', 'Tamaru', [150, -6, 152, -4]),
  e('palun', [], ['Palun'], 'country', [153.5, -5], { country: 'XP', bbox: [153, -5.5, 154, -4.5] }),
  e('oroka', [], ['Oroka'], 'town', [140, -3], { country: 'XO' }),
  e('lenu', [], ['Lenu'], 'town', [160, -9], { country: 'XL' }),
  // A capital and the unit named like it (made up, in real countries).
  e('nicaragua', [], ['Nicaragua'], 'country', [-85, 12.9], {
    country: 'NI',
    bbox: [-87.7, 10.7, -83.1, 15],
  }),
  unit('ne-calmera', [], ['Calmera'], 'NI', [-86.6, 11.8, -85.9, 12.5]),
  { ...w('g-calmera', [], ['Calmera'], 'city', [-86.25, 12.13], 'NI', 900_000), actor: true },
  e('afghanistan', [], ['Afghanistan'], 'country', [66, 34], {
    country: 'AF',
    bbox: [60.5, 29.4, 74.9, 38.5],
  }),
  unit('ne-torvan', [], ['Torvan'], 'AF', [68.8, 34.2, 69.6, 34.9]),
  { ...w('g-torvan', [], ['Torvan'], 'city', [69.2, 34.5], 'AF', 4_000_000), actor: true },
];
const found = foundIn(buildIndex(ENTRIES));

describe('an island named in full is named later by its last word, round 27', () => {
  test('the short name is the island, not the town GeoNames gives it to (Chile, the Philippines)', () => {
    expect(
      found('The storm crossed Nueva Tarrasca on Monday. Fishermen on Tarrasca lost their boats.', 'en'),
    ).toContainEqual({ text: 'Tarrasca', id: 'ne-nueva-tarrasca' });
    expect(
      found('Typhoon winds hit San Tomeo in the Philippines. Schools on Tomeo stayed shut.', 'en'),
    ).toContainEqual({ text: 'Tomeo', id: 'ne-san-tomeo' });
  });

  test('without the island named in full, the word stays the town', () => {
    expect(found('Schools in Tomeo, in the Philippines, stayed shut.', 'en')).toContainEqual({
      text: 'Tomeo',
      id: 'g-bantelan',
    });
  });
});

describe('a unit that holds the article’s places wins over a namesake town far away, round 27', () => {
  test('the unit, for every mention (Australia, Brazil)', () => {
    const au = found(
      'Rain reached New Zealand on Friday. In Calverra, the storm hit Wendarra and Kilmory, and Calverra lost power.',
      'en',
    );
    expect(au.filter((m) => m.text === 'Calverra').map((m) => m.id)).toEqual(['ne-calverra', 'ne-calverra']);
    expect(
      found('Portugal sent aid. Floods in Serrado cut off Itaberna and Lagoa Fria.', 'en'),
    ).toContainEqual({ text: 'Serrado', id: 'ne-serrado' });
  });

  test('a town beside the article’s places keeps its reading', () => {
    expect(
      found(
        'In Calverra, near Tarvey in New Zealand, the storm hit; Wendarra and Kilmory were spared.',
        'en',
      ),
    ).toContainEqual({ text: 'Calverra', id: 'g-calverra-nz' });
  });
});

describe('a river named bare after "the", round 27', () => {
  test('a world river by any of its names, on water or joined to a river by "and" (Poland)', () => {
    const got = found('Barges waited at Kostrin on the Odrava and the Nissel on Monday.', 'en');
    expect(got).toContainEqual({ text: 'Odrava', id: 'ne-river-oderra' });
    expect(got).toContainEqual({ text: 'Nissel', id: 'ne-river-nissel' });
    expect(found('Police patrolled along the Oderra near Kostrin.', 'en')).toContainEqual({
      text: 'Oderra',
      id: 'ne-river-oderra',
    });
  });

  test('a name that bursts its banks is a river no source has (Hungary, Romania)', () => {
    expect(found('Near Szegmar in Hungary, the Tarnova burst its banks on Sunday.', 'en')).toContainEqual({
      text: 'Tarnova',
      id: null,
      kind: 'river',
    });
    expect(found('In Romania, the Valea Mica overflowed and cut the road.', 'en')).toContainEqual({
      text: 'Valea Mica',
      id: null,
      kind: 'river',
    });
  });

  test('no water word, a name going on, or a common word: no river', () => {
    const names = (t: string) => found(t, 'en').map((m) => m.text);
    expect(names('Smoke drifted towards the Odrava from Kostrin.')).not.toContain('Odrava');
    expect(names('Crowds gathered on the Odrava Bridge in Kostrin.')).not.toContain('Odrava');
    expect(names('In Kostrin, the Government flooded the market with grain.')).not.toContain('Government');
  });
});

describe('one island of a two-island country, round 27', () => {
  test('the first part is the island when the text names the other one (Trinidad and Tobago, Wallis and Futuna)', () => {
    expect(found('Ferries from Trinidad to Tobago were cancelled on Friday.', 'en')).toContainEqual({
      text: 'Trinidad',
      id: null,
      kind: 'region',
    });
    expect(found('Boats carried water from Wallis to Futuna after the storm.', 'en')).toContainEqual({
      text: 'Wallis',
      id: null,
      kind: 'region',
    });
  });

  test('without the other part, or speaking for its government, the country', () => {
    expect(found('Floods closed schools across Trinidad on Friday.', 'en')).toContainEqual({
      text: 'Trinidad',
      id: 'trinidad_and_tobago',
    });
    expect(found('Trinidad said on Friday that ferries to Tobago would resume.', 'en')).toContainEqual({
      text: 'Trinidad',
      id: 'trinidad_and_tobago',
    });
  });
});

describe('a titled person’s surname named again bare is no place, round 27', () => {
  const names = (t: string) => found(t, 'en').map((m) => m.text);
  test('after "Mayor Ana Kelsby" or "Governor Paul Mutoro" (the United Kingdom, Kenya)', () => {
    expect(
      names('In Lanark, Mayor Ana Kelsby thanked the crews. Kelsby said roads would reopen.'),
    ).not.toContain('Kelsby');
    expect(
      names('Governor Paul Mutoro visited Nyeri on Monday. Mutoro, who flew in, met families.'),
    ).not.toContain('Mutoro');
  });

  test('without the titled person, the town', () => {
    expect(found('Floods cut roads near Lanark and Kelsby on Monday.', 'en')).toContainEqual({
      text: 'Kelsby',
      id: 'g-kelsby',
    });
  });
});

describe('an ocean named by its adjective, round 27', () => {
  test('the ocean over a town of its name, and after "the open" (Portugal, Chile)', () => {
    expect(found('Ships from Lisbon crossed the Atlantic on Monday.', 'en')).toContainEqual({
      text: 'Atlantic',
      id: null,
      kind: 'region',
    });
    expect(found('Waves from Valparaíso crossed the open Pacific, officials said.', 'en')).toContainEqual({
      text: 'Pacific',
      id: null,
      kind: 'region',
    });
  });

  test('a name going on keeps the town', () => {
    expect(found('Ships from Lisbon docked at the Atlantic Marina on Monday.', 'en')).not.toContainEqual({
      text: 'Atlantic',
      id: null,
      kind: 'region',
    });
  });
});

describe('a capital named bare over the unit named like it, round 27', () => {
  const index = buildIndex(ENTRIES);
  const read = (id: string, other: string, rule = 'name ambiguous'): PlaceMatch => ({
    start: 0,
    end: 7,
    placeId: id,
    role: 'place',
    rule,
    candidates: [id, other],
  });

  test('a unit read bare whose candidates hold its capital is the capital (Nicaragua, Afghanistan)', () => {
    expect(capitalsOverUnits([read('ne-calmera', 'g-calmera')], index)[0]!.placeId).toBe('g-calmera');
    expect(capitalsOverUnits([read('ne-torvan', 'g-torvan')], index)[0]!.placeId).toBe('g-torvan');
  });

  test('a cue word keeps the unit, and a capital outside its box too', () => {
    expect(capitalsOverUnits([read('ne-torvan', 'g-torvan', 'name cue-before')], index)[0]!.placeId).toBe(
      'ne-torvan',
    );
    expect(capitalsOverUnits([read('ne-calmera', 'g-torvan')], index)[0]!.placeId).toBe('ne-calmera');
  });

  test('in a sentence, the capital', () => {
    expect(found('Officials in Torvan said floods hit eastern Afghanistan.', 'en')).toContainEqual({
      text: 'Torvan',
      id: 'g-torvan',
    });
  });
});

describe('a unit named "A and B", read by A, is the island A, round 27', () => {
  test('where the text names the pair in full or B alone (Canada, Norway)', () => {
    expect(
      found('Storms hit Mornay and Pell on Saturday, and southwestern Mornay lost power.', 'en'),
    ).toContainEqual({ text: 'Mornay', id: 'ne-island-mornay' });
    expect(found('Gales closed roads across Vestra and Lofen; no ferry left Vestra.', 'en')).toContainEqual({
      text: 'Vestra',
      id: 'ne-vestra',
    });
  });

  test('named alone, the unit', () => {
    expect(found('Southwestern Mornay in Canada lost power.', 'en')).toContainEqual({
      text: 'Mornay',
      id: 'ne-mornay-pell',
    });
  });
});

describe('a unit cue on a feature’s name, the world unit of its Arabic name, round 27', () => {
  test('the unit whose Arabic name is a unit word and the feature’s (Egypt, Tanzania)', () => {
    expect(found('Tourists left Qusmar, in the Arvel Sea governorate of Egypt.', 'en')).toContainEqual({
      text: 'Arvel Sea governorate',
      id: 'ne-arvel-eg',
    });
    expect(found('Ferries to Kibanda in Tarvo Island district, Tanzania, stopped.', 'en')).toContainEqual({
      text: 'Tarvo Island district',
      id: 'ne-tarvo-tz',
    });
  });

  test('in a country the article does not name, a unit no source has', () => {
    expect(found('Ships crossed the Arvel Sea governorate waters.', 'en')).not.toContainEqual({
      text: 'Arvel Sea governorate',
      id: 'ne-arvel-eg',
    });
  });
});

describe('a capital read by another of its names gives way to the town of that name, round 27', () => {
  test('the town whose own name it is, near the article’s places (St Vincent, Fiji)', () => {
    expect(found('Ash fell on Arlow and Birchen, and in Kelton roads closed.', 'en')).toContainEqual({
      text: 'Kelton',
      id: 'g-kelton',
    });
    expect(found('Floods reached Savuna and Navaki; in Lavena the river rose.', 'en')).toContainEqual({
      text: 'Lavena',
      id: 'g-lavena',
    });
  });

  test('by its own name, the capital', () => {
    expect(found('Ash fell on Arlow and Birchen, and ministers met in Portavel.', 'en')).toContainEqual({
      text: 'Portavel',
      id: 'g-portavel',
    });
  });
});

describe('an island beside a small country the article names is no far namesake, round 27', () => {
  test('the island (two made-up seas)', () => {
    expect(found('The storm passed Varn and Dessel, then north of Korel and Corvana.', 'en')).toContainEqual({
      text: 'Corvana',
      id: 'ne-corvana',
    });
    expect(found('Ships left Oroka and Lenu for Palun and Tamaru.', 'en')).toContainEqual({
      text: 'Tamaru',
      id: 'ne-tamaru',
    });
  });

  test('without the small country, far from every place, a namesake', () => {
    expect(found('The storm passed Varn and Dessel, then north of Corvana.', 'en')).toContainEqual({
      text: 'Corvana',
      id: null,
      kind: 'region',
    });
  });
});

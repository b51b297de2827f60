/**
 * Matching rules from round 28, part B (issue 18), English: a village a cue word names inside a
 * first-level unit the article names, however far from its label point (`villagesInNamedUnits`); a
 * great world river named bare after "the" alone (`riversNamedBare`); a station or a steelworks named
 * by the word after it (`EN_CUE_AFTER`, `EN_CUE_AFTER_PAIR`).
 * Names are made up, never a fixture's.
 */
import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../src/ingest/match.ts';
import type { GazetteerEntry } from '../../src/ingest/types.ts';
import { e, unit, w } from './entry-builders.ts';
import { foundIn } from './found.ts';

/** Real countries; the units, towns and villages are made up (points illustrative). */
const ENTRIES: GazetteerEntry[] = [
  e('nepal', [], ['Nepal'], 'country', [84, 28.2], { country: 'NP', bbox: [80, 26.3, 88.2, 30.5] }),
  unit('ne-karsali', [], ['Karsali'], 'NP', [81, 28, 84, 30.4]),
  w('g-dolbari', [], ['Dolbari'], 'city', [81.6, 28.1], 'NP', 60_000),
  e('peru', [], ['Peru'], 'country', [-75, -9], { country: 'PE', bbox: [-81.4, -18.4, -68.7, -0.04] }),
  unit('ne-anquel', [], ['Anquel'], 'PE', [-78.5, -10.5, -76, -8]),
  w('g-huarmal', [], ['Huarmal'], 'city', [-78.6, -8.1], 'PE', 40_000),
];

/** Villages the world index leaves out (read only after a cue). */
const VILLAGES: GazetteerEntry[] = [
  // Inside Karsali's box, 150 km and more from Dolbari and from the unit's middle.
  w('g-tenkhola', [], ['Tenkhola'], 'village', [83.6, 30.1], 'NP', 600),
  // The same name outside every unit the article names.
  w('g-tenkhola-far', [], ['Tenkhola'], 'village', [87.5, 27], 'NP', 900),
  w('g-pallcamayo', [], ['Pallcamayo'], 'village', [-76.3, -8.3], 'PE', 700),
  w('g-rimbo', [], ['Rimbo'], 'village', [86.5, 27.4], 'NP', 500),
];

const found = foundIn(buildIndex(ENTRIES, [], VILLAGES));

describe('a village a cue word names inside a first-level unit the article names', () => {
  test('"the town of X" in a unit named, and its later bare mention (Nepal)', () => {
    const got = found(
      'Floods tore through the pilgrimage town of Tenkhola in Karsali, near Dolbari. Tenkhola was cut off.',
      'en',
    );
    expect(got.filter((m) => /Tenkhola/u.test(m.text))).toEqual([
      { text: 'town of Tenkhola', id: 'g-tenkhola' },
      { text: 'Tenkhola', id: 'g-tenkhola' },
    ]);
  });
  test('"the village of X" in a unit named (Peru)', () => {
    const got = found('Mud buried the village of Pallcamayo in Anquel, officials in Huarmal said.', 'en');
    expect(got.find((m) => /Pallcamayo/u.test(m.text))).toEqual({
      text: 'village of Pallcamayo',
      id: 'g-pallcamayo',
    });
  });
  test('a village outside every unit the article names stays unknown (Nepal)', () => {
    const got = found('Floods reached the village of Rimbo, far from Karsali and Dolbari.', 'en');
    expect(got.find((m) => /Rimbo/u.test(m.text))?.id).toBeNull();
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

/** Rivers whose bare names are also towns' far away, so the index does not read them bare by itself. */
const RIVERS: GazetteerEntry[] = [
  w('g-mekara-fr', [], ['Mekara'], 'town', [3.7, 43.9], 'FR', 4_000),
  w('g-nubar-ar', [], ['Nubar'], 'town', [-60, -34], 'AR', 3_000),
  w('g-tiu-br', [], ['Tiu'], 'town', [-47, -22], 'BR', 2_000),
  e('laos', [], ['Laos'], 'country', [103, 18.5], { country: 'LA', bbox: [100, 13.9, 107.7, 22.5] }),
  w('g-pakseng', [], ['Pakseng'], 'city', [102.6, 17.9], 'LA', 80_000),
  river(
    'ne-river-mekara',
    ['Mekara River'],
    [
      [100.1, 20.3],
      [102.6, 18],
      [105.8, 15.1],
    ],
    900_000,
  ),
  river(
    'ne-river-nam-tiu',
    ['Tiu River'],
    [
      [102.4, 18.2],
      [102.6, 18],
      [102.7, 17.9],
    ],
    40_000,
  ),
  e('sudan', [], ['Sudan'], 'country', [30, 15], { country: 'SD', bbox: [21.8, 8.7, 38.6, 22.2] }),
  w('g-umm-tarek', [], ['Umm Tarek'], 'city', [32.5, 15.6], 'SD', 200_000),
  river(
    'ne-river-nubar',
    ['Nubar River'],
    [
      [31, 31],
      [32.5, 15.7],
      [33, 4],
    ],
    2_000_000,
  ),
];
const foundRiver = foundIn(buildIndex(RIVERS));

describe('a great world river named bare after "the" alone', () => {
  test('"rain swelled the Mekara," (Laos)', () => {
    const got = foundRiver('Days of rain swelled the Mekara, and water entered Pakseng, in Laos.', 'en');
    expect(got.find((m) => m.text === 'Mekara')).toEqual({ text: 'Mekara', id: 'ne-river-mekara' });
  });
  test('"the Nubar and" after a verb (Sudan)', () => {
    const got = foundRiver('Farmers near Umm Tarek, Sudan, watched the Nubar and its canals rise.', 'en');
    expect(got.find((m) => m.text === 'Nubar')).toEqual({ text: 'Nubar', id: 'ne-river-nubar' });
  });
  test('a short river after "the" alone is not read (Laos)', () => {
    const got = foundRiver('Days of rain swelled the Tiu, and water entered Pakseng, in Laos.', 'en');
    expect(got.find((m) => m.text === 'Tiu')).toBeUndefined();
  });
  test('after a preposition of motion or place, or before a noun, the name may be a region (Sudan)', () => {
    const nubar = (text: string) => foundRiver(text, 'en').filter((m) => m.text === 'Nubar');
    expect(nubar('Fighting spread towards the Nubar, officials in Umm Tarek, Sudan, said.')).toEqual([]);
    expect(nubar('Umm Tarek, in Sudan, lies in the Nubar valley.')).toEqual([]);
  });
});

describe('a station or a steelworks named by the word after it', () => {
  test('"outside Tarnoki station" (Peru), "the Kelvara steel works" (Nepal)', () => {
    const got = found('He spoke outside Tarnoki station in Huarmal, Peru.', 'en');
    expect(got.find((m) => /Tarnoki/u.test(m.text))).toEqual({
      text: 'Tarnoki station',
      id: null,
      kind: 'facility',
    });
    const works = found(
      'Workers held out in the Kelvara steel works near Dolbari, Nepal. Kelvara fell.',
      'en',
    );
    expect(works.filter((m) => /Kelvara/u.test(m.text))).toEqual([
      { text: 'Kelvara steel works', id: null, kind: 'facility' },
      { text: 'Kelvara', id: null, kind: 'facility' },
    ]);
  });
});

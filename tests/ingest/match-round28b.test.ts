/**
 * Matching rules from round 28, part B (issue 18), English: a village a cue word names inside a
 * first-level unit the article names, however far from its label point (`villagesInNamedUnits`).
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

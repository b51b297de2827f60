/**
 * A name that ends a left-out village's name is not read alone (issue 18, round 29,
 * `withoutVillageTails`): "East Palestine, Ohio" is the village, not the State of Palestine, which
 * had anchored the article in the Middle East and dropped every American place of it. Countries and
 * units are real; the villages and towns are made up.
 */
import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../src/ingest/match.ts';
import type { GazetteerEntry } from '../../src/ingest/types.ts';
import { e, unit, w } from './entry-builders.ts';
import { foundIn } from './found.ts';

const ENTRIES: GazetteerEntry[] = [
  e('palestine', ['فلسطين'], ['Palestine'], 'country', [35.2, 31.9], {
    country: 'PS',
    bbox: [34.2, 31.2, 35.6, 32.6],
  }),
  e('egypt', ['مصر'], ['Egypt'], 'country', [30, 26], { country: 'EG', bbox: [24.7, 22, 36.9, 31.7] }),
  unit('ne-ohio', [], ['Ohio'], 'US', [-84.8, 38.4, -80.5, 42]),
  unit('ne-jersey', [], ['New Jersey'], 'US', [-75.6, 38.9, -73.9, 41.4]),
  w('g-norwick', [], ['Norwick'], 'town', [-80.7, 40.9], 'US', 5_000),
  w('g-tarrow', [], ['Tarrowfield'], 'town', [-74.5, 40.1], 'US', 8_000),
];
/** Left out of the world index: read only after a cue, or as a dateline. */
const VILLAGES: GazetteerEntry[] = [
  w('g-east-palestine', [], ['East Palestine'], 'village', [-80.54, 40.83], 'US', 900),
  w('g-new-egypt', [], ['New Egypt'], 'village', [-74.53, 40.07], 'US', 700),
];

const found = foundIn(buildIndex(ENTRIES, [], VILLAGES));

describe('a country ending a left-out village’s name is the village', () => {
  test('"EAST PALESTINE, Ohio" and its later mention; the other places stay (United States)', () => {
    const got = found(
      'EAST PALESTINE, Ohio — Residents of East Palestine went home on Wednesday, officials in Norwick said.',
      'en',
    );
    expect(got).toEqual([
      { text: 'EAST PALESTINE', id: 'g-east-palestine' },
      { text: 'Ohio', id: 'ne-ohio' },
      { text: 'East Palestine', id: 'g-east-palestine' },
      { text: 'Norwick', id: 'g-norwick' },
    ]);
  });
  test('"New Egypt" in a New Jersey report is no Egypt', () => {
    const got = found('TARROWFIELD, New Jersey — Storms flooded roads from Tarrowfield to New Egypt.', 'en');
    expect(got.map((m) => m.id)).not.toContain('egypt');
    expect(got.map((m) => m.id)).toContain('g-tarrow');
  });
  test('with no place of the village’s country named, the name is read as before', () => {
    const got = found('Aid left East Palestine for Egypt on Monday.', 'en');
    expect(got.map((m) => m.id)).toEqual(['palestine', 'egypt']);
  });
});

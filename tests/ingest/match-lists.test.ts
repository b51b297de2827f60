import { describe, expect, test } from 'vitest';
import { buildIndex, matchPlaces } from '../../src/ingest/match.ts';
import { ENTRIES, ORGS } from './gazetteer-fixture.ts';

const index = buildIndex(ENTRIES, ORGS);
const unknown = (text: string) =>
  matchPlaces(text, index, { lang: 'en' })
    .filter((m) => m.placeId === null)
    .map((m) => [m.name, m.kind, m.rule]);

describe('an unknown name listed with known places (English)', () => {
  test.each([
    ['Tremors were felt in Syria, Iraq and Tibet.', [['Tibet', 'region', 'listed-with-places']]],
    ['Aid went to Syria, Iraq, and Rojava.', [['Rojava', 'region', 'listed-with-places']]],
    ['Shells hit Qamishli, Hasakah or Amuda overnight.', [['Amuda', 'city', 'listed-with-places']]],
    ['Syria, Western Sahara and Iraq voted.', [['Western Sahara', 'region', 'listed-with-places']]],
  ])('%s', (text, want) => {
    expect(unknown(text)).toEqual(want);
  });

  test.each([
    ['two members are not a list', 'Syria and Hezbollah signed.'],
    ['one known member is not enough', 'Syria, Hezbollah and Hamas met.'],
    ['known members of two kind families', 'Syria, Qamishli and Amuda were hit.'],
    ['an acronym is not a place', 'Syria, Iraq and NATO met.'],
    ['a lower-case word is not a name', 'Syria, Iraq and others met.'],
    ['a stop word is not a name', 'In Syria, Iraq and The Hague.'],
  ])('nothing: %s', (_, text) => {
    expect(unknown(text)).toEqual([]);
  });

  test('a later occurrence on its own is the same proposed place', () => {
    const ms = matchPlaces('Tremors were felt in Syria, Iraq and Tibet. Roads in Tibet closed.', index, {
      lang: 'en',
    }).filter((m) => m.placeId === null);
    expect(ms.map((m) => m.rule)).toEqual(['listed-with-places', 'same-name-later']);
  });

  test('Arabic text is left to the cue-word rules', () => {
    expect(
      matchPlaces('في سوريا والعراق والتبت', index, { lang: 'ar' }).filter((m) => m.placeId === null),
    ).toEqual([]);
  });
});

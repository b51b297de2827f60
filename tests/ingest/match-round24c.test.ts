/**
 * Matching rules from round 24, part C (issue 18): a place no source has, written bare, proposed where
 * the text places it and says its kind, on made-up sentences from Kenya, Uganda, Peru, Romania and Mexico (none a
 * bench article's country). Points and populations are rough and illustrative (test fixture, never
 * shipped); the unknown names are left out of the index on purpose.
 */
import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../src/ingest/match.ts';
import type { GazetteerEntry } from '../../src/ingest/types.ts';
import { e, w } from './entry-builders.ts';
import { foundIn } from './found.ts';

const ENTRIES: GazetteerEntry[] = [
  e('kenya', [], ['Kenya'], 'country', [38, 0.5], { country: 'KE', bbox: [33.9, -4.7, 41.9, 5] }),
  w('g-eldoret', [], ['Eldoret'], 'city', [35.27, 0.52], 'KE', 470_000),
  e('romania', [], ['Romania'], 'country', [25, 46], { country: 'RO', bbox: [20.2, 43.6, 29.7, 48.3] }),
  w('g-baia-mare', [], ['Baia Mare'], 'city', [23.58, 47.66], 'RO', 120_000),
  e('mexico', [], ['Mexico'], 'country', [-102, 23], { country: 'MX', bbox: [-117.1, 14.5, -86.7, 32.7] }),
];
const found = foundIn(buildIndex(ENTRIES, [], []));
const unknown = (text: string) => found(text, 'en').filter((m) => m.id === null);

describe('round 24c: a bare name the text places, of the kind it says', () => {
  test('a name after "in" whose apposition says "a county town" is a town, and so is its later mention', () => {
    expect(
      unknown(
        'In Iten, a county town perched above the valley, runners trained in the rain. Buses left Iten at dawn.',
      ),
    ).toEqual([
      { text: 'Iten', id: null, kind: 'town' },
      { text: 'Iten', id: null, kind: 'town' },
    ]);
  });
  test('"the municipality at the foot of …" makes a municipality, a district', () => {
    expect(
      unknown('Officials in Tlalmanalco, the municipality at the foot of the volcano, opened shelters.'),
    ).toEqual([{ text: 'Tlalmanalco', id: null, kind: 'district' }]);
  });
  test('names listed with a known city, one of them placed by "in", take the city\'s kind', () => {
    expect(
      unknown(
        'Storms hit Baia Mare, Sapanta and Vadu Izei in Romania overnight. Roofs were torn off in Sapanta, where the church stands.',
      ),
    ).toEqual([
      { text: 'Sapanta', id: null, kind: 'city' },
      { text: 'Vadu Izei', id: null, kind: 'city' },
      { text: 'Sapanta', id: null, kind: 'city' },
    ]);
  });
  test('"one of the country\'s largest townships" after a placed name is a neighbourhood', () => {
    expect(unknown("Water rose in Kawangware, one of the city's largest townships, on Sunday.")).toEqual([
      { text: 'Kawangware', id: null, kind: 'neighbourhood' },
    ]);
  });
  test('names listed with one whose kind a cue word gives share it', () => {
    expect(
      unknown(
        'Floods hit the districts of Bududa, Namisindwa and Manafwa. A school in Bududa district was swept away.',
      ),
    ).toEqual([
      { text: 'Bududa', id: null, kind: 'district' },
      { text: 'Namisindwa', id: null, kind: 'district' },
      { text: 'Manafwa', id: null, kind: 'district' },
      { text: 'Bududa district', id: null, kind: 'district' },
    ]);
  });
  test('a plural apposition after a pair names both', () => {
    expect(
      unknown(
        'Mudslides struck Chosica and Chaclacayo, hillside towns east of the capital. Families fled from Chaclacayo.',
      ),
    ).toEqual([
      { text: 'Chosica', id: null, kind: 'town' },
      { text: 'Chaclacayo', id: null, kind: 'town' },
      { text: 'Chaclacayo', id: null, kind: 'town' },
    ]);
  });
  test('a placed name whose kind the text never gives is not proposed', () => {
    expect(unknown('Water rose in Kaptagat overnight, officials in Eldoret said.')).toEqual([]);
  });
});

describe('round 24c: a capitalised word in the same place that is no place', () => {
  test('a month, a weekday or a common word before an apposition of place', () => {
    expect(unknown('In January, a village near the border was flooded.')).toEqual([]);
    expect(unknown('From Monday, a town near the coast will ration water.')).toEqual([]);
    expect(unknown('In Brief, a village near the lake lost power.')).toEqual([]);
  });
  test('a person described by "a town councillor"', () => {
    expect(unknown('The letter went to Achieng, a town councillor, on Friday.')).toEqual([]);
  });
  test('an organisation named before "a district charity"', () => {
    expect(unknown('Volunteers from Hopeline Trust, a district charity, arrived in Eldoret.')).toEqual([]);
  });
  test('a road or a river named after a placed name gives it no kind', () => {
    expect(unknown('Water rose in Kaptagat, officials said. Kaptagat Road was shut.')).toEqual([
      { text: 'Kaptagat Road', id: null, kind: 'road' },
    ]);
  });
  test('a person after a title', () => {
    expect(unknown("Aid was handed to Governor Wanjiru, the county town's patron, near Eldoret.")).toEqual(
      [],
    );
  });
});

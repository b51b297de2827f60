/**
 * US counties and parishes (issue 18, round 20: `src/ingest/match-counties.ts`), on made-up sentences
 * over a small index shaped as the world index holds them (`scripts/gazetteer/us-counties.ts`).
 * Points and boxes are rough and illustrative (test fixture, never shipped).
 */
import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../src/ingest/match.ts';
import type { GazetteerEntry } from '../../src/ingest/types.ts';
import { e, w } from './entry-builders.ts';
import { foundIn } from './found.ts';

const state = (id: string, name: string, bbox: [number, number, number, number]): GazetteerEntry => ({
  ...w(id, [], [name], 'governorate', [(bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2], 'US'),
  bbox,
});
const county = (id: string, name: string, within: string, point: [number, number]): GazetteerEntry => ({
  ...w(id, [], [name], 'district', point, 'US'),
  within,
  bbox: [point[0] - 0.3, point[1] - 0.3, point[0] + 0.3, point[1] + 0.3],
});

const ENTRIES: GazetteerEntry[] = [
  e('usa', ['الولايات المتحدة'], ['United States'], 'country', [-98, 39], {
    country: 'US',
    bbox: [-125, 24.5, -66.9, 49.4],
  }),
  state('ne-us-ky', 'Kentucky', [-89.6, 36.5, -82, 39.1]),
  state('ne-us-in', 'Indiana', [-88.1, 37.8, -84.8, 41.8]),
  state('ne-us-pa', 'Pennsylvania', [-80.5, 39.7, -74.7, 42.3]),
  state('ne-us-ca', 'California', [-124.4, 32.5, -114.1, 42]),
  state('ne-us-id', 'Idaho', [-117.2, 42, -111, 49]),
  state('ne-us-la', 'Louisiana', [-94, 29, -89, 33]),
  state('ne-us-fl', 'Florida', [-87.6, 24.5, -80, 31]),
  state('ne-us-or', 'Oregon', [-124.6, 42, -116.5, 46.3]),
  state('ne-us-ut', 'Utah', [-114.1, 37, -109, 42]),
  // Namesake counties: Indiana's Perry is listed first, as the index's order would rank it.
  county('c-perry-in', 'Perry County', 'ne-us-in', [-86.6, 38.1]),
  county('c-perry-ky', 'Perry County', 'ne-us-ky', [-83.2, 37.2]),
  county('c-perry-pa', 'Perry County', 'ne-us-pa', [-77.3, 40.4]),
  county('c-knott-ky', 'Knott County', 'ne-us-ky', [-82.9, 37.4]),
  county('c-letcher-ky', 'Letcher County', 'ne-us-ky', [-82.8, 37.1]),
  county('c-butte-id', 'Butte County', 'ne-us-id', [-113.2, 43.7]),
  county('c-butte-ca', 'Butte County', 'ne-us-ca', [-121.6, 39.7]),
  county('c-orleans-la', 'Orleans Parish', 'ne-us-la', [-89.9, 30.1]),
  county('c-jefferson-la', 'Jefferson Parish', 'ne-us-la', [-90.1, 29.7]),
  county('c-washington-or', 'Washington County', 'ne-us-or', [-123.1, 45.6]),
  county('c-washington-ut', 'Washington County', 'ne-us-ut', [-113.5, 37.3]),
  county('c-miami-dade', 'Miami-Dade County', 'ne-us-fl', [-80.6, 25.6]),
  state('ne-us-ny', 'New York', [-79.8, 40.5, -71.8, 45]),
  county('c-essex-ny', 'Essex County', 'ne-us-ny', [-73.8, 44.1]),
  e('canada', ['كندا'], ['Canada'], 'country', [-100, 60], { country: 'CA', bbox: [-141, 41.7, -52.6, 83] }),
  { ...w('ne-ca-on', [], ['Ontario'], 'governorate', [-85, 50], 'CA'), bbox: [-95.2, 41.7, -74.3, 56.9] },
  w('g-windsor-on', [], ['Windsor'], 'city', [-83.02, 42.3], 'CA', 230_000),
  w('g-kingston-on', [], ['Kingston'], 'city', [-76.48, 44.23], 'CA', 120_000),
  w('g-perry-fl', [], ['Perry'], 'town', [-83.58, 30.12], 'US', 7000),
  w('g-hazard', [], ['Hazard'], 'town', [-83.19, 37.25], 'US', 5000),
];

const found = foundIn(buildIndex(ENTRIES));
const ids = (text: string) => found(text, 'en').map((m) => [m.text, m.id]);

describe('US counties and parishes', () => {
  test('a list before the plural: each name is the county of the state named after it', () => {
    expect(ids('Floods in Perry and Knott counties, Kentucky, killed at least 16 people.')).toEqual(
      expect.arrayContaining([
        ['Perry', 'c-perry-ky'],
        ['Knott', 'c-knott-ky'],
      ]),
    );
  });

  test('a list after the plural', () => {
    expect(ids('Rescuers worked in the counties of Knott and Letcher.')).toEqual([
      ['Knott', 'c-knott-ky'],
      ['Letcher', 'c-letcher-ky'],
    ]);
  });

  test('a county with its suffix, in the state named after it', () => {
    expect(ids('The Camp Fire burned through Butte County, California.')).toEqual(
      expect.arrayContaining([['Butte County', 'c-butte-ca']]),
    );
    expect(ids('Floods hit Perry County, Kentucky, on Thursday.')).toEqual(
      expect.arrayContaining([['Perry County', 'c-perry-ky']]),
    );
  });

  test('two namesakes in one sentence, each in the state named right after it', () => {
    expect(
      ids('Washington County, Oregon, and Washington County, Utah, reported fires.').filter(([t]) =>
        String(t).startsWith('Washington'),
      ),
    ).toEqual([
      ['Washington County', 'c-washington-or'],
      ['Washington County', 'c-washington-ut'],
    ]);
  });

  test('without a state named, the county nearest the article’s other places', () => {
    expect(
      ids('Floods in the United States: in Hazard, the seat of Perry County, streets were under mud.'),
    ).toEqual(expect.arrayContaining([['Perry County', 'c-perry-ky']]));
  });

  test('parishes, alone and in a list, and a hyphenated name', () => {
    expect(ids('The storm flooded Orleans Parish overnight.')).toEqual([['Orleans Parish', 'c-orleans-la']]);
    expect(ids('Levees held in Orleans and Jefferson parishes.')).toEqual([
      ['Orleans', 'c-orleans-la'],
      ['Jefferson', 'c-jefferson-la'],
    ]);
    expect(ids('Officials in Miami-Dade County ordered evacuations.')).toEqual([
      ['Miami-Dade County', 'c-miami-dade'],
    ]);
  });

  test('a bare name is never a county', () => {
    const read = ids('Residents of Perry, Florida, were told to leave.');
    expect(read.filter(([, id]) => String(id).startsWith('c-'))).toEqual([]);
    expect(read).toEqual(expect.arrayContaining([['Perry', 'g-perry-fl']]));
    expect(ids('Perry said the water rose fast.').filter(([, id]) => String(id).startsWith('c-'))).toEqual(
      [],
    );
  });

  test('a longer name that holds a county’s is left as it is', () => {
    expect(
      ids('Patients were moved from Knott County Hospital.').filter(([t]) => t === 'Knott County'),
    ).toEqual([]);
  });

  test('a county of another country is no US namesake, even one near the border', () => {
    const text = 'KINGSTON, Ontario — Flooding closed roads in Essex County near Windsor, Canada.';
    expect(found(text, 'en')).toContainEqual({ text: 'Essex County', id: null, kind: 'district' });
    expect(ids(text).filter(([, id]) => id === 'c-essex-ny')).toEqual([]);
  });
});

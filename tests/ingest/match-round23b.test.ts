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
  w('ne-lake-lake_kivu', [], ['Lake Kivu'], 'lake', [29.2, -2.05], 'CD'),
  e('peru', [], ['Peru'], 'country', [-75, -9.2], { country: 'PE', bbox: [-81.4, -18.4, -68.7, -0.04] }),
  w('g-piura', [], ['Piura'], 'city', [-80.63, -5.19], 'PE', 480_000),
  e('desierto_de_sechura', [], ['Desierto De Sechura'], 'region', [-80.6, -5.8], {
    bbox: [-81.2, -6.6, -79.9, -5],
    note: 'desert (Natural Earth 1:10m): the point is a point on the area',
  }),
];
const found = foundIn(buildIndex(ENTRIES, [], []));

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

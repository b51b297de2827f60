/**
 * Matching rules from round 24, part B (issue 18): English names of unknown places by their head noun,
 * namesakes and stray words, on made-up sentences from countries other than the tuning articles'.
 * Points and populations are rough and illustrative (test fixture, never shipped).
 */
import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../src/ingest/match.ts';
import type { GazetteerEntry } from '../../src/ingest/types.ts';
import { e, w } from './entry-builders.ts';
import { foundIn } from './found.ts';

const ENTRIES: GazetteerEntry[] = [
  e('united_kingdom', [], ['United Kingdom', 'Britain'], 'country', [-2, 54], {
    country: 'GB',
    bbox: [-8, 49.9, 1.8, 60.9],
  }),
  w('g-liverpool', [], ['Liverpool'], 'city', [-2.98, 53.41], 'GB', 500_000),
  w('g-birkenhead', [], ['Birkenhead'], 'town', [-3.01, 53.39], 'GB', 88_000),
  w('g-brighton', [], ['Brighton'], 'city', [-0.14, 50.82], 'GB', 290_000),
  e('australia', [], ['Australia'], 'country', [134, -25], { country: 'AU', bbox: [113, -44, 154, -10] }),
  w('g-sydney', [], ['Sydney'], 'city', [151.2, -33.87], 'AU', 5_000_000),
  w('g-manly', [], ['Manly'], 'town', [151.28, -33.8], 'AU', 16_000),
  w('g-victoria-ca', [], ['Victoria'], 'city', [-123.37, 48.43], 'CA', 90_000),
  w('g-pier-us', [], ['Pier'], 'village', [-80, 40], 'US', 1_000),
];
const found = foundIn(buildIndex(ENTRIES, [], []));

describe('round 24b: a capitalised name before a head noun of a place kind is one unknown place', () => {
  test('an unknown name before Canal, Ward, Pier, Shore or Point is proposed with its head noun', () => {
    expect(found('Homes in the Lower Seventh Ward of Sydney and in Manly flooded.', 'en')).toContainEqual({
      text: 'Lower Seventh Ward',
      id: null,
      kind: 'neighbourhood',
    });
    expect(found('Barges used the Industrial Canal between Liverpool and Birkenhead.', 'en')).toContainEqual({
      text: 'Industrial Canal',
      id: null,
      kind: 'river',
    });
  });
  test('a head noun after an unknown word keeps that word from being read as a far town', () => {
    expect(found('Waves hit Marine Pier near Sydney and Manly.', 'en')).toEqual([
      { text: 'Marine Pier', id: null, kind: 'facility' },
      { text: 'Sydney', id: 'g-sydney' },
      { text: 'Manly', id: 'g-manly' },
    ]);
  });
  test("a known place's name before a head noun names the pier or the point, not the place", () => {
    expect(found('Crowds gathered on Brighton Pier and in Liverpool.', 'en')).toContainEqual({
      text: 'Brighton Pier',
      id: null,
      kind: 'facility',
    });
    expect(found('Storm waves hit Victoria Point near Sydney and Manly.', 'en')).toContainEqual({
      text: 'Victoria Point',
      id: null,
      kind: 'neighbourhood',
    });
  });
  test('a head noun in lower case is a common noun', () => {
    expect(
      found('Patients in the Liverpool ward were moved to Birkenhead.', 'en').map((m) => m.text),
    ).toEqual(['Liverpool', 'Birkenhead']);
  });
});

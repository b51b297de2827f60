/**
 * Matching rules from round 26, part B (issue 18): the Latin keys of a place named in Dutch
 * orthography (sch is s then kh) and of a commune named with its parish saint, so an Arabic spelling
 * after a cue word can meet them (`spelling-key.ts`). Names are made up or generic, never a fixture's.
 */
import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../src/ingest/match.ts';
import { latinKey, latinKeysOf } from '../../src/ingest/spelling-key.ts';
import type { GazetteerEntry } from '../../src/ingest/types.ts';
import { e, w } from './entry-builders.ts';
import { foundIn } from './found.ts';

/** Real countries; the towns are made up (no real place's Arabic name is implied). */
const ENTRIES: GazetteerEntry[] = [
  e('australia', ['أستراليا'], ['Australia'], 'country', [134, -25], {
    country: 'AU',
    bbox: [113, -44, 154, -10],
  }),
  e('canada', ['كندا'], ['Canada'], 'country', [-100, 60], {
    country: 'CA',
    bbox: [-141, 41.7, -52.6, 83.1],
  }),
  w('g-tarbenik', [], ['Tarbenik'], 'town', [150.9, -33.8], 'AU', 40_000),
  w('g-kovalin', [], ['Kovalin'], 'town', [-79.4, 43.7], 'CA', 25_000),
  w('g-morandel', [], ['Morandel'], 'city', [-73.6, 45.5], 'CA', 900_000),
];
const found = foundIn(buildIndex(ENTRIES));

describe('a quarter cue reads a GeoNames town by its Latin key, round 26', () => {
  test('«حي» before a town of the key in a country the article names (Australia, Canada)', () => {
    expect(found('اندلعت الحرائق في حي تاربنيك غرب سيدني في أستراليا.', 'ar')).toContainEqual({
      text: 'حي تاربنيك',
      id: 'g-tarbenik',
    });
    expect(found('أخلت الشرطة حي كوفالين في تورونتو بكندا.', 'ar')).toContainEqual({
      text: 'حي كوفالين',
      id: 'g-kovalin',
    });
  });

  test('a quarter is no city: a city of that key stays unknown', () => {
    expect(found('تظاهر السكان في حي مورانديل في كندا.', 'ar')).toContainEqual({
      text: 'حي مورانديل',
      id: null,
      kind: 'neighbourhood',
    });
  });
});

describe('latinKeysOf, round 26', () => {
  test('a Dutch sch is also keyed as s then k, in the Netherlands and Belgium', () => {
    expect(latinKeysOf({ names: { en: ['Schoonveld'] }, country: 'NL' })).toContain(latinKey('Skoonveld'));
    expect(latinKeysOf({ names: { en: ['Schelderode'] }, country: 'BE' })).toContain(latinKey('Skelderode'));
  });

  test('a sch elsewhere keeps its one key', () => {
    expect(latinKeysOf({ names: { en: ['Schoonveld'] }, country: 'DE' })).toEqual([latinKey('Schoonveld')]);
  });

  test('a commune named with its saint is also keyed without it, in France and Belgium', () => {
    expect(latinKeysOf({ names: { en: ['Montreval-Saint-Pierre'] }, country: 'FR' })).toContain(
      latinKey('Montreval'),
    );
    expect(latinKeysOf({ names: { en: ['Bruggeveld-Sint-Jan'] }, country: 'BE' })).toContain(
      latinKey('Bruggeveld'),
    );
  });
});

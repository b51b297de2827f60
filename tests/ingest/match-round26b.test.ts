/**
 * Matching rules from round 26, part B (issue 18): the Latin keys of a place named in Dutch
 * orthography (sch is s then kh) and of a commune named with its parish saint, so an Arabic spelling
 * after a cue word can meet them (`spelling-key.ts`). Names are made up or generic, never a fixture's.
 */
import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../src/ingest/match.ts';
import type { PlaceMatch } from '../../src/ingest/match-index.ts';
import { seatUnits } from '../../src/ingest/match-seat-unit.ts';
import { normalise } from '../../src/ingest/normalize.ts';
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
  e('ne-cebu', [], ['Cebu'], 'governorate', [123.9, 10.3], {
    world: true,
    country: 'PH',
    bbox: [123.2, 9.4, 124.1, 11.3],
  }),
  e('ne-bohol', [], ['Bohol'], 'governorate', [124.2, 9.85], {
    world: true,
    country: 'PH',
    bbox: [123.7, 9.5, 124.6, 10.2],
  }),
  w('g-cebu', [], ['Cebu City'], 'city', [123.89, 10.32], 'PH', 900_000),
  e('ne-mendoza', [], ['Mendoza'], 'governorate', [-68.8, -34.6], {
    world: true,
    country: 'AR',
    bbox: [-70.6, -37.6, -66.5, -32],
  }),
  e('argentina', [], ['Argentina'], 'country', [-64, -34], {
    country: 'AR',
    bbox: [-73.6, -55.1, -53.6, -21.8],
  }),
  e('ne-salta', [], ['Salta'], 'governorate', [-65.4, -24.8], {
    world: true,
    country: 'AR',
    bbox: [-68.6, -26.4, -62.3, -21.9],
  }),
  e('ne-san-juan', [], ['San Juan'], 'governorate', [-68.9, -30.9], {
    world: true,
    country: 'AR',
    bbox: [-70.6, -32.6, -67, -28.3],
  }),
  w('g-mendoza', [], ['Mendoza'], 'city', [-68.83, -32.89], 'AR', 870_000),
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

describe('a unit reading carries only to a mention written the same way, round 26', () => {
  const index = buildIndex(ENTRIES);
  const at = (text: string, name: string, from = 0): { start: number; end: number } => {
    const start = Array.from(text).join('').indexOf(name, from);
    return { start, end: start + name.length };
  };
  const city = (span: { start: number; end: number }): PlaceMatch => ({
    ...span,
    placeId: 'g-mendoza',
    role: 'place',
    rule: 'name',
    candidates: ['g-mendoza', 'ne-mendoza'],
  });
  const salta = (span: { start: number; end: number }): PlaceMatch => ({
    ...span,
    placeId: 'ne-salta',
    role: 'place',
    rule: 'name',
    candidates: ['ne-salta'],
  });

  test('a unit named in full and listed with a unit leaves a later bare name the city (Argentina)', () => {
    const text = 'Ash fell on the Free Province of Mendoza and Salta. Later a bus left Mendoza for Chile.';
    const first = at(text, 'Free Province of Mendoza');
    const out = seatUnits(
      normalise(text),
      [city(first), salta(at(text, 'Salta')), city(at(text, 'Mendoza', first.end))],
      index,
    );
    expect(out.map((m) => m.placeId)).toEqual(['ne-mendoza', 'ne-salta', 'g-mendoza']);
  });

  test('a bare name read as its unit still carries to a later bare name', () => {
    const text = 'Floods hit Mendoza and Salta. Later a bus left Mendoza for Chile.';
    const first = at(text, 'Mendoza');
    const out = seatUnits(
      normalise(text),
      [city(first), salta(at(text, 'Salta')), city(at(text, 'Mendoza', first.end))],
      index,
    );
    expect(out.map((m) => m.placeId)).toEqual(['ne-mendoza', 'ne-salta', 'ne-mendoza']);
  });
});

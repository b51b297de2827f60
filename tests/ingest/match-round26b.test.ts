/**
 * Matching rules from round 26, part B (issue 18): the Latin keys of a place named in Dutch
 * orthography (sch is s then kh) and of a commune named with its parish saint, so an Arabic spelling
 * after a cue word can meet them (`spelling-key.ts`). Names are made up or generic, never a fixture's.
 */
import { describe, expect, test } from 'vitest';
import { latinKey, latinKeysOf } from '../../src/ingest/spelling-key.ts';

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

import { describe, expect, test } from 'vitest';
import { buildIndex, matchPlaces } from '../../src/ingest/match.ts';
import { ENTRIES, ORGS } from './gazetteer-fixture.ts';

const index = buildIndex(ENTRIES, ORGS);
const ar = (text: string) =>
  matchPlaces(text, index, { lang: 'ar' }).map((m) => [m.placeId ?? m.name, m.kind ?? null, m.rule]);

describe('a settlement followed by بحري / قبلي is another place (الخرطوم بحري)', () => {
  test('the compound is proposed as an unknown place of the settlement kind, clitic left out', () => {
    expect(ar('وصلت الاشتباكات إلى القامشلي والقامشلي بحري')).toEqual([
      ['qamishli', null, 'name'],
      ['القامشلي بحري', 'city', 'compound-name'],
    ]);
  });

  test('every occurrence has the same kind and name (one proposed place in the draft)', () => {
    expect(ar('القامشلي قبلي ثم القامشلي قبلي')).toEqual([
      ['القامشلي قبلي', 'city', 'compound-name'],
      ['القامشلي قبلي', 'city', 'compound-name'],
    ]);
  });

  test.each([
    ['another word after the name', 'القامشلي البحرية'],
    ['not a settlement', 'دجلة بحري'],
  ])('nothing compound: %s', (_, text) => {
    expect(ar(text).some((m) => m[2] === 'compound-name')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { kindLabel, placeLabel } from '../../src/model/place-info.ts';
import type { PlaceFeature } from '../../src/model/types.ts';
import { KINDS } from '../../src/model/validate/places.ts';

const place = (kind: string) => ({ properties: { kind } }) as unknown as PlaceFeature;

describe('kindLabel', () => {
  // Every kind the validator accepts has an interface label in both languages (contract 5):
  // a river or a town without one threw while rendering the place list.
  it.each(KINDS.flatMap((k) => [[k, 'ar'] as const, [k, 'en'] as const]))('%s in %s', (kind, lang) => {
    const label = kindLabel(place(kind), lang);
    expect(label).toBeTruthy();
    expect(label).not.toContain('kind_');
  });
  it.each([
    ['river', 'ar', 'نهر'],
    ['town', 'en', 'town'],
  ] as const)('%s in %s is %s', (kind, lang, want) => expect(kindLabel(place(kind), lang)).toBe(want));
});

describe('placeLabel', () => {
  const named = (name_ar: string, name_en: string) =>
    ({ properties: { kind: 'town', name_ar, name_en } }) as unknown as PlaceFeature;
  it.each([
    ['ar', 'عامودا', 'Amuda', 'عامودا'],
    ['en', 'عامودا', 'Amuda', 'Amuda'],
    // An English article's new place has a name in English only: the Arabic interface shows it.
    ['ar', '', 'Hawija district', 'Hawija district'],
    ['en', 'مخيم الهول', '', 'مخيم الهول'],
  ] as const)('%s of (%s, %s) is %s', (lang, ar, en, want) =>
    expect(placeLabel(named(ar, en), lang)).toBe(want),
  );
});

import { describe, expect, it } from 'vitest';
import { kindLabel } from '../../src/model/place-info.ts';
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

import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n.ts';
import { kindPhrase, placeName, precisionPhrase } from '../../src/model/place-info.ts';
import type { PlaceFeature } from '../../src/model/types.ts';
import { KINDS } from '../../src/model/validate/places.ts';

const place = (props: Record<string, unknown>) => ({ properties: props }) as unknown as PlaceFeature;

describe('kindPhrase', () => {
  // Every kind the validator accepts has an interface label in both languages (contract 5):
  // a river or a town without one threw while rendering the place list.
  it.each(KINDS.flatMap((k) => [[k, 'ar'] as const, [k, 'en'] as const]))('%s in %s', (kind, lang) => {
    const label = t(lang, kindPhrase(place({ kind })).key);
    expect(label).toBeTruthy();
    expect(label).not.toContain('kind_');
  });
  it.each([
    ['river', 'ar', 'نهر'],
    ['town', 'en', 'town'],
  ] as const)('%s in %s is %s', (kind, lang, want) =>
    expect(t(lang, kindPhrase(place({ kind })).key)).toBe(want),
  );
});

describe('precisionPhrase', () => {
  it.each([
    [{ precision_m: 500 }, { key: 'withinM', vars: { n: 500 } }],
    [{ precision_m: 2500 }, { key: 'withinKm', vars: { n: 2.5 } }],
    [{}, { key: 'area' }],
  ])('%o is %o', (props, want) => expect(precisionPhrase(place(props))).toEqual(want));
});

describe('placeName', () => {
  const p = place({ name_ar: 'القامشلي', name_en: 'Qamishli' });
  it('reads the name in the content language', () => {
    expect(placeName(p, 'ar')).toBe('القامشلي');
    expect(placeName(p, 'en')).toBe('Qamishli');
  });
});

describe('placeName falls back to the other language', () => {
  const named = (name_ar: string, name_en: string) => place({ name_ar, name_en });
  it.each([
    ['ar', '', 'Hawija district', 'Hawija district'],
    ['en', 'مخيم الهول', '', 'مخيم الهول'],
  ] as const)('%s of (%s, %s) is %s', (lang, ar, en, want) =>
    expect(placeName(named(ar, en), lang)).toBe(want),
  );
});

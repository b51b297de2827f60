import { describe, expect, test } from 'vitest';
import {
  parseSubdivisions,
  subdivisionNames,
  subdivisionNamesByCode,
} from '../../scripts/gazetteer/subdivisions.ts';

describe('CLDR subdivision names (ingest only)', () => {
  test('codes give the country; names with digits and odd codes are left out', () => {
    const table = {
      ad02: 'Canillo',
      derp: 'Rhineland-Palatinate',
      fr75c: 'Paris',
      xx: 'Bad',
      zw01: 'Zone 1',
    };
    expect(parseSubdivisions({ subdivisions: { localeDisplayNames: { subdivisions: table } } })).toEqual([
      { country: 'AD', name: 'Canillo' },
      { country: 'DE', name: 'Rhineland-Palatinate' },
      { country: 'FR', name: 'Paris' },
    ]);
  });

  test('a file without the table is refused', () => {
    expect(() => parseSubdivisions({ main: {} })).toThrow(/no subdivision table/u);
    expect(() => subdivisionNamesByCode({ main: {} })).toThrow(/no subdivision table/u);
  });

  test('names by code, as Natural Earth units are keyed (round 30)', () => {
    const byCode = subdivisionNamesByCode({
      subdivisions: { localeDisplayNames: { subdivisions: { pl02: 'Lower Silesia', xx: 'Bad' } } },
    });
    expect([...byCode]).toEqual([['pl02', 'Lower Silesia']]);
    expect(subdivisionNamesByCode().get('at3')).toBe('Lower Austria');
  });

  test('the installed package names German states and Nigerian states', () => {
    const all = subdivisionNames();
    expect(all.length).toBeGreaterThan(4000);
    expect(all).toContainEqual({ country: 'DE', name: 'North Rhine-Westphalia' });
    expect(all).toContainEqual({ country: 'NG', name: 'Borno' });
  });
});

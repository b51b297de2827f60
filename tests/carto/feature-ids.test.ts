import { describe, expect, it } from 'vitest';
import { FeatureIds } from '../../src/carto/feature-ids.ts';

describe('FeatureIds', () => {
  const ids = new FeatureIds(['a', '__proto__', 'constructor', 'a', 'toString']);
  it('numbers places from 1 in order, once each', () => {
    expect(['a', '__proto__', 'constructor', 'toString'].map((id) => ids.num(id))).toEqual([1, 2, 3, 4]);
    expect(ids.all()).toEqual([1, 2, 3, 4]);
  });
  it('maps back, and knows nothing it was not given', () => {
    expect(ids.id(2)).toBe('__proto__');
    expect(ids.num('hasOwnProperty')).toBeUndefined();
    expect([0, 5, 1.5, '1', null].map((n) => ids.id(n))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
  it('leaves Object.prototype alone', () => {
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});

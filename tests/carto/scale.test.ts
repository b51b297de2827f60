import { describe, expect, it } from 'vitest';
import { metersPerPixel, roundDown, scaleBar, scaleLabel } from '../../src/carto/scale.ts';

describe('scale bar', () => {
  it.each([
    [1, 1],
    [2.5, 2],
    [4.9, 3],
    [7, 5],
    [23_000, 20_000],
  ])('roundDown(%d) = %d', (n, want) => expect(roundDown(n)).toBe(want));
  it('fits the width with a round distance', () => {
    const bar = scaleBar(250, 100)!;
    expect(bar).toEqual({ width: 80, value: 20, unit: 'kilometer' });
    expect(scaleBar(3, 100)).toEqual({ width: 100, value: 300, unit: 'meter' });
    expect(scaleBar(0)).toBeNull();
  });
  it.each([
    ['en', 'latn', '20 km'],
    ['ar', 'latn', '20 كم'],
    ['ar', 'arab', '٢٠ كم'],
  ] as const)('labels in %s with %s digits', (lang, digits, want) => {
    expect(
      scaleLabel({ width: 80, value: 20, unit: 'kilometer' }, lang, digits).replace(/\u00a0/g, ' '),
    ).toBe(want);
  });
  it('metres per pixel halve with each zoom level', () => {
    expect(metersPerPixel(0, 0)).toBeCloseTo(78271.5, 0);
    expect(metersPerPixel(36, 8) / metersPerPixel(36, 9)).toBeCloseTo(2, 6);
  });
});

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distanceKm, representative, SHIPPED_BASEMAP } from '../../src/model/validate/spatial.ts';

const TILES = resolve(import.meta.dirname, '..', '..', 'geodata', 'basemap', 'tiles.json');

describe('the far and swapped point rules', () => {
  it('use the regions of the shipped basemap (kept equal to tiles.json)', () => {
    const tiles = JSON.parse(readFileSync(TILES, 'utf8')) as {
      study_bounds: number[];
      context_bounds: Record<string, number[]>;
    };
    const lowest = Object.keys(tiles.context_bounds).sort((a, b) => Number(a) - Number(b))[0]!;
    expect(SHIPPED_BASEMAP.study).toEqual(tiles.study_bounds);
    expect(SHIPPED_BASEMAP.context).toEqual(tiles.context_bounds[lowest]);
  });

  it.each([
    ['Geneva to al-Hasakah', [6.14569, 46.20222], [40.74772, 36.50237], 3054],
    ['Washington to al-Hasakah', [-77.03637, 38.89511], [40.74772, 36.50237], 9485],
    ['a point to itself', [40, 36], [40, 36], 0],
    ['across the antimeridian', [179.5, 0], [-179.5, 0], 111],
  ] as const)('distanceKm: %s', (_, a, b, km) => {
    expect(Math.abs(distanceKm(a, b) - km)).toBeLessThan(5);
  });

  it.each([
    ['Point', [[40, 36]], [40, 36]],
    [
      'MultiPoint',
      [
        [1, 1],
        [2, 5],
        [10, 3],
      ],
      [2, 3],
    ],
    [
      'LineString',
      [
        [0, 0],
        [10, 4],
      ],
      [5, 2],
    ],
    [
      'Polygon',
      [
        [0, 0],
        [4, 0],
        [4, 2],
        [0, 2],
        [0, 0],
      ],
      [2, 1],
    ],
  ] as const)('representative point of a %s', (type, positions, expected) => {
    expect(representative({ type, positions: positions.map((p) => [p[0], p[1]]) })).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { placeExtents, rankPlaces, rivals } from '../../src/carto/picking.ts';
import type { PlaceFeature } from '../../src/model/types.ts';

const extent = new Map([
  ['city', 0.01],
  ['gov', 5],
  ['region', 50],
  ['prison', 0.0001],
  ['ghwayran', 0.001],
  ['river', 2],
]);

describe('rankPlaces', () => {
  it.each([
    ['nothing under the pointer', [], []],
    [
      'a point beats the area around it',
      [
        { layer: 'aa-area-fill', pid: 'gov' },
        { layer: 'aa-point', pid: 'city' },
      ],
      ['city', 'gov'],
    ],
    [
      'a smaller area beats a larger one',
      [
        { layer: 'aa-area-fill', pid: 'region' },
        { layer: 'aa-area-fill', pid: 'gov' },
      ],
      ['gov', 'region'],
    ],
    [
      'a precision circle beats an area',
      [
        { layer: 'aa-area-fill', pid: 'gov' },
        { layer: 'aa-uncertainty-fill', pid: 'ghwayran' },
      ],
      ['ghwayran', 'gov'],
    ],
    [
      'a line beats a circle',
      [
        { layer: 'aa-uncertainty-fill', pid: 'ghwayran' },
        { layer: 'aa-line-hit', pid: 'river' },
      ],
      ['river', 'ghwayran'],
    ],
    [
      'a place hit by several layers counts once, by its best',
      [
        { layer: 'aa-uncertainty-fill', pid: 'prison' },
        { layer: 'aa-point', pid: 'ghwayran' },
        { layer: 'aa-point', pid: 'prison' },
      ],
      ['prison', 'ghwayran'],
    ],
    [
      'unranked layers and non-string ids are ignored',
      [
        { layer: 'basemap-place-labels', pid: 'x' },
        { layer: 'aa-point', pid: 7 },
        { layer: 'aa-point', pid: null },
      ],
      [],
    ],
    [
      'an id such as __proto__ is data, not a key',
      [
        { layer: 'aa-point', pid: '__proto__' },
        { layer: 'aa-point', pid: 'constructor' },
      ],
      ['__proto__', 'constructor'],
    ],
  ])('%s', (_, hits, want) => {
    expect(rankPlaces(hits, extent)).toEqual(want);
    expect(({} as Record<string, unknown>).selected).toBeUndefined();
  });
});

describe('rivals (when to offer a chooser)', () => {
  it.each([
    [
      'two dots under the pointer',
      [
        { layer: 'aa-point', pid: 'ghwayran' },
        { layer: 'aa-point', pid: 'prison' },
      ],
      ['prison', 'ghwayran'],
    ],
    [
      'a dot inside another place’s circle is not ambiguous',
      [
        { layer: 'aa-point', pid: 'prison' },
        { layer: 'aa-uncertainty-fill', pid: 'ghwayran' },
      ],
      ['prison'],
    ],
    [
      'a dot inside an area is not ambiguous',
      [
        { layer: 'aa-point', pid: 'city' },
        { layer: 'aa-area-fill', pid: 'gov' },
      ],
      ['city'],
    ],
    [
      'a dot on a line is',
      [
        { layer: 'aa-point', pid: 'city' },
        { layer: 'aa-line-hit', pid: 'river' },
      ],
      ['city', 'river'],
    ],
  ])('%s', (_, hits, want) => expect(rivals(hits, extent)).toEqual(want));
});

describe('placeExtents', () => {
  it('measures each place by its bbox in square degrees (a point has none)', () => {
    const place = (id: string, geometry: PlaceFeature['geometry']) =>
      ({ type: 'Feature', id, geometry, properties: {} }) as unknown as PlaceFeature;
    const ex = placeExtents([
      place('pt', { type: 'Point', coordinates: [41, 36] }),
      place('sq', {
        type: 'Polygon',
        coordinates: [
          [
            [40, 36],
            [42, 36],
            [42, 37],
            [40, 37],
            [40, 36],
          ],
        ],
      }),
    ]);
    expect(ex.get('pt')).toBe(0);
    expect(ex.get('sq')).toBeCloseTo(2);
  });
});

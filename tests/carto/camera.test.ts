import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n.ts';
import {
  indicatorSides,
  mapLocale,
  mergeCovers,
  overlayCover,
  padding,
  panOutOfCover,
  sideOf,
  union,
} from '../../src/carto/camera.ts';

describe('camera padding', () => {
  it('leaves room for labels, and for indicators on their side', () => {
    const plain = padding({ width: 800, height: 600 });
    const withWest = padding({ width: 800, height: 600 }, {}, new Set(['left']));
    expect(plain.left).toBe(plain.right);
    expect(plain.bottom).toBeGreaterThan(plain.top);
    expect(withWest.left).toBeGreaterThan(plain.left + 50);
    expect(withWest.right).toBe(plain.right);
  });
  it('adds what an overlay covers, and always keeps a third of the map for places', () => {
    const p = padding({ width: 390, height: 600 }, { bottom: 0.42 }, new Set(['left', 'top']));
    expect(p.bottom).toBeGreaterThan(0.42 * 600 * 0.5);
    expect(p.top + p.bottom).toBeLessThanOrEqual(400.0001);
    expect(p.left + p.right).toBeLessThanOrEqual(260.0001);
  });
  it('gives way with label margins first: what an overlay covers stays reserved', () => {
    // A short, wide map with the card over 60% of its width on the right, indicators on the left.
    const p = padding({ width: 520, height: 250 }, { right: 0.65 }, new Set(['left']));
    expect(p.right).toBeGreaterThanOrEqual(0.6 * 520 - 0.001);
    expect(p.left + p.right).toBeLessThanOrEqual((520 * 2) / 3 + 0.001);
    expect(p.left).toBeGreaterThan(0);
  });
  it.each([
    [0, 'top'],
    [80, 'right'],
    [180, 'bottom'],
    [300, 'left'],
    [-30, 'top'],
  ] as const)('bearing %d lies towards %s', (b, side) => expect(sideOf(b)).toBe(side));
  it('unions boxes', () => {
    expect(union([])).toBeNull();
    expect(
      union([
        [0, 0, 1, 1],
        [-1, 0.5, 0.5, 2],
      ]),
    ).toEqual([-1, 0, 1, 2]);
  });
  it('speaks to MapLibre in the interface language, from the strings table', () => {
    expect(mapLocale((k) => t('ar', k))['NavigationControl.ZoomIn']).toBe('تكبير');
    expect(mapLocale((k) => t('en', k))['Map.Title']).toBe('Map');
    // Every id MapLibre knows is given, so no English default shows through in another language.
    expect(Object.keys(mapLocale((k) => k))).toHaveLength(10);
  });
});

describe('overlays over the map', () => {
  const map = { left: 0, top: 100, width: 400, height: 600 };
  it('reserves the narrower strip an overlay needs: the top for a full-width card', () => {
    const c = overlayCover({ left: 6, top: 108, width: 388, height: 200 }, map);
    expect(Object.keys(c)).toEqual(['top']);
    expect(c.top).toBeCloseTo(208 / 600);
  });
  it('reserves the side for a tall, narrow card in a corner', () => {
    const c = overlayCover({ left: 300, top: 100, width: 100, height: 500 }, map);
    expect(Object.keys(c)).toEqual(['right']);
    expect(c.right).toBeCloseTo(0.25);
  });
  it('covers nothing when the overlay is absent, empty or off the map', () => {
    expect(overlayCover(null, map)).toEqual({});
    expect(overlayCover({ left: 0, top: 0, width: 0, height: 10 }, map)).toEqual({});
    expect(overlayCover({ left: 500, top: 100, width: 50, height: 50 }, map)).toEqual({});
  });
  it('merges covers side by side, keeping the larger fraction', () => {
    expect(mergeCovers({ bottom: 0.4 }, { top: 0.3 }, { bottom: 0.5 })).toEqual({ bottom: 0.5, top: 0.3 });
    expect(mergeCovers()).toEqual({});
  });
  it('pans a point out from under a cover to the middle of the free area', () => {
    const size = { width: 400, height: 600 };
    const cover = { top: 0.3, bottom: 0.4 };
    // Free rows 180..360: a point at y 100 moves down by 170 to the middle (270).
    expect(panOutOfCover({ x: 200, y: 100 }, size, cover)).toEqual({ dx: 0, dy: -170 });
    expect(panOutOfCover({ x: 200, y: 500 }, size, cover)).toEqual({ dx: 0, dy: 230 });
    expect(panOutOfCover({ x: 200, y: 250 }, size, cover)).toBeNull();
    expect(panOutOfCover({ x: 390, y: 250 }, size, { right: 0.5 })).toEqual({ dx: 290, dy: 0 });
  });
});

describe('indicatorSides', () => {
  const frame: [number, number, number, number] = [40, 36, 42, 37];
  it.each([
    ['Geneva (west)', [[6.14, 46.2]], ['left']],
    [
      'Washington and Geneva (both west)',
      [
        [-77, 38.9],
        [6.14, 46.2],
      ],
      ['left'],
    ],
    ['a place far north', [[41, 70]], ['top']],
    ['none', [], []],
  ] as [string, [number, number][], string[]][])('%s', (_, far, sides) => {
    expect([...indicatorSides(frame, far, 800, 600)].sort()).toEqual(sides);
  });
  it('has no sides without a frame', () => {
    expect(indicatorSides(null, [[6, 46]], 800, 600).size).toBe(0);
  });
});

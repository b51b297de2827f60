import { describe, expect, it } from 'vitest';
import { mapLocale, padding, sideOf, union } from '../../src/map/camera.ts';

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
  it('speaks Arabic to MapLibre in Arabic', () => {
    expect(mapLocale('ar')['NavigationControl.ZoomIn']).toBe('تكبير');
    expect(mapLocale('en')).toEqual({});
  });
});

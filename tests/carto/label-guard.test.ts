import { describe, expect, it } from 'vitest';
import { coverBoxes, EDGE_BAND, GUARD_CELL, guardFeatures } from '../../src/carto/label-guard.ts';
import type { LabelBox } from '../../src/carto/offmap.ts';

/** A flat camera: lon/lat are the px themselves, so a feature's coordinates are its anchor in px. */
const cam = (width: number, height: number) => ({ width, height, unproject: (p: [number, number]) => p });

/** The px box each guard square covers, from its anchor, icon anchor and size. */
function boxes(width: number, height: number, overlays: LabelBox[] = []): LabelBox[] {
  return guardFeatures(cam(width, height), overlays).features.map((f) => {
    const [x, y] = f.geometry.coordinates as [number, number];
    const s = (f.properties!.size as number) * GUARD_CELL;
    switch (f.properties!.anchor) {
      case 'right':
        return { x0: x - s, y0: y - s / 2, x1: x, y1: y + s / 2 };
      case 'left':
        return { x0: x, y0: y - s / 2, x1: x + s, y1: y + s / 2 };
      case 'bottom':
        return { x0: x - s / 2, y0: y - s, x1: x + s / 2, y1: y };
      case 'top':
        return { x0: x - s / 2, y0: y, x1: x + s / 2, y1: y + s };
      default:
        return { x0: x, y0: y, x1: x + s, y1: y + s };
    }
  });
}

const hits = (a: LabelBox, b: LabelBox) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('guardFeatures', () => {
  it.each([
    [390, 844],
    [795, 590],
    [1280, 800],
    [100, 30],
  ])('every anchor lies inside a %i × %i view', (w, h) => {
    for (const f of guardFeatures(cam(w, h)).features) {
      const [x, y] = f.geometry.coordinates as [number, number];
      expect(x > 0 && x < w && y > 0 && y < h, `${x},${y}`).toBe(true);
    }
  });

  // A label crossing an edge anywhere along it, or at a corner, meets a square.
  const w = 795;
  const h = 590;
  const crossing: [string, LabelBox][] = [
    ['left edge, top', { x0: -20, y0: 2, x1: 40, y1: 20 }],
    ['left edge, middle', { x0: -3, y0: 300, x1: 60, y1: 318 }],
    ['right edge, bottom', { x0: w - 30, y0: h - 19, x1: w + 10, y1: h - 1 }],
    ['top edge', { x0: 400, y0: -5, x1: 470, y1: 14 }],
    ['bottom edge, right', { x0: w - 70, y0: h - 10, x1: w - 2, y1: h + 8 }],
    ['top-left corner', { x0: -10, y0: -10, x1: 5, y1: 5 }],
    ['a long label across the right edge', { x0: w - 20, y0: 100, x1: w + 140, y1: 120 }],
  ];
  it.each(crossing)('a label across the %s meets a square', (_, label) => {
    expect(boxes(w, h).some((b) => hits(b, label))).toBe(true);
  });

  it('a label inside the view meets none', () => {
    const inside = [
      { x0: 1, y0: 1, x1: 80, y1: 20 },
      { x0: w - 81, y0: h - 21, x1: w - 1, y1: h - 1 },
      { x0: 300, y0: 200, x1: 420, y1: 230 },
    ];
    for (const label of inside) expect(boxes(w, h).filter((b) => hits(b, label))).toEqual([]);
  });

  it('the squares reach EDGE_BAND px outside each edge', () => {
    const b = boxes(w, h);
    expect(Math.min(...b.map((x) => x.x0))).toBeCloseTo(-EDGE_BAND + 0.5);
    expect(Math.max(...b.map((x) => x.y1))).toBeCloseTo(h + EDGE_BAND - 0.5);
  });

  it("an overlay's box is covered exactly, clipped to the view", () => {
    const scale = { x0: 697, y0: 560, x1: 783, y1: 584 };
    const own = boxes(w, h, [scale]).slice(boxes(w, h).length);
    expect(own.length).toBeGreaterThan(1);
    for (const b of own) {
      expect(b.x0).toBeGreaterThanOrEqual(scale.x0);
      expect(b.x1).toBeLessThanOrEqual(scale.x1 + 1e-9);
      expect(b.y0).toBeGreaterThanOrEqual(scale.y0);
      expect(b.y1).toBeLessThanOrEqual(scale.y1 + 1e-9);
    }
    // Every px of the box is under a square.
    for (let x = scale.x0 + 0.5; x < scale.x1; x += 3)
      for (let y = scale.y0 + 0.5; y < scale.y1; y += 3)
        expect(own.some((b) => x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1)).toBe(true);
    const half = boxes(w, h, [{ x0: w - 20, y0: -30, x1: w + 40, y1: 40 }]).slice(boxes(w, h).length);
    expect(Math.max(...half.map((b) => b.x1))).toBeLessThanOrEqual(w);
    expect(Math.min(...half.map((b) => b.y0))).toBeGreaterThanOrEqual(0);
    expect(guardFeatures(cam(w, h), [{ x0: -50, y0: 10, x1: -5, y1: 40 }]).features.length).toBe(
      boxes(w, h).length,
    );
  });

  it('a collapsed view has no squares', () => {
    expect(guardFeatures(cam(0, 0)).features).toEqual([]);
  });
});

describe('coverBoxes', () => {
  it.each([
    [{}, []],
    [{ bottom: 300 }, [{ x0: 0, y0: 544, x1: 390, y1: 844 }]],
    [{ left: 0.4, right: 120 }, [{ x0: 270, y0: 0, x1: 390, y1: 844 }]],
    [
      { top: 20, bottom: 10 },
      [
        { x0: 0, y0: 0, x1: 390, y1: 20 },
        { x0: 0, y0: 834, x1: 390, y1: 844 },
      ],
    ],
  ])('%o → its strips', (inset, want) => {
    expect(coverBoxes({ width: 390, height: 844 }, inset)).toEqual(want);
  });
});

/**
 * Labels along lines (river names) in the static renderer: the line's pieces joined across tile
 * seams, the stretch chosen (long enough, inside the view, bending less than text-max-angle), a path
 * that runs left to right; and in the drawing, a `<textPath>` for the basemap's rivers and the
 * article's own line places (the Tigris of the demo article), in Arabic and English.
 */
import { describe, expect, it } from 'vitest';
import { linePath, mergePieces } from '../../src/static/line-labels.ts';
import { renderStaticMap } from '../../src/static/render.ts';
import { fsTileLoader } from '../../src/static/node-tiles.ts';
import { readArticleFromDisk } from '../../src/model/read-node.ts';
import { buildModel } from '../../src/model/build.ts';
import type { Ring } from '../../src/static/svg.ts';
import { all, parseXml, TILES_DIR } from './helpers.ts';

const box = { x0: 0, y0: 0, x1: 1000, y1: 1000 };

describe('mergePieces', () => {
  it('joins pieces that meet at a tile seam, in either direction', () => {
    const a: Ring = [
      [0, 0],
      [10, 0],
    ];
    const b: Ring = [
      [30, 0],
      [10.5, 0.4],
    ];
    const c: Ring = [
      [100, 100],
      [120, 100],
    ];
    const merged = mergePieces([a, b, c]);
    expect(merged).toHaveLength(2);
    expect(merged[0]).toEqual([
      [0, 0],
      [10, 0],
      [30, 0],
    ]);
  });
});

describe('linePath', () => {
  const straight: Ring = [
    [400, 300],
    [100, 300],
  ];
  it('gives a path of the label length on the line, running left to right', () => {
    const p = linePath([straight], { length: 100, size: 12, maxAngle: 30, box })!;
    expect(p[0]![0]).toBeLessThan(p[p.length - 1]![0]);
    expect(p[p.length - 1]![0] - p[0]![0]).toBeCloseTo(100, 0);
    for (const [, y] of p) expect(y).toBeCloseTo(300, 6);
    // Centred on the line's middle (250).
    expect(Math.abs((p[0]![0] + p[p.length - 1]![0]) / 2 - 250)).toBeLessThanOrEqual(4);
  });

  it('moves the path off the line (above it) by the offset', () => {
    const p = linePath([straight], { length: 100, size: 12, maxAngle: 30, box, offset: 10 })!;
    for (const [, y] of p) expect(y).toBeCloseTo(290, 6);
  });

  it('refuses a line too short, outside the box, or bending too sharply', () => {
    expect(linePath([straight], { length: 400, size: 12, maxAngle: 30, box })).toBeNull();
    expect(
      linePath([straight], { length: 100, size: 12, maxAngle: 30, box: { x0: 0, y0: 0, x1: 1000, y1: 200 } }),
    ).toBeNull();
    const zigzag: Ring = Array.from({ length: 40 }, (_, i) => [i * 6, i % 2 ? 0 : 12] as [number, number]);
    expect(linePath([zigzag], { length: 100, size: 12, maxAngle: 30, box })).toBeNull();
  });

  it('prefers the straight part of a bent line', () => {
    const bent: Ring = [
      [0, 0],
      [60, 60],
      [60, 120],
      [400, 120],
    ];
    const p = linePath([bent], { length: 120, size: 12, maxAngle: 30, box })!;
    for (const [, y] of p) expect(y).toBeCloseTo(120, 1);
  });
});

describe('line labels in the drawing', () => {
  const { bundle } = readArticleFromDisk('geodata/semalka-reopening-demo');
  const model = buildModel(bundle!);
  const view = {
    camera: { center: [41.2, 36.2] as [number, number], zoom: 6.6 },
    size: { width: 900, height: 600 },
  };

  for (const [lang, tigris, euphrates] of [
    ['en', 'Tigris', 'Euphrates'],
    ['ar', 'دجلة', 'الفرات'],
  ] as const)
    it(`names the basemap's rivers and the article's Tigris along their lines (${lang})`, async () => {
      const svg = await renderStaticMap(
        view,
        { loader: fsTileLoader(TILES_DIR), places: model.places },
        { lang, theme: 'light', idPrefix: 'x-' },
      );
      const { doc, errors } = parseXml(svg);
      expect(errors).toEqual([]);
      const paths = all(doc, 'textPath');
      const names = paths.map((p) => p.textContent);
      // The article's river once: the basemap's own label for it is hidden, as for cities.
      expect(names.filter((n) => n === tigris)).toHaveLength(1);
      expect(names).toContain(euphrates);
      for (const tp of paths) {
        const id = tp.getAttribute('href')!.slice(1);
        const path = all(doc, 'path').find((p) => p.getAttribute('id') === id)!;
        expect(path, id).toBeTruthy();
        expect(id.startsWith('x-')).toBe(true);
        // Left to right: the path's last point is right of its first (relative steps sum positive).
        const d = path.getAttribute('d')!;
        const nums = (d.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
        let dx = 0;
        for (let i = 2; i < nums.length; i += 2) dx += nums[i]!;
        expect(dx, d).toBeGreaterThan(0);
        const text = tp.parentNode as Element;
        expect(text.getAttribute('direction')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      }
    });
});

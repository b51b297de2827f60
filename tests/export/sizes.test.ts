/** Export sizes, frames, tile plans and scale bars. */
import { describe, expect, it } from 'vitest';
import {
  clearOfPanels,
  exportFrame,
  exportZoom,
  metresPerCssPx,
  parseSizeArg,
  planTiles,
  PRESETS,
  resolveSize,
  scaleBar,
  tileCenter,
  type ExportSize,
  type TilePlan,
} from '../../src/export/sizes.ts';

const SCREEN = { width: 1000, height: 700 };
const size = (id: string) => {
  const r = resolveSize({ kind: 'preset', id }, SCREEN);
  if ('error' in r) throw new Error(r.error);
  return r.ok;
};

describe('presets', () => {
  it.each([
    ['social', 1200, 675],
    ['a4-150', 1754, 1240],
    ['a4-300', 3508, 2480],
    ['a4-300-portrait', 2480, 3508],
    ['letter-150', 1650, 1275],
    ['letter-300', 3300, 2550],
    ['letter-300-portrait', 2550, 3300],
    ['a3-300', 4961, 3508],
  ])('%s is %i × %i', (id, w, h) => {
    expect([size(id).width, size(id).height]).toEqual([w, h]);
  });

  it('lists A4 and Letter both ways at 150 and 300 dpi, and A3 at 300', () => {
    const ids = PRESETS.map((p) => p.id);
    for (const p of ['a4', 'letter'])
      for (const d of [150, 300])
        expect(ids).toEqual(expect.arrayContaining([`${p}-${d}`, `${p}-${d}-portrait`]));
    expect(ids).toContain('a3-300');
  });

  it('draws paper sizes at dpi / 96 device px per CSS px', () => {
    expect(size('a4-300').ratio).toBeCloseTo(3.125);
    expect(size('a4-300').dpi).toBe(300);
  });
});

describe('resolveSize', () => {
  it.each([
    [{ kind: 'screen', scale: 2 }, [2000, 1400, 2]],
    [{ kind: 'px', width: 800, height: 600 }, [800, 600, 1]],
    [{ kind: 'mm', width: 100, height: 50, dpi: 254 }, [1000, 500, 254 / 96]],
  ] as const)('%j', (req, [w, h, r]) => {
    const out = resolveSize(req, SCREEN);
    expect('ok' in out && [out.ok.width, out.ok.height, out.ok.ratio]).toEqual([w, h, r]);
  });

  it.each([
    [{ kind: 'preset', id: 'a9' }, /unknown/],
    [{ kind: 'px', width: 20000, height: 100 }, /at most/],
    [{ kind: 'px', width: 4, height: 100 }, /at least/],
    [{ kind: 'mm', width: 100, height: 100, dpi: 5000 }, /./],
  ] as const)('refuses %j and says why', (req, why) => {
    const out = resolveSize(req, SCREEN);
    expect('error' in out && out.error).toMatch(why);
  });
});

describe('parseSizeArg', () => {
  it.each([
    ['a3-300', { kind: 'preset', id: 'a3-300' }],
    ['1920x1080', { kind: 'px', width: 1920, height: 1080 }],
    ['800x600@192', { kind: 'px', width: 800, height: 600, dpi: 192 }],
    ['210x297mm@300', { kind: 'mm', width: 210, height: 297, dpi: 300 }],
    ['screen@4', { kind: 'screen', scale: 4 }],
    ['huge', null],
    ['10x', null],
  ])('%s', (arg, want) => expect(parseSizeArg(arg)).toEqual(want));
});

describe('exportFrame and exportZoom', () => {
  it('centres the largest rectangle of the export aspect in the map', () => {
    const f = exportFrame(SCREEN, size('social'));
    expect(f.width).toBe(1000);
    expect(f.height).toBeCloseTo(562.5);
    expect(f.y).toBeCloseTo(68.75);
    const p = exportFrame(SCREEN, size('a4-300-portrait'));
    expect(p.height).toBe(700);
    expect(p.x + p.width / 2).toBeCloseTo(500);
  });

  it('keeps the ground area: zoom grows by log2(export CSS width / frame width)', () => {
    const s = size('a4-300');
    const f = exportFrame(SCREEN, s);
    expect(exportZoom(8, f, s)).toBeCloseTo(8 + Math.log2(3508 / 3.125 / f.width));
    expect(
      exportZoom(8, exportFrame(SCREEN, { width: 2000, height: 1400, ratio: 2, screen: true }), {
        width: 2000,
        height: 1400,
        ratio: 2,
        screen: true,
      }),
    ).toBe(8);
  });
});

function plan(s: ExportSize, limit = 4096): TilePlan {
  const p = planTiles(s, limit);
  if ('error' in p) throw new Error(p.error);
  return p;
}

describe('planTiles', () => {
  it('renders what fits in one canvas, with no margin', () => {
    const p = plan(size('a4-300'));
    expect([p.columns, p.rows, p.margin, p.canvas]).toEqual([1, 1, 0, 3508]);
  });

  it('cuts A3 at 300 dpi into tiles that cover every pixel exactly once', () => {
    const s = size('a3-300');
    const p = plan(s);
    expect(p.tiles.length).toBeGreaterThan(1);
    expect(p.canvas).toBeLessThanOrEqual(4096);
    const covered = new Uint8Array(s.width * s.height);
    for (const t of p.tiles)
      for (let y = t.y; y < t.y + t.height; y++)
        covered.fill(covered[y * s.width + t.x]! + 1, y * s.width + t.x, y * s.width + t.x + t.width);
    expect(covered.every((c) => c === 1)).toBe(true);
    for (const t of p.tiles) {
      expect(t.x - t.canvasX).toBe(p.margin);
      expect(t.canvasX + p.margin + t.width).toBeLessThanOrEqual(t.canvasX + p.canvas);
    }
  });

  it('gives the hidden map a pixel ratio whose canvas is exactly the tile', () => {
    for (const id of ['a3-300', 'a4-300', 'social', 'letter-150']) {
      const p = plan(size(id), 2048);
      expect(Math.round(p.css * p.pixelRatio)).toBe(p.canvas);
      expect(p.effectiveRatio).toBeCloseTo(size(id).ratio, 2);
    }
  });

  it('says why when the GPU limit is too small', () => {
    expect(planTiles(size('a3-300'), 512)).toHaveProperty('error');
  });
});

describe('tileCenter', () => {
  const s: ExportSize = { width: 1000, height: 500, ratio: 1 };
  const p = plan(s, 600);
  it('offsets each tile centre by its pixel offset from the export centre', () => {
    const c = { x: 0.5, y: 0.5 };
    const t0 = tileCenter(c, p.tiles[0]!, p, s, 1e6);
    expect(t0.x).toBeCloseTo(0.5 + (p.tiles[0]!.canvasX + p.canvas / 2 - 500) / 1e6, 12);
    const rotated = tileCenter(c, p.tiles[0]!, p, s, 1e6, 90);
    expect(rotated.y).toBeCloseTo(0.5 + (p.tiles[0]!.canvasX + p.canvas / 2 - 500) / 1e6, 12);
  });
});

describe('scaleBar', () => {
  it.each([
    [10, 100, 1000],
    [10, 250, 2000],
    [37, 100, 2000],
    [1.2, 200, 200],
  ])('%d m/px within %d px → %d m', (mpp, max, metres) => {
    const bar = scaleBar(mpp, max);
    expect(bar.metres).toBe(metres);
    expect(bar.px).toBeLessThanOrEqual(max);
  });

  it('metres per pixel at the equator, zoom 0, is the circumference over 512', () => {
    expect(metresPerCssPx(0, 0)).toBeCloseTo(78271.5, 0);
    expect(metresPerCssPx(60, 1)).toBeCloseTo(78271.5 / 4, 0);
  });
});

describe('clearOfPanels: no place under the furniture', () => {
  const size = { width: 1000, height: 600 };
  const bands = [
    { x: 0, y: 0, width: 1000, height: 80 }, // title band
    { x: 0, y: 540, width: 1000, height: 60 }, // source band
    { x: 700, y: 380, width: 280, height: 150 }, // legend, bottom end corner
  ];
  const clear = (k: number, pts: { x: number; y: number }[]) =>
    pts.every((p) => {
      const x = 500 + (p.x - 500) * k;
      const y = 300 + (p.y - 300) * k;
      return !bands.some(
        (r) => x >= r.x - 12 && x <= r.x + r.width + 12 && y >= r.y - 12 && y <= r.y + r.height + 12,
      );
    });

  it('keeps the frame as it is when nothing is covered', () => {
    expect(
      clearOfPanels(
        [
          { x: 500, y: 300 },
          { x: 100, y: 200 },
        ],
        bands,
        size,
        12,
      ),
    ).toBe(1);
  });

  it.each([
    ['under the title band', { x: 300, y: 20 }],
    ['under the source band', { x: 400, y: 590 }],
    ['under the legend', { x: 900, y: 450 }],
  ])('zooms out just enough for a place %s', (_, p) => {
    const pts = [{ x: 500, y: 300 }, p];
    const k = clearOfPanels(pts, bands, size, 12);
    expect(k).toBeLessThan(1);
    expect(clear(k, pts)).toBe(true);
    expect(clear(k + 0.02, pts)).toBe(false);
  });

  it('gives up at minK when a panel covers the centre', () => {
    expect(clearOfPanels([{ x: 500, y: 300 }], [{ x: 400, y: 200, width: 200, height: 200 }], size, 0)).toBe(
      0.3,
    );
  });
});

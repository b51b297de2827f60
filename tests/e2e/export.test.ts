/**
 * Map export in the browser: PNG sizes, markers at their projected pixels, stitched tiles that line
 * up, citation chunks and a permalink that reproduces the view; the dialog; the CLI (same output,
 * exit 2 on bad arguments). Few big exports, one browser.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliResult } from '../../src/export/api.ts';
import { readTextChunks } from '../../src/export/png-chunks.ts';
import { ARTICLE, camera, cli, exportVia, placeSources, settled, type Req } from './export-helpers.ts';
import { expectClean, open, shot, SHOTS, type OpenedPage } from './harness.ts';

async function exportIn(
  page: Page,
  req: Req,
): Promise<{ png: PNG; bytes: Buffer; result: CliResult & { ok: true } }> {
  const result = await exportVia(page, req);
  const bytes = Buffer.from(result.base64, 'base64');
  return { png: PNG.sync.read(bytes), bytes, result };
}

const px = (png: PNG, x: number, y: number) => {
  const i = (Math.round(y) * png.width + Math.round(x)) * 4;
  return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
};
const hex = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
const near = (a: number[], b: number[], tol = 40) => a.every((v, i) => Math.abs(v - b[i]!) <= tol);

describe('PNG export of the live map', () => {
  let p: OpenedPage;
  beforeAll(async () => {
    p = await open(`?article=${ARTICLE}&lang=en`);
    await settled(p.page);
  });
  afterAll(() => expectClean(p));

  it.each(['page', 'map'] as const)(
    'makes a social card at 1200 × 675, not blank, with every marker in view at its projected pixel (%s renderer)',
    async (renderer) => {
      const { png, bytes, result } = await exportIn(p.page, {
        format: 'png',
        size: { kind: 'preset', id: 'social' },
        // The default: the vector page rasterised, since this view is north up on the offline basemap.
        ...(renderer === 'map' ? { renderer } : {}),
      });
      expect([png.width, png.height]).toEqual([1200, 675]);
      expect(result.png!.renderer).toBe(renderer);
      writeFileSync(`${SHOTS}/export-social-${renderer}-en.png`, bytes);
      const colours = new Map<string, number>();
      for (let i = 0; i < png.data.length; i += 4 * 97) {
        const k = Array.from(png.data.subarray(i, i + 3)).join();
        colours.set(k, (colours.get(k) ?? 0) + 1);
      }
      const samples = png.data.length / 4 / 97;
      expect(colours.size).toBeGreaterThan(8);
      expect(Math.max(...colours.values()) / samples).toBeLessThan(0.8);
      const places = result.png!.places;
      expect(places.length).toBeGreaterThan(0);
      const covered = (x: number, y: number) =>
        result.png!.panels.some(
          (r) => x >= r.x - 12 && x < r.x + r.width + 12 && y >= r.y - 12 && y < r.y + r.height + 12,
        );
      // The frame is zoomed out when needed so that no place is under the furniture (issue 10).
      expect(places.filter((q) => q.point && covered(q.x, q.y)).map((q) => q.id)).toEqual([]);
      const checked: string[] = [];
      for (const place of places) {
        if (!place.point || covered(place.x, place.y)) continue;
        // A marker: the ink dot (reviewed point), the brown ring of an approximate one, or the accent.
        const want = [hex('#1d1d1b'), hex('#7a4f00'), hex('#b3261e')];
        let hit = false;
        for (let dy = -7; dy <= 7 && !hit; dy++)
          for (let dx = -7; dx <= 7 && !hit; dx++)
            hit = want.some((w) => near(px(png, place.x + dx, place.y + dy), w, 30));
        expect(hit, `marker of ${place.id} at ${place.x.toFixed(0)},${place.y.toFixed(0)}`).toBe(true);
        checked.push(place.id);
      }
      expect(checked.length).toBeGreaterThan(0);
      expectChunks(bytes);
    },
  );

  it('draws a rotated map with the map engine, and says why the vector page cannot', async () => {
    const rotate = (deg: number) =>
      p.page.evaluate((d) => {
        const m = (
          document.querySelector('[data-testid="map"]') as HTMLElement & {
            maplibre: import('maplibre-gl').Map;
          }
        ).maplibre;
        m.setBearing(d);
      }, deg);
    await rotate(20);
    try {
      const req: Req = { format: 'png', size: { kind: 'px', width: 600, height: 400 } };
      const { png, result } = await exportIn(p.page, req);
      expect([png.width, png.height]).toEqual([600, 400]);
      expect(result.png!.renderer).toBe('map');
      const refused = await p.page.evaluate((r) => window.articleAtlas!.export(r), {
        ...req,
        renderer: 'page',
      } as Req);
      expect(refused.ok).toBe(false);
      expect(!refused.ok && refused.error).toMatch(/vector page cannot be drawn: the map is rotated/);
    } finally {
      await rotate(0);
      await settled(p.page);
    }
  });

  function expectChunks(bytes: Buffer): void {
    const text = readTextChunks(new Uint8Array(bytes));
    expect(text.get('Title')).toBe(
      'US State Department to North Press: Biden is committed to establishing stability in northeast Syria',
    );
    expect(decodeURIComponent(text.get('Permalink') ?? '')).toMatch(/[?&]view=[-\d.]+,[-\d.]+,[\d.]+/);
    expect(text.get('Source URL')).toBe('https://npasyria.com/94332/');
    expect(text.get('Copyright')).toMatch(/OpenStreetMap.*ODbL/s);
    expect(text.get('Copyright')).toMatch(/GeoNames.*CC BY 4\.0/s);
    // Every source of the article's places (GeoNames, Wikipedia, geoBoundaries, Natural Earth…),
    // as its data names them.
    const sources = (text.get('Sources') ?? '').split('\n');
    const expected = placeSources();
    expect(expected.length).toBeGreaterThan(3);
    for (const s of expected) expect(sources, s).toContain(s);
    expect(Date.parse(text.get('Creation Time') ?? '')).not.toBeNaN();
    expect(text.get('Software')).toMatch(/^Article Atlas \d+\.\d+\.\d+/);
  }

  it.each(['page', 'map'] as const)(
    'draws the timeline strip when asked: a band of its own, not blank, no place under it (%s renderer)',
    async (renderer) => {
      const { png, bytes, result } = await exportIn(p.page, {
        format: 'png',
        size: { kind: 'preset', id: 'social' },
        withTimeline: true,
        renderer,
      });
      writeFileSync(`${SHOTS}/export-social-timeline-${renderer}-en.png`, bytes);
      const panels = result.png!.panels;
      const strip = panels.find((r) => r.name === 'strip')!;
      expect(strip?.height ?? 0, panels.map((r) => r.name).join()).toBeGreaterThan(10);
      if (renderer === 'page') {
        // A band between the map and the key band.
        const key = panels.find((r) => r.name === 'key')!;
        expect(strip.y + strip.height).toBeLessThanOrEqual(key.y + 1);
      } else {
        // A panel on the source band; the scale bar and legend sit above it.
        const source = panels.find((r) => r.name === 'source')!;
        expect(strip.y + strip.height).toBeCloseTo(source.y, 0);
        for (const name of ['scale', 'legend']) {
          const r = panels.find((q) => q.name === name)!;
          expect(r.y + r.height, name).toBeLessThanOrEqual(strip.y);
        }
      }
      // Decoded pixels of the band: ink marks and dates (not a blank band).
      let ink = 0;
      let total = 0;
      for (let y = Math.ceil(strip.y) + 2; y < strip.y + strip.height - 2; y += 2)
        for (let x = 2; x < png.width - 2; x += 2) {
          total++;
          if (near(px(png, x, y), hex('#1d1d1b'), 60)) ink++;
        }
      expect(ink / total).toBeGreaterThan(0.01);
      const inside = (x: number, y: number) =>
        x >= strip.x && x < strip.x + strip.width && y >= strip.y - 12 && y < strip.y + strip.height + 12;
      expect(result.png!.places.filter((q) => q.point && inside(q.x, q.y)).map((q) => q.id)).toEqual([]);
      // Without the option, no strip.
      const without = await exportIn(p.page, {
        format: 'png',
        size: { kind: 'preset', id: 'social' },
        renderer,
      });
      expect(without.result.png!.panels.some((r) => r.name === 'strip')).toBe(false);
    },
  );

  it('stitches tiles that line up with a single-canvas render of the same view (no seam offset)', async () => {
    const req: Req = {
      format: 'png',
      size: { kind: 'px', width: 1800, height: 1100 },
      withQuote: false,
      withLegend: false,
    };
    const one = await exportIn(p.page, { ...req, renderer: 'map', tileLimit: 4096 });
    const tiled = await exportIn(p.page, { ...req, renderer: 'map', tileLimit: 1024 });
    expect(one.result.png!.tiles).toBe(1);
    expect(tiled.result.png!.tiles).toBeGreaterThan(2);
    const a = one.png.data;
    const b = tiled.png.data;
    let differ = 0;
    for (let i = 0; i < a.length; i += 4)
      if (Math.abs(a[i]! - b[i]!) + Math.abs(a[i + 1]! - b[i + 1]!) + Math.abs(a[i + 2]! - b[i + 2]!) > 60)
        differ++;
    // Labels near a seam may be placed differently; geometry must agree everywhere else.
    expect(differ / (a.length / 4)).toBeLessThan(0.004);
  });

  it('writes a permalink that reproduces the view', async () => {
    const { bytes } = await exportIn(p.page, { format: 'png', size: { kind: 'screen', scale: 1 } });
    const link = readTextChunks(new Uint8Array(bytes)).get('Permalink')!;
    const before = await camera(p.page);
    const again = await open(new URL(link).search);
    await settled(again.page);
    const after = await camera(again.page);
    expect(after.lng).toBeCloseTo(before.lng, 4);
    expect(after.lat).toBeCloseTo(before.lat, 4);
    expect(after.zoom).toBeCloseTo(before.zoom, 2);
    expectClean(again);
  });

  it('refuses an impossible size and says why', async () => {
    const result = await p.page.evaluate((r) => window.articleAtlas!.export(r), {
      format: 'png',
      size: { kind: 'px', width: 30000, height: 100 },
    } as Req);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/at most 16384 px/);
  });
});

describe('PNG export of a selection', () => {
  let p: OpenedPage;
  beforeAll(async () => {
    p = await open(`?article=${ARTICLE}&place=semalka_crossing&lang=en`);
    await settled(p.page);
  });
  afterAll(() => expectClean(p));

  // The live map keys feature-state by numeric ids: an export that asks by place id finds nothing
  // and draws the selected place like any other.
  it.each(['page', 'map'] as const)(
    'draws the selected place as selected (%s renderer)',
    async (renderer) => {
      const { png, result } = await exportIn(p.page, {
        format: 'png',
        size: { kind: 'preset', id: 'social' },
        renderer,
      });
      const at = result.png!.places.find((q) => q.id === 'semalka_crossing');
      expect(at, 'Semalka in the frame').toBeTruthy();
      const accent = hex('#b3261e');
      let hit = false;
      for (let dy = -7; dy <= 7 && !hit; dy++)
        for (let dx = -7; dx <= 7 && !hit; dx++) hit = near(px(png, at!.x + dx, at!.y + dy), accent, 30);
      expect(hit, `accent marker at ${at!.x.toFixed(0)},${at!.y.toFixed(0)}`).toBe(true);
    },
  );
});

describe('PNG export when basemap tiles fail', () => {
  it('refuses a map with holes and says why, never a half-drawn image', async () => {
    const o = await open(`?article=${ARTICLE}&lang=en`);
    await settled(o.page);
    // The export reads tiles at its own zoom; every tile read from now on answers 500.
    await o.page.route('**/geodata/basemap/tiles/**', (r) => r.fulfill({ status: 500, body: 'boom' }));
    const result = await o.page.evaluate((r) => window.articleAtlas!.export(r), {
      format: 'png',
      size: { kind: 'preset', id: 'a4-150' },
    } as Req);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/basemap tile\(s\) could not be read/);
    await o.page.unroute('**/geodata/basemap/tiles/**');
    await o.page.close();
  });
});

describe('export dialog', () => {
  it.each(['ar', 'en'] as const)(
    'opens from the keyboard, draws the frame and lists sizes (%s)',
    async (lang) => {
      const o = await open(`?article=${ARTICLE}&lang=${lang}`);
      await settled(o.page);
      await o.page.getByTestId('export-open').focus();
      await o.page.keyboard.press('Enter');
      const dialog = o.page.getByTestId('export-dialog');
      await dialog.waitFor();
      await expect.poll(() => o.page.getByTestId('export-frame').count()).toBe(1);
      await o.page.getByTestId('export-size').selectOption('a3-300');
      await expect
        .poll(() => o.page.getByTestId('export-pixels').textContent())
        .toMatch(/4[,٬]?961.*3[,٬]?508|٤٬?٩٦١/);
      await shot(o.page, `export-dialog-${lang}`);
      await o.page.keyboard.press('Escape');
      await expect.poll(() => o.page.getByTestId('export-frame').count()).toBe(0);
      expectClean(o);
    },
  );

  it('downloads a CSV from the dialog', async () => {
    const o = await open(`?article=${ARTICLE}&lang=en`);
    await settled(o.page);
    await o.page.getByTestId('export-open').click();
    await o.page.getByLabel('CSV').check();
    const [download] = await Promise.all([
      o.page.waitForEvent('download'),
      o.page.getByTestId('export-run').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${ARTICLE}.csv`);
    const saved = join(mkdtempSync(join(tmpdir(), 'aa-dl-')), 'x.csv');
    await download.saveAs(saved);
    const text = readFileSync(saved, 'utf8');
    expect(text.startsWith('\uFEFFmention_id,place_id')).toBe(true);
    expectClean(o);
  });
});

describe('npm run snapshot', () => {
  const dir = mkdtempSync(join(tmpdir(), 'aa-snapshot-'));

  // The argument parser's other refusals are unit-tested (tests/export/snapshot-args.test.ts).
  it.each([
    [['--size', 'huge', '--out', 'x.png'], /--size "huge"/],
    [['--place', 'nowhere', '--out', 'x.png'], /no place "nowhere"/],
  ])('exits 2 with a message for %j', async (args, message) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it(
    'writes A3 at 300 dpi (4961 × 3508) with the same chunks as the interface, and a failed view exits 1',
    { timeout: 300_000 },
    async () => {
      const views = join(dir, 'views.json');
      writeFileSync(
        views,
        JSON.stringify([
          { article: ARTICLE, lang: 'ar', size: 'a3-300', out: 'a3.png' },
          { article: ARTICLE, format: 'geojson', out: 'places.geojson' },
          { article: ARTICLE, place: 'nowhere', out: 'bad.png' },
        ]),
      );
      const r = await cli(['--views', views, '--out-dir', dir, '--force']);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stdout).toMatch(/\[1\/3\].*4961×3508 png \(vector page\)/);
      expect(r.stdout).toMatch(/\[2\/3\]/);
      expect(r.stderr).toMatch(/\[3\/3\].*FAILED: no place "nowhere"/);
      const bytes = readFileSync(join(dir, 'a3.png'));
      const png = PNG.sync.read(bytes);
      expect([png.width, png.height]).toEqual([4961, 3508]);
      const text = readTextChunks(new Uint8Array(bytes));
      expect(text.get('Title')).toBe(
        'الخارجية الأميركية لنورث برس: بايدن ملتزم بإرساء الاستقرار في شمال شرق سوريا',
      );
      // No public address given: no permalink to the CLI's temporary server, a comment instead.
      expect(text.get('Comment')).toMatch(/^No permalink: /);
      expect(r.stderr).toMatch(/no --public-url or ATLAS_PUBLIC_URL/);
      expect([...text.keys()]).toEqual([
        'Title',
        'Comment',
        'Source URL',
        'Source',
        'Copyright',
        'Sources',
        'Creation Time',
        'Software',
      ]);
      const gj = JSON.parse(readFileSync(join(dir, 'places.geojson'), 'utf8')) as { features: unknown[] };
      expect(gj.features.length).toBeGreaterThan(5);
    },
  );
});

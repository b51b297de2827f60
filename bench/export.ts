/**
 * Export benchmark: prints figures, never asserts on time. `npm run bench:export` (not part of
 * `npm test`). Everything it builds goes to a private temporary directory (never `dist/`).
 *
 * In one headless Chromium, on the built app's live map (one view: the article's opening view,
 * English, 1280×800), alternating N runs each:
 *   - this product's A4 300 dpi PNG (`window.articleAtlas.export`, the dialog's code: the vector page
 *     rasterised, `src/export/page-png.ts`), and
 *   - `@watergis/maplibre-gl-export` 4.1.2's A4 300 dpi PNG of the same live map (bundled by
 *     `bench/watergis/main.ts` and loaded into the page),
 * timing both and checking completeness: every point marker of the article that falls inside each
 * image is looked for at its projected pixel (the marker colours sampled). Then, once each: this
 * product's A4 by its map-engine renderer (what a rotated map or an online style uses), its A3 300 dpi PNG, the same size asked of watergis, and the vector PDF (SVG page →
 * Chromium print → pdf-lib). Prints the machine's load average before and after.
 *
 * Env: BENCH_RUNS (default 3), CHROMIUM_PATH, BENCH_KEEP=1 keeps the tmp dir, BENCH_OUT=dir writes
 * the last A4 images of both and the marker positions looked at.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { ARTICLE, benchDir, buildApp, load, log, median, REPO, RUNS, served } from './browser.ts';
import type { CliResult } from '../src/export/api.ts';
import { setPdfInfo, subsetSvgFonts, svgToPdf } from '../src/export/node-pdf.ts';

const TMP = benchDir('export');
const APP = join(TMP, 'app');
const sec = (ms: number | null) => `${((ms ?? NaN) / 1000).toFixed(1)} s`;
/** Where an export's time went, e.g. "load 0.9 s, tile1 1.2 s, furniture 0.1 s, encode 0.8 s". */
const stages = (t: Record<string, number>) =>
  Object.entries(t)
    .filter(([k]) => k !== 'tiles')
    .map(([k, v]) => `${k} ${sec(v)}`)
    .join(', ');

type Req = Parameters<NonNullable<Window['articleAtlas']>['export']>[0];

// ---------------------------------------------------------------- builds

async function buildWatergis(): Promise<void> {
  await build({
    configFile: false,
    root: REPO,
    logLevel: 'warn',
    build: {
      outDir: join(APP, 'bench-watergis'),
      emptyOutDir: true,
      target: 'es2022',
      lib: { entry: join(REPO, 'bench/watergis/main.ts'), formats: ['es'], fileName: () => 'watergis.js' },
    },
  });
}

// ---------------------------------------------------------------- page helpers

async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => window.articleAtlas != null, null, { timeout: 60_000 });
  await page.waitForFunction(
    () => {
      const el = document.querySelector('[data-testid="map"]') as
        (HTMLElement & { maplibre?: import('maplibre-gl').Map }) | null;
      const m = el?.maplibre;
      const w = window as unknown as { __s?: number };
      w.__s = m && m.loaded() && !m.isMoving() && m.areTilesLoaded() ? (w.__s ?? 0) + 1 : 0;
      return w.__s >= 3;
    },
    null,
    { timeout: 60_000, polling: 150 },
  );
}

interface Marker {
  id: string;
  x: number;
  y: number;
}

const hex = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
/** Marker colours: the ink dot, the approximate ring, the selected accent (light theme). */
const WANT = ['#1d1d1b', '#7a4f00', '#b3261e'].map(hex);

/**
 * The markers found in `png` near their expected pixel (within 7 CSS px, i.e. the ring of an
 * approximate marker, colour within 30 per channel). A marker drawn under a later marker of the
 * article (centred less than 5 CSS px from it: the app's own overlap, which the live map resolves with its
 * chooser) cannot be seen in any image and is counted as occluded, not missing.
 */
function found(
  png: PNG,
  markers: readonly Marker[],
  ratio: number,
): { present: string[]; missing: string[]; occluded: string[] } {
  const present: string[] = [];
  const missing: string[] = [];
  const occluded: string[] = [];
  const r = Math.round(7 * ratio);
  markers.forEach((m, i) => {
    if (markers.slice(i + 1).some((o) => Math.hypot(o.x - m.x, o.y - m.y) < 5 * ratio))
      return occluded.push(m.id);
    let hit = false;
    for (let dy = -r; dy <= r && !hit; dy++)
      for (let dx = -r; dx <= r && !hit; dx++) {
        const x = Math.round(m.x + dx);
        const y = Math.round(m.y + dy);
        if (x < 0 || y < 0 || x >= png.width || y >= png.height) continue;
        const i = (y * png.width + x) * 4;
        hit = WANT.some((w) => w.every((v, k) => Math.abs(v - png.data[i + k]!) <= 30));
      }
    (hit ? present : missing).push(m.id);
  });
  return { present, missing, occluded };
}

/** Where watergis draws each point place: same centre and zoom as the live map, `ratio` px per CSS px. */
async function watergisMarkers(page: Page, width: number, height: number, ratio: number): Promise<Marker[]> {
  const places = JSON.parse(readFileSync(join(APP, 'geodata', ARTICLE, 'places.geojson'), 'utf8')) as {
    features: { id: string; geometry: { type: string; coordinates: [number, number] } | null }[];
  };
  const points = places.features
    .filter((f) => f.geometry?.type === 'Point')
    .map((f) => ({ id: f.id, c: f.geometry!.coordinates }));
  const projected = await page.evaluate((pts) => {
    const m = (
      document.querySelector('[data-testid="map"]') as HTMLElement & { maplibre: import('maplibre-gl').Map }
    ).maplibre;
    const box = m.getContainer().getBoundingClientRect();
    return pts.map((p) => {
      const q = m.project(p.c);
      return { id: p.id, dx: q.x - box.width / 2, dy: q.y - box.height / 2 };
    });
  }, points);
  return projected
    .map((p) => ({ id: p.id, x: width / 2 + p.dx * ratio, y: height / 2 + p.dy * ratio }))
    .filter((p) => p.x >= 0 && p.y >= 0 && p.x < width && p.y < height);
}

async function ours(page: Page, size: string, renderer?: 'page' | 'map') {
  const t0 = Date.now();
  const result = (await page.evaluate((req) => window.articleAtlas!.export(req), {
    format: 'png',
    size: { kind: 'preset', id: size },
    renderer,
  } as Req)) as CliResult;
  const wall = Date.now() - t0;
  if (!result.ok || !result.png) throw new Error(result.ok ? 'no PNG' : result.error);
  const png = PNG.sync.read(Buffer.from(result.base64, 'base64'));
  const covered = (x: number, y: number) =>
    result.png!.panels.some(
      (r) => x >= r.x - 12 && x < r.x + r.width + 12 && y >= r.y - 12 && y < r.y + r.height + 12,
    );
  const markers = result.png.places.filter((p) => p.point && !covered(p.x, p.y));
  const under = result.png.places.filter((p) => p.point && covered(p.x, p.y)).map((p) => p.id);
  return {
    ms: result.png.ms,
    renderer: result.png.renderer,
    timings: result.png.timings,
    wall,
    png,
    tiles: result.png.tiles,
    check: found(png, markers, 300 / 96),
    under,
    markers,
  };
}

async function watergis(page: Page, mm: [number, number], dpi: number) {
  const run = await page.evaluate(
    ({ mm, dpi }) =>
      window.__watergis!.exportPng(
        (
          document.querySelector('[data-testid="map"]') as HTMLElement & {
            maplibre: import('maplibre-gl').Map;
          }
        ).maplibre,
        mm,
        dpi,
        180_000,
      ),
    { mm, dpi },
  );
  const png = PNG.sync.read(Buffer.from(run.dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64'));
  const cssW = (mm[0] / 25.4) * 96;
  const ratio = png.width / cssW;
  const markers = await watergisMarkers(page, png.width, png.height, ratio);
  return { ms: run.ms, png, check: found(png, markers, ratio), markers };
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  log(`load average (1/5/15 min) at start: ${load()}  ·  ${RUNS} runs each`);
  let t = performance.now();
  buildApp(APP);
  await buildWatergis();
  log(`builds: ${sec(performance.now() - t)}  (${TMP})`);
  const worker = readdirSync(join(APP, 'assets')).find((f) => /^maplibre-gl-worker.*\.mjs$/.test(f));
  if (!worker) throw new Error('no MapLibre worker in the build');

  const { base, browser, close } = await served(APP, TMP);
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, timezoneId: 'UTC' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${base}?article=${ARTICLE}&lang=en`);
    await settled(page);
    await page.addScriptTag({ url: `${base}bench-watergis/watergis.js`, type: 'module' });
    await page.waitForFunction(() => window.__watergis != null, null, { timeout: 30_000 });
    await page.evaluate((url) => window.__watergis!.init(url), `${base}assets/${worker}`);

    const a = { ours: [] as number[], theirs: [] as number[] };
    const last: { o?: Awaited<ReturnType<typeof ours>>; w?: Awaited<ReturnType<typeof watergis>> } = {};
    for (let i = 0; i < RUNS; i++) {
      const first = i % 2 === 0 ? 'ours' : 'watergis';
      for (const who of first === 'ours' ? ['ours', 'watergis'] : ['watergis', 'ours']) {
        if (who === 'ours') {
          const o = await ours(page, 'a4-300');
          a.ours.push(o.ms);
          last.o = o;
          log(
            `  run ${i + 1} ours     A4 300: ${sec(o.ms)} (wall ${sec(o.wall)}), ${o.png.width}×${o.png.height}, markers ${o.check.present.length}/${o.check.present.length + o.check.missing.length} (+${o.check.occluded.length} occluded); ${stages(o.timings)}`,
          );
        } else {
          const w = await watergis(page, [297, 210], 300);
          a.theirs.push(w.ms);
          last.w = w;
          log(
            `  run ${i + 1} watergis A4 300: ${sec(w.ms)}, ${w.png.width}×${w.png.height}, markers ${w.check.present.length}/${w.check.present.length + w.check.missing.length} (+${w.check.occluded.length} occluded)`,
          );
        }
      }
    }
    const o = last.o!;
    const w = last.w!;
    if (process.env.BENCH_OUT) {
      mkdirSync(process.env.BENCH_OUT, { recursive: true });
      writeFileSync(join(process.env.BENCH_OUT, 'ours-a4-300.png'), PNG.sync.write(o.png));
      writeFileSync(join(process.env.BENCH_OUT, 'watergis-a4-300.png'), PNG.sync.write(w.png));
      writeFileSync(
        join(process.env.BENCH_OUT, 'markers.json'),
        JSON.stringify({ ours: o.markers, watergis: w.markers }),
      );
    }

    const engine = await ours(page, 'a4-300', 'map');
    log(
      `  ours, map engine A4 300: ${sec(engine.ms)}, ${engine.png.width}×${engine.png.height}, markers ${engine.check.present.length}/${engine.check.present.length + engine.check.missing.length}; ${stages(engine.timings)}`,
    );
    t = performance.now();
    const a3 = await ours(page, 'a3-300');
    log(
      `  ours     A3 300: ${sec(a3.ms)}, ${a3.png.width}×${a3.png.height}, ${a3.renderer === 'map' ? `${a3.tiles} tiles` : 'vector page'}, markers ${a3.check.present.length}/${a3.check.present.length + a3.check.missing.length}`,
    );
    let a3w = '';
    try {
      const r = await watergis(page, [420, 297], 300);
      a3w = `${sec(r.ms)}, ${r.png.width}×${r.png.height} (asked 4961×3508), markers ${r.check.present.length}/${r.check.present.length + r.check.missing.length}`;
    } catch (e) {
      a3w = `failed: ${(e as Error).message}`;
    }
    log(`  watergis A3 300: ${a3w}`);

    t = performance.now();
    const svgRes = (await page.evaluate((req) => window.articleAtlas!.export(req), {
      format: 'svg',
      size: { kind: 'preset', id: 'a4-300' },
    } as Req)) as CliResult;
    const tSvg = performance.now() - t;
    if (!svgRes.ok || !svgRes.svg) throw new Error(svgRes.ok ? 'no SVG' : svgRes.error);
    const t1 = performance.now();
    const svg = await subsetSvgFonts(Buffer.from(svgRes.base64, 'base64').toString('utf8'));
    const tSubset = performance.now() - t1;
    const t2 = performance.now();
    const pdf = await setPdfInfo(await svgToPdf(context, svg, svgRes.svg), svgRes.svg.metadata, 'en');
    const tPdf = performance.now() - t2;
    log(
      `  vector PDF A4: ${sec(tSvg + tSubset + tPdf)} (SVG page ${sec(tSvg)}, font subset ${sec(tSubset)}, print + info ${sec(tPdf)}), ${(pdf.length / 1024).toFixed(0)} KiB`,
    );

    const mo = median(a.ours);
    const mw = median(a.theirs);
    log('\nsummary (medians)');
    log(
      `  this product   A4 300 dpi PNG: ${sec(mo)}  markers present ${o.check.present.length}/${o.check.present.length + o.check.missing.length}${o.check.missing.length ? ` missing ${o.check.missing.join(', ')}` : ''}${o.check.occluded.length ? `; under another marker: ${o.check.occluded.join(', ')}` : ''}${o.under.length ? `; under furniture (not checked): ${o.under.join(', ')}` : ''}`,
    );
    log(
      `  watergis 4.1.2 A4 300 dpi PNG: ${sec(mw)}  markers present ${w.check.present.length}/${w.check.present.length + w.check.missing.length}${w.check.missing.length ? ` missing ${w.check.missing.join(', ')}` : ''}${w.check.occluded.length ? `; under another marker: ${w.check.occluded.join(', ')}` : ''}`,
    );
    log(
      `  ratio ours / watergis: ${(mo! / mw!).toFixed(2)}×  (goal ≤ 0.3×; ours drawn by the ${o.renderer} renderer)`,
    );
    log(
      `  this product's map-engine renderer (rotated maps, online styles): ${sec(engine.ms)} = ${(engine.ms / mw!).toFixed(2)}×`,
    );
    log(`  this product A3 300 dpi PNG: ${sec(a3.ms)}; vector PDF A4: ${sec(tSvg + tSubset + tPdf)}`);
    if (errors.length) log(`  page errors: ${[...new Set(errors)].slice(0, 5).join(' | ')}`);
    log(`load average at end: ${load()}`);
  } finally {
    await close();
  }
}

main().catch((e: unknown) => {
  console.error('bench:export failed:', e);
  process.exit(1);
});

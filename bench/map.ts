/**
 * Map benchmark: prints figures, never asserts on time. Run with `npx tsx bench/map.ts` (or
 * `npm run bench:map`). Everything it builds goes to a private temporary directory (never `dist/`).
 *
 * 1. Builds the app (`vite build`), the same app with maplibre-gl split into its own chunk (only to
 *    weigh it), and a bare MapLibre page (`bench/bare/`: the basemap style alone).
 * 2. Serves each build on 127.0.0.1 and, in Debian's Chromium, times navigation start → map idle for
 *    the app and the bare page, alternating, N runs each, a fresh context per run.
 * 3. Prints gzipped JS+CSS: the app's own code beyond maplibre-gl, and maplibre's main and worker.
 * 4. Prints the basemap (tiles) and font bytes the app requests for its first view, gzipped.
 *
 * Env: BENCH_RUNS (default 7), CHROMIUM_PATH (default /usr/bin/chromium), BENCH_KEEP=1 keeps the tmp dir,
 * BENCH_APP_B=<dir> times another build of the app (e.g. `main`'s, `npx vite build --outDir <dir>`) in
 * the same interleaved runs, for an A/B on a noisy machine (its median and ratio are printed too).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import '../src/carto/pole.ts'; // areas' anchors (node)
import { frameBounds } from '../src/carto/geometry.ts';
import { cspHeaders } from '../csp.plugin.ts';
import { benchVerdict } from './verdict.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium.ts';
import type { PlaceFeature } from '../src/model/types.ts';

const REPO = resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const APP_B_DIR = process.env.BENCH_APP_B ? resolve(process.env.BENCH_APP_B) : null;
const ARTICLE = 'hasakah-prison-us-statement-2022';
const VIEWPORT = { width: 1280, height: 800 };
const IDLE_TIMEOUT_MS = 30_000;
const RUN_TIMEOUT_MS = 45_000;
const BUILD_TIMEOUT_MS = 180_000;

const KB = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const ms = (n: number | null) => (n === null ? 'timeout' : `${Math.round(n)} ms`);
const gz = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;
const median = (xs: number[]) => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const log = (...a: unknown[]) => console.log(...a);

/** Page errors, each distinct message once with its count. */
function logErrors(name: string, errors: string[], indent: string): void {
  const counts = new Map<string, number>();
  for (const e of errors) counts.set(e, (counts.get(e) ?? 0) + 1);
  for (const [e, n] of counts) log(`${indent}! ${name}: ${e}${n > 1 ? ` (×${n})` : ''}`);
}

class Timeout extends Error {}
/** Rejects with {@link Timeout} after `ms`: every wait in this script is bounded. */
function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p,
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Timeout(`${what}: timeout after ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

// ---------------------------------------------------------------- builds

const TMP = mkdtempSync(join(tmpdir(), 'aa-bench-map-'));
const APP_DIR = join(TMP, 'app');
const SPLIT_DIR = join(TMP, 'app-split');
const BARE_DIR = join(TMP, 'bare');

function buildApp(): void {
  const t0 = performance.now();
  const r = spawnSync('npx', ['vite', 'build', '--outDir', APP_DIR, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: REPO,
    encoding: 'utf8',
    timeout: BUILD_TIMEOUT_MS,
  });
  if (r.status !== 0) throw new Error(`vite build failed (${r.error?.message ?? r.status}):\n${r.stderr}`);
  log(`  app        ${APP_DIR}  (${Math.round(performance.now() - t0)} ms)`);
}

/** The app again, with maplibre-gl in its own chunk: only to weigh maplibre within the app's bundle. */
async function buildSplit(): Promise<void> {
  const t0 = performance.now();
  await withTimeout(
    build({
      root: REPO,
      configFile: join(REPO, 'vite.config.ts'),
      logLevel: 'warn',
      build: {
        outDir: SPLIT_DIR,
        emptyOutDir: true,
        rolldownOptions: {
          output: {
            codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/]/ }] },
          },
        },
      },
    }),
    BUILD_TIMEOUT_MS,
    'split build',
  );
  log(`  app-split  ${SPLIT_DIR}  (${Math.round(performance.now() - t0)} ms)`);
}

/** The bare MapLibre page, with the basemap tiles and the fonts copied next to it. */
async function buildBare(): Promise<void> {
  const t0 = performance.now();
  await withTimeout(
    build({
      configFile: false,
      root: join(REPO, 'bench/bare'),
      base: './',
      publicDir: join(REPO, 'public'),
      logLevel: 'warn',
      build: {
        outDir: BARE_DIR,
        emptyOutDir: true,
        target: 'es2022',
        sourcemap: false,
        chunkSizeWarningLimit: 1200,
      },
    }),
    BUILD_TIMEOUT_MS,
    'bare build',
  );
  cpSync(join(REPO, 'geodata/basemap'), join(BARE_DIR, 'geodata/basemap'), { recursive: true });
  log(`  bare       ${BARE_DIR}  (${Math.round(performance.now() - t0)} ms)`);
}

// ---------------------------------------------------------------- sizes

interface Asset {
  file: string;
  raw: number;
  gz: number;
}
function assets(dir: string): Asset[] {
  const d = join(dir, 'assets');
  return readdirSync(d)
    .filter((f) => /\.(m?js|css)$/.test(f))
    .map((f) => {
      const buf = readFileSync(join(d, f));
      return { file: f, raw: buf.length, gz: gz(buf) };
    });
}
const sum = (xs: Asset[]) => xs.reduce((a, x) => a + x.gz, 0);
const isWorker = (a: Asset) => /maplibre-gl-worker/.test(a.file);
const isJs = (a: Asset) => a.file.endsWith('.js');
const isCss = (a: Asset) => a.file.endsWith('.css');

interface Sizes {
  appTotal: number;
  appOwn: number;
  appOwnSplit: number;
  maplibreMain: number;
  maplibreCss: number;
  worker: number;
  bareJs: number;
  files: Asset[];
}
function sizes(): Sizes {
  const app = assets(APP_DIR);
  const split = assets(SPLIT_DIR);
  const bare = assets(BARE_DIR);
  const mlChunk = split.filter((a) => /^maplibre-.*\.js$/.test(a.file) && !isWorker(a));
  if (!mlChunk.length)
    throw new Error(`no maplibre chunk in the split build: ${split.map((a) => a.file).join(', ')}`);
  const maplibreMain = sum(mlChunk);
  const maplibreCss = sum(bare.filter(isCss)); // the bare page's only stylesheet is maplibre-gl.css
  const appTotal = sum(app.filter((a) => (isJs(a) || isCss(a)) && !isWorker(a)));
  const splitOwn = sum(split.filter((a) => (isJs(a) || isCss(a)) && !isWorker(a) && !mlChunk.includes(a)));
  return {
    appTotal,
    appOwn: appTotal - maplibreMain - maplibreCss,
    appOwnSplit: splitOwn - maplibreCss,
    maplibreMain,
    maplibreCss,
    worker: sum(app.filter(isWorker)),
    bareJs: sum(bare.filter((a) => isJs(a) && !isWorker(a))),
    files: [
      ...app.map((a) => ({ ...a, file: `app/${a.file}` })),
      ...split.map((a) => ({ ...a, file: `app-split/${a.file}` })),
      ...bare.map((a) => ({ ...a, file: `bare/${a.file}` })),
    ],
  };
}

// ---------------------------------------------------------------- static server

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.pbf': 'application/x-protobuf',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

/**
 * A plain static server, no compression, headers as `vite preview` sends them (caching, and the
 * app's Content-Security-Policy for the app, as `preview.headers` in vite.config.ts).
 */
async function serve(
  root: string,
  headers: Record<string, string> = {},
): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end();
    // Headers as `vite preview` (sirv) sends them: Last-Modified and a weak ETag, no Cache-Control.
    const st = statSync(file);
    const etag = `W/"${st.size}-${st.mtime.getTime()}"`;
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304).end();
    const body = readFileSync(file);
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': body.length,
      'last-modified': st.mtime.toUTCString(),
      etag,
      ...headers,
    });
    res.end(body);
  });
  await withTimeout(new Promise<void>((r) => server.listen(0, '127.0.0.1', r)), 5000, 'listen');
  const addr = server.address();
  if (!addr || typeof addr === 'string') throw new Error('no server address');
  return { url: `http://127.0.0.1:${addr.port}/`, server };
}

// ---------------------------------------------------------------- browser runs

interface ResourceEntry {
  path: string;
  start: number;
  end: number;
  status?: number;
}
interface Run {
  idle: number | null;
  /** Start of the first basemap tile request (ms from navigation start). */
  firstTile: number | null;
  resources: ResourceEntry[];
  mapSize?: { w: number; h: number };
  bodies?: Map<string, Buffer>;
  errors: string[];
}

/**
 * Reports, through the `__benchIdle` binding, performance.now() the first time the map reports idle
 * (the app's `data-state`, or the bare page's body), with the map's size and the time origin.
 *
 * An init script and a binding, never `page.evaluate`/`waitForFunction` with a string: Playwright
 * evaluates strings in the page, which the app's Content-Security-Policy (`script-src 'self'`, no
 * 'unsafe-eval') refuses. That is why every app run used to time out while the bare page (no
 * policy) idled. A string, not a function: tsx's name helpers (`__name`) do not exist in the page.
 */
const IDLE_PROBE = `(() => {
  let done = false;
  const obs = new MutationObserver(() => {
    if (done) return;
    const el = document.querySelector('[data-testid="map"][data-state="idle"]');
    if (el || (document.body && document.body.dataset.state === 'idle')) {
      done = true;
      obs.disconnect();
      const r = el && el.getBoundingClientRect();
      window.__benchIdle({
        idle: performance.now(),
        size: r ? { w: Math.round(r.width), h: Math.round(r.height) } : undefined,
        timeOrigin: performance.timeOrigin,
      });
    }
  });
  obs.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
})();`;

interface IdleReport {
  idle: number;
  size?: { w: number; h: number };
  timeOrigin: number;
}

async function measure(browser: Browser, url: string, opts: { bodies?: boolean } = {}): Promise<Run> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB', timezoneId: 'UTC' });
  const run: Run = { idle: null, firstTile: null, resources: [], errors: [] };
  const origin = new URL(url).origin;
  const pending: Promise<void>[] = [];
  try {
    const page = await context.newPage();
    page.on('pageerror', (e) => run.errors.push(e.message));
    page.on('requestfailed', (r) => run.errors.push(`failed: ${r.url()}`));
    // Network events (not Resource Timing): MapLibre fetches tiles in its worker, whose requests the
    // page's performance timeline does not list. No request interception: it would slow every request.
    const finished: { path: string; start: number; end: number; status?: number }[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:'))
        run.errors.push(`foreign request: ${r.url()}`);
    });
    page.on('requestfinished', (r) => {
      const t = r.timing();
      const path = new URL(r.url()).pathname;
      const entry: (typeof finished)[number] = { path, start: t.startTime, end: t.startTime + t.responseEnd };
      finished.push(entry);
      pending.push(
        r.response().then(
          (res) => void (entry.status = res?.status()),
          () => undefined,
        ),
      );
      if (opts.bodies && /\/(geodata\/basemap|fonts)\//.test(path)) {
        pending.push(
          r.response().then(
            (res) => res?.body().then((body) => void run.bodies!.set(path, body)),
            () => undefined,
          ),
        );
      }
    });
    if (opts.bodies) run.bodies = new Map();
    let report: (r: IdleReport) => void = () => undefined;
    const reported = new Promise<IdleReport>((r) => (report = r));
    await context.exposeBinding('__benchIdle', (_source, r: IdleReport) => report(r));
    await page.addInitScript({ content: IDLE_PROBE });
    await page.goto(url, { waitUntil: 'commit', timeout: IDLE_TIMEOUT_MS });
    // No idle within the bound: idle stays null, printed as 'timeout' (and the bench fails).
    const got: { idle: number | null; size?: { w: number; h: number }; timeOrigin: number } =
      await withTimeout(reported, IDLE_TIMEOUT_MS, 'idle').catch(() => ({ idle: null, timeOrigin: 0 }));
    // Statuses and bodies arrive asynchronously: let them settle (bounded).
    await withTimeout(Promise.all(pending), 10_000, 'responses').catch(() => undefined);
    run.idle = got.idle;
    run.mapSize = got.size;
    // Only what finished loading by idle (the first view).
    run.resources = finished
      .map((r) => ({ ...r, start: r.start - got.timeOrigin, end: r.end - got.timeOrigin }))
      .filter((r) => got.idle === null || r.end <= got.idle + 1);
    const tiles = run.resources.filter((r) => r.path.includes('/geodata/basemap/tiles/'));
    run.firstTile = tiles.length ? Math.min(...tiles.map((t) => t.start)) : null;
  } finally {
    await withTimeout(context.close(), 10_000, 'context close').catch(() => undefined);
  }
  return run;
}

async function measureBounded(
  browser: Browser,
  url: string,
  opts?: Parameters<typeof measure>[2],
): Promise<Run> {
  try {
    return await withTimeout(measure(browser, url, opts), RUN_TIMEOUT_MS, url);
  } catch (e) {
    return { idle: null, firstTile: null, resources: [], errors: [String((e as Error).message ?? e)] };
  }
}

/** Request paths relative to the build's root, assets' hashes dropped, for comparing the two pages. */
const rel = (path: string, base: string) =>
  path.replace(new URL(base).pathname, '/').replace(/-[A-Za-z0-9_-]{8}\.(m?js|css)$/, '.$1');

// ---------------------------------------------------------------- main

async function main(): Promise<number> {
  const started = new Date();
  log(`# Map benchmark, ${started.toISOString()} (node ${process.version}, ${RUNS} runs each)\n`);
  log('Builds');
  buildApp();
  await buildSplit();
  await buildBare();

  const places = JSON.parse(readFileSync(join(REPO, 'geodata', ARTICLE, 'places.geojson'), 'utf8')) as {
    features: PlaceFeature[];
  };
  const bounds = frameBounds(places.features);
  if (!bounds) throw new Error('no frame bounds');
  log(`  frame bounds ${bounds.map((b) => b.toFixed(4)).join(', ')} (padding 48)\n`);

  const s = sizes();
  log('Bundle sizes (gzip -9)');
  for (const f of s.files)
    log(`  ${f.file.padEnd(48)} ${KB(f.raw).padStart(11)} raw  ${KB(f.gz).padStart(10)} gz`);
  log('');

  const appSrv = await serve(APP_DIR, cspHeaders());
  const bareSrv = await serve(BARE_DIR);
  const appBSrv = APP_B_DIR ? await serve(APP_B_DIR, cspHeaders()) : null;
  const browser = await withTimeout(
    chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS }),
    30_000,
    'chromium launch',
  );
  let appProbe: Run;
  let bareProbe: Run;
  const app: Run[] = [];
  const bare: Run[] = [];
  const appB: Run[] = [];
  let bareUrl = '';
  try {
    // Probe (untimed warm-up): the app's map size, and what each page requests for its first view.
    log('Probe runs (warm-up, not in the medians)');
    appProbe = await measureBounded(browser, appSrv.url, { bodies: true });
    const size = appProbe.mapSize ?? { w: VIEWPORT.width, h: VIEWPORT.height };
    bareUrl = `${bareSrv.url}?w=${size.w}&h=${size.h}&bounds=${bounds.join(',')}`;
    bareProbe = await measureBounded(browser, bareUrl, { bodies: true });
    log(`  app   idle ${ms(appProbe.idle)}, map ${size.w}×${size.h}, ${appProbe.resources.length} requests`);
    log(`  bare  idle ${ms(bareProbe.idle)}, ${bareProbe.resources.length} requests`);
    for (const [name, r] of [
      ['app', appProbe],
      ['bare', bareProbe],
    ] as const) {
      log(`  ${name} waterfall (ms from navigation start, until idle):`);
      for (const x of [...r.resources].sort((p, q) => p.start - q.start))
        log(
          `    ${String(Math.round(x.start)).padStart(5)}–${String(Math.round(x.end)).padEnd(5)} ${x.status ?? '?'} ${x.path}`,
        );
      logErrors(name, r.errors, '  ');
    }

    log(`\nTimed runs: navigation start → first map idle (viewport ${VIEWPORT.width}×${VIEWPORT.height})`);
    log('  run   app idle  (1st tile)   bare idle  (1st tile)');
    for (let i = 0; i < RUNS; i++) {
      // Alternate which goes first so neither always runs on a warmer machine.
      const pages: (readonly [string, string])[] = [
        ['app', appSrv.url],
        ['bare', bareUrl],
        ...(appBSrv ? [['appB', appBSrv.url] as const] : []),
      ];
      const pair = i % 2 ? pages.reverse() : pages;
      const got: Record<string, Run> = {};
      for (const [name, url] of pair) got[name] = await measureBounded(browser, url);
      app.push(got.app!);
      bare.push(got.bare!);
      if (got.appB) appB.push(got.appB);
      const cell = (r: Run) => `${ms(r.idle).padStart(9)}  (${ms(r.firstTile).padStart(7)})`;
      log(
        `  ${String(i + 1).padStart(3)}  ${cell(got.app!)}  ${cell(got.bare!)}` +
          (got.appB ? `  B ${cell(got.appB)}` : ''),
      );
      logErrors('app', got.app!.errors, '       ');
      logErrors('bare', got.bare!.errors, '       ');
    }
  } finally {
    await withTimeout(browser.close(), 10_000, 'browser close').catch(() => undefined);
    appSrv.server.closeAllConnections();
    bareSrv.server.closeAllConnections();
    appSrv.server.close();
    bareSrv.server.close();
    appBSrv?.server.closeAllConnections();
    appBSrv?.server.close();
  }

  const ok = (rs: Run[]) => rs.map((r) => r.idle).filter((x): x is number => x !== null);
  const appMed = median(ok(app));
  const bareMed = median(ok(bare));
  const firstTileMed = (rs: Run[]) =>
    median(rs.map((r) => r.firstTile).filter((x): x is number => x !== null));
  const ratio = appMed !== null && bareMed !== null ? appMed / bareMed : null;
  log(
    `  median ${ms(appMed).padStart(9)}  (${ms(firstTileMed(app)).padStart(7)})  ${ms(bareMed).padStart(9)}  (${ms(firstTileMed(bare)).padStart(7)})`,
  );
  log(
    `  timeouts: app ${app.length - ok(app).length}/${app.length}, bare ${bare.length - ok(bare).length}/${bare.length}`,
  );
  if (appB.length) {
    const bMed = median(ok(appB));
    const bRatio = bMed !== null && bareMed !== null ? (bMed / bareMed).toFixed(2) : '?';
    log(`  app B (${APP_B_DIR}): median ${ms(bMed)} (1st tile ${ms(firstTileMed(appB))}), ratio ${bRatio}×`);
  }

  // First-view bytes from the app's probe run.
  const firstView = (r: Run) => {
    const done = new Set(r.resources.map((x) => x.path));
    const out = {
      tiles: { n: 0, raw: 0, gz: 0 },
      fonts: { n: 0, raw: 0, gz: 0 },
      other: { n: 0, raw: 0, gz: 0 },
    };
    for (const [path, body] of r.bodies ?? []) {
      if (!done.has(path)) continue;
      const k = path.includes('/geodata/basemap/tiles/')
        ? 'tiles'
        : path.includes('/fonts/')
          ? 'fonts'
          : 'other';
      out[k].n++;
      out[k].raw += body.length;
      out[k].gz += gz(body);
    }
    return out;
  };
  const appBytes = firstView(appProbe);
  const bareBytes = firstView(bareProbe);
  log(
    '\nFirst-view basemap bytes (responses under /geodata/basemap/ and /fonts/ until idle; each body gzip -9)',
  );
  for (const [name, b] of [
    ['app', appBytes],
    ['bare', bareBytes],
  ] as const) {
    log(
      `  ${name.padEnd(5)} tiles ${b.tiles.n} files, ${KB(b.tiles.raw)} raw, ${KB(b.tiles.gz)} gz;` +
        ` fonts ${b.fonts.n} files, ${KB(b.fonts.raw)} raw, ${KB(b.fonts.gz)} gz` +
        (b.other.n ? `; other basemap ${b.other.n} files, ${KB(b.other.gz)} gz` : ''),
    );
  }

  // What the app asks for that the bare page does not (and vice versa), first view only.
  const paths = (r: Run, base: string) => new Set(r.resources.map((x) => rel(x.path, base)));
  const a = paths(appProbe, appSrv.url);
  const b = paths(bareProbe, bareUrl);
  const onlyApp = [...a].filter((p) => !b.has(p)).sort();
  const onlyBare = [...b].filter((p) => !a.has(p)).sort();
  log('\nRequests only the app makes (first view):');
  for (const p of onlyApp) {
    const e = appProbe.resources.find((x) => rel(x.path, appSrv.url) === p)!;
    log(`  ${p}  (${Math.round(e.start)}–${Math.round(e.end)} ms)`);
  }
  if (!onlyApp.length) log('  (none)');
  log('Requests only the bare page makes (first view):');
  for (const p of onlyBare) log(`  ${p}`);
  if (!onlyBare.length) log('  (none)');

  const goal = (v: boolean | null) => (v === null ? '?' : v ? 'ok' : 'OVER');
  log(`\nSummary (${started.toISOString().slice(0, 10)})`);
  const rows: [string, string, string, string][] = [
    ['map idle, app (median)', ms(appMed), '', ''],
    ['map idle, bare MapLibre (median)', ms(bareMed), '', ''],
    [
      'ratio app/bare',
      ratio === null ? '?' : `${ratio.toFixed(2)}×`,
      '≤ 1.15×',
      goal(ratio === null ? null : ratio <= 1.15),
    ],
    // Every chunk, lazy ones included; what a first view fetches is bench/first-load.ts (goal ≤ 80 KiB).
    ['app-own JS+CSS gz, all chunks (beyond maplibre)', KB(s.appOwn), '', ''],
    ['  cross-check from split build', KB(s.appOwnSplit), '', ''],
    ['app total JS+CSS gz (no worker)', KB(s.appTotal), '', ''],
    ['maplibre main JS gz', KB(s.maplibreMain), '', ''],
    ['maplibre CSS gz', KB(s.maplibreCss), '', ''],
    ['maplibre worker gz', KB(s.worker), '', ''],
    ['bare page JS gz (maplibre + style)', KB(s.bareJs), '', ''],
    [
      'first-view tiles gz (app)',
      `${KB(appBytes.tiles.gz)} (${appBytes.tiles.n})`,
      '≤ 120 KiB',
      goal(appBytes.tiles.gz <= 120 * 1024),
    ],
    [
      'first-view fonts (app)',
      `${KB(appBytes.fonts.gz)} gz, ${KB(appBytes.fonts.raw)} raw (${appBytes.fonts.n})`,
      '',
      '',
    ],
  ];
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  for (const [k, v, g, st] of rows) log(`  ${k.padEnd(w0)}  ${v.padStart(w1)}  ${g.padEnd(9)} ${st}`);

  if (process.env.BENCH_KEEP) log(`\n(kept ${TMP})`);
  else rmSync(TMP, { recursive: true, force: true });
  const verdict = benchVerdict([
    { name: 'app idle', values: app.map((r) => r.idle) },
    { name: 'bare idle', values: bare.map((r) => r.idle) },
  ]);
  if (!verdict.ok) {
    log(`\nFAILED: ${verdict.message}`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    if (!process.env.BENCH_KEEP) rmSync(TMP, { recursive: true, force: true });
    process.exit(1);
  },
);

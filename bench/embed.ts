/**
 * Embed benchmark (issue 9): prints figures, never asserts on time. `npm run bench:embed`
 * (`npx tsx bench/embed.ts`); not part of `npm test`.
 *
 * Builds the app into a private tmp dir, serves it with `vite preview` on 127.0.0.1 and, in Debian's
 * Chromium (the test flags), loads a host page (same origin) holding ONE iframe 700 px wide:
 *   - the embed (`embed.html?…&place=sinaa_prison&lang=en`): bytes transferred before interaction
 *     (CDP `encodedDataLength` of every response until the poster is painted and the network is
 *     quiet), the same bytes gzipped (-9) from the built files (what a compressing server sends),
 *     time to poster (host navigation → `data-state="poster"`), time to interactive (click on
 *     “Explore” → the live map's first `idle`);
 *   - the full app (`index.html` with the same view) in the same kind of frame: time to map idle, bytes;
 * alternating, N runs each (fresh context = cold cache), medians and the ratio poster / full-app idle.
 * Then the demo page with 12 embeds, scrolled top to bottom: live maps and WebGL contexts alive.
 *
 * Env: BENCH_RUNS (default 3), CHROMIUM_PATH, BENCH_KEEP=1 keeps the tmp dir.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ARTICLE, benchDir, buildApp, load, log, median, RUNS, served } from './browser.ts';

const QUERY = `article=${ARTICLE}&place=sinaa_prison&lang=en`;
const TIMEOUT = 45_000;
const KB = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number | null) => (n == null ? 'n/a' : `${Math.round(n)} ms`);

const TMP = benchDir('embed');
const DIST = join(TMP, 'dist');

/** The built file a URL of the preview server maps to, gzipped at -9 (0 when not a file). */
function gzOf(url: string): number {
  const path = decodeURIComponent(new URL(url).pathname);
  const file = join(DIST, path === '/' ? 'index.html' : path);
  if (!existsSync(file) || !statSync(file).isFile()) return 0;
  const body = readFileSync(file);
  return /\.(woff2|png)$/.test(file) ? body.length : gzipSync(body, { level: 9 }).length;
}

const kindOf = (url: string) => {
  const p = new URL(url).pathname;
  if (p.endsWith('.js') || p.endsWith('.mjs')) return 'js';
  if (p.endsWith('.css')) return 'css';
  if (p.endsWith('.woff2')) return 'fonts';
  if (p.endsWith('.pbf')) return 'tiles';
  if (p.endsWith('.json') || p.endsWith('.geojson') || p.endsWith('.txt')) return 'data';
  return 'html';
};

interface Transfer {
  url: string;
  encoded: number;
}

/** Records every finished response of the page and its frames (CDP), by URL. */
async function recordTransfers(context: BrowserContext, page: Page): Promise<Transfer[]> {
  const out: Transfer[] = [];
  const cdp = await context.newCDPSession(page);
  const urls = new Map<string, string>();
  cdp.on('Network.responseReceived', (e) => urls.set(e.requestId, e.response.url));
  cdp.on('Network.loadingFinished', (e) => {
    const url = urls.get(e.requestId);
    if (url && !url.startsWith('data:')) out.push({ url, encoded: e.encodedDataLength });
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return out;
}

/**
 * Absolute times (epoch ms) at which each frame's `#embed` / map first reached each state. Browser-side
 * code is written as strings: tsx lowers `?.`, `??` and `??=` into temporaries declared outside a
 * function, which break once Playwright sends the function's source to the page.
 */
const STATE_PROBE = `
  window.__marks = {};
  const mark = (k) => { if (!(k in window.__marks)) window.__marks[k] = performance.timeOrigin + performance.now(); };
  mark('start');
  new MutationObserver(() => {
    const e = document.getElementById('embed');
    if (e && e.dataset.state) mark('embed-' + e.dataset.state);
    const m = document.querySelector('[data-testid="map"]');
    if (m && m.dataset.state) mark('map-' + m.dataset.state);
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'], childList: true });
`;

/** 12 embeds that all ask for a live map when in view (`interactive=1`), with the host script. */
const MANY =
  `<!doctype html><html><head><meta charset="utf-8"><title>many</title><script src="embed.js" defer></script></head>` +
  `<body style="margin:0;width:700px">` +
  Array.from(
    { length: 12 },
    (_, i) =>
      `<iframe title="map ${i}" src="embed.html?lang=${i % 2 ? 'en' : 'ar'}&interactive=1&id=m${i}" ` +
      `style="border:0;display:block;width:700px;height:560px" sandbox="allow-scripts allow-same-origin allow-popups"></iframe>` +
      `<div style="height:700px"></div>`,
  ).join('') +
  `</body></html>`;

const hostHtml = (src: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>host</title></head><body style="margin:0">` +
  `<iframe id="f" title="map" src="${src}" style="border:0;width:700px;height:560px" ` +
  `sandbox="allow-scripts allow-same-origin allow-popups"></iframe></body></html>`;

async function frameMark(page: Page, key: string): Promise<number | null> {
  const until = Date.now() + TIMEOUT;
  while (Date.now() < until) {
    const f = page.frames().find((x) => x !== page.mainFrame());
    const v = f
      ? await f
          .evaluate(`(window.__marks && window.__marks[${JSON.stringify(key)}]) || null`)
          .catch(() => null)
      : null;
    if (v != null) return v as number;
    await page.waitForTimeout(50);
  }
  return null;
}

/** Waits until no response finished for `quietMs`. */
async function quiet(page: Page, t: Transfer[], quietMs = 700): Promise<void> {
  let n = -1;
  const until = Date.now() + TIMEOUT;
  while (n !== t.length && Date.now() < until) {
    n = t.length;
    await page.waitForTimeout(quietMs);
  }
}

interface Run {
  poster: number | null;
  interactive: number | null;
  idle: number | null;
  bytes: Transfer[];
}

async function runEmbed(browser: Browser, base: string): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 760, height: 700 } });
  await context.route('**/host.html', (r) =>
    r.fulfill({ contentType: 'text/html', body: hostHtml(`embed.html?${QUERY}`) }),
  );
  await context.addInitScript({ content: STATE_PROBE });
  const page = await context.newPage();
  const t = await recordTransfers(context, page);
  await page.goto(`${base}host.html`);
  const t0 = await page.evaluate(() => performance.timeOrigin);
  const poster = await frameMark(page, 'embed-poster');
  await quiet(page, t);
  const bytes = [...t];
  const f = page.frames().find((x) => x !== page.mainFrame())!;
  const click = Date.now();
  await f.locator('.explore').click();
  const live = await frameMark(page, 'embed-live');
  await context.close();
  return { poster: poster && poster - t0, interactive: live && live - click, idle: null, bytes };
}

async function runApp(browser: Browser, base: string): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 760, height: 700 } });
  await context.route('**/host.html', (r) =>
    r.fulfill({ contentType: 'text/html', body: hostHtml(`index.html?${QUERY}`) }),
  );
  await context.addInitScript({ content: STATE_PROBE });
  const page = await context.newPage();
  const t = await recordTransfers(context, page);
  await page.goto(`${base}host.html`);
  const t0 = await page.evaluate(() => performance.timeOrigin);
  const idle = await frameMark(page, 'map-idle');
  await quiet(page, t);
  await context.close();
  return { poster: null, interactive: null, idle: idle && idle - t0, bytes: [...t] };
}

function byKind(bytes: Transfer[], size: (t: Transfer) => number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const b of bytes)
    if (!b.url.endsWith('/host.html')) out[kindOf(b.url)] = (out[kindOf(b.url)] ?? 0) + size(b);
  return out;
}
const total = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
const fmtKinds = (r: Record<string, number>) =>
  Object.entries(r)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${KB(v)}`)
    .join(', ');

/** Scrolls the demo page top to bottom and back; the most live maps / WebGL contexts at once. */
async function demoContexts(
  browser: Browser,
  base: string,
  path = 'embed-demo.html',
): Promise<{ live: number; gl: number; steps: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route('**/many.html', (r) => r.fulfill({ contentType: 'text/html', body: MANY }));
  const page = await context.newPage();
  await page.goto(`${base}${path}`);
  await page.waitForLoadState('load');
  let live = 0;
  let gl = 0;
  let steps = 0;
  const height = await page.evaluate(() => document.body.scrollHeight);
  const count = async () => {
    const frames = page.frames().filter((f) => f.url().includes('/embed.html'));
    const per = await Promise.all(
      frames.map((f) =>
        f
          .evaluate(() => ({
            live: document.body.dataset.live === '1' ? 1 : 0,
            gl: document.querySelectorAll('.live canvas').length,
          }))
          .catch(() => ({ live: 0, gl: 0 })),
      ),
    );
    live = Math.max(
      live,
      per.reduce((a, b) => a + b.live, 0),
    );
    gl = Math.max(
      gl,
      per.reduce((a, b) => a + b.gl, 0),
    );
  };
  for (const y of [...Array(Math.ceil(height / 400) + 1).keys()].map((i) => i * 400)) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(300);
    await count();
    steps++;
  }
  await context.close();
  return { live, gl, steps };
}

async function main(): Promise<void> {
  log(`bench/embed — ${new Date().toISOString()}, ${cpus().length} cores, load ${load(' ')}`);
  buildApp(DIST, 180_000);
  log('  built');
  const { base, browser, close } = await served(DIST, TMP);
  try {
    const embeds: Run[] = [];
    const apps: Run[] = [];
    for (let i = 0; i < RUNS + 1; i++) {
      const e = await runEmbed(browser, base);
      const a = await runApp(browser, base);
      log(
        `  run ${i}${i ? '' : ' (warm-up)'}: poster ${ms(e.poster)}, live ${ms(e.interactive)}; app idle ${ms(a.idle)}`,
      );
      // The first pair warms the server and the disk.
      if (i > 0) {
        embeds.push(e);
        apps.push(a);
      }
    }
    const e = embeds.at(-1)!;
    const a = apps.at(-1)!;
    const eEnc = byKind(e.bytes, (b) => b.encoded);
    const eGz = byKind(e.bytes, (b) => gzOf(b.url));
    const aEnc = byKind(a.bytes, (b) => b.encoded);
    const aGz = byKind(a.bytes, (b) => gzOf(b.url));
    log(`\nEmbed (700×560 iframe, ${QUERY}), before interaction (${e.bytes.length - 1} requests):`);
    log(`  transferred (encodedDataLength): ${KB(total(eEnc))}  [${fmtKinds(eEnc)}]`);
    log(`  gzipped -9 (a compressing server): ${KB(total(eGz))}  [${fmtKinds(eGz)}]   goal ≤ 60 KB`);
    log(
      `  files: ${e.bytes
        .filter((b) => !b.url.endsWith('host.html'))
        .map((b) => new URL(b.url).pathname.split('/').pop())
        .join(', ')}`,
    );
    log(`Full app in the same frame, until map idle (${a.bytes.length - 1} requests):`);
    log(`  transferred: ${KB(total(aEnc))}; gzipped -9: ${KB(total(aGz))}  [${fmtKinds(aGz)}]`);
    const poster = median(embeds.map((r) => r.poster));
    const idle = median(apps.map((r) => r.idle));
    log(
      `\nTimes, median of ${RUNS} (each: ${embeds.map((r) => ms(r.poster)).join(' / ')} | ${apps.map((r) => ms(r.idle)).join(' / ')}):`,
    );
    log(
      `  embed: time to poster ${ms(poster)}; click → live map idle ${ms(median(embeds.map((r) => r.interactive)))}`,
    );
    log(`  full app: time to map idle ${ms(idle)}`);
    if (poster != null && idle != null)
      log(`  ratio poster / full-app idle = ${(poster / idle).toFixed(2)}   goal < 0.25`);
    const demo = await demoContexts(browser, base);
    log(
      `\nDemo page (12 embeds, 1280×900), scrolled in ${demo.steps} steps: at most ${demo.live} live maps, ${demo.gl} WebGL canvases at once (Chromium's limit: 16)`,
    );
    const many = await demoContexts(browser, base, 'many.html');
    log(
      `12 embeds all interactive=1 (with embed.js), scrolled in ${many.steps} steps: at most ${many.live} live maps, ${many.gl} WebGL canvases at once`,
    );
    log(`load after: ${load(' ')}`);
  } finally {
    await close();
  }
}

await main();

/**
 * Online map styles in a production build (issue 19.9). The app is built here with
 * `ATLAS_STYLE_ORIGINS` naming a second local server (a style and its tiles on 127.0.0.1, another
 * port): a style there loads under the build's CSP, with no violation. A style on a third server,
 * not listed, is never requested: the offline basemap shows, with a notice. And the shipped build
 * (no list) requests nothing off its origin for `?style=`.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { basemapStyle } from '../../src/carto/basemap-style.ts';
import { t } from '../../src/i18n.ts';
import { baseUrl, mapIdle, open, PHONE, shot } from './harness.ts';

const DIST = resolve(process.env.AA_DIST ?? 'dist');
const TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.pbf': 'application/x-protobuf',
  '.woff2': 'font/woff2',
};

/** A static server over dist/ that also serves `/style.json` (the offline style, pointed at itself). */
function tileServer(): { server: Server; requests: string[]; listen: () => Promise<string> } {
  const requests: string[] = [];
  let base = '';
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push(path);
    res.setHeader('access-control-allow-origin', '*');
    if (path === '/style.json') {
      res.setHeader('content-type', 'application/json');
      return res.end(JSON.stringify(basemapStyle({ baseUrl: base, theme: 'light', lang: 'en' })));
    }
    const file = join(DIST, decodeURIComponent(path));
    if (!file.startsWith(DIST) || !existsSync(file)) {
      res.statusCode = 404;
      return res.end();
    }
    res.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
    res.end(readFileSync(file));
  });
  return {
    server,
    requests,
    listen: () =>
      new Promise((done) =>
        server.listen(0, '127.0.0.1', () => {
          base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
          done(base);
        }),
      ),
  };
}

const allowed = tileServer();
const other = tileServer();
let allowedBase: string;
let otherBase: string;
let out: string;
let app: PreviewServer;
let appBase: string;
let browser: Browser;

beforeAll(async () => {
  allowedBase = await allowed.listen();
  otherBase = await other.listen();
  out = mkdtempSync(join(tmpdir(), 'aa-style-build-'));
  const before = process.env.ATLAS_STYLE_ORIGINS;
  const nodeEnv = process.env.NODE_ENV;
  process.env.ATLAS_STYLE_ORIGINS = new URL(allowedBase).origin;
  // A production build, as `npm run build` makes (vitest sets NODE_ENV=test, which Vite would keep).
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'error', build: { outDir: out, emptyOutDir: true } });
    app = await preview({
      logLevel: 'error',
      build: { outDir: out },
      preview: { port: 0, host: '127.0.0.1', strictPort: false },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
    if (before === undefined) delete process.env.ATLAS_STYLE_ORIGINS;
    else process.env.ATLAS_STYLE_ORIGINS = before;
  }
  appBase = app.resolvedUrls!.local[0]!;
  browser = await chromium.connect(inject('wsEndpoint'));
}, 240_000);
afterAll(async () => {
  await new Promise<void>((r) => (app ? app.httpServer.close(() => r()) : r()));
  allowed.server.close();
  other.server.close();
  rmSync(out, { recursive: true, force: true });
});

/** A page of the built app with every request, CSP violation and page error recorded. */
async function openBuilt(query: string, viewport = { width: 1280, height: 800 }) {
  const context: BrowserContext = await browser.newContext({
    viewport,
    reducedMotion: 'reduce',
    timezoneId: 'UTC',
  });
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${appBase}?${query}`);
  const csp = () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
  return { context, page, requests, errors, csp };
}

describe('a build with ATLAS_STYLE_ORIGINS', () => {
  it('is a production build that carries the origin in its CSP meta, and no other', () => {
    expect(readFileSync(join(out, 'index.html'), 'utf8')).not.toContain('/@vite/client');
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    const origin = new URL(allowedBase).origin;
    expect(html).toContain(`connect-src 'self' ${origin}`);
    expect(html).not.toContain(new URL(otherBase).origin);
  });

  it('loads a style (and its tiles) from the listed origin, with no CSP violation', async () => {
    const p = await openBuilt(`lang=en&style=${encodeURIComponent(`${allowedBase}style.json`)}`);
    try {
      await mapIdle(p.page, 60_000);
      expect(allowed.requests).toContain('/style.json');
      expect(allowed.requests.some((r) => r.endsWith('.pbf'))).toBe(true);
      expect(await p.csp()).toEqual([]);
      expect(p.errors).toEqual([]);
      expect(
        await p.page
          .getByTestId('notices')
          .innerText()
          .catch(() => ''),
      ).not.toContain('offline basemap');
      const origins = new Set(p.requests.map((u) => new URL(u).origin));
      expect([...origins].filter((o) => o !== new URL(appBase).origin && o !== 'null')).toEqual([
        new URL(allowedBase).origin,
      ]);
      await shot(p.page, 'style-allowed-en-desktop');
    } finally {
      await p.context.close();
    }
  });

  it.each([
    ['en', undefined],
    ['ar', PHONE],
  ] as const)(
    'a style on another origin is never requested: offline basemap and a notice (%s)',
    async (lang, viewport) => {
      const p = await openBuilt(
        `lang=${lang}&style=${encodeURIComponent(`${otherBase}style.json`)}`,
        viewport,
      );
      try {
        await mapIdle(p.page, 60_000);
        await expect.poll(() => p.page.getByTestId('notices').innerText()).toContain(t(lang, 'styleRefused'));
        expect(other.requests).toEqual([]);
        expect(p.requests.filter((u) => u.startsWith(otherBase))).toEqual([]);
        expect(await p.csp()).toEqual([]);
        expect(p.errors).toEqual([]);
        await shot(p.page, `style-refused-${lang}-${viewport ? 'phone' : 'desktop'}`);
      } finally {
        await p.context.close();
      }
    },
  );
});

describe('the shipped build (no ATLAS_STYLE_ORIGINS)', () => {
  it('requests nothing off its origin for ?style=, and says why it shows the offline basemap', async () => {
    const before = allowed.requests.length;
    const p = await open(`?lang=en&style=${encodeURIComponent(`${allowedBase}style.json`)}`);
    await mapIdle(p.page, 60_000);
    await expect.poll(() => p.page.getByTestId('notices').innerText()).toContain(t('en', 'styleRefused'));
    expect(p.foreign).toEqual([]);
    expect(allowed.requests.length).toBe(before);
    expect(baseUrl()).not.toBe(appBase);
  });
});

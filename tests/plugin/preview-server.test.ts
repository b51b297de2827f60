/**
 * `vite preview` serves the production build (the browser tests use it, and so may a newsroom): the
 * page and its files come through, and a missing data file is a real 404, never index.html with 200.
 * Runs against a small stand-in for `dist/` so it needs no build.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preview, type PreviewServer } from 'vite';
import { cspHeader } from '../../csp.plugin.ts';

let dist: string;
let server: PreviewServer;
let base: string;

const FILES: Record<string, string> = {
  'index.html': '<!doctype html><html><head><meta charset="utf-8"></head><body>atlas</body></html>',
  'assets/index-abc.js': 'export {};',
  'fonts/noto.woff2': 'font',
  'geodata/index.json': '{"articles":["a1"]}',
  'geodata/a1/article.json': '{}',
  'geodata/basemap/tiles/0/0/0.pbf': 'tile',
};

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'aa-preview-'));
  for (const [path, body] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), body);
  }
  server = await preview({
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    build: { outDir: dist },
    logLevel: 'silent',
  });
  base = server.resolvedUrls!.local[0]!;
}, 30_000);

afterAll(async () => {
  await new Promise<void>((resolve) => server?.httpServer.close(() => resolve()) ?? resolve());
  rmSync(dist, { recursive: true, force: true });
});

describe('the preview server', () => {
  it.each(['', 'index.html', '?lang=en&view=-77.03,38.9,6'])(
    'serves the page at "%s" with the CSP header',
    async (path) => {
      const res = await fetch(`${base}${path}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('atlas');
      expect(res.headers.get('content-security-policy')).toBe(cspHeader());
    },
  );

  it.each([
    'geodata/index.json',
    'geodata/a1/article.json',
    'geodata/basemap/tiles/0/0/0.pbf',
    'fonts/noto.woff2',
  ])('serves %s as it is in the build', async (path) => {
    const res = await fetch(`${base}${path}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(FILES[path]);
  });

  it.each([
    ['a tile outside the tile set (a z9 view over Washington)', 'geodata/basemap/tiles/9/146/195.pbf'],
    ['a zoom the tile set does not have', 'geodata/basemap/tiles/22/0/0.pbf'],
    ['an article that does not exist', 'geodata/no-such-article/article.json'],
    ['a file an article does not have', 'geodata/a1/places.geojson'],
    ['the raw sources (never shipped)', 'geodata/sources/PROVENANCE.md'],
    ['an escape out of the data folder', 'geodata/..%2F..%2Fetc%2Fpasswd'],
    ['a font that is not shipped', 'fonts/other.woff2'],
    ['a chunk that is not in the build', 'assets/index-old.js'],
  ])('answers 404 for %s, not the page', async (_, path) => {
    const res = await fetch(`${base}${path}`);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('atlas');
  });
});

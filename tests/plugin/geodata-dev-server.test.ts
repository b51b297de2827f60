/** `npm start` serves the app with Vite's dev server: geodata must come through it as data and as modules. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import { articleIndex } from '../../geodata.plugin.ts';

let server: ViteDevServer;
let base: string;

beforeAll(async () => {
  server = await createServer({ server: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
  await server.listen();
  base = server.resolvedUrls!.local[0]!;
}, 30_000);
afterAll(() => server?.close());

describe('the dev server', () => {
  it('lists the articles and serves their files', async () => {
    expect(await (await fetch(`${base}geodata/index.json`)).json()).toEqual(articleIndex());
    const txt = await fetch(`${base}geodata/hasakah-prison-us-statement-2022/article.txt`);
    expect(txt.headers.get('content-type')).toContain('text/plain');
  });

  it('hands module imports of geodata to Vite (a JSON import becomes JavaScript)', async () => {
    const res = await fetch(`${base}geodata/basemap/attribution.json?import`);
    expect(res.headers.get('content-type')).toContain('javascript');
  });

  it('does not serve the raw sources', async () => {
    expect((await fetch(`${base}geodata/sources/PROVENANCE.md`)).status).toBe(404);
  });

  it.each([
    ['a tile outside the tile set', 'geodata/basemap/tiles/10/0/0.pbf'],
    ['a zoom the tile set does not have', 'geodata/basemap/tiles/22/1/1.pbf'],
    ['an article that does not exist', 'geodata/no-such-article/article.json'],
    ['a file an article does not have', 'geodata/hasakah-prison-us-statement-2022/extra.json'],
    ['a font that is not shipped', 'fonts/no-such-font.woff2'],
  ])('answers 404 for %s, not the page', async (_, path) => {
    const res = await fetch(`${base}${path}`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type') ?? '').not.toContain('text/html');
  });

  it('still serves the page, with or without a query string', async () => {
    for (const path of ['', 'index.html', '?lang=en&place=semalka_crossing']) {
      const res = await fetch(`${base}${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/html');
    }
  });
});

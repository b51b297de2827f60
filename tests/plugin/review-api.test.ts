/**
 * The review API over HTTP, as curl or a foreign page would call it (issue 19.1, 19.5): Vite's dev
 * server on a temporary geodata folder; every refused request leaves the article's files unchanged.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { guardRequest, MAX_BODY } from '../../review.plugin.ts';

const ID = 'hasakah-prison-us-statement-2022';
const SHIPPED = resolve(import.meta.dirname, '../../geodata', ID);
let root: string;
let server: ViteDevServer;
let port: number;
let token: string;

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}
/** A raw HTTP request (node:http sets any header, Host included, as curl does). */
function call(method: string, path: string, headers: Record<string, string> = {}, body?: string | Buffer) {
  return new Promise<Reply>((done, fail) => {
    const req = request(
      { host: '127.0.0.1', port, method, path, headers: { host: `127.0.0.1:${port}`, ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          done({
            status: res.statusCode!,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', (e) =>
      (e as NodeJS.ErrnoException).code === 'EPIPE' || (e as NodeJS.ErrnoException).code === 'ECONNRESET'
        ? done({ status: -1, headers: {}, body: '' })
        : fail(e),
    );
    if (body !== undefined) req.write(body);
    req.end();
  });
}
const origin = () => `http://127.0.0.1:${port}`;
const page = () => ({ origin: origin(), 'sec-fetch-site': 'same-origin', 'x-review-token': token });
const files = () =>
  Object.fromEntries(
    readdirSync(join(root, 'geodata', ID))
      .sort()
      .map((f) => [f, readFileSync(join(root, 'geodata', ID, f), 'utf8')]),
  );
async function current() {
  const r = await call('GET', `/__review/api/article/${ID}`, page());
  const a = JSON.parse(r.body) as Record<string, unknown>;
  const version = a.version as string;
  delete a.text;
  delete a.version;
  (a.events as { title: { en: { text: string } } }[])[0]!.title.en.text = `Edited ${Math.random()}`;
  return { body: JSON.stringify(a), version };
}
const save = (body: string, headers: Record<string, string>) =>
  call('POST', `/__review/api/article/${ID}`, { 'content-type': 'application/json', ...headers }, body);

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'aa-review-api-'));
  process.env.AA_REVIEW_GEODATA = join(root, 'geodata');
  process.env.AA_REVIEW_PREVIOUS = join(root, 'previous');
  server = await createServer({ server: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
  await server.listen();
  port = Number(new URL(server.resolvedUrls!.local[0]!).port);
  const html = await call('GET', '/review.html', { 'sec-fetch-site': 'none' });
  token = /<meta name="aa-review-token" content="([^"]+)"/.exec(html.body)![1]!;
}, 60_000);
afterAll(async () => {
  await server?.close();
  delete process.env.AA_REVIEW_GEODATA;
  delete process.env.AA_REVIEW_PREVIOUS;
  rmSync(root, { recursive: true, force: true });
});
beforeEach(() => {
  rmSync(join(root, 'geodata'), { recursive: true, force: true });
  cpSync(SHIPPED, join(root, 'geodata', ID), { recursive: true });
});

describe('who may write', () => {
  it('the page itself (token, same origin, JSON, current version) saves', async () => {
    const { body, version } = await current();
    const r = await save(body, { ...page(), 'if-match': `"${version}"` });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body).version).not.toBe(version);
  });

  it.each([
    ['a foreign Origin', { origin: 'http://evil.test' }, 403],
    ['another local port', { origin: 'http://127.0.0.1:1' }, 403],
    ['a malformed Origin', { origin: 'null' }, 403],
    ['sec-fetch-site: cross-site', { 'sec-fetch-site': 'cross-site' }, 403],
    ['sec-fetch-site: same-site (another localhost port)', { 'sec-fetch-site': 'same-site' }, 403],
    ['no token', { 'x-review-token': '' }, 403],
    ['a wrong token', { 'x-review-token': 'guess' }, 403],
    ['text/plain', { 'content-type': 'text/plain' }, 415],
    ['form data', { 'content-type': 'application/x-www-form-urlencoded' }, 415],
    ['no content type', { 'content-type': '' }, 415],
    ['no if-match', { 'if-match': '' }, 428],
    ['an old version', { 'if-match': '"0123"' }, 409],
  ] as const)('refuses %s (%i), the article unchanged', async (_, bad, status) => {
    const before = files();
    const { body, version } = await current();
    const r = await save(body, { ...page(), 'if-match': `"${version}"`, ...bad });
    expect(r.status).toBe(status);
    expect(r.headers['access-control-allow-origin']).toBeUndefined();
    expect(files()).toEqual(before);
  });

  it('refuses a Host that is not this server (DNS rebinding)', async () => {
    const { body, version } = await current();
    const before = files();
    const r = await save(body, { ...page(), host: 'evil.test', 'if-match': `"${version}"` });
    expect(r.status).toBe(403);
    expect(files()).toEqual(before);
  });
});

describe('who may read', () => {
  it.each([
    ['the draft', `/__review/api/article/${ID}`],
    ['the gazetteer', '/__review/api/gazetteer'],
    ['the page that carries the token', '/review.html'],
  ])('another localhost origin cannot read %s (no CORS, 403)', async (_, path) => {
    const r = await call('GET', path, { origin: 'http://localhost:9999', 'sec-fetch-site': 'same-site' });
    expect(r.status).toBe(403);
    expect(r.headers['access-control-allow-origin']).toBeUndefined();
    expect(r.body).not.toContain(token);
    expect(r.body).not.toContain('"passages"');
  });

  it('the API without the token answers nothing', async () => {
    const r = await call('GET', `/__review/api/article/${ID}`, { 'sec-fetch-site': 'same-origin' });
    expect(r.status).toBe(403);
  });

  it('the review page cannot be framed by another origin', async () => {
    const r = await call('GET', '/review.html', { 'sec-fetch-site': 'none' });
    expect(r.headers['content-security-policy']).toBe("frame-ancestors 'self'");
  });
});

describe('silent overwrites', () => {
  it('20 concurrent saves on one version: exactly one 200, the others 409', async () => {
    const { version } = await current();
    const bodies = await Promise.all(Array.from({ length: 20 }, () => current()));
    const replies = await Promise.all(
      bodies.map(({ body }) => save(body, { ...page(), 'if-match': `"${version}"` })),
    );
    const statuses = replies.map((r) => r.status).sort();
    expect(statuses).toEqual([200, ...Array(19).fill(409)]);
    expect(JSON.parse(replies.find((r) => r.status === 409)!.body).message).toMatch(/another tab/);
  });

  it('a body over the cap is refused (413), the article unchanged', async () => {
    const before = files();
    const { version } = await current();
    const big = Buffer.alloc(MAX_BODY + 1024, 0x20);
    const r = await save(big.toString(), { ...page(), 'if-match': `"${version}"` });
    expect(r.status).toBe(413);
    // Without a content-length (chunked), the server stops reading at the cap.
    const chunked = await save(big.toString(), {
      ...page(),
      'if-match': `"${version}"`,
      'transfer-encoding': 'chunked',
    });
    expect([413, -1]).toContain(chunked.status);
    expect(files()).toEqual(before);
  });

  it('an unknown top-level key is refused (400), the article unchanged', async () => {
    const before = files();
    const { body, version } = await current();
    const r = await save(JSON.stringify({ ...JSON.parse(body), extra: 'x'.repeat(1000) }), {
      ...page(),
      'if-match': `"${version}"`,
    });
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body).message).toContain('"extra"');
    expect(files()).toEqual(before);
  });
});

describe('hostile ids and bodies (fuzz)', () => {
  const IDS = [
    '..%2F..%2Fetc',
    '__proto__',
    'constructor',
    '%00',
    'a'.repeat(500),
    '.hidden',
    'x%2F..%2Fy',
    '%E2%80%AE',
    ID.toUpperCase(),
  ];
  it.each(IDS)('GET and POST /article/%s: a 4xx, never a 500, nothing written', async (id) => {
    const before = files();
    const { body, version } = await current();
    const headers = { ...page(), 'content-type': 'application/json', 'if-match': `"${version}"` };
    const g = await call('GET', `/__review/api/article/${id}`, page());
    const p = await call('POST', `/__review/api/article/${id}`, headers, body);
    expect([g.status, p.status].every((s) => s >= 400 && s < 500)).toBe(true);
    expect(readdirSync(join(root, 'geodata'))).toEqual([ID]);
    expect(files()).toEqual(before);
  });
  it.each([
    ['not JSON', '{', 400],
    ['JSON null', 'null', 400],
    ['an array', '[]', 400],
    ['a string', '"x"', 400],
    ['an empty object', '{}', 422],
    ['a prototype key', '{"__proto__":{"x":1}}', 400],
  ] as const)('a body that is %s: %i, the article unchanged', async (_, body, status) => {
    const before = files();
    const { version } = await current();
    const r = await save(body, { ...page(), 'if-match': `"${version}"` });
    expect(r.status).toBe(status);
    expect(files()).toEqual(before);
  });
});

describe('guardRequest', () => {
  const h = (headers: Record<string, string>, method = 'POST') => ({
    method,
    headers: { host: 'localhost:5174', ...headers },
  });
  it.each([
    [{ origin: 'http://localhost:5174', 'x-review-token': 't', 'content-type': 'application/json' }, null],
    [{ 'x-review-token': 't', 'content-type': 'application/json; charset=utf-8' }, null],
    [{ 'sec-fetch-site': 'none', 'x-review-token': 't', 'content-type': 'application/json' }, null],
    [
      {
        origin: 'https://localhost:5174.evil.test',
        'x-review-token': 't',
        'content-type': 'application/json',
      },
      403,
    ],
    [{ 'x-review-token': 't', 'content-type': 'application/jsonp' }, 415],
    [{ 'x-review-token': 't', 'content-type': 'text/plain;application/json' }, 415],
  ] as const)('%o → %s', (headers, want) => {
    expect(guardRequest(h(headers), 't', true)?.status ?? null).toBe(want);
  });
});

describe('the gazetteer search with the world index (POST /search)', () => {
  const search = (body: unknown, headers: Record<string, string> = {}) =>
    call(
      'POST',
      '/__review/api/search',
      { ...page(), 'content-type': 'application/json', ...headers },
      typeof body === 'string' ? body : JSON.stringify(body),
    );

  it.each([
    ['a foreign Origin', { origin: 'http://evil.test' }, 403],
    ['sec-fetch-site: same-site', { 'sec-fetch-site': 'same-site' }, 403],
    ['no token', { 'x-review-token': '' }, 403],
    ['text/plain', { 'content-type': 'text/plain' }, 415],
    ['form data', { 'content-type': 'application/x-www-form-urlencoded' }, 415],
  ] as const)('refuses %s (%i) without CORS headers or results', async (_, bad, status) => {
    const r = await search({ query: 'Beirut' }, bad);
    expect(r.status).toBe(status);
    expect(r.headers['access-control-allow-origin']).toBeUndefined();
    expect(r.body).not.toContain('results');
  });

  it.each([
    ['not JSON', '{', 'bad JSON'],
    ['no query', {}, 'query: expected a string'],
    ['an unknown key', { query: 'x', all: true }, 'unknown key "all"'],
    ['a position out of range', { query: 'x', near: [[0, 95]] }, 'near[0]'],
    ['too many results', { query: 'x', limit: 5000 }, 'limit: expected an integer 1–30'],
  ] as const)('refuses %s (400, with the reason)', async (_, body, reason) => {
    const r = await search(body);
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body).message).toContain(reason);
  });

  it('refuses a body over the cap (413)', async () => {
    const r = await search(JSON.stringify({ query: 'x'.repeat(MAX_BODY) }));
    expect([413, -1]).toContain(r.status);
  });

  it('a GET is not a search (404)', async () => {
    expect((await call('GET', '/__review/api/search', page())).status).toBe(404);
  });

  // One build of the world index (GeoNames, a few seconds) serves the tests below.
  it('Arabic «أنطاكية» and «بأنطاكية», English "Hatay" find Antakya; "Port Sudan" a world place', async () => {
    for (const query of ['أنطاكية', 'بأنطاكية', 'Hatay']) {
      const r = await search({ query, limit: 3 });
      expect(r.status).toBe(200);
      const [first] = JSON.parse(r.body).results as { names: { en: string[] } }[];
      expect(first!.names.en).toContain('Antakya');
    }
    const r = await search({ query: 'بورتسودان', near: [[36.16, 36.21]], limit: 3 });
    const [port] = JSON.parse(r.body).results as Record<string, unknown>[];
    expect(port).toMatchObject({
      id: 'geonames-377039',
      country: 'SD',
      world: true,
      source: { licence: 'CC BY 4.0' },
    });
    expect((port!.names as { en: string[] }).en[0]).toBe('Port Sudan');
  }, 120_000);

  it('a world place, chosen, is a place feature with its geonames id, source and licence', async () => {
    const r = await call('GET', '/__review/api/place/geonames-377039', page());
    expect(r.status).toBe(200);
    const f = JSON.parse(r.body) as { id: string; geometry: unknown; properties: Record<string, unknown> };
    expect(f.id).toBe('geonames-377039');
    expect(f.geometry).toEqual({ type: 'Point', coordinates: [37.21644, 19.61745] });
    expect(f.properties).toMatchObject({
      name_en: 'Port Sudan',
      geometry_source: { licence: 'CC BY 4.0', url: 'https://www.geonames.org/' },
    });
    expect((await call('GET', '/__review/api/place/geonames-0', page())).status).toBe(404);
  }, 120_000);
});

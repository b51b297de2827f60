import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ARTICLE_FILES,
  decodeUtf8,
  FETCH_TIMEOUT_MS,
  loadArticle,
  loadArticleIndex,
  openArticle,
} from '../../src/model/load.ts';
import { readArticleFromDisk } from '../../src/model/read-node.ts';
import { VALID_DIR } from '../fixtures/fixtures.ts';

const BASE = 'https://atlas.test/';

/** A fetch that serves `files` (URL → body) and answers 404 otherwise; records the URLs asked for. */
function fakeFetch(files: Record<string, string>) {
  const asked: string[] = [];
  const impl = (async (input: RequestInfo | URL) => {
    const url = String(input);
    asked.push(url);
    const body = files[url];
    return body === undefined
      ? new Response('not found', { status: 404 })
      : new Response(body, { status: 200 });
  }) as typeof fetch;
  return { impl, asked };
}

const FILES = Object.keys(ARTICLE_FILES);

/** The valid fixture served as article `valid`, with `override` replacing some files' bodies. */
function servedFixture(override: Record<string, string | undefined> = {}): Record<string, string> {
  const served: Record<string, string> = {};
  for (const f of FILES) {
    const body = f in override ? override[f] : readFileSync(join(VALID_DIR, f), 'utf8');
    if (body !== undefined) served[`${BASE}geodata/valid/${f}`] = body;
  }
  return served;
}

describe('loadArticle', () => {
  it('fetches the six files and builds the model', async () => {
    const { impl, asked } = fakeFetch(servedFixture());
    const { model, issues } = await loadArticle(BASE, 'valid', impl);
    expect(issues).toEqual([]);
    expect(model?.meta.id).toBe('valid');
    // And the build's manifest, absent here (404): the files are validated.
    expect(asked.sort()).toEqual([...FILES, 'verified.json'].map((f) => `${BASE}geodata/valid/${f}`).sort());
  });

  it('names a missing file and builds nothing', async () => {
    const { impl } = fakeFetch(servedFixture({ 'events.json': undefined }));
    expect(await loadArticle(BASE, 'valid', impl)).toEqual({
      model: null,
      issues: [
        {
          path: 'events.json',
          message: `could not be read: HTTP 404 for ${BASE}geodata/valid/events.json`,
          severity: 'error',
        },
      ],
    });
  });

  it('names an unparseable file', async () => {
    const { impl } = fakeFetch(servedFixture({ 'places.geojson': '{"type": "FeatureCollection",' }));
    const { model, issues } = await loadArticle(BASE, 'valid', impl);
    expect(model).toBeNull();
    expect(issues.map((i) => i.path)).toEqual(['places.geojson']);
    expect(issues[0]?.message).toMatch(/^not valid JSON \(/);
  });

  it('turns a network failure into an issue', async () => {
    const impl = (async () => {
      throw new TypeError('network down');
    }) as typeof fetch;
    const { model, issues } = await loadArticle(BASE, 'valid', impl);
    expect(model).toBeNull();
    expect(issues).toHaveLength(6);
    expect(issues[0]).toEqual({
      path: 'article.json',
      message: `could not be read: network down for ${BASE}geodata/valid/article.json`,
      severity: 'error',
    });
  });

  it('returns validation errors without a model', async () => {
    const text = readFileSync(join(VALID_DIR, 'article.txt'), 'utf8');
    const { impl } = fakeFetch(servedFixture({ 'article.txt': text.replace('closed.', 'CLOSED.') }));
    const { model, issues } = await loadArticle(BASE, 'valid', impl);
    expect(model).toBeNull();
    expect(issues.map((i) => i.path)).toEqual(['meta.textSha256']);
  });

  it('checks the id against the folder it was asked for', async () => {
    const served = Object.fromEntries(
      Object.entries(servedFixture()).map(([k, v]) => [k.replace('/valid/', '/other/'), v]),
    );
    const { model, issues } = await loadArticle(BASE, 'other', fakeFetch(served).impl);
    expect(model).toBeNull();
    expect(issues).toEqual([
      { path: 'meta.id', message: '"valid" does not match the folder name "other"', severity: 'error' },
    ]);
  });
});

describe('loadArticleIndex', () => {
  it('reads the article ids', async () => {
    const { impl } = fakeFetch({ [`${BASE}geodata/index.json`]: '{"articles":["a","b"]}' });
    expect(await loadArticleIndex(BASE, impl)).toEqual({ articles: ['a', 'b'], issues: [] });
  });

  it('reports a malformed index', async () => {
    const { impl } = fakeFetch({ [`${BASE}geodata/index.json`]: '{"articles":"a"}' });
    expect(await loadArticleIndex(BASE, impl)).toEqual({
      articles: [],
      issues: [
        {
          path: 'index.json.articles',
          message: 'expected an array of article ids, got "a"',
          severity: 'error',
        },
      ],
    });
  });

  it('reports a missing index', async () => {
    const { impl } = fakeFetch({});
    const { articles, issues } = await loadArticleIndex(BASE, impl);
    expect(articles).toEqual([]);
    expect(issues.map((i) => i.path)).toEqual(['index.json']);
  });
});

/** A fetch that never answers, but honours its abort signal as a browser's fetch does. */
const hangingFetch = (async (_input: RequestInfo | URL, init?: RequestInit) =>
  new Promise<Response>((_, reject) => {
    init?.signal?.addEventListener('abort', () => reject(init.signal!.reason), { once: true });
  })) as typeof fetch;

describe('every fetch is bounded (issue 8.3)', () => {
  it('a file that never answers becomes an issue naming it, after the timeout', async () => {
    const served = servedFixture();
    const impl = (async (input: RequestInfo | URL, init?: RequestInit) =>
      String(input).endsWith('events.json')
        ? hangingFetch(input, init)
        : fakeFetch(served).impl(input, init)) as typeof fetch;
    const { model, issues } = await loadArticle(BASE, 'valid', impl, { timeoutMs: 20 });
    expect(model).toBeNull();
    expect(issues).toEqual([
      {
        path: 'events.json',
        message: `did not answer within 0.02 s: ${BASE}geodata/valid/events.json`,
        severity: 'error',
      },
    ]);
  });

  it('an index that never answers becomes an issue', async () => {
    const { articles, issues } = await loadArticleIndex(BASE, hangingFetch, { timeoutMs: 20 });
    expect(articles).toEqual([]);
    expect(issues).toEqual([
      {
        path: 'index.json',
        message: `did not answer within 0.02 s: ${BASE}geodata/index.json`,
        severity: 'error',
      },
    ]);
  });

  it('a body that stops midway is bounded too', async () => {
    const impl = (async (_input: RequestInfo | URL, init?: RequestInit) => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"articles": ['));
          init?.signal?.addEventListener('abort', () => controller.error(init.signal!.reason));
        },
      });
      return new Response(body, { status: 200 });
    }) as typeof fetch;
    const { issues } = await loadArticleIndex(BASE, impl, { timeoutMs: 20 });
    expect(issues.map((i) => i.message)).toEqual([`did not answer within 0.02 s: ${BASE}geodata/index.json`]);
  });

  it('the default timeout is 10 s', () => {
    expect(FETCH_TIMEOUT_MS).toBe(10_000);
  });
});

describe('a byte-order mark (issue 8.10): rejected with the same message in the browser and in node', () => {
  const BOM_MESSAGE = 'starts with a byte-order mark (U+FEFF): save it as UTF-8 without a BOM';

  it('in the browser loader', async () => {
    const json = readFileSync(join(VALID_DIR, 'passages.json'), 'utf8');
    const { impl } = fakeFetch(servedFixture({ 'passages.json': `\uFEFF${json}` }));
    const { model, issues } = await loadArticle(BASE, 'valid', impl);
    expect(model).toBeNull();
    expect(issues).toEqual([{ path: 'passages.json', message: BOM_MESSAGE, severity: 'error' }]);
  });

  it('in the node reader', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aa-bom-'));
    for (const f of FILES) copyFileSync(join(VALID_DIR, f), join(dir, f));
    const text = readFileSync(join(VALID_DIR, 'article.txt'));
    writeFileSync(join(dir, 'article.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), text]));
    const { bundle, issues } = readArticleFromDisk(dir);
    expect(bundle).toBeNull();
    expect(issues).toEqual([{ path: 'article.txt', message: BOM_MESSAGE, severity: 'error' }]);
  });

  it('bytes that are not UTF-8 are named in both', async () => {
    const bad = new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d]);
    expect(decodeUtf8(bad)).toEqual({ ok: false, reason: 'not valid UTF-8' });
    const impl = (async () => new Response(bad, { status: 200 })) as typeof fetch;
    const { issues } = await loadArticleIndex(BASE, impl);
    expect(issues).toEqual([{ path: 'index.json', message: 'not valid UTF-8', severity: 'error' }]);
  });
});

describe('index ids (issue 8.1)', () => {
  it('an index entry that is not a valid id (a path, __proto__) is rejected', async () => {
    for (const bad of ['../../etc', '__proto__', 'a/b', '']) {
      const { impl } = fakeFetch({
        [`${BASE}geodata/index.json`]: JSON.stringify({ articles: ['ok', bad] }),
      });
      expect((await loadArticleIndex(BASE, impl)).articles).toEqual([]);
    }
  });

  it('loadArticle fetches nothing for an invalid id', async () => {
    const { impl, asked } = fakeFetch(servedFixture());
    const { model, issues } = await loadArticle(BASE, '../valid', impl);
    expect(model).toBeNull();
    expect(asked).toEqual([]);
    expect(issues).toEqual([
      { path: 'article', message: 'not a valid article id: "../valid"', severity: 'error' },
    ]);
  });
});

describe('openArticle', () => {
  const index = (ids: string[]) => ({ [`${BASE}geodata/index.json`]: JSON.stringify({ articles: ids }) });

  it('opens the requested article when the index lists it', async () => {
    const { impl, asked } = fakeFetch({ ...index(['other', 'valid']), ...servedFixture() });
    const opening = await openArticle(BASE, 'valid', impl);
    expect(opening.ok && opening.id).toBe('valid');
    expect(opening.ok && opening.articles).toEqual(['other', 'valid']);
    expect(opening.ok && opening.model?.places.length).toBeGreaterThan(0);
    expect(asked[0]).toBe(`${BASE}geodata/index.json`);
  });

  it("opens the index's first article for an unlisted or missing request", async () => {
    const { impl } = fakeFetch({ ...index(['valid', 'other']), ...servedFixture() });
    for (const requested of ['nope', undefined]) {
      const opening = await openArticle(BASE, requested, impl);
      expect(opening.ok && opening.id).toBe('valid');
    }
  });

  it('says why when the index lists no article, and never rejects', async () => {
    expect(await openArticle(BASE, 'valid', fakeFetch(index([])).impl)).toEqual({
      ok: false,
      error: 'geodata/index.json lists no articles',
    });
    const missing = await openArticle(BASE, 'valid', fakeFetch({}).impl);
    expect(missing.ok === false && missing.error).toMatch(/^index\.json: /);
    const throwing = (async () => {
      throw new Error('offline');
    }) as typeof fetch;
    const failed = await openArticle(BASE, 'valid', throwing);
    expect(failed.ok).toBe(false);
  });
});

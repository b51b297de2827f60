import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticle, loadArticleIndex } from '../../src/model/load.ts';
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

const FILES = [
  'article.json',
  'article.txt',
  'passages.json',
  'mentions.json',
  'places.geojson',
  'events.json',
];

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
    expect(asked.sort()).toEqual(FILES.map((f) => `${BASE}geodata/valid/${f}`).sort());
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

import { describe, expect, it, vi } from 'vitest';
import type { StyleSpecification } from 'maplibre-gl';
import { loadBaseStyle } from '../../src/map/style-load.ts';

const offline = (): StyleSpecification => ({ version: 8, name: 'offline', sources: {}, layers: [] });
const policy = {
  origin: 'http://127.0.0.1:4173',
  dev: false,
  styleOrigins: ['https://s.example', 'https://tiles.example.org'],
};
const good = {
  version: 8,
  name: 'remote',
  sources: { t: { type: 'vector', tiles: ['https://tiles.example.org/{z}/{x}/{y}.pbf'] } },
  layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#fff' } }],
};
const respond = (body: unknown, status = 200): typeof fetch =>
  (async () =>
    new Response(typeof body === 'string' ? body : JSON.stringify(body), { status })) as typeof fetch;

describe('loadBaseStyle', () => {
  it('no URL: the offline basemap, no notice', async () => {
    expect(await loadBaseStyle({ url: null, offline, policy })).toEqual({ style: offline() });
  });
  it('a valid https style is used and cached', async () => {
    const cache = new Map();
    const r = await loadBaseStyle({
      url: 'https://s.example/style.json',
      offline,
      policy,
      cache,
      fetch: respond(good),
    });
    expect(r.notice).toBeUndefined();
    expect(r.style.name).toBe('remote');
    expect(cache.size).toBe(1);
  });
  it.each([
    ['an empty style', { sources: {}, layers: [] }, 'styleInvalid'],
    ['a style without layers', { ...good, layers: [] }, 'styleInvalid'],
    ['a bad layer', { ...good, layers: [{ id: 'x', type: 'nonsense' }] }, 'styleInvalid'],
    ['not JSON', '<html>', 'styleFallback'],
    ['an array', [], 'styleInvalid'],
    ['an error status', null, 'styleFallback'],
    [
      'tiles over plain http',
      { ...good, sources: { t: { type: 'vector', tiles: ['http://evil.example/{z}/{x}/{y}.pbf'] } } },
      'styleRefused',
    ],
    [
      'glyphs over plain http',
      { ...good, glyphs: 'http://evil.example/{fontstack}/{range}.pbf' },
      'styleRefused',
    ],
  ])('%s: the offline basemap with a notice', async (_, body, notice) => {
    const r = await loadBaseStyle({
      url: 'https://s.example/style.json',
      offline,
      policy,
      fetch: body === null ? respond('', 500) : respond(body),
    });
    expect(r.style.name).toBe('offline');
    expect(r.notice).toBe(notice);
  });
  it('a plain-http localhost style only in development builds', async () => {
    const url = 'http://localhost:8080/style.json';
    const prod = await loadBaseStyle({ url, offline, policy, fetch: respond(good) });
    expect(prod.notice).toBe('styleRefused');
    const dev = await loadBaseStyle({ url, offline, policy: { ...policy, dev: true }, fetch: respond(good) });
    expect(dev.notice).toBeUndefined();
  });
  it('a style that never answers falls back after the bounded wait', async () => {
    const hang = ((_: unknown, init?: RequestInit) =>
      new Promise((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)),
      )) as typeof fetch;
    const r = await loadBaseStyle({
      url: 'https://s.example/style.json',
      offline,
      policy,
      fetch: hang,
      timeoutMs: 20,
    });
    expect(r.notice).toBe('styleFallback');
  });
  it('an abort by the caller rejects (no fallback, no notice)', async () => {
    const ctl = new AbortController();
    const hang = ((_: unknown, init?: RequestInit) =>
      new Promise((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
      )) as typeof fetch;
    const p = loadBaseStyle({
      url: 'https://s.example/style.json',
      offline,
      policy,
      fetch: hang,
      signal: ctl.signal,
    });
    ctl.abort();
    await expect(p).rejects.toThrow();
  });
});

describe('a style on an origin the build does not list', () => {
  it('is never fetched: the offline basemap with the "not allowed" notice', async () => {
    let fetched = 0;
    const r = await loadBaseStyle({
      url: 'https://unlisted.example/style.json',
      offline,
      policy,
      fetch: async () => {
        fetched++;
        return new Response('{}');
      },
    });
    expect(fetched).toBe(0);
    expect(r).toMatchObject({ style: offline(), notice: 'styleNotAllowed' });
  });
});

describe('the online style code (loaded on first use)', () => {
  it('is not loaded for the offline basemap', async () => {
    vi.resetModules();
    vi.doMock('../../src/map/style-online.ts', () => {
      throw new Error('the offline basemap loaded the online code');
    });
    try {
      const { loadBaseStyle: load } = await import('../../src/map/style-load.ts');
      expect(await load({ url: null, offline, policy })).toEqual({ style: offline() });
    } finally {
      vi.doUnmock('../../src/map/style-online.ts');
    }
  });

  it('fails to load: the offline basemap with the fallback notice, never a rejection', async () => {
    vi.resetModules();
    vi.doMock('../../src/map/style-online.ts', () => {
      throw new Error('chunk failed');
    });
    try {
      const { loadBaseStyle: load } = await import('../../src/map/style-load.ts');
      const r = await load({ url: 'https://s.example/style.json', offline, policy, fetch: respond(good) });
      expect(r).toEqual({
        style: offline(),
        notice: 'styleFallback',
        reason: expect.any(String) as unknown,
      });
    } finally {
      vi.doUnmock('../../src/map/style-online.ts');
    }
  });
});

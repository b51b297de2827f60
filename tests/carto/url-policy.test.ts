import { describe, expect, it } from 'vitest';
import { refusedUrls, styleUrls } from '../../src/carto/style-urls.ts';
import { BLOCKED_URL, isAllowedUrl, requestGuard } from '../../src/carto/url-policy.ts';
import { vi } from 'vitest';

/** A production build with ATLAS_STYLE_ORIGINS="https://tiles.example.org https://ok.example". */
const prod = {
  origin: 'http://127.0.0.1:4173',
  dev: false,
  styleOrigins: ['https://tiles.example.org', 'https://ok.example'],
};
const dev = { ...prod, dev: true };

describe('isAllowedUrl', () => {
  it.each([
    ['https://tiles.example.org/style.json', true, true],
    ['https://unlisted.example/style.json', false, true],
    ['https://tiles.example.org:8443/style.json', false, true],
    ['http://127.0.0.1:4173/geodata/basemap/tiles/1/1/1.pbf', true, true],
    ['http://tiles.example.org/style.json', false, false],
    ['http://localhost:8080/style.json', false, true],
    ['http://127.0.0.1:9999/style.json', false, true],
    ['http://[::1]:8080/style.json', false, true],
    ['https://user:pw@tiles.example.org/x', false, false],
    ['javascript:alert(1)', false, false],
    ['data:application/json,{}', false, false],
    ['file:///etc/passwd', false, false],
    ['mapbox://styles/x/y', false, false],
    ['not a url', false, false],
  ])('%s: production %s, development %s', (url, inProd, inDev) => {
    expect(isAllowedUrl(url, prod)).toBe(inProd);
    expect(isAllowedUrl(url, dev)).toBe(inDev);
  });
});

describe('the allow-list (ATLAS_STYLE_ORIGINS)', () => {
  it('empty by default: a production build requests nothing off its origin', () => {
    const none = { origin: 'http://127.0.0.1:4173', dev: false, styleOrigins: [] };
    expect(isAllowedUrl('https://tiles.example.org/style.json', none)).toBe(false);
    expect(isAllowedUrl('http://127.0.0.1:4173/x.pbf', none)).toBe(true);
  });
  it('a listed loopback origin (a local tile server) is allowed exactly, port included', () => {
    const local = { origin: 'http://127.0.0.1:4173', dev: false, styleOrigins: ['http://127.0.0.1:9999'] };
    expect(isAllowedUrl('http://127.0.0.1:9999/style.json', local)).toBe(true);
    expect(isAllowedUrl('http://127.0.0.1:9998/style.json', local)).toBe(false);
    expect(isAllowedUrl('http://u:p@127.0.0.1:9999/style.json', local)).toBe(false);
  });
});

describe('URLs inside a style', () => {
  const style = {
    version: 8,
    glyphs: 'http://evil.example/{fontstack}/{range}.pbf',
    sprite: [
      { id: 'a', url: 'https://ok.example/sprite' },
      { id: 'b', url: 'http://evil.example/sprite' },
    ],
    sources: {
      v: { type: 'vector', url: 'http://evil.example/tiles.json' },
      t: {
        type: 'vector',
        tiles: ['https://ok.example/{z}/{x}/{y}.pbf', 'http://evil.example/{z}/{x}/{y}.pbf'],
      },
      g: { type: 'geojson', data: 'data.geojson' },
    },
    layers: [],
  };
  it('are all found', () => expect(styleUrls(style)).toHaveLength(7));
  it('that break the rule are listed, relative ones resolved against the style', () => {
    expect(refusedUrls(style, prod, 'https://ok.example/style.json')).toEqual([
      'http://evil.example/{fontstack}/{range}.pbf',
      'http://evil.example/sprite',
      'http://evil.example/tiles.json',
      'http://evil.example/{z}/{x}/{y}.pbf',
    ]);
  });
});

describe("requestGuard (the map's transformRequest)", () => {
  it('passes allowed URLs and turns refused ones into a URL that is never fetched', () => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    const guard = requestGuard(prod);
    expect(guard('http://127.0.0.1:4173/basemap/0/0/0.pbf')).toEqual({
      url: 'http://127.0.0.1:4173/basemap/0/0/0.pbf',
    });
    expect(guard('http://tiles.example.com/0/0/0.pbf')).toEqual({ url: BLOCKED_URL });
    expect(err).toHaveBeenCalledWith('[map] refused request', 'http://tiles.example.com/0/0/0.pbf');
    err.mockRestore();
  });
});

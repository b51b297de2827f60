import { describe, expect, it } from 'vitest';
import { DOMParser } from '@xmldom/xmldom';
import {
  appBase,
  coverageEmbedUrl,
  embedUrl,
  hostScriptLine,
  iframeSnippet,
  permalink,
} from '../../src/share/snippet.ts';
import { parseEmbedUrlState } from '../../src/state/embed-url-state.ts';
import { parseUrlState } from '../../src/state/url-state.ts';

const base = appBase('https://atlas.example/maps/index.html?lang=en');
const state = {
  article: 'hasakah-prison-us-statement-2022',
  lang: 'en' as const,
  place: 'sinaa_prison',
  view: { center: [40.75, 36.5] as [number, number], zoom: 11.5 },
  time: { start: Date.UTC(2022, 0, 20), end: Date.UTC(2022, 0, 31) },
  style: 'https://tiles.example/style.json',
  digits: 'arab' as const,
};

describe('share snippet', () => {
  it('the permalink restores the same state in the full app (style dropped)', () => {
    const url = new URL(permalink(base, state));
    expect(url.pathname).toBe('/maps/');
    const back = parseUrlState(url.search).state;
    expect(back).toMatchObject({ article: state.article, lang: 'en', place: 'sinaa_prison', digits: 'arab' });
    expect(back.view?.zoom).toBeCloseTo(11.5);
    expect(back.time).toEqual(state.time);
    expect(back.style).toBeUndefined();
  });

  it('the embed URL carries the same view to embed.html', () => {
    const url = new URL(embedUrl(base, state));
    expect(url.pathname).toBe('/maps/embed.html');
    const back = parseEmbedUrlState(url.search).state;
    expect(back).toMatchObject({ article: state.article, lang: 'en', place: 'sinaa_prison' });
    expect(back.time).toEqual(state.time);
    expect(url.searchParams.has('style')).toBe(false);
  });

  it('the iframe has a title, lazy loading, full width, a height and the sandbox; attributes escaped', () => {
    const html = iframeSnippet('https://atlas.example/maps/embed.html?a=1&b=2', 'Map: "A" <b> & c');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const f = doc.getElementsByTagName('iframe')[0]!;
    expect(f.getAttribute('title')).toBe('Map: "A" <b> & c');
    expect(f.getAttribute('src')).toBe('https://atlas.example/maps/embed.html?a=1&b=2');
    expect(f.getAttribute('loading')).toBe('lazy');
    expect(f.getAttribute('width')).toBe('100%');
    expect(Number(f.getAttribute('height'))).toBeGreaterThan(300);
    expect(f.getAttribute('sandbox')!.split(' ')).toEqual(
      expect.arrayContaining(['allow-scripts', 'allow-same-origin', 'allow-popups']),
    );
    expect(html).not.toContain('<b>');
  });

  it('the host script line points at embed.js next to the app', () => {
    expect(hostScriptLine(base)).toBe('<script src="https://atlas.example/maps/embed.js" defer></script>');
  });
});

describe('coverageEmbedUrl', () => {
  it('is the embed page in coverage mode for an atlas place, in the reader’s language and theme', () => {
    expect(
      coverageEmbedUrl('https://news.example/atlas/', 'g-geonames-173230', { lang: 'ar', theme: 'dark' }),
    ).toBe('https://news.example/atlas/embed.html?coverage=g-geonames-173230&lang=ar&theme=dark');
    expect(coverageEmbedUrl('https://news.example/atlas/', 'a&b')).toBe(
      'https://news.example/atlas/embed.html?coverage=a%26b',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { creditText, htmlToText, placeCredits, safeHref, styleCredits } from '../../src/carto/attribution.ts';
import type { PlaceFeature } from '../../src/model/types.ts';

const place = (id: string, geometry_source: Record<string, unknown>) =>
  ({
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [0, 0] },
    properties: { geometry_source },
  }) as unknown as PlaceFeature;

describe('credits as data', () => {
  it('markup in the data stays text, and its links are not links', () => {
    const credits = placeCredits([
      place('a', {
        title: 't',
        attribution: '<img src="https://tracker.example/p.gif">',
        url: 'http://plain.example',
      }),
      place('b', { title: '<a href="https://evil.example">Click to verify</a>', url: 'javascript:alert(1)' }),
      place('c', { title: 'GeoNames', url: 'https://www.geonames.org/' }),
      place('d', { title: 'GeoNames', url: 'https://www.geonames.org/' }),
    ]);
    expect(credits).toEqual([
      { text: '<img src="https://tracker.example/p.gif">', href: undefined },
      { text: '<a href="https://evil.example">Click to verify</a>', href: undefined },
      { text: 'GeoNames', href: 'https://www.geonames.org/' },
    ]);
  });
  it.each([
    ['https://ok.example/x', 'https://ok.example/x'],
    ['http://plain.example', undefined],
    ['javascript:alert(1)', undefined],
    ['https://u:p@ok.example', undefined],
    [42, undefined],
  ])('safeHref(%s)', (url, want) => expect(safeHref(url)).toBe(want));
  it('long or multi-line text is flattened and capped', () => {
    expect(creditText('a\n  b')).toBe('a b');
    expect(creditText('x'.repeat(300))).toHaveLength(200);
  });
  it('an online style’s HTML attribution becomes text', () => {
    expect(htmlToText('© <a href="https://osm.org">OpenStreetMap</a> &amp; co &#169;')).toBe(
      '© OpenStreetMap & co ©',
    );
    expect(
      styleCredits({ sources: { a: { attribution: '<b>A</b>' }, b: {}, c: { attribution: '<b>A</b>' } } }),
    ).toEqual([{ text: 'A' }]);
  });
});

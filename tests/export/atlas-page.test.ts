import { describe, expect, it } from 'vitest';
import type { SummaryPlace } from '../../src/collection/format.ts';
import { expression } from '@maplibre/maplibre-gl-style-spec';
import {
  atlasVectorExport,
  clusterAtlas,
  clusterRadius,
  clusterSvg,
  dotRadius,
} from '../../src/export/atlas-page.ts';
import { CLUSTER_LAYERS, clusterLayers } from '../../src/carto/cluster-layers.ts';
import type { ExportSize } from '../../src/export/sizes.ts';
import { resolveSize } from '../../src/export/sizes.ts';
import { parseXml } from '../static/helpers.ts';

const view = (zoom: number) => ({
  camera: { center: [40, 36] as [number, number], zoom },
  size: { width: 800, height: 600 },
});
const place = (key: string, lon: number, lat: number, n = 1): SummaryPlace => [
  key,
  lon,
  lat,
  n,
  `م ${key}`,
  `P ${key}`,
];

describe('clusterAtlas', () => {
  it.each<[string, SummaryPlace[], number, string[]]>([
    [
      'two places far apart stay two places',
      [place('a', 38, 36), place('b', 42, 36)],
      6,
      ['place a', 'place b'],
    ],
    [
      'places within the radius are one cluster with their count',
      [place('a', 40, 36), place('b', 40.05, 36), place('c', 40.1, 36.02)],
      6,
      ['cluster 3'],
    ],
    [
      'past the cluster zoom every place is its own',
      [place('a', 40, 36), place('b', 40.05, 36)],
      10,
      ['place a', 'place b'],
    ],
    ['a place off the view is not drawn', [place('a', 40, 36), place('far', -100, 40)], 6, ['place a']],
    [
      'the most reported place gathers its neighbours first',
      [place('x', 39.8, 36), place('big', 40.2, 36, 50), place('y', 40.6, 36)],
      6,
      ['cluster 3'],
    ],
  ])('%s', (_, places, zoom, expected) => {
    const marks = clusterAtlas(places, view(zoom), 'en');
    expect(
      marks.map((m) => (m.kind === 'cluster' ? `cluster ${m.places}` : `place ${m.key}`)).sort(),
    ).toEqual(expected);
  });

  it('names a place in the reader’s language, the other one when that is empty', () => {
    const [ar] = clusterAtlas([['k', 40, 36, 1, '', 'Town']], view(6), 'ar');
    expect(ar).toMatchObject({ kind: 'place', name: 'Town' });
  });

  it('sizes dots as the atlas map does', () => {
    expect([dotRadius(1), dotRadius(10), dotRadius(100), dotRadius(1000)]).toEqual([6, 10, 14, 14]);
  });

  it('sizes dots and clusters as the atlas map’s layers do (one owner of the sizes)', () => {
    const layers = clusterLayers({ theme: 'light', lang: 'en', font: ['Noto Sans Regular'] });
    const radius = (id: string) => {
      const l = layers.find((x) => x.id === id) as { paint: Record<string, unknown> };
      const e = expression.createExpression(l.paint['circle-radius'], {
        type: 'number',
        'property-type': 'data-driven',
        expression: { interpolated: true, parameters: ['zoom', 'feature'] },
      } as never);
      if (e.result !== 'success') throw new Error(JSON.stringify(e.value));
      return (props: Record<string, number>) =>
        e.value.evaluate({ zoom: 4 }, { type: 'Point', properties: props } as never) as number;
    };
    const dot = radius(CLUSTER_LAYERS.points);
    const cluster = radius(CLUSTER_LAYERS.clusters);
    for (const n of [0, 1, 2, 5, 9, 10, 11, 49, 50, 51, 99, 100, 150, 10_000]) {
      expect(dotRadius(n)).toBeCloseTo(dot({ n }), 9);
      expect(clusterRadius(n)).toBe(cluster({ point_count: n }));
    }
  });

  it('draws a cluster with its count in the reader’s digits', () => {
    const svg = clusterSvg([{ kind: 'cluster', x: 10, y: 10, places: 12 }], {
      theme: 'light',
      lang: 'ar',
      digits: 'arab',
    });
    expect(svg).toContain('>١٢</text>');
  });
});

describe('atlas export page', () => {
  const size = (): ExportSize => {
    const r = resolveSize({ kind: 'preset', id: 'a4-150' }, { width: 1280, height: 800 });
    if ('error' in r) throw new Error(r.error);
    return r.ok;
  };
  const input = (lang: 'ar' | 'en') => ({
    summary: {
      counts: { articles: 3, places: 4, mentions: 9, events: 2, skipped: 0 },
      places: [
        place('a', 40, 36, 3),
        place('b', 40.02, 36.01),
        place('c', 44, 36.4, 2),
        place('d', 6.1, 46.2),
      ],
    },
    lang,
    theme: 'light' as const,
    digits: 'latn' as const,
    camera: { center: [38, 38] as [number, number], zoom: 5 },
    size: size(),
    basemap: null,
    permalink: 'https://atlas.example/atlas.html?lang=en',
    now: new Date('2026-12-01T12:00:00Z'),
  });

  it('is one valid SVG with the key: what a cluster, a count and a dot mean, and the counts', () => {
    const page = atlasVectorExport(input('en'));
    expect(parseXml(page.svg).errors).toEqual([]);
    expect(page.svg).toContain('Article Atlas: every place of 3 articles');
    expect(page.svg).toContain('Places close together at this scale; the number is how many');
    expect(page.svg).toContain('A place; the larger the dot, the more articles report it');
    expect(page.svg).toContain('Articles: 3 · places: 4 · mentions: 9');
    expect(page.svg).toContain('<dc:identifier>https://atlas.example/atlas.html?lang=en</dc:identifier>');
    expect(page.marks.filter((m) => m.kind === 'cluster')).toHaveLength(1);
    // The marks are inside the map area of the page.
    for (const m of page.marks) {
      expect(m.y).toBeGreaterThanOrEqual(0);
      expect(m.y).toBeLessThanOrEqual(page.map.height);
    }
  });

  it('in Arabic, right to left', () => {
    const page = atlasVectorExport(input('ar'));
    expect(page.svg).toContain('direction="rtl"');
    expect(page.svg).toContain('أطلس المقالات: كل أماكن 3 مقالات');
  });
});

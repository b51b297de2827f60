import { describe, expect, it } from 'vitest';
import type { StyleSpecification } from 'maplibre-gl';
import {
  CLUSTER_LAYERS,
  CLUSTER_SOURCE,
  clusterFeatures,
  clusterLayers,
  clusterTargets,
  withClusters,
  type ClusterPoint,
  type RenderedPoint,
} from '../../src/carto/cluster-layers.ts';
import { FeatureIds } from '../../src/carto/feature-ids.ts';

const pt = (key: string, at: [number, number], n = 1): ClusterPoint => ({
  key,
  at,
  n,
  name_ar: `ع-${key}`,
  name_en: `E-${key}`,
});

describe('clusterFeatures', () => {
  it('numbers points by FeatureIds, never by the data key, and leaves unknown keys out', () => {
    const ids = new FeatureIds(['__proto__', 'b']);
    const f = clusterFeatures([pt('__proto__', [1, 2]), pt('b', [3, 4], 7), pt('zz', [0, 0])], ids);
    expect(f.map((x) => x.id)).toEqual([1, 2]);
    expect(f[1]!.properties).toMatchObject({ key: 'b', n: 7, name_en: 'E-b' });
    expect(f[0]!.geometry.coordinates).toEqual([1, 2]);
  });
});

describe('clusterLayers / withClusters', () => {
  const base: StyleSpecification = {
    version: 8,
    sources: {},
    layers: [
      { id: 'bg', type: 'background' },
      { id: 'aa-cluster', type: 'background' },
    ],
  };
  it('clusters the source and draws counts, points styled by feature-state', () => {
    const s = withClusters(base, {
      data: { type: 'FeatureCollection', features: [] },
      theme: 'light',
      lang: 'en',
      font: ['F'],
    });
    expect(s.sources[CLUSTER_SOURCE]).toMatchObject({ type: 'geojson', cluster: true });
    expect(s.layers.map((l) => l.id)).toEqual(['bg', ...Object.values(CLUSTER_LAYERS)]);
    const count = s.layers.find((l) => l.id === CLUSTER_LAYERS.count)!;
    expect(JSON.stringify(count)).toContain('point_count_abbreviated');
    const points = s.layers.find((l) => l.id === CLUSTER_LAYERS.points)!;
    expect(JSON.stringify(points)).toContain('feature-state');
    // Clusters carry no feature-state: their ids may equal a point's.
    expect(JSON.stringify(s.layers.find((l) => l.id === CLUSTER_LAYERS.clusters))).not.toContain(
      'feature-state',
    );
  });
  it.each([
    ['ar', 'name_ar'],
    ['en', 'name_en'],
  ] as const)('labels in the content language (%s → %s)', (lang, field) => {
    const l = clusterLayers({ theme: 'dark', lang, font: ['F'] }).find(
      (x) => x.id === CLUSTER_LAYERS.labels,
    )!;
    expect(JSON.stringify(l)).toContain(`"${field}"`);
  });
});

describe('clusterTargets', () => {
  const cluster = (id: number, count: number, at: [number, number]): RenderedPoint => ({
    properties: { cluster: true, cluster_id: id, point_count: count },
    geometry: { type: 'Point', coordinates: at },
  });
  const place = (key: string, n: number, at: [number, number]): RenderedPoint => ({
    properties: { key, n, name_ar: 'ع', name_en: key },
    geometry: { type: 'Point', coordinates: at },
  });
  const project = ([x, y]: [number, number]) => ({ x, y });

  it('keeps each feature once (tiles repeat them), in reading order', () => {
    const t = clusterTargets(
      [
        cluster(5, 12, [300, 10]),
        place('a', 3, [10, 10]),
        cluster(5, 12, [300, 10]),
        place('b', 1, [50, 200]),
      ],
      project,
      { rtl: false, max: 10 },
    );
    expect(t.map((x) => (x.kind === 'cluster' ? `c${x.id}` : x.key))).toEqual(['a', 'c5', 'b']);
  });

  it('reads right to left for an Arabic reader', () => {
    const t = clusterTargets([place('a', 1, [10, 10]), place('b', 1, [300, 12])], project, {
      rtl: true,
      max: 10,
    });
    expect(t.map((x) => (x.kind === 'place' ? x.key : ''))).toEqual(['b', 'a']);
  });

  it('keeps the biggest when there are more than max', () => {
    const t = clusterTargets(
      [place('small', 1, [0, 0]), cluster(1, 50, [100, 0]), place('big', 9, [200, 0])],
      project,
      { rtl: false, max: 2 },
    );
    expect(t.map((x) => (x.kind === 'cluster' ? 'c' : x.key))).toEqual(['c', 'big']);
  });

  it('ignores what is neither a cluster nor a place', () => {
    expect(
      clusterTargets(
        [
          { properties: null, geometry: { type: 'Point', coordinates: [0, 0] } },
          { properties: { key: 'x' }, geometry: { type: 'LineString', coordinates: [] } },
        ],
        project,
        { rtl: false, max: 5 },
      ),
    ).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { StyleSpecification } from 'maplibre-gl';
import {
  CLUSTER_CHOSEN,
  CLUSTER_LAYERS,
  CLUSTER_LIVE_SOURCE,
  CLUSTER_SOURCE,
  CLUSTER_TILE_LAYER,
  CLUSTER_TILE_MAX_ZOOM,
  LIVE_SUFFIX,
  clusterFeatures,
  clusterLayers,
  clusterTargets,
  chosenData,
  withClusters,
  type ClusterPoint,
  type RenderedPoint,
} from '../../src/carto/cluster-layers.ts';
import { placeFeatureId } from '../../src/carto/feature-ids.ts';
import { TILE_LAYER, TILE_MAX_ZOOM } from '../../src/collection/format.ts';

const pt = (key: string, at: [number, number], n = 1): ClusterPoint => ({
  key,
  at,
  n,
  name_ar: `ع-${key}`,
  name_en: `E-${key}`,
});

describe('clusterFeatures', () => {
  it('numbers points by placeFeatureId of the key (as the build numbers its tiles), never by the key', () => {
    const f = clusterFeatures([pt('__proto__', [1, 2]), pt('b', [3, 4], 7)]);
    expect(f.map((x) => x.id)).toEqual([placeFeatureId('__proto__'), placeFeatureId('b')]);
    expect(f.every((x) => Number.isSafeInteger(x.id) && (x.id as number) > 0)).toBe(true);
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
  it("draws the build's tiles with counts, points styled by feature-state", () => {
    const s = withClusters(base, {
      tiles: '/t/{z}/{x}/{y}.pbf',
      live: null,
      theme: 'light',
      lang: 'en',
      font: ['F'],
    });
    expect(s.sources[CLUSTER_SOURCE]).toMatchObject({
      type: 'vector',
      tiles: ['/t/{z}/{x}/{y}.pbf'],
      maxzoom: TILE_MAX_ZOOM,
    });
    expect(s.sources[CLUSTER_LIVE_SOURCE]).toBeUndefined();
    expect(s.layers.map((l) => l.id)).toEqual(['bg', ...Object.values(CLUSTER_LAYERS)]);
    expect(s.layers.slice(1).every((l) => 'source-layer' in l && l['source-layer'] === TILE_LAYER)).toBe(
      true,
    );
    const count = s.layers.find((l) => l.id === CLUSTER_LAYERS.count)!;
    expect(JSON.stringify(count)).toContain('point_count_abbreviated');
    const points = s.layers.find((l) => l.id === CLUSTER_LAYERS.points)!;
    expect(JSON.stringify(points)).toContain('feature-state');
    // Clusters carry no feature-state: their ids may equal a point's.
    expect(JSON.stringify(s.layers.find((l) => l.id === CLUSTER_LAYERS.clusters))).not.toContain(
      'feature-state',
    );
  });
  it('while a time filter holds: its places clustered in the browser, the tiles hidden', () => {
    const live = { type: 'FeatureCollection' as const, features: [] };
    const s = withClusters(base, {
      tiles: '/t/{z}/{x}/{y}.pbf',
      live,
      theme: 'light',
      lang: 'en',
      font: ['F'],
    });
    expect(s.sources[CLUSTER_LIVE_SOURCE]).toMatchObject({ type: 'geojson', cluster: true });
    const ids = Object.values(CLUSTER_LAYERS);
    expect(s.layers.map((l) => l.id)).toEqual(['bg', ...ids, ...ids.map((id) => id + LIVE_SUFFIX)]);
    for (const l of s.layers.slice(1, 5)) expect(l.layout).toMatchObject({ visibility: 'none' });
    for (const l of s.layers.slice(5)) {
      expect(l).toMatchObject({ source: CLUSTER_LIVE_SOURCE });
      expect(l.layout?.visibility).toBeUndefined();
    }
  });
  it("marks the chosen place's point on top, and has no mark's source before a place is chosen", () => {
    const opts = {
      tiles: '/t/{z}/{x}/{y}.pbf',
      live: null,
      theme: 'dark' as const,
      lang: 'ar' as const,
      font: ['F'],
    };
    // None chosen: no source and no layer (the first view carries none).
    const none = withClusters(base, opts);
    expect(none.sources[CLUSTER_CHOSEN]).toBeUndefined();
    expect(none.layers.some((l) => l.id === CLUSTER_CHOSEN)).toBe(false);
    expect(chosenData(null).features).toEqual([]);
    const s = withClusters(base, { ...opts, chosen: [40.75, 36.5] });
    expect(s.sources[CLUSTER_CHOSEN]).toMatchObject({
      data: { features: [{ geometry: { type: 'Point', coordinates: [40.75, 36.5] } }] },
    });
    // Over the cluster circles, under the drawn set's counts (the tiles', or the time filter's).
    const ids = (x: typeof s) => x.layers.map((l) => l.id);
    expect(ids(s).slice(1, 4)).toEqual([CLUSTER_LAYERS.clusters, CLUSTER_CHOSEN, CLUSTER_LAYERS.count]);
    expect(s.layers[2]).toMatchObject({ id: CLUSTER_CHOSEN, type: 'circle', source: CLUSTER_CHOSEN });
    const live = withClusters(base, {
      ...opts,
      chosen: [40.75, 36.5],
      live: { type: 'FeatureCollection', features: [] },
    });
    const at = ids(live).indexOf(CLUSTER_CHOSEN);
    expect(ids(live).slice(at - 1, at + 2)).toEqual([
      CLUSTER_LAYERS.clusters + LIVE_SUFFIX,
      CLUSTER_CHOSEN,
      CLUSTER_LAYERS.count + LIVE_SUFFIX,
    ]);
    expect(ids(live).filter((id) => id === CLUSTER_CHOSEN)).toHaveLength(1);
  });
  it("agrees with the build on the tiles' layer and last zoom", () => {
    expect([CLUSTER_TILE_LAYER, CLUSTER_TILE_MAX_ZOOM]).toEqual([TILE_LAYER, TILE_MAX_ZOOM]);
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
    expect(t.map((x) => (x.kind === 'cluster' ? x.id : x.key))).toEqual(['a', 'c5', 'b']);
  });

  it("names a tile's cluster (no id) by its position and keeps the zoom it splits at", () => {
    const tileCluster = (at: [number, number]): RenderedPoint => ({
      properties: { cluster: true, point_count: 7, expand: 6 },
      geometry: { type: 'Point', coordinates: at },
    });
    const t = clusterTargets([tileCluster([40, 36]), tileCluster([40, 36]), tileCluster([41, 36])], project, {
      rtl: false,
      max: 10,
    });
    expect(t).toHaveLength(2);
    expect(t[0]).toMatchObject({ kind: 'cluster', count: 7, zoom: 6, clusterId: null, at: [40, 36] });
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

/**
 * The places adapter's cluster mode (the atlas: every place of every article): one GeoJSON source
 * clustered by MapLibre (`cluster: true`, counts drawn at low zoom), its layers, and the keyboard's
 * targets for what the map shows. Pure: builds style JSON and picks targets from rendered features.
 *
 * A point's feature id is its {@link FeatureIds} number (never the data key), so feature-state
 * (`selected`, `hovered`) keys no object by data; clusters carry MapLibre's own `cluster_id` and
 * no feature-state (their ids may equal a point's).
 */
import type {
  ExpressionSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Lang } from '../model/types.ts';
import type { Theme } from '../model/prefs.ts';
import { contentLang } from '../languages.ts';
import type { FeatureIds } from './feature-ids.ts';
import { PALETTE } from './place-layers.ts';

/** One place of the atlas: its key (the feature-state and selection key), position, article count, names. */
export interface ClusterPoint {
  key: string;
  at: [number, number];
  n: number;
  name_ar: string;
  name_en: string;
}

export const CLUSTER_SOURCE = 'aa-clusters';
export const CLUSTER_LAYERS = {
  clusters: 'aa-cluster',
  count: 'aa-cluster-count',
  points: 'aa-cluster-point',
  labels: 'aa-cluster-label',
} as const;
/** Layers a click or the keyboard's targets read. */
export const CLUSTER_HIT_LAYERS: readonly string[] = [CLUSTER_LAYERS.clusters, CLUSTER_LAYERS.points];
/** Clusters gather points within this many px, up to this zoom (beyond it every place is its own). */
export const CLUSTER_RADIUS = 44;
export const CLUSTER_MAX_ZOOM = 9;

/** The points as features with numeric ids (a key `ids` does not know is left out). */
export function clusterFeatures(points: readonly ClusterPoint[], ids: FeatureIds): Feature<Point>[] {
  const out: Feature<Point>[] = [];
  for (const p of points) {
    const id = ids.num(p.key);
    if (id == null) continue;
    out.push({
      type: 'Feature',
      id,
      geometry: { type: 'Point', coordinates: p.at },
      properties: { key: p.key, n: p.n, name_ar: p.name_ar, name_en: p.name_en },
    });
  }
  return out;
}

export function clusterSource(data: FeatureCollection): GeoJSONSourceSpecification {
  return {
    type: 'geojson',
    data,
    cluster: true,
    clusterRadius: CLUSTER_RADIUS,
    clusterMaxZoom: CLUSTER_MAX_ZOOM,
  };
}

const state = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];

export function clusterLayers(o: { theme: Theme; lang: Lang; font: string[] }): LayerSpecification[] {
  const c = PALETTE[o.theme];
  const isCluster: ExpressionSpecification = ['has', 'point_count'];
  return [
    {
      id: CLUSTER_LAYERS.clusters,
      type: 'circle',
      source: CLUSTER_SOURCE,
      filter: isCluster,
      paint: {
        'circle-color': c.accent,
        'circle-opacity': 0.85,
        'circle-radius': ['step', ['get', 'point_count'], 14, 10, 18, 50, 24],
        'circle-stroke-color': c.halo,
        'circle-stroke-width': 2,
      },
    },
    {
      id: CLUSTER_LAYERS.count,
      type: 'symbol',
      source: CLUSTER_SOURCE,
      filter: isCluster,
      layout: {
        'text-field': ['get', 'point_count_abbreviated'],
        'text-font': o.font,
        'text-size': 13,
        'text-allow-overlap': true,
      },
      paint: { 'text-color': c.halo },
    },
    {
      id: CLUSTER_LAYERS.points,
      type: 'circle',
      source: CLUSTER_SOURCE,
      filter: ['!', isCluster],
      paint: {
        'circle-color': ['case', state('hovered'), c.hover, c.accent],
        'circle-radius': ['interpolate', ['linear'], ['get', 'n'], 1, 6, 10, 10, 100, 14],
        'circle-stroke-color': ['case', state('selected'), c.ink, c.halo],
        'circle-stroke-width': ['case', state('selected'), 3, 1.5],
      },
    },
    {
      id: CLUSTER_LAYERS.labels,
      type: 'symbol',
      source: CLUSTER_SOURCE,
      filter: ['!', isCluster],
      layout: {
        'text-field': ['get', contentLang(o.lang) === 'ar' ? 'name_ar' : 'name_en'],
        'text-font': o.font,
        'text-size': 13,
        'text-offset': [0, 1.2],
        'text-anchor': 'top',
        'text-optional': true,
      },
      paint: { 'text-color': c.ink, 'text-halo-color': c.halo, 'text-halo-width': 1.5 },
    },
  ];
}

/** `style` with the clustered source and its layers on top. */
export function withClusters(
  style: StyleSpecification,
  o: { data: FeatureCollection; theme: Theme; lang: Lang; font: string[] },
): StyleSpecification {
  return {
    ...style,
    sources: { ...style.sources, [CLUSTER_SOURCE]: clusterSource(o.data) },
    layers: [...style.layers.filter((l) => !l.id.startsWith('aa-cluster')), ...clusterLayers(o)],
  };
}

/** Something on the map the keyboard can reach: a cluster (zooms in) or a place (picks it). */
export type ClusterTarget =
  | { kind: 'cluster'; id: number; count: number; at: [number, number]; px: { x: number; y: number } }
  | { kind: 'place'; key: string; n: number; name: { ar: string; en: string }; px: { x: number; y: number } };

/** A rendered feature as MapLibre returns it, reduced to what {@link clusterTargets} reads. */
export interface RenderedPoint {
  properties: Record<string, unknown> | null;
  geometry: { type: string; coordinates?: unknown };
}

/**
 * The keyboard's targets among `rendered` (the cluster layers' features in view; tiles repeat a
 * feature), each once, in reading order of the screen (`project`, rows of `row` px, then along the
 * row in the reader's direction), at most `max`: the biggest clusters and places are kept first.
 */
export function clusterTargets(
  rendered: readonly RenderedPoint[],
  project: (at: [number, number]) => { x: number; y: number },
  o: { rtl: boolean; max: number; row?: number },
): ClusterTarget[] {
  const seen = new Set<string>();
  const all: ClusterTarget[] = [];
  for (const f of rendered) {
    const p = f.properties ?? {};
    if (f.geometry.type !== 'Point') continue;
    const at = f.geometry.coordinates as [number, number];
    if (typeof p.cluster_id === 'number') {
      const k = `c${p.cluster_id}`;
      if (seen.has(k)) continue;
      seen.add(k);
      all.push({ kind: 'cluster', id: p.cluster_id, count: Number(p.point_count) || 0, at, px: project(at) });
    } else if (typeof p.key === 'string') {
      const k = `p${p.key}`;
      if (seen.has(k)) continue;
      seen.add(k);
      const name = { ar: String(p.name_ar ?? ''), en: String(p.name_en ?? '') };
      all.push({ kind: 'place', key: p.key, n: Number(p.n) || 0, name, px: project(at) });
    }
  }
  const weight = (t: ClusterTarget) => (t.kind === 'cluster' ? t.count : t.n);
  const kept = all.sort((a, b) => weight(b) - weight(a)).slice(0, o.max);
  const row = o.row ?? 80;
  return kept.sort(
    (a, b) =>
      Math.floor(a.px.y / row) - Math.floor(b.px.y / row) || (o.rtl ? b.px.x - a.px.x : a.px.x - b.px.x),
  );
}

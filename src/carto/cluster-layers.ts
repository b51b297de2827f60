/**
 * The places adapter's cluster mode (the atlas: every place of every article): its sources, layers
 * and the keyboard's targets for what the map shows. Pure: builds style JSON and picks targets from
 * rendered features.
 *
 * Two sources, one look. Without a time filter the map draws the collection's vector tiles,
 * clustered per zoom at build time (`src/collection/build-tiles.ts`, same radius and last clustered
 * zoom as below), so the first view fetches only its own tiles; a cluster there carries the zoom it
 * splits at (`expand`). With a time filter, the places it keeps go to a GeoJSON source that MapLibre
 * clusters in its worker (`cluster: true`, whose clusters carry `cluster_id`), and the tile layers
 * are hidden. A place's feature id in both is {@link placeFeatureId} of its key (never the key),
 * so feature-state (`selected`, `hovered`) keys no object by data; clusters take no feature-state.
 */
import type {
  ExpressionSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  StyleSpecification,
  VectorSourceSpecification,
} from 'maplibre-gl';
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Lang } from '../model/types.ts';
import type { Theme } from '../model/prefs.ts';
import { contentLang } from '../languages.ts';
import { placeFeatureId } from './feature-ids.ts';
import { PALETTE } from './place-layers.ts';

/** One place of the atlas: its key (the feature-state and selection key), position, article count, names. */
export interface ClusterPoint {
  key: string;
  at: [number, number];
  n: number;
  name_ar: string;
  name_en: string;
}

/** The build's tiles (no time filter). */
export const CLUSTER_SOURCE = 'aa-clusters';
/** The time filter's places, clustered in the browser. */
export const CLUSTER_LIVE_SOURCE = 'aa-clusters-live';
/** The tiles' layer (`collection/format.ts` `TILE_LAYER`). */
export const CLUSTER_TILE_LAYER = 'places';
/** The tiles are written up to this zoom (`collection/format.ts` `TILE_MAX_ZOOM`). */
export const CLUSTER_TILE_MAX_ZOOM = 10;
export const CLUSTER_LAYERS = {
  clusters: 'aa-cluster',
  count: 'aa-cluster-count',
  points: 'aa-cluster-point',
  labels: 'aa-cluster-label',
} as const;
/** A live-source layer's id: the tile layer's with this suffix. */
export const LIVE_SUFFIX = '-live';
/** Layers a click or the keyboard's targets read (the hidden set answers nothing). */
export const CLUSTER_HIT_LAYERS: readonly string[] = [
  CLUSTER_LAYERS.clusters,
  CLUSTER_LAYERS.points,
  CLUSTER_LAYERS.clusters + LIVE_SUFFIX,
  CLUSTER_LAYERS.points + LIVE_SUFFIX,
];
/**
 * The chosen place's own point, marked on top (a source and a layer of this id): the atlas keeps
 * the reader's zoom, so a chosen place may sit inside a cluster, and the mark says where.
 */
export const CLUSTER_CHOSEN = 'aa-cluster-chosen';
/**
 * Clusters gather points within this many px, up to this zoom (beyond it every place is its own).
 * The one owner of both: the build's tiles (`collection/build-tiles.ts`), the time filter's source
 * and the atlas export page (`export/atlas-page.ts`) read them here.
 */
export const CLUSTER_RADIUS = 44;
export const CLUSTER_MAX_ZOOM = 9;
/** A place's dot radius in px by its count of articles: linear between these [count, px] stops. */
export const DOT_RADIUS_STOPS: readonly (readonly [number, number])[] = [
  [1, 6],
  [10, 10],
  [100, 14],
];
/** A cluster's circle radius in px: `first` px, then [count, px] steps from that count up. */
export const CLUSTER_CIRCLE = {
  first: 14,
  steps: [
    [10, 18],
    [50, 24],
  ],
} as const;

/** The points as features with their {@link placeFeatureId}s. */
export function clusterFeatures(points: readonly ClusterPoint[]): Feature<Point>[] {
  return points.map((p) => ({
    type: 'Feature',
    id: placeFeatureId(p.key),
    geometry: { type: 'Point', coordinates: p.at },
    properties: { key: p.key, n: p.n, name_ar: p.name_ar, name_en: p.name_en },
  }));
}

/** The build's tiles at `url` (a `{z}/{x}/{y}` template). */
export function tileSource(url: string): VectorSourceSpecification {
  return { type: 'vector', tiles: [url], minzoom: 0, maxzoom: CLUSTER_TILE_MAX_ZOOM };
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

/**
 * The four layers over the tiles (`live` false) or the time filter's source (`live`: ids with
 * {@link LIVE_SUFFIX}); `hidden` layers stay in the style with `visibility: none`.
 */
export function clusterLayers(o: {
  theme: Theme;
  lang: Lang;
  font: string[];
  live?: boolean;
  hidden?: boolean;
}): LayerSpecification[] {
  const c = PALETTE[o.theme];
  const isCluster: ExpressionSpecification = ['has', 'point_count'];
  const on = o.live
    ? { source: CLUSTER_LIVE_SOURCE }
    : { source: CLUSTER_SOURCE, 'source-layer': CLUSTER_TILE_LAYER };
  const layers: LayerSpecification[] = [
    {
      id: CLUSTER_LAYERS.clusters,
      type: 'circle',
      ...on,
      filter: isCluster,
      paint: {
        'circle-color': c.accent,
        'circle-opacity': 0.85,
        'circle-radius': [
          'step',
          ['get', 'point_count'],
          CLUSTER_CIRCLE.first,
          ...CLUSTER_CIRCLE.steps.flat(),
        ],
        'circle-stroke-color': c.halo,
        'circle-stroke-width': 2,
      },
    },
    {
      id: CLUSTER_LAYERS.count,
      type: 'symbol',
      ...on,
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
      ...on,
      filter: ['!', isCluster],
      paint: {
        'circle-color': ['case', state('hovered'), c.hover, c.accent],
        'circle-radius': ['interpolate', ['linear'], ['get', 'n'], ...DOT_RADIUS_STOPS.flat()],
        'circle-stroke-color': ['case', state('selected'), c.ink, c.halo],
        'circle-stroke-width': ['case', state('selected'), 3, 1.5],
      },
    },
    {
      id: CLUSTER_LAYERS.labels,
      type: 'symbol',
      ...on,
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
  return layers.map(
    (l) =>
      ({
        ...l,
        id: o.live ? l.id + LIVE_SUFFIX : l.id,
        ...(o.hidden ? { layout: { ...(l.layout ?? {}), visibility: 'none' } } : {}),
      }) as LayerSpecification,
  );
}

/** The chosen place's mark: a ring around its point (none: an empty collection). */
export function chosenData(at: readonly [number, number] | null): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: at
      ? [{ type: 'Feature', geometry: { type: 'Point', coordinates: [...at] }, properties: {} }]
      : [],
  };
}

/** The source of {@link CLUSTER_CHOSEN}: in the style only once a place is chosen (the first view has none). */
export function chosenSource(at: readonly [number, number] | null): GeoJSONSourceSpecification {
  return { type: 'geojson', data: chosenData(at) };
}

/**
 * The layer the chosen place's mark sits right under: the drawn set's counts (`live`: the time
 * filter's). The ring is over the cluster circles, so it says where in a cluster the place is, and
 * under the counts, which stay readable; an unclustered place's own dot, drawn over it, shows its
 * selected outline instead.
 */
export function chosenBefore(live: boolean): string {
  return CLUSTER_LAYERS.count + (live ? LIVE_SUFFIX : '');
}

/** The mark of {@link CLUSTER_CHOSEN}: a ring in the text's ink (placed by {@link chosenBefore}). */
export function chosenLayer(theme: Theme): LayerSpecification {
  const c = PALETTE[theme];
  return {
    id: CLUSTER_CHOSEN,
    type: 'circle',
    source: CLUSTER_CHOSEN,
    paint: {
      'circle-radius': 7,
      'circle-opacity': 0,
      'circle-stroke-color': c.ink,
      'circle-stroke-width': 3,
    },
  };
}

/**
 * `style` with the tiles' source and layers on top (`tiles`: their URL template) and, while a time
 * filter holds (`live`: the places it keeps), the browser-clustered source over the hidden tiles;
 * the chosen place's mark under the drawn set's counts ({@link chosenBefore}).
 */
export function withClusters(
  style: StyleSpecification,
  o: {
    tiles: string;
    live: FeatureCollection | null;
    theme: Theme;
    lang: Lang;
    font: string[];
    /** The chosen place's point (its mark), or none (no source, no layer). */
    chosen?: readonly [number, number] | null;
  },
): StyleSpecification {
  const look = { theme: o.theme, lang: o.lang, font: o.font };
  return {
    ...style,
    sources: {
      ...style.sources,
      [CLUSTER_SOURCE]: tileSource(o.tiles),
      ...(o.live ? { [CLUSTER_LIVE_SOURCE]: clusterSource(o.live) } : {}),
      ...(o.chosen ? { [CLUSTER_CHOSEN]: chosenSource(o.chosen) } : {}),
    },
    layers: [
      ...style.layers.filter((l) => !l.id.startsWith('aa-cluster')),
      ...clusterLayers({ ...look, hidden: !!o.live }),
      ...(o.live ? clusterLayers({ ...look, live: true }) : []),
    ].flatMap((l) => (o.chosen && l.id === chosenBefore(!!o.live) ? [chosenLayer(o.theme), l] : [l])),
  };
}

/**
 * A cluster as a click or the keyboard finds it: where it is, and how to zoom into it: the zoom it
 * splits at (a tile's cluster, `expand`) or MapLibre's `cluster_id` (the time filter's source).
 */
export interface ClusterRef {
  at: [number, number];
  zoom: number | null;
  clusterId: number | null;
}

/** A rendered cluster's {@link ClusterRef} (null for a place). */
export function clusterRef(props: Record<string, unknown>, at: [number, number]): ClusterRef | null {
  if (!props.cluster && props.point_count == null) return null;
  return {
    at,
    zoom: typeof props.expand === 'number' ? props.expand : null,
    clusterId: typeof props.cluster_id === 'number' ? props.cluster_id : null,
  };
}

/** Something on the map the keyboard can reach: a cluster (zooms in) or a place (picks it). */
export type ClusterTarget =
  | ({ kind: 'cluster'; id: string; count: number; px: { x: number; y: number } } & ClusterRef)
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
    const ref = clusterRef(p, at);
    if (ref) {
      // A tile's cluster has no id: its position names it (tiles repeat it at the same point).
      const k = `c${ref.clusterId ?? `${at[0].toFixed(5)},${at[1].toFixed(5)}`}`;
      if (seen.has(k)) continue;
      seen.add(k);
      all.push({ kind: 'cluster', id: k, count: Number(p.point_count) || 0, ...ref, px: project(at) });
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

/**
 * The live half of the places adapter's cluster mode (`places-adapter.ts` owns it and calls it;
 * the style and the keyboard's targets are pure, in `carto/cluster-layers.ts`): the clustered
 * source's data (the time brush's filter, at most once a frame), feature-state by place key through
 * numeric ids, what is under the pointer, and the targets in view.
 */
import type { GeoJSONSource, Map as MlMap, StyleSpecification } from 'maplibre-gl';
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Lang } from '../model/types.ts';
import type { Theme } from '../model/prefs.ts';
import { FeatureIds } from '../carto/feature-ids.ts';
import {
  CLUSTER_HIT_LAYERS,
  CLUSTER_SOURCE,
  clusterFeatures,
  clusterTargets,
  withClusters,
  type ClusterPoint,
  type ClusterTarget,
} from '../carto/cluster-layers.ts';
import { isRtl } from '../languages.ts';
import { perFrame } from './live-map.ts';

export interface ClusterMode {
  /** Every place; their keys are what `setSelection`, `onClick` and `onHover` speak. */
  points: readonly ClusterPoint[];
  /** The clusters and places in view changed (when the map rests), for the keyboard. */
  onTargets?(targets: ClusterTarget[]): void;
  /** At most this many targets (default 24). */
  maxTargets?: number;
}

/** What is under the pointer in cluster mode. */
export type ClusterHit =
  { kind: 'cluster'; id: number; at: [number, number] } | { kind: 'place'; key: string };

/**
 * The places adapter's `cluster` option: cluster mode with `mode`'s points (the adapter calls it
 * with its map; `attachPlaces(m, { places: [], cluster: clusterMode({ points }) })`).
 */
export function clusterMode(mode: ClusterMode) {
  return (m: MlMap, selected: () => Iterable<string>): LiveClusters => new LiveClusters(m, mode, selected);
}

export class LiveClusters {
  readonly #m: MlMap;
  readonly #mode: ClusterMode;
  readonly #selected: () => Iterable<string>;
  #ids: FeatureIds;
  #features: Feature<Point>[];
  #data: FeatureCollection;
  #keep: ((key: string) => boolean) | null = null;
  #dead = false;
  // The time brush: the filtered points, given to the source at most once a frame.
  readonly #apply = perFrame(() => {
    const k = this.#keep;
    const features = k ? this.#features.filter((f) => k(f.properties!.key as string)) : this.#features;
    this.#data = { type: 'FeatureCollection', features };
    this.push();
  });

  /** `selected`: the adapter's selection now (re-applied after new data). */
  constructor(m: MlMap, mode: ClusterMode, selected: () => Iterable<string>) {
    this.#m = m;
    this.#mode = mode;
    this.#selected = selected;
    this.#ids = new FeatureIds(mode.points.map((p) => p.key));
    this.#features = clusterFeatures(mode.points, this.#ids);
    this.#data = { type: 'FeatureCollection', features: this.#features };
  }

  /** `style` with the clustered source (its data as it is now) and layers on top. */
  style(style: StyleSpecification, look: { theme: Theme; lang: Lang }, font: string[]): StyleSpecification {
    return withClusters(style, { data: this.#data, ...look, font });
  }

  /** Feature-state of a place by key (nothing for an unknown key or before the style loads). */
  state(key: string, st: Record<string, boolean>): void {
    const num = this.#ids.num(key);
    if (num != null && this.#m.getSource(CLUSTER_SOURCE))
      this.#m.setFeatureState({ source: CLUSTER_SOURCE, id: num }, st);
  }

  /** The cluster or place under `p` (px in the map's container), or null. */
  at(p: { x: number; y: number }, tol = 3): ClusterHit | null {
    const layers = CLUSTER_HIT_LAYERS.filter((id) => this.#m.getLayer(id));
    if (!layers.length) return null;
    const box: [[number, number], [number, number]] = [
      [p.x - tol, p.y - tol],
      [p.x + tol, p.y + tol],
    ];
    const hit = this.#m.queryRenderedFeatures(box, { layers })[0];
    if (!hit || hit.geometry.type !== 'Point') return null;
    const props = hit.properties ?? {};
    const at = hit.geometry.coordinates as [number, number];
    if (typeof props.cluster_id === 'number') return { kind: 'cluster', id: props.cluster_id, at };
    return typeof props.key === 'string' ? { kind: 'place', key: props.key } : null;
  }

  /** The source gets the current data (before the style loads, the map's `load` calls this again). */
  push(): void {
    const src = this.#m.getSource(CLUSTER_SOURCE) as GeoJSONSource | undefined;
    if (!src || this.#dead) return;
    src.setData(this.#data);
    // What the map was last given, for bench:atlas and the tests.
    this.#m.getContainer().dataset.clusterPoints = String(this.#data.features.length);
    for (const k of this.#selected()) this.state(k, { selected: true });
  }

  /** Tells `onTargets` what the view shows (call when the map rests). */
  updateTargets(lang: Lang): void {
    const on = this.#mode.onTargets;
    if (!on || this.#dead || !this.#m.getLayer(CLUSTER_HIT_LAYERS[0]!)) return;
    const r = this.#m.getContainer().getBoundingClientRect();
    const rendered = this.#m.queryRenderedFeatures(
      [
        [0, 0],
        [r.width, r.height],
      ],
      { layers: [...CLUSTER_HIT_LAYERS] },
    );
    const max = this.#mode.maxTargets ?? 24;
    on(clusterTargets(rendered, (at) => this.#m.project(at), { rtl: isRtl(lang), max }));
  }

  setPoints(points: readonly ClusterPoint[]): void {
    this.#ids = new FeatureIds(points.map((p) => p.key));
    this.#features = clusterFeatures(points, this.#ids);
    this.show(this.#keep);
  }

  show(keep: ((key: string) => boolean) | null): void {
    this.#keep = keep;
    if (!this.#dead) this.#apply();
  }

  async expand(id: number, at: [number, number]): Promise<void> {
    const src = this.#m.getSource(CLUSTER_SOURCE) as GeoJSONSource | undefined;
    if (!src) return;
    // A click always zooms in: if the source re-clustered between the draw and the click (the
    // time filter's `setData`), the drawn id is gone and the worker refuses it; two levels then.
    const from = this.#m.getZoom();
    const zoom = await src.getClusterExpansionZoom(id).catch(() => from + 2);
    if (!this.#dead) this.#m.easeTo({ center: at, zoom: Math.max(zoom, from + 1) });
  }

  destroy(): void {
    this.#dead = true;
    this.#apply.cancel();
  }
}

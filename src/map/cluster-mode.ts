/**
 * The live half of the places adapter's cluster mode (`places-adapter.ts` owns it and calls it;
 * the style and the keyboard's targets are pure, in `carto/cluster-layers.ts`): which source the
 * map draws — the build's clustered tiles, or, while a time filter holds, the places it keeps as a
 * GeoJSON source clustered in MapLibre's worker (given in the commit's own task) — feature-state by
 * place key through {@link placeFeatureId}, what is under the pointer, and, when the map rests, the
 * targets in view and the basemap's own names of the places drawn on their own there hidden
 * (`carto/basemap-duplicates.ts`, the owner the article's map uses: no "Geneva" twice).
 */
import type {
  FilterSpecification,
  GeoJSONSource,
  LayerSpecification,
  Map as MlMap,
  StyleSpecification,
} from 'maplibre-gl';
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Lang } from '../model/types.ts';
import type { Theme } from '../model/prefs.ts';
import { placeFeatureId } from '../carto/feature-ids.ts';
import { BASEMAP_DUPLICATE_LAYERS, withoutDuplicates, type NamedPlace } from '../carto/basemap-duplicates.ts';
import {
  CLUSTER_CHOSEN,
  CLUSTER_HIT_LAYERS,
  CLUSTER_LAYERS,
  CLUSTER_LIVE_SOURCE,
  CLUSTER_SOURCE,
  CLUSTER_TILE_LAYER,
  clusterFeatures,
  clusterLayers,
  clusterRef,
  clusterSource,
  clusterTargets,
  chosenBefore,
  chosenData,
  chosenLayer,
  chosenSource,
  withClusters,
  type ClusterPoint,
  type ClusterRef,
  type ClusterTarget,
} from '../carto/cluster-layers.ts';
import { isRtl } from '../languages.ts';

export interface ClusterMode {
  /** The build's tiles of every place: a URL template with `{z}/{x}/{y}`. */
  tiles: string;
  /** The clusters and places in view changed (when the map rests), for the keyboard. */
  onTargets?(targets: ClusterTarget[]): void;
  /** At most this many targets (default 24). */
  maxTargets?: number;
}

/** What is under the pointer in cluster mode. */
export type ClusterHit =
  | ({ kind: 'cluster' } & ClusterRef)
  | { kind: 'place'; key: string; n: number; name_ar: string; name_en: string };

/**
 * The places adapter's `cluster` option: cluster mode with `mode`'s points (the adapter calls it
 * with its map; `attachPlaces(m, { places: [], cluster: clusterMode({ tiles }) })`).
 */
export function clusterMode(mode: ClusterMode) {
  return (m: MlMap, selected: () => Iterable<string>, restyle: () => void): LiveClusters =>
    new LiveClusters(m, mode, selected, restyle);
}

export class LiveClusters {
  readonly #m: MlMap;
  readonly #mode: ClusterMode;
  readonly #selected: () => Iterable<string>;
  readonly #restyle: () => void;
  #features: Feature<Point>[] = [];
  /** The chosen place's point, marked over the clusters (null: none). */
  #chosen: readonly [number, number] | null = null;
  /** The time filter's places (null: none holds, the tiles are drawn). */
  #live: FeatureCollection | null = null;
  /** The time filter: keeps point `i` of {@link setPoints}'s (null: none holds). */
  #keep: ((i: number) => boolean) | null = null;
  /** The look of the style last made ({@link style}), for the live layers added in place. */
  #look: { theme: Theme; lang: Lang; font: string[] } | null = null;
  #dead = false;
  /** The places drawn on their own in the view when the map last rested (their basemap names hidden). */
  #drawn: NamedPlace[] = [];
  #drawnKey = '';
  /** The basemap's label layers as the style gave them, before their duplicates were hidden. */
  #labelLayers = new Map<string, LayerSpecification>();
  /**
   * The time filter's points given to the source in the commit's own task (no frame waited for:
   * MapLibre queues one worker update per source and replaces data still waiting, so a burst of
   * commits costs one clustering, not one each).
   */
  #apply(): void {
    const k = this.#keep;
    const next = k && this.#features.length ? this.#features.filter((_, i) => k(i)) : null;
    const had = this.#live != null;
    this.#live = next ? { type: 'FeatureCollection', features: next } : null;
    // Entering or leaving the filter adds or removes the live source and its layers; inside it,
    // new data.
    if (had !== (next != null)) {
      if (!this.#toggle()) this.#restyle();
      this.#mark();
    } else this.push();
  }

  /**
   * The live source and its layers added (or removed) and the tiles' layers hidden (or shown) in
   * place, as `style()` would have them: no diff of the whole basemap style (about 30 ms of the
   * first commit of a filter, traced). False when the map's style is not in yet (then a restyle).
   */
  #toggle(): boolean {
    const m = this.#m;
    const look = this.#look;
    if (!look || !m.getSource(CLUSTER_SOURCE)) return false;
    const live = clusterLayers({ ...look, live: true });
    try {
      if (this.#live) {
        m.addSource(CLUSTER_LIVE_SOURCE, clusterSource(this.#live));
        for (const l of live) m.addLayer(withoutDuplicates(l, this.#drawn));
      } else {
        for (const l of live) if (m.getLayer(l.id)) m.removeLayer(l.id);
        if (m.getSource(CLUSTER_LIVE_SOURCE)) m.removeSource(CLUSTER_LIVE_SOURCE);
      }
      for (const id of Object.values(CLUSTER_LAYERS))
        m.setLayoutProperty(id, 'visibility', this.#live ? 'none' : 'visible');
      // The chosen place's mark goes under the drawn set's counts.
      if (m.getLayer(CLUSTER_CHOSEN)) m.moveLayer(CLUSTER_CHOSEN, chosenBefore(!!this.#live));
      return true;
    } catch {
      return false; // the style is being replaced: the restyle puts everything in place
    }
  }

  /**
   * `selected`: the adapter's selection now (re-applied after new data); `restyle`: the adapter
   * styles the map again (the live source comes and goes with the filter).
   */
  constructor(m: MlMap, mode: ClusterMode, selected: () => Iterable<string>, restyle: () => void) {
    this.#m = m;
    this.#mode = mode;
    this.#selected = selected;
    this.#restyle = restyle;
  }

  /**
   * `style` with the tiles' source, the time filter's source when one holds, and their layers on
   * top; the basemap's names of the places drawn on their own hidden.
   */
  style(style: StyleSpecification, look: { theme: Theme; lang: Lang }, font: string[]): StyleSpecification {
    this.#look = { ...look, font };
    const s = withClusters(style, {
      tiles: this.#mode.tiles,
      live: this.#live,
      chosen: this.#chosen,
      ...look,
      font,
    });
    this.#labelLayers = new Map(
      s.layers.filter((l) => BASEMAP_DUPLICATE_LAYERS.has(l.id)).map((l) => [l.id, l]),
    );
    return { ...s, layers: s.layers.map((l) => withoutDuplicates(l, this.#drawn)) };
  }

  /** Feature-state of a place by key, on whichever source draws it (state waits for tiles not loaded yet). */
  state(key: string, st: Record<string, boolean>): void {
    const id = placeFeatureId(key);
    if (this.#m.getSource(CLUSTER_SOURCE))
      this.#m.setFeatureState({ source: CLUSTER_SOURCE, sourceLayer: CLUSTER_TILE_LAYER, id }, st);
    if (this.#m.getSource(CLUSTER_LIVE_SOURCE))
      this.#m.setFeatureState({ source: CLUSTER_LIVE_SOURCE, id }, st);
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
    const props = (hit.properties ?? {}) as Record<string, unknown>;
    const ref = clusterRef(props, hit.geometry.coordinates as [number, number]);
    if (ref) return { kind: 'cluster', ...ref };
    if (typeof props.key !== 'string') return null;
    return {
      kind: 'place',
      key: props.key,
      n: Number(props.n) || 0,
      name_ar: String(props.name_ar ?? ''),
      name_en: String(props.name_en ?? ''),
    };
  }

  /** The live source gets the current data (before the style loads, the map's `load` calls this again). */
  push(): void {
    if (this.#dead) return;
    const src = this.#m.getSource(CLUSTER_LIVE_SOURCE) as GeoJSONSource | undefined;
    if (src && this.#live) src.setData(this.#live);
    this.#mark();
    this.choose(this.#chosen);
  }

  /** Tells the container what the map was given (for bench:atlas and the tests) and re-selects. */
  #mark(): void {
    // `tiles`, or the count of the places the time filter keeps.
    this.#m.getContainer().dataset.clusterPoints = this.#live ? String(this.#live.features.length) : 'tiles';
    for (const k of this.#selected()) this.state(k, { selected: true });
  }

  /**
   * The map rests: tells `onTargets` what the view shows, and hides the basemap's own names of
   * the places drawn on their own in it (a filter, set only when those places changed).
   */
  rested(lang: Lang): void {
    const layers = CLUSTER_HIT_LAYERS.filter((id) => this.#m.getLayer(id));
    if (this.#dead || !layers.length) return;
    const r = this.#m.getContainer().getBoundingClientRect();
    const rendered = this.#m.queryRenderedFeatures(
      [
        [0, 0],
        [r.width, r.height],
      ],
      { layers },
    );
    const on = this.#mode.onTargets;
    const max = this.#mode.maxTargets ?? 24;
    if (on) on(clusterTargets(rendered, (at) => this.#m.project(at), { rtl: isRtl(lang), max }));
    this.#hideDuplicates(rendered);
  }

  #hideDuplicates(rendered: readonly { properties: Record<string, unknown> | null }[]): void {
    const byKey = new Map<string, NamedPlace>();
    for (const f of rendered) {
      const p = f.properties ?? {};
      if (typeof p.key !== 'string' || p.point_count != null) continue;
      byKey.set(p.key, { name_en: String(p.name_en ?? ''), name_ar: String(p.name_ar ?? '') });
    }
    const key = [...byKey.keys()].sort().join('\n');
    if (key === this.#drawnKey) return;
    this.#drawnKey = key;
    this.#drawn = [...byKey.values()];
    for (const [id, layer] of this.#labelLayers)
      if (this.#m.getLayer(id))
        this.#m.setFilter(
          id,
          (withoutDuplicates(layer, this.#drawn) as { filter?: FilterSpecification }).filter ?? null,
        );
  }

  /**
   * Marks the chosen place's point over whatever draws it (a cluster at the reader's zoom, or its
   * own dot); null: no mark. The source and layer are added on the first choice (the first view
   * carries none); before the style is in, `style()` puts them in.
   */
  choose(at: readonly [number, number] | null): void {
    this.#chosen = at;
    const m = this.#m;
    if (this.#dead || !this.#look || !m.getSource(CLUSTER_SOURCE)) return; // style() puts it in
    try {
      const src = m.getSource(CLUSTER_CHOSEN) as GeoJSONSource | undefined;
      if (src) src.setData(chosenData(at));
      else if (at) {
        m.addSource(CLUSTER_CHOSEN, chosenSource(at));
        m.addLayer(chosenLayer(this.#look.theme), chosenBefore(!!this.#live));
      }
    } catch {
      // the style is being replaced: style() puts the mark in
    }
  }

  /** Every place (loaded after the first view): what a time filter chooses from. */
  setPoints(points: readonly ClusterPoint[]): void {
    this.#features = clusterFeatures(points);
    this.show(this.#keep);
  }

  /**
   * The time filter: the places it keeps, by their index in the points last given to
   * {@link setPoints} (null: none holds; the tiles are drawn).
   */
  show(keep: ((i: number) => boolean) | null): void {
    this.#keep = keep;
    if (!this.#dead) this.#apply();
  }

  async expand(c: ClusterRef): Promise<void> {
    // A click always zooms in: a tile's cluster says where it splits; the live source is asked, and
    // if it re-clustered between the draw and the click (the time filter's `setData`), the drawn id
    // is gone and the worker refuses it: two levels then.
    const from = this.#m.getZoom();
    let zoom = c.zoom ?? from + 2;
    const src = this.#m.getSource(CLUSTER_LIVE_SOURCE) as GeoJSONSource | undefined;
    if (c.clusterId != null && src)
      zoom = await src.getClusterExpansionZoom(c.clusterId).catch(() => from + 2);
    if (!this.#dead) this.#m.easeTo({ center: c.at, zoom: Math.max(zoom, from + 1) });
  }

  destroy(): void {
    this.#dead = true;
  }
}

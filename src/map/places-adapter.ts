/**
 * The one adapter between a live MapLibre map and the article's places, for every live map of the
 * product: the app's `MapView`, the embed's live map (`src/embed/live.ts`), the review page's map
 * and any later view. The caller owns the `Map` (creates it, loads its basemap style, removes it);
 * the adapter owns everything the places need on it:
 *
 * - the style: `setStyle(base, look)` puts the place sources and layers (`carto/place-layers.ts`) on
 *   top of a basemap style and keeps them across theme and language changes (diffed);
 * - feature-state by place id (`setSelection`, `setHovered`, `placeState`): MapLibre keys state by
 *   feature id, so the adapter translates to the numeric ids of `carto/feature-ids.ts` and a data id
 *   never becomes an object key; the state is re-applied after every style change;
 * - edge indicators for far places (moved with the camera, at most once a frame) and country names
 *   for the view (when the map rests);
 * - the label guard (`carto/label-guard.ts`, moved with the indicators): no label crosses the map's
 *   edge or a cover's, or lies under a control; it takes another side of its point or gives way;
 * - picking (`carto/picking.ts`): `onClick` gets the best place under the pointer and its rivals
 *   (two or more: the caller offers a chooser), `onHover` the place entered or left; the cursor;
 * - framing (`frame`, `showAll`, `panClear`, `panClearAt`): fits places clear of the covered areas
 *   (`cover`, in fractions of the map, as `carto/camera.ts` pads) and of the edge indicators, and
 *   pans a chosen place into the view and out from under the covers at the reader's zoom;
 * - every listener it adds, removed by one `destroy()` call (the map itself is the caller's);
 * - cluster mode (`cluster`, the atlas: every place of every article): the build's clustered tiles
 *   with counts (`carto/cluster-layers.ts`); a click on a cluster zooms to where it splits, a click on
 *   a place reports it like any pick; `showClusterPoints` (the time brush) draws the places it keeps
 *   as a source clustered in the browser instead, given in the commit's own task; `onTargets` gives
 *   the keyboard what the view shows when the map rests. The article's place and edge-indicator
 *   layers are left out of its style (they would draw nothing but cost the first view).
 *
 * Tests and the snapshot tools reach the map through its container (same origin): `el.maplibre`
 * and `el.placeState(placeId)`.
 */
import type { Map as MlMap, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { Lang, PlaceFeature } from '../model/types.ts';
import type { Digits, Theme } from '../model/prefs.ts';
import { BASEMAP_SOURCE_ID, BASEMAP_WORLD_SOURCE_ID } from '../carto/basemap-style.ts';
import { anchor, frameBounds, offMapPlaces, placeBounds, type Bounds } from '../carto/geometry.ts';
import {
  approxWord,
  ARROW_IMAGE,
  COUNTRY_NAMES_SOURCE,
  PLACE_SOURCES,
  selectionFilters,
  withPlaces,
} from '../carto/place-layers.ts';
import { shortLabel } from '../carto/short-label.ts';
import { FeatureIds } from '../carto/feature-ids.ts';
import { offmapFeatures, placeBoxes, placeMarks, type FarPlace, type OffmapCamera } from '../carto/offmap.ts';
import { contentLang } from '../languages.ts';
import { regionCentre } from '../carto/locator.ts';
import { placeExtents, rankPlaces, rivals } from '../carto/picking.ts';
import {
  camera,
  indicatorSides,
  OPENING_MAX_ZOOM,
  SELECT_MAX_ZOOM,
  type Cover,
  type Padding,
} from '../carto/camera.ts';
import { arrowImage } from '../carto/webgl.ts';
import type { ClusterPoint, ClusterRef } from '../carto/cluster-layers.ts';
import type { ClusterMode, LiveClusters } from './cluster-mode.ts';
import { coverBoxes, GUARD_IMAGE, GUARD_SOURCE, guardFeatures, guardImage } from '../carto/label-guard.ts';
import { cameraOf, hitsAt, labelFont, listen, overlayBoxes, panClearOfCover, setData } from './live-map.ts';

/** What a click on the map found. */
export interface PlaceClick {
  /** The best place under the pointer, or null for empty map. */
  place: string | null;
  /** The places whose own marks are under the pointer; two or more means the click was ambiguous. */
  rivals: string[];
  /** Where, in px of the map's container. */
  point: { x: number; y: number };
  /** Cluster mode: the place's count of articles and names, as its tile carries them. */
  head?: { n: number; name_ar: string; name_en: string };
}

export interface PlacesOptions {
  /** The article's places (their ids are the feature-state keys the caller uses). */
  places: readonly PlaceFeature[];
  theme: Theme;
  lang: Lang;
  /** Digits of the edge indicators' distances. */
  digits?: Digits;
  /** What covers the map now (the phone's sheet, a docked card), asked when the camera moves. */
  cover?: () => Cover;
  onClick?(click: PlaceClick): void;
  /** The place under the pointer changed (null: none, or the pointer left the map). */
  onHover?(placeId: string | null): void;
  /**
   * Cluster mode: many places as one clustered source (see the module comment). Made by
   * `clusterMode()` of `cluster-mode.ts`, which only the atlas imports: an article's map does not
   * carry its code.
   */
  cluster?: ClusterFactory;
}

/** Cluster mode's live half on `m`; `selected` gives the adapter's selection now. */
export type ClusterFactory = (
  m: MlMap,
  selected: () => Iterable<string>,
  restyle: () => void,
) => LiveClusters;

export type { ClusterMode };

/** The handle `attachPlaces` returns. */
export interface PlacesHandle {
  readonly map: MlMap;
  /** Styles the map: `base` (a basemap style) with the places on top, in `look`'s theme and language. */
  setStyle(base: StyleSpecification, look?: { theme: Theme; lang: Lang }, opts?: { diff?: boolean }): void;
  /** Feature-state `selected` and `dimmed` of every place (others false). */
  setSelection(selected: Iterable<string>, dimmed?: ReadonlySet<string>): void;
  /** Feature-state `hovered`: only the place left and the place entered change. */
  setHovered(placeId: string | null): void;
  /** The digits of the indicators' distance labels. */
  setDigits(digits: Digits): void;
  /** A place's feature-state as the map holds it ({} for an unknown place or before the style loads). */
  placeState(placeId: string): Record<string, unknown>;
  /**
   * Frames the places `ids` (their union, far places left out; they keep their edge arrows) clear of
   * covers and indicators, never closer than `maxZoom`. False when nothing could be framed.
   */
  frame(ids: readonly string[], opts?: { maxZoom?: number; duration?: number }): boolean;
  /** Back to the opening frame of all places (regional ones; far ones get edge arrows). */
  showAll(duration?: number): void;
  /** Pans just enough to bring a point place out from under the covers. */
  panClear(placeId: string, duration?: number): void;
  /**
   * The same for a point the caller knows (cluster mode: a place of the atlas, which the adapter
   * holds no feature of): into the view and clear of the covers at the current zoom, or no move
   * when it is already there. `over` replaces the map's `cover` for this pan only (the atlas's card:
   * its labels keep their places around it). True when the map moved.
   */
  panClearAt(at: [number, number], duration?: number, over?: Cover): boolean;
  /** The padding framing uses now, in px. */
  padding(): Padding;
  /** The opening frame: the bounds of the regional places (null without places). */
  readonly opening: Bounds | null;
  /**
   * Cluster mode: shows only the points (by their index in {@link setClusterPoints}'s) that pass
   * `keep` (null: all). Each call goes to the source at once (it re-clusters in its worker;
   * MapLibre sends it only the newest of a burst).
   */
  showClusterPoints(keep: ((i: number) => boolean) | null): void;
  /** Cluster mode: every place, which a time filter chooses from (loaded after the first view). */
  setClusterPoints(points: readonly ClusterPoint[]): void;
  /** Cluster mode: zooms to where a cluster splits. */
  expandCluster(c: ClusterRef): Promise<void>;
  /** Cluster mode: marks the chosen place's point over its cluster or dot (null: no mark). */
  markClusterPoint(at: readonly [number, number] | null): void;
  /** Removes every listener the adapter added and the container hooks; the map stays. */
  destroy(): void;
}

/** Padding to frame places in a box of `el`'s size, clear of `cover` and of the indicators of `far`. */
export function framePadding(
  el: HTMLElement,
  frame: Bounds | null,
  far: readonly [number, number][],
  cover: Cover = {},
): Padding {
  const rect = el.getBoundingClientRect();
  return camera.padding(rect, cover, indicatorSides(frame, far, rect.width, rect.height));
}

/** The regional frame of `places` and the places far outside it (they get edge arrows). */
export function placeFrame(places: readonly PlaceFeature[]): { frame: Bounds | null; far: FarPlace[] } {
  const frame = frameBounds(places);
  const far = frame ? offMapPlaces(places, frame) : [];
  return { frame, far: far.map((p) => ({ place: p, at: anchor(p) })) };
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Attaches the article's places to `map`; see the module comment. Call `setStyle` next. */
export function attachPlaces(map: MlMap, o: PlacesOptions): PlacesHandle {
  const m = map;
  const ids = new FeatureIds(o.places.map((p) => p.id));
  const byId = new Map(o.places.map((p) => [p.id, p]));
  const { frame: opening, far } = placeFrame(o.places);
  const farSet = new Set(far.map((f) => f.place.id));
  const farAt = far.map((f) => f.at);
  const extent = placeExtents(o.places);
  const cover = o.cover ?? (() => ({}));
  let look = { theme: o.theme, lang: o.lang };
  let digits: Digits = o.digits ?? 'latn';
  let selected = new Set<string>();
  let dimmed: ReadonlySet<string> = new Set();
  let hovered: string | null = null;
  let offmap: FeatureCollection = EMPTY;
  let countryNames: FeatureCollection = EMPTY;
  let guard: FeatureCollection = EMPTY;
  let destroyed = false;
  let frameReq = 0;

  // Cluster mode (cluster-mode.ts): a time filter's source comes and goes by restyling (a diff).
  let lastBase: StyleSpecification | null = null;
  const cl = o.cluster
    ? o.cluster(
        m,
        () => selected,
        () => {
          if (lastBase && !destroyed) handle.setStyle(lastBase);
        },
      )
    : null;

  // The article's regional places: the indicators keep clear of their points and of the selected
  // places' labels (placed before the indicators, `place-layers.ts`); the other labels yield.
  const near = o.places
    .filter((p) => !farSet.has(p.id) && p.geometry?.type === 'Point')
    .map((p) => ({ id: p.id, at: anchor(p), props: p.properties }));
  const nearLabels = (sel: boolean) =>
    near
      .filter(({ id }) => selected.has(id) === sel)
      .map(({ at, props }) => {
        const content = contentLang(look.lang);
        const name = shortLabel(content === 'ar' ? props.name_ar : props.name_en);
        return { at, label: props.approximate ? `~ ${name}\n${approxWord(content)}` : name };
      });
  const view = (): OffmapCamera => {
    const cam = cameraOf(m, cover());
    const rest = nearLabels(false);
    return {
      ...cam,
      avoid: [...(cam.avoid ?? []), ...placeBoxes(nearLabels(true), cam), ...placeMarks(rest, cam)],
      yielding: placeBoxes(rest, cam),
    };
  };
  // Distances from the article's region, not the camera: an arrow and the far-place locator give one
  // distance, which does not change as the reader pans (carto/locator.ts).
  const from = opening ? regionCentre(opening) : undefined;
  const indicators = () =>
    offmapFeatures(far, view(), { digits, featureId: (id) => ids.num(id), from, first: selected });
  const loaded = () => !destroyed && m.getSource(PLACE_SOURCES.places) != null;
  const guardNow = () => {
    const cam = cameraOf(m, cover());
    return guardFeatures(cam, [...overlayBoxes(m.getContainer(), 2), ...coverBoxes(cam, cam.inset)]);
  };

  const setPlaceState = (id: string, st: Record<string, boolean>) => {
    const num = ids.num(id);
    if (num == null) return;
    for (const source of Object.values(PLACE_SOURCES)) m.setFeatureState({ source, id: num }, st);
  };
  const applyStates = () => {
    if (cl) {
      for (const k of selected) cl.state(k, { selected: true });
      if (hovered) cl.state(hovered, { hovered: true });
    }
    if (!loaded()) return;
    for (const p of o.places)
      setPlaceState(p.id, {
        selected: selected.has(p.id),
        dimmed: dimmed.has(p.id),
        hovered: p.id === hovered,
      });
  };

  /** Moves the edge indicators and the label guard with the camera, at most once per frame. */
  const updateOffmap = () => {
    if (frameReq || destroyed) return;
    frameReq = requestAnimationFrame(() => {
      frameReq = 0;
      if (destroyed) return;
      if (m.getSource(GUARD_SOURCE)) {
        const nextGuard = guardNow();
        if (JSON.stringify(nextGuard) !== JSON.stringify(guard)) {
          guard = nextGuard;
          setData(m, GUARD_SOURCE, guard);
        }
      }
      if (!loaded()) return;
      const next = indicators();
      if (JSON.stringify(next) === JSON.stringify(offmap)) return;
      offmap = next;
      setData(m, PLACE_SOURCES.offmap, offmap);
      applyStates();
    });
  };

  /**
   * Names the countries the view shows without their own label (a phone's narrow view). Their code
   * (`carto/country-names.ts`) loads on the map's first idle, when it is first needed: the first
   * view goes without it.
   */
  let names: typeof import('../carto/country-names.ts') | undefined;
  /** Counts the basemap's data events (tiles in or out): the country names' input, with the view. */
  let basemapData = 0;
  let namesKey = '';
  const updateCountryNames = () => {
    if (destroyed || !m.getSource(COUNTRY_NAMES_SOURCE) || !m.getSource(BASEMAP_SOURCE_ID)) return;
    if (!names) {
      import('../carto/country-names.ts').then(
        (mod) => {
          names = mod;
          updateCountryNames();
        },
        (e: unknown) => console.error('[map] country names', e),
      );
      return;
    }
    // Nothing they depend on changed (the time filter's new clusters end in an idle too): the
    // names stay, without reading and clipping the basemap's country shapes again.
    const c = m.getCenter();
    const { width, height } = m.getContainer().getBoundingClientRect();
    const key = JSON.stringify([
      [c.lng, c.lat, m.getZoom(), m.getBearing(), m.getPitch(), width, height],
      cover(),
      look.lang,
      [...selected].sort(),
      basemapData,
    ]);
    if (key === namesKey) return;
    namesKey = key;
    const q = (source: string, sourceLayer: string) =>
      m.getSource(source) ? m.querySourceFeatures(source, { sourceLayer }) : [];
    // World labels inside the study box give way to the regional ones from z7 (basemap-style.ts).
    const worldLabels = q(BASEMAP_WORLD_SOURCE_ID, 'world_labels').filter(
      (f) => !(f.properties?.regional && m.getZoom() >= 7),
    );
    const next = names.namesForView(
      {
        countries: [...q(BASEMAP_SOURCE_ID, 'countries'), ...q(BASEMAP_WORLD_SOURCE_ID, 'world')],
        labels: [...q(BASEMAP_SOURCE_ID, 'labels'), ...worldLabels],
      },
      view(),
    );
    if (JSON.stringify(next) === JSON.stringify(countryNames)) return;
    countryNames = next;
    setData(m, COUNTRY_NAMES_SOURCE, countryNames);
  };

  const img = arrowImage();
  m.setMissingStyleImageResolver((id) => {
    if (id === ARROW_IMAGE && !m.hasImage(ARROW_IMAGE)) m.addImage(ARROW_IMAGE, img, { sdf: true });
    if (id === GUARD_IMAGE && !m.hasImage(GUARD_IMAGE)) m.addImage(GUARD_IMAGE, guardImage());
  });

  const offs = [
    listen(m, 'load', applyStates),
    listen(m, 'move', updateOffmap),
    listen(m, 'idle', updateCountryNames),
    listen(m, 'sourcedata', (e: { sourceId?: string }) => {
      if (e.sourceId === BASEMAP_SOURCE_ID || e.sourceId === BASEMAP_WORLD_SOURCE_ID) basemapData++;
    }),
    // Overlays the indicators avoid (the controls, a card) come and go without a camera move.
    listen(m, 'idle', updateOffmap),
    listen(m, 'resize', updateOffmap),
    listen(m, 'idle', () => cl?.rested(look.lang)),
    listen(m, 'load', () => cl?.push()),
    listen(m, 'click', (e: { point: { x: number; y: number } }) => {
      const c = cl?.at(e.point);
      if (c?.kind === 'cluster') return void cl!.expand(c);
      if (c) {
        const head = { n: c.n, name_ar: c.name_ar, name_en: c.name_en };
        return o.onClick?.({ place: c.key, rivals: [], point: e.point, head });
      }
      const hits = hitsAt(m, e.point);
      o.onClick?.({
        place: rankPlaces(hits, extent)[0] ?? null,
        rivals: rivals(hits, extent),
        point: e.point,
      });
    }),
    listen(m, 'mousemove', (e: { point: { x: number; y: number } }) => {
      const c = cl?.at(e.point);
      if (c) {
        m.getCanvas().style.cursor = 'pointer';
        return o.onHover?.(c.kind === 'place' ? c.key : null);
      }
      const hit = rankPlaces(hitsAt(m, e.point, 2), extent)[0] ?? null;
      m.getCanvas().style.cursor = hit ? 'pointer' : '';
      o.onHover?.(hit);
    }),
    listen(m, 'mouseout', () => o.onHover?.(null)),
  ];

  const el = m.getContainer() as HTMLElement & { maplibre?: MlMap; placeState?: unknown };
  const placeState = (id: string): Record<string, unknown> => {
    const num = ids.num(id);
    return num == null || !loaded() ? {} : m.getFeatureState({ source: PLACE_SOURCES.places, id: num });
  };
  Object.defineProperty(el, 'maplibre', { value: m, configurable: true });
  Object.defineProperty(el, 'placeState', { value: placeState, configurable: true });

  const padding = () => framePadding(m.getContainer(), opening, farAt, cover());
  const fit = (b: Bounds, maxZoom: number, duration: number) =>
    m.fitBounds(b, { padding: padding(), maxZoom, duration });

  const handle: PlacesHandle = {
    map: m,
    opening,
    setStyle(next, l, opts) {
      if (l) look = l;
      lastBase = next;
      namesKey = ''; // a new style (theme, language, basemap): the country names are read again
      // The indicators for the camera as it is go into the style, so the sources are not reloaded
      // right after the first load.
      if (offmap === EMPTY) offmap = indicators();
      if (guard === EMPTY) guard = guardNow();
      const styled = withPlaces(next, {
        places: o.places,
        theme: look.theme,
        lang: look.lang,
        font: labelFont(next),
        offmap,
        ids,
        countryNames,
        guard,
        selected: [...selected],
        clusters: cl != null,
      });
      m.setStyle(cl ? cl.style(styled, look, labelFont(next)) : styled, { diff: opts?.diff ?? true });
      m.once('styledata', applyStates);
    },
    setSelection(sel, d) {
      if (cl) for (const k of selected) cl.state(k, { selected: false });
      const before = [...selected].sort().join('\n');
      selected = new Set(sel);
      dimmed = d ?? new Set();
      applyStates();
      // The label layers' filters follow the selection (place-layers.ts `selectionFilters`).
      if (loaded() && [...selected].sort().join('\n') !== before) updateOffmap();
      if (loaded() && [...selected].sort().join('\n') !== before)
        for (const [layer, filter] of Object.entries(selectionFilters([...selected])))
          if (m.getLayer(layer)) m.setFilter(layer, filter);
    },
    setHovered(id) {
      if (id === hovered) return;
      const prev = hovered;
      hovered = id;
      if (cl) {
        if (prev) cl.state(prev, { hovered: false });
        if (id) cl.state(id, { hovered: true });
      }
      if (!loaded()) return;
      if (prev) setPlaceState(prev, { hovered: false });
      if (id) setPlaceState(id, { hovered: true });
    },
    setDigits(d) {
      if (d === digits) return;
      digits = d;
      updateOffmap();
    },
    placeState,
    frame(sel, opts = {}) {
      const b = camera.union(
        sel
          .filter((id) => !farSet.has(id))
          .map((id) => byId.get(id))
          .filter((p) => p != null)
          .map((p) => placeBounds(p)),
      );
      if (!b) return false;
      fit(b, opts.maxZoom ?? SELECT_MAX_ZOOM, opts.duration ?? 0);
      return true;
    },
    showAll(duration = 0) {
      if (opening) fit(opening, OPENING_MAX_ZOOM, duration);
    },
    panClear(id, duration = 0) {
      const p = byId.get(id);
      // A far place (its edge arrow) never moves the view: the locator shows it (carto/locator.ts).
      if (p?.geometry?.type === 'Point' && !farSet.has(id)) handle.panClearAt(anchor(p), duration);
    },
    panClearAt(at, duration = 0, over) {
      return !destroyed && panClearOfCover(m, at, over ?? cover(), duration);
    },
    padding,
    setClusterPoints(points) {
      cl?.setPoints(points);
    },
    showClusterPoints(keep) {
      cl?.show(keep);
    },
    async expandCluster(c) {
      await cl?.expand(c);
    },
    markClusterPoint(at) {
      cl?.choose(at);
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      cancelAnimationFrame(frameReq);
      cl?.destroy();
      offs.forEach((off) => off());
      delete el.maplibre;
      delete el.placeState;
    },
  };
  return handle;
}

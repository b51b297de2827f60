/**
 * The embed's live map: a separate chunk (`import('./live.ts')`) so MapLibre loads only on
 * interaction. It draws the same style as the full app (`withPlaces(basemapStyle(…))`) and
 * reports selections and camera moves; `destroy()` removes the map and releases its WebGL context.
 */
import { Map as MlMap, setWorkerUrl, type MapGeoJSONFeature } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection } from 'geojson';
import type { Lang, PlaceFeature } from '../model/types.ts';
import type { Theme } from '../state/url-state.ts';
import { BASEMAP_FONT, basemapStyle } from '../carto/basemap-style.ts';
import { ARROW_IMAGE, INTERACTIVE_LAYERS, PLACE_SOURCES, withPlaces } from '../carto/place-layers.ts';
import { arrowImage } from '../carto/webgl.ts';
import { offmapFeatures } from '../static/offmap.ts';
import type { StaticCamera } from '../static/camera.ts';
import { contentLang } from '../languages.ts';

export interface LiveOptions {
  container: HTMLElement;
  model: { readonly places: readonly PlaceFeature[] };
  farPlaces: readonly PlaceFeature[];
  camera: StaticCamera;
  theme: Theme;
  lang: Lang;
  selected: readonly string[];
  dimmed: ReadonlySet<string>;
  baseUrl: string;
  onSelect(placeId: string | null): void;
  onMove(camera: StaticCamera): void;
  onIdle(): void;
}

export interface LiveMap {
  setSelected(ids: readonly string[], dimmed: ReadonlySet<string>): void;
  setLook(theme: Theme, lang: Lang): void;
  camera(): StaticCamera;
  jumpTo(camera: StaticCamera): void;
  destroy(): void;
}

let workerSet = false;

export function createLiveMap(o: LiveOptions): LiveMap {
  if (!workerSet) {
    setWorkerUrl(new URL(workerUrl, location.href).href);
    workerSet = true;
  }
  let theme = o.theme;
  let lang = o.lang;
  let selected = new Set(o.selected);
  let dimmed = o.dimmed;
  const m = new MlMap({
    container: o.container,
    center: o.camera.center,
    zoom: o.camera.zoom,
    attributionControl: false,
    maxZoom: 17,
    cooperativeGestures: false,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    locale: {},
  });
  m.touchZoomRotate.disableRotation();
  const offmap = (): FeatureCollection => {
    const c = m.getCenter();
    const { width, height } = o.container.getBoundingClientRect();
    return offmapFeatures(o.farPlaces, {
      width,
      height,
      center: [c.lng, c.lat],
      project: (p) => {
        const q = m.project(p as [number, number]);
        return [q.x, q.y];
      },
      unproject: (xy) => {
        const q = m.unproject(xy);
        return [q.lng, q.lat];
      },
    });
  };
  const style = () =>
    withPlaces(basemapStyle({ baseUrl: o.baseUrl, theme, lang: contentLang(lang) }), {
      places: o.model.places,
      theme,
      lang,
      font: [BASEMAP_FONT],
      offmap: offmap(),
    });
  m.setStyle(style());
  const img = arrowImage();
  m.setMissingStyleImageResolver((id) => {
    if (id === ARROW_IMAGE && !m.hasImage(ARROW_IMAGE)) m.addImage(ARROW_IMAGE, img, { sdf: true });
  });
  const applyStates = () => {
    for (const p of o.model.places) {
      m.setFeatureState(
        { source: PLACE_SOURCES.places, id: p.id },
        { selected: selected.has(p.id), dimmed: dimmed.has(p.id), hovered: false },
      );
    }
  };
  m.on('load', applyStates);
  m.on('styledata', () => {
    if (m.isStyleLoaded()) applyStates();
  });
  m.on('idle', () => o.onIdle());
  m.on('moveend', () => {
    const src = m.getSource(PLACE_SOURCES.offmap);
    if (src && 'setData' in src)
      (src as unknown as { setData(d: FeatureCollection): void }).setData(offmap());
    o.onMove(camera());
  });
  const present = () => INTERACTIVE_LAYERS.filter((id) => m.getLayer(id));
  const pick = (fs: MapGeoJSONFeature[]): string | null => {
    const rank = (f: MapGeoJSONFeature) =>
      f.layer.id === 'aa-point' || f.layer.id === 'aa-label' || f.layer.id === 'aa-offmap-arrow' ? 0 : 1;
    const pid = [...fs].sort((a, b) => rank(a) - rank(b))[0]?.properties?.pid;
    return typeof pid === 'string' ? pid : null;
  };
  m.on('click', (e) => o.onSelect(pick(m.queryRenderedFeatures(e.point, { layers: present() }))));
  m.on('mousemove', (e) => {
    m.getCanvas().style.cursor = pick(m.queryRenderedFeatures(e.point, { layers: present() }))
      ? 'pointer'
      : '';
  });
  Object.defineProperty(o.container, 'maplibre', { value: m, configurable: true });
  const camera = (): StaticCamera => {
    const c = m.getCenter();
    return { center: [c.lng, c.lat], zoom: m.getZoom(), bearing: 0 };
  };
  return {
    setSelected(ids, d) {
      selected = new Set(ids);
      dimmed = d;
      if (m.isStyleLoaded()) applyStates();
    },
    setLook(t, l) {
      if (t === theme && l === lang) return;
      theme = t;
      lang = l;
      m.setStyle(style(), { diff: true });
    },
    camera,
    jumpTo(c) {
      m.jumpTo({ center: c.center, zoom: c.zoom });
    },
    destroy() {
      delete (o.container as unknown as { maplibre?: unknown }).maplibre;
      m.remove();
    },
  };
}

/**
 * The embed's live map: a separate chunk (`import('./live.ts')`) so MapLibre loads only on
 * interaction. It creates and removes the MapLibre `Map`; the article's places on it (the same
 * style as the app, feature-state by place id, picking, indicators, framing) are the one adapter
 * every live map uses (`src/map/places-adapter.ts`). A news page's map: cooperative gestures (the
 * wheel scrolls the page; Ctrl/⌘ + wheel or two fingers move the map, with MapLibre's hint in the
 * embed's language), zoom buttons and a scale bar, and the canvas named in that language.
 * `destroy()` removes every listener and the map, which releases its WebGL context.
 */
import { NavigationControl, ScaleControl, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Lang, PlaceFeature } from '../model/types.ts';
import type { Theme } from '../state/url-state.ts';
import { basemapStyle } from '../carto/basemap-style.ts';
import { SELECT_MAX_ZOOM } from '../carto/camera.ts';
import type { Bounds } from '../carto/geometry.ts';
import { attachPlaces } from '../map/places-adapter.ts';
import { listen } from '../map/live-map.ts';
import { newLiveMap } from '../map/new-map.ts';
import type { StaticCamera } from '../static/camera.ts';
import { contentLang } from '../languages.ts';
import { t } from './t.ts';

export interface LiveOptions {
  container: HTMLElement;
  places: readonly PlaceFeature[];
  camera: StaticCamera;
  theme: Theme;
  lang: Lang;
  selected: readonly string[];
  dimmed: ReadonlySet<string>;
  baseUrl: string;
  /** The reader clicked a place (null: empty map). */
  onSelect(placeId: string | null): void;
  /** The camera moved; `byReader` is false for moves the embed made itself (framing, resize). */
  onMove(camera: StaticCamera, byReader: boolean): void;
  onIdle(): void;
}

export interface LiveMap {
  setSelected(ids: readonly string[], dimmed: ReadonlySet<string>): void;
  setLook(theme: Theme, lang: Lang): void;
  /** Frames the places `ids` as the app does (false when none is on the regional map). */
  frame(ids: readonly string[]): boolean;
  /** Fits `bounds` at once, without margin (a resized frame keeps what it showed). */
  fitBounds(bounds: Bounds): void;
  /** A place's feature-state, as the map holds it. */
  placeState(id: string): Record<string, unknown>;
  camera(): StaticCamera;
  jumpTo(camera: StaticCamera): void;
  /** Focuses the map (its canvas), for a reader who opened it from the keyboard. */
  focus(): void;
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
  const m = newLiveMap({
    container: o.container,
    center: o.camera.center,
    zoom: o.camera.zoom,
    maxZoom: 17,
    cooperativeGestures: true,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    say: (key) => t(lang, key),
  });
  m.touchZoomRotate.disableRotation();
  // Top right in both languages: the edge arrows of this region's far places sit on the west side.
  m.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  m.addControl(new ScaleControl({ unit: 'metric', maxWidth: 90 }), 'bottom-left');
  const places = attachPlaces(m, {
    places: o.places,
    theme,
    lang,
    onClick: ({ place }) => o.onSelect(place),
  });
  const style = () => basemapStyle({ baseUrl: o.baseUrl, theme, lang: contentLang(lang) });
  places.setStyle(style(), { theme, lang }, { diff: false });
  places.setSelection(o.selected, o.dimmed);
  /** Moves this module starts itself (framing, a refit): not the reader's. */
  let own = 0;
  const camera = (): StaticCamera => {
    const c = m.getCenter();
    return { center: [c.lng, c.lat], zoom: m.getZoom(), bearing: 0 };
  };
  const offs = [
    listen(m, 'idle', () => o.onIdle()),
    listen(m, 'moveend', () => {
      o.onMove(camera(), own === 0);
      own = Math.max(0, own - 1);
    }),
  ];
  const ownMove = (fn: () => void) => {
    own++;
    fn();
    // A move to where the camera already is ends without a `moveend`.
    if (!m.isMoving()) own = Math.max(0, own - 1);
  };
  const name = () => t(lang, 'mlMap');
  m.getCanvas().setAttribute('aria-label', name());
  return {
    setSelected(ids, d) {
      places.setSelection(ids, d);
    },
    setLook(t, l) {
      if (t === theme && l === lang) return;
      theme = t;
      lang = l;
      places.setStyle(style(), { theme, lang });
      m.getCanvas().setAttribute('aria-label', name());
    },
    frame(ids) {
      let framed = false;
      ownMove(() => (framed = places.frame(ids, { maxZoom: SELECT_MAX_ZOOM })));
      return framed;
    },
    fitBounds(b) {
      m.resize();
      ownMove(() => m.fitBounds(b, { padding: 0, duration: 0 }));
    },
    placeState: (id) => places.placeState(id),
    camera,
    jumpTo(c) {
      ownMove(() => m.jumpTo({ center: c.center, zoom: c.zoom }));
    },
    focus() {
      m.getCanvas().focus();
    },
    destroy() {
      offs.forEach((off) => off());
      places.destroy();
      m.remove();
    },
  };
}

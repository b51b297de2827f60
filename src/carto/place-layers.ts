/**
 * The article's places as MapLibre sources and layers, drawn in the canvas (so snapshots never
 * miss them) and styled by feature-state (`selected`, `hovered`, `dimmed`). Pure: builds style JSON.
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { ContentLang, Lang, PlaceFeature } from '../model/types.ts';
import type { Theme } from '../model/prefs.ts';
import { FeatureIds } from './feature-ids.ts';
import { anchor, isArea, uncertaintyCircles } from './geometry.ts';
import { contentLang } from '../languages.ts';
import { GUARD_IMAGE, GUARD_LAYER, GUARD_SOURCE } from './label-guard.ts';
import { shortLabel } from './short-label.ts';
import { withoutDuplicates } from './basemap-duplicates.ts';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * Two sources: the places (their shapes, label points and precision circles in one source, told
 * apart by `role`, so they load once and share feature-state by place id) and the edge indicators,
 * which move with the camera.
 */
export const PLACE_SOURCES = { places: 'aa-places', offmap: 'aa-offmap' } as const;
/**
 * Layers a click or hover can hit, with their picking rank (lower wins): a place's own mark (point,
 * label, edge arrow) beats a line, a line beats a precision circle, a circle beats an area fill.
 * Keyed by our own layer ids (never by data), so a `Map` only for the ordered iteration.
 */
export const LAYER_RANK: ReadonlyMap<string, number> = new Map([
  ['aa-point', 0],
  ['aa-label', 0],
  ['aa-label-selected', 0],
  ['aa-offmap-arrow', 0],
  ['aa-line-hit', 1],
  ['aa-uncertainty-fill', 2],
  ['aa-area-fill', 3],
]);
export const INTERACTIVE_LAYERS: readonly string[] = [...LAYER_RANK.keys()];

export const ARROW_IMAGE = 'aa-arrow';

export const PALETTE = {
  light: {
    ink: '#1d1d1b',
    halo: '#ffffff',
    accent: '#b3261e',
    hover: '#c77700',
    area: '#5b5b8f',
    approx: '#7a4f00',
    line: '#1f5f8b',
  },
  dark: {
    ink: '#f2f1ec',
    halo: '#101214',
    accent: '#ff8a80',
    hover: '#ffc14d',
    area: '#b3b3e6',
    approx: '#ffd27a',
    line: '#7fc1ee',
  },
} as const;

const state = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];
/** Opacity multiplier for places outside the timeline's range. */
const undimmed = (v: number): ExpressionSpecification => ['case', state('dimmed'), v * 0.25, v];
const byState = (selected: unknown, hovered: unknown, rest: unknown): ExpressionSpecification =>
  ['case', state('selected'), selected, state('hovered'), hovered, rest] as ExpressionSpecification;

/** Place features with the flat properties the layers read (`pid`, labels, kind, approximate). */
export function placeData(places: readonly PlaceFeature[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: places.map((p) => ({ type: 'Feature', geometry: p.geometry, properties: flat(p) })),
  };
}

/** One label point per place: the point itself, or the area's centroid (areas labelled once, not per tile). */
export function labelData(places: readonly PlaceFeature[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: places.map((p) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: anchor(p) },
      properties: { ...flat(p), area: isArea(p) },
    })),
  };
}

function flat(p: PlaceFeature) {
  return {
    pid: p.id,
    label_ar: shortLabel(p.properties.name_ar),
    label_en: shortLabel(p.properties.name_en),
    kind: p.properties.kind,
    approximate: p.properties.approximate === true,
  };
}

export interface PlaceStyleInput {
  places: readonly PlaceFeature[];
  theme: Theme;
  lang: Lang;
  /** The `text-font` stack of the basemap's labels. */
  font: string[];
  /** Current edge-indicator features (kept across style changes). */
  offmap: FeatureCollection;
  /** Numeric feature ids (feature-state is keyed by them, never by a data id); by default, place order. */
  ids?: FeatureIds;
  /** Current country names for the view (kept across style changes). */
  countryNames?: FeatureCollection;
  /**
   * The selected places, on a live map (`map/places-adapter.ts` keeps them with `selectionFilters`):
   * their names get a layer of their own that is placed first and always shown, and an area's name
   * is drawn only while it is selected, placed like any label (never printed over another). Left
   * out by the static renderer, which places its labels itself (`static/labels.ts`).
   */
  selected?: readonly string[];
  /**
   * A live map's guard squares (`label-guard.ts`): the edges and the controls its labels keep clear
   * of. Only with `selected` (a live map).
   */
  guard?: FeatureCollection;
  /**
   * The atlas's cluster mode (`cluster-layers.ts` draws its places): the article's place and
   * edge-indicator sources and layers would draw nothing and are left out; the country names for
   * the view and the label guard (it keeps the basemap's names off the map's edges) stay.
   */
  clusters?: boolean;
}

/** The place-label layers whose filters follow the selection on a live map. */
export const SELECTED_LABEL_LAYER = 'aa-label-selected';

/** The filters of the label layers for `selected` (see `PlaceStyleInput.selected`). */
export function selectionFilters(selected: readonly string[]): Record<string, FilterSpecification> {
  const isSel: ExpressionSpecification = ['in', ['get', 'pid'], ['literal', [...selected]]];
  const label: ExpressionSpecification = ['==', ['get', 'role'], 'label'];
  const area: ExpressionSpecification = ['get', 'area'];
  const country: ExpressionSpecification = ['==', ['get', 'kind'], 'country'];
  return {
    'aa-area-label': ['all', label, area, ['!', country], isSel],
    'aa-label': ['all', label, ['!', area], ['!', isSel]],
    [SELECTED_LABEL_LAYER]: ['all', label, ['!', area], isSel],
  };
}

export function placeSources(input: PlaceStyleInput): Record<string, GeoJSONSourceSpecification> {
  const ids = input.ids ?? new FeatureIds(input.places.map((p) => p.id));
  const tag = (fc: FeatureCollection, role: string) =>
    fc.features.map((f) => ({
      ...f,
      id: ids.num(String(f.properties?.pid)),
      properties: { ...f.properties, role },
    }));
  const places: FeatureCollection = {
    type: 'FeatureCollection',
    features: [
      ...tag(uncertaintyCircles(input.places), 'circle'),
      ...tag(placeData(input.places), 'shape'),
      ...tag(labelData(input.places), 'label'),
    ],
  };
  return {
    [PLACE_SOURCES.places]: { type: 'geojson', data: places },
    [PLACE_SOURCES.offmap]: { type: 'geojson', data: input.offmap },
  };
}

export function placeLayers(input: PlaceStyleInput): LayerSpecification[] {
  const layers = baseLayers(input);
  if (!input.selected) return layers;
  // A live map: the selection's labels on a layer of their own, placed first (last in the list, but
  // for the guard).
  const filters = selectionFilters(input.selected);
  const live = layers.map((l): LayerSpecification => {
    if (l.type !== 'symbol' || !(l.id in filters)) return l;
    const filter = filters[l.id]!;
    if (l.id === 'aa-area-label') {
      const layout = { ...l.layout };
      delete layout['text-ignore-placement'];
      return {
        ...l,
        filter,
        layout: {
          ...layout,
          'text-allow-overlap': false,
          'text-padding': 4,
          'text-variable-anchor': ['center', 'top', 'bottom'],
          'text-radial-offset': 1.4,
        },
        paint: { ...l.paint, 'text-opacity': undimmed(1) },
      };
    }
    return { ...l, filter, layout: { ...l.layout, ...LIVE_LABEL_LAYOUT } };
  });
  // The edge indicators above the place labels, so placed before them: an arrow's name is never the
  // one lost; a place label it would cover moves to another side of its point or gives way
  // (`offmap.ts` keeps the arrows clear of those labels wherever their edge has room).
  const arrow = live.findIndex((l) => l.id === 'aa-offmap-arrow');
  if (arrow >= 0) live.push(...live.splice(arrow, 1));
  const own = live.find((l) => l.id === 'aa-label');
  if (own?.type === 'symbol')
    live.push({
      ...own,
      id: SELECTED_LABEL_LAYER,
      filter: filters[SELECTED_LABEL_LAYER]!,
      // The selected place's name always shows; the names it would cover give way to it.
      layout: { ...own.layout, 'text-allow-overlap': true },
    });
  live.push(guardLayer());
  return live;
}

/**
 * The invisible guard squares (`label-guard.ts`), last so placed before every label: always shown,
 * never hidden by anything, and every label after them keeps clear of them.
 */
function guardLayer(): LayerSpecification {
  return {
    id: GUARD_LAYER,
    type: 'symbol',
    source: GUARD_SOURCE,
    layout: {
      'icon-image': GUARD_IMAGE,
      'icon-size': ['get', 'size'],
      'icon-anchor': ['get', 'anchor'],
      'icon-padding': 0,
      'icon-allow-overlap': true,
      'icon-rotation-alignment': 'viewport',
    },
  };
}

/**
 * Live place labels try the other sides of their point before giving way (MapLibre's variable
 * anchors), with a little room between neighbours so two names never run into one.
 */
const LIVE_LABEL_LAYOUT: SymbolLayout = {
  'text-variable-anchor': ['top', 'bottom', 'right', 'left'],
  'text-radial-offset': 1.1,
  'text-padding': 4,
};
/** The second line of an approximate place's label, in the labels' language. */
export function approxWord(content: ContentLang): string {
  return content === 'ar' ? 'موقع تقريبي' : 'approximate location';
}

type SymbolLayout = NonNullable<Extract<LayerSpecification, { type: 'symbol' }>['layout']>;

function baseLayers({ theme, lang, font }: PlaceStyleInput): LayerSpecification[] {
  const c = PALETTE[theme];
  // Labels are the article's names, in the data language the interface reads.
  const content = contentLang(lang);
  const name: ExpressionSpecification = ['get', `label_${content}`];
  const label: ExpressionSpecification = [
    'case',
    ['get', 'approximate'],
    // '~', not '≈': the bundled font has no '≈', which exports then printed in a system font.
    ['concat', '~ ', name, '\n', approxWord(content)],
    name,
  ];
  const isArea: ExpressionSpecification = [
    'match',
    ['geometry-type'],
    ['Polygon', 'MultiPolygon'],
    true,
    false,
  ];
  const isPoint: ExpressionSpecification = ['match', ['geometry-type'], ['Point', 'MultiPoint'], true, false];
  const isLine: ExpressionSpecification = [
    'match',
    ['geometry-type'],
    ['LineString', 'MultiLineString'],
    true,
    false,
  ];
  const isCountry: ExpressionSpecification = ['==', ['get', 'kind'], 'country'];
  const role = (r: string): ExpressionSpecification => ['==', ['get', 'role'], r];
  return [
    {
      // Countries are not filled: they would cover the map and catch every click; their outline
      // shows when they are in focus.
      id: 'aa-area-fill',
      type: 'fill',
      source: PLACE_SOURCES.places,
      filter: ['all', role('shape'), isArea, ['!', isCountry]],
      paint: {
        'fill-color': byState(c.accent, c.hover, c.area),
        'fill-opacity': ['case', state('dimmed'), 0.015, byState(0.18, 0.12, 0.06)],
      },
    },
    {
      id: 'aa-area-line',
      type: 'line',
      source: PLACE_SOURCES.places,
      filter: ['all', role('shape'), isArea],
      paint: {
        'line-color': byState(c.accent, c.hover, c.area),
        'line-width': byState(2.5, 2, ['case', isCountry, 0.8, 1.2]),
        'line-opacity': undimmed(1),
        'line-dasharray': [3, 2],
      },
    },
    {
      id: 'aa-uncertainty-fill',
      type: 'fill',
      source: PLACE_SOURCES.places,
      filter: role('circle'),
      paint: {
        'fill-color': byState(c.accent, c.hover, c.ink),
        'fill-opacity': ['case', state('dimmed'), 0.015, byState(0.16, 0.12, 0.06)],
      },
    },
    {
      id: 'aa-uncertainty-line',
      type: 'line',
      source: PLACE_SOURCES.places,
      filter: role('circle'),
      paint: {
        'line-color': byState(c.accent, c.hover, ['case', ['get', 'approximate'], c.approx, c.ink]),
        'line-width': byState(2, 1.5, 1),
        'line-opacity': undimmed(0.8),
        'line-dasharray': [2, 2],
      },
    },
    {
      // Lines (rivers, roads, borders): a casing in the halo colour, then the line itself.
      id: 'aa-line-casing',
      type: 'line',
      source: PLACE_SOURCES.places,
      filter: ['all', role('shape'), isLine],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': c.halo,
        'line-width': byState(8, 7, 5),
        'line-opacity': undimmed(0.9),
      },
    },
    {
      id: 'aa-line',
      type: 'line',
      source: PLACE_SOURCES.places,
      filter: ['all', role('shape'), isLine],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': byState(c.accent, c.hover, c.line),
        'line-width': byState(4.5, 4, 3),
        'line-opacity': undimmed(1),
      },
    },
    {
      // A wide, all-but-transparent twin of the line, so a thin line is easy to hover and click.
      id: 'aa-line-hit',
      type: 'line',
      source: PLACE_SOURCES.places,
      filter: ['all', role('shape'), isLine],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': c.line, 'line-width': 16, 'line-opacity': 0.01 },
    },
    {
      id: 'aa-point',
      type: 'circle',
      source: PLACE_SOURCES.places,
      filter: ['all', role('shape'), isPoint],
      paint: {
        'circle-radius': byState(9, 8, 6),
        'circle-color': byState(c.accent, c.hover, ['case', ['get', 'approximate'], c.halo, c.ink]),
        'circle-stroke-color': ['case', ['get', 'approximate'], c.approx, c.halo],
        'circle-stroke-width': ['case', ['get', 'approximate'], 2.5, 2],
        'circle-opacity': undimmed(1),
        'circle-stroke-opacity': undimmed(1),
      },
    },
    {
      // Area names are on the basemap already: the article's areas are named only when in focus.
      id: 'aa-area-label',
      type: 'symbol',
      source: PLACE_SOURCES.places,
      filter: ['all', role('label'), ['get', 'area'], ['!', isCountry]],
      layout: {
        'text-field': name,
        'text-font': font,
        'text-size': 15,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: {
        'text-color': byState(c.accent, c.hover, c.area),
        'text-halo-color': c.halo,
        'text-halo-width': 2,
        'text-opacity': byState(1, 1, 0),
      },
    },
    {
      id: 'aa-offmap-arrow',
      type: 'symbol',
      source: PLACE_SOURCES.offmap,
      layout: {
        'icon-image': ARROW_IMAGE,
        'icon-rotate': ['get', 'angle'],
        'icon-rotation-alignment': 'viewport',
        'icon-allow-overlap': true,
        'text-field': ['get', `label_${contentLang(lang)}`],
        'text-font': font,
        'text-size': 13,
        'text-offset': ['get', 'textOffset'],
        'text-anchor': ['get', 'textAnchor'],
        'text-max-width': 24,
        // The arrow always shows; its label gives way rather than print over other labels.
        'text-optional': true,
      },
      paint: {
        'icon-color': byState(c.accent, c.hover, c.ink),
        'icon-opacity': undimmed(1),
        'text-color': byState(c.accent, c.hover, c.ink),
        'text-halo-color': c.halo,
        'text-halo-width': 2,
        'text-opacity': undimmed(1),
      },
    },
    {
      // Above the indicators in the static drawing; a live map moves the indicators above it
      // (`placeLayers`: MapLibre places symbols from the topmost layer down).
      id: 'aa-label',
      type: 'symbol',
      source: PLACE_SOURCES.places,
      filter: ['all', role('label'), ['!', ['get', 'area']]],
      layout: {
        'text-field': label,
        'text-font': font,
        'text-size': 14,
        'text-offset': [0, 1.1],
        'text-anchor': 'top',
        'text-optional': true,
      },
      paint: {
        'text-color': byState(c.accent, c.hover, ['case', ['get', 'approximate'], c.approx, c.ink]),
        'text-halo-color': c.halo,
        'text-halo-width': 2,
        'text-opacity': undimmed(1),
      },
    },
  ];
}

/** `base` with the place sources and layers on top: the one style the map shows. */
export function withPlaces(base: StyleSpecification, input: PlaceStyleInput): StyleSpecification {
  const layers = base.layers
    .filter((l) => !l.id.startsWith('aa-'))
    .map((l) => withoutDuplicates(l, input.places));
  const article = !input.clusters;
  const sources = { ...base.sources, ...(article ? placeSources(input) : {}) };
  // Country names for the view (`country-names.ts`), styled exactly as the basemap's own, right above them.
  const at = layers.findIndex((l) => l.id === COUNTRY_LABEL_LAYER);
  const own = layers[at];
  if (own?.type === 'symbol') {
    // The article's labels and edge arrows are placed first (they lie above): a name that would
    // collide with one tries a few positions around its interior point before it gives way.
    const names = {
      ...own,
      id: COUNTRY_NAMES_LAYER,
      source: COUNTRY_NAMES_SOURCE,
      layout: {
        ...own.layout,
        'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
        'text-radial-offset': 2.5,
      },
    } as LayerSpecification;
    // A GeoJSON source has no source layers; the points are already only the names to draw.
    for (const key of ['source-layer', 'filter', 'minzoom'] as const)
      delete (names as Partial<typeof own>)[key];
    layers.splice(at + 1, 0, names);
    sources[COUNTRY_NAMES_SOURCE] = {
      type: 'geojson',
      data: input.countryNames ?? { type: 'FeatureCollection', features: [] },
    };
  }
  if (input.selected) sources[GUARD_SOURCE] = { type: 'geojson', data: input.guard ?? EMPTY };
  const placeOwn = placeLayers(input);
  return {
    ...base,
    sources,
    layers: [...layers, ...(article ? placeOwn : placeOwn.filter((l) => l.id === GUARD_LAYER))],
  };
}

/** The offline basemap's country-label layer, and the names this app adds for the view. */
export const COUNTRY_LABEL_LAYER = 'basemap-country-labels';
export const COUNTRY_NAMES_LAYER = 'aa-country-names';
export const COUNTRY_NAMES_SOURCE = 'aa-country-names';

/**
 * The basemap's layers, bottom to top, for `basemap-style.ts`: the world layers (source
 * `basemap-world`) drawn as twins of the detailed regional layers (source `basemap`), which have the
 * study box cut out, so nothing is drawn twice. On the Arabic map a world city without an Arabic
 * name in the sources is left out, not labelled in Latin letters.
 *
 * Sober news-graphic look: muted land on a pale sea, light blue rivers, thin grey governorate lines,
 * darker country borders, the Kurdistan Region outline dashed in a muted ochre.
 */
import type {
  DataDrivenPropertyValueSpecification,
  FilterSpecification,
  LayerSpecification,
} from 'maplibre-gl';
import { BASEMAP_FONT } from './basemap-fonts.ts';
import { nameExpr } from './basemap-names.ts';
import { PALETTES } from './basemap-palette.ts';
import type { BasemapLang, BasemapTheme } from './basemap-style.ts';
import { BASEMAP_SOURCE_ID, BASEMAP_WORLD_SOURCE_ID } from './basemap-tiles.ts';

/** Basemap layers, bottom to top (country names last: they win label collisions at low zoom). */
export const BASEMAP_LAYER_IDS = [
  'basemap-background',
  'basemap-world',
  'basemap-world-lakes',
  'basemap-countries',
  'basemap-kurdistan-fill',
  'basemap-neighbourhoods',
  'basemap-world-rivers',
  'basemap-rivers',
  'basemap-governorates',
  'basemap-kurdistan-line',
  'basemap-world-boundaries-disputed',
  'basemap-boundaries-disputed',
  'basemap-world-boundaries',
  'basemap-boundaries',
  'basemap-river-labels',
  'basemap-neighbourhood-labels',
  'basemap-governorate-labels',
  'basemap-region-labels',
  'basemap-world-place-dots',
  'basemap-place-dots',
  'basemap-world-place-labels',
  'basemap-place-labels',
  'basemap-world-country-labels',
  'basemap-country-labels',
] as const;
export type BasemapLayerId = (typeof BASEMAP_LAYER_IDS)[number];
const byKind = (kind: string): FilterSpecification => ['==', ['get', 'kind'], kind];

/** The basemap's layers in `theme` with labels in `lang` (ids: `BASEMAP_LAYER_IDS`, in that order). */
export function basemapLayers(theme: BasemapTheme, lang: BasemapLang): LayerSpecification[] {
  const c = PALETTES[theme];
  const name = nameExpr(lang);
  // Letter spacing would break Arabic joining: only for Latin labels.
  const spaced = (em: number) => (lang === 'en' ? em : 0);
  const font = [BASEMAP_FONT];
  const src = BASEMAP_SOURCE_ID;

  const textPaint = (color: string, haloWidth = 1.4) => ({
    'text-color': color,
    'text-halo-color': c.halo,
    'text-halo-width': haloWidth,
    'text-halo-blur': 0.3,
  });

  const placeSize: DataDrivenPropertyValueSpecification<number> = [
    'interpolate',
    ['linear'],
    ['zoom'],
    4,
    ['match', ['get', 'rank'], 1, 12, 2, 11, 10],
    9,
    ['match', ['get', 'rank'], 1, 15, 2, 14, 3, 13, 12.5],
    14,
    ['match', ['get', 'rank'], 1, 17, 2, 16, 15],
  ];
  // Which place ranks show at a zoom: 1–2 from z3, 3 from z6, 4 from z7.
  const placeFilter: FilterSpecification = ['<=', ['get', 'rank'], ['step', ['zoom'], 2, 6, 3, 7, 4]];

  const riverWidth: DataDrivenPropertyValueSpecification<number> = [
    'interpolate',
    ['exponential', 1.4],
    ['zoom'],
    3,
    ['match', ['get', 'major'], 1, 0.6, 0.3],
    8,
    ['match', ['get', 'major'], 1, 1.6, 0.9],
    14,
    ['match', ['get', 'major'], 1, 6, 3],
  ];
  const borderWidth: DataDrivenPropertyValueSpecification<number> = [
    'interpolate',
    ['linear'],
    ['zoom'],
    2,
    0.5,
    8,
    1.3,
    14,
    2.4,
  ];
  const countrySize: DataDrivenPropertyValueSpecification<number> = [
    'interpolate',
    ['linear'],
    ['zoom'],
    2,
    ['match', ['get', 'rank'], 1, 12, 2, 11, 10],
    6,
    ['match', ['get', 'rank'], 1, 16, 2, 14, 12],
    9,
    18,
  ];
  // World cities: from Natural Earth's zoom for each (`minz`); on the Arabic map only those with
  // an Arabic name in the sources.
  const worldPlaceFilter: FilterSpecification =
    lang === 'ar'
      ? ['all', ['>=', ['zoom'], ['get', 'minz']], ['has', 'name_ar']]
      : ['>=', ['zoom'], ['get', 'minz']];
  const world = BASEMAP_WORLD_SOURCE_ID;
  const disputed: FilterSpecification = ['==', ['get', 'disputed'], true];

  const layers: LayerSpecification[] = [
    { id: 'basemap-background', type: 'background', paint: { 'background-color': c.water } },
    {
      id: 'basemap-world',
      type: 'fill',
      source: BASEMAP_WORLD_SOURCE_ID,
      'source-layer': 'world',
      paint: { 'fill-color': c.land },
    },
    {
      id: 'basemap-world-lakes',
      type: 'fill',
      source: BASEMAP_WORLD_SOURCE_ID,
      'source-layer': 'world_lakes',
      paint: { 'fill-color': c.water },
    },
    {
      id: 'basemap-countries',
      type: 'fill',
      source: src,
      'source-layer': 'countries',
      paint: { 'fill-color': c.land },
    },
    {
      id: 'basemap-kurdistan-fill',
      type: 'fill',
      source: src,
      'source-layer': 'kurdistan',
      minzoom: 4,
      paint: { 'fill-color': c.kurdistanFill },
    },
    {
      id: 'basemap-neighbourhoods',
      type: 'line',
      source: src,
      'source-layer': 'neighbourhoods',
      // From the zoom a selected place is framed at (SELECT_MAX_ZOOM): without them the view around
      // al-Hasakah is an empty field between the regional detail (≤ 9) and the streets we lack.
      minzoom: 9.5,
      paint: {
        'line-color': c.neighbourhood,
        'line-width': ['interpolate', ['linear'], ['zoom'], 9.5, 0.4, 16, 1.2],
        'line-opacity': ['interpolate', ['linear'], ['zoom'], 9.5, 0.3, 10.5, 1],
      },
    },
    {
      id: 'basemap-rivers',
      type: 'line',
      source: src,
      'source-layer': 'rivers',
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': c.river, 'line-width': riverWidth },
    },
    {
      id: 'basemap-governorates',
      type: 'line',
      source: src,
      'source-layer': 'governorates',
      minzoom: 4.5,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': c.governorate,
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.4, 8, 0.8, 14, 1.6],
        'line-opacity': ['interpolate', ['linear'], ['zoom'], 4.5, 0, 5.5, 1],
      },
    },
    {
      id: 'basemap-kurdistan-line',
      type: 'line',
      source: src,
      'source-layer': 'kurdistan',
      minzoom: 4,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': c.kurdistanLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.6, 8, 1.3, 14, 2.2],
        'line-dasharray': [3, 2],
        'line-opacity': 0.85,
      },
    },
    {
      id: 'basemap-boundaries-disputed',
      type: 'line',
      source: src,
      'source-layer': 'boundaries',
      filter: ['==', ['get', 'disputed'], true],
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': c.border,
        'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.5, 8, 1.1, 14, 2],
        'line-dasharray': [2, 1.5],
      },
    },
    {
      id: 'basemap-boundaries',
      type: 'line',
      source: src,
      'source-layer': 'boundaries',
      filter: ['all', ['==', ['get', 'admin_level'], 0], ['!=', ['get', 'disputed'], true]],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': c.border, 'line-width': borderWidth },
    },
    {
      id: 'basemap-river-labels',
      type: 'symbol',
      source: src,
      'source-layer': 'rivers',
      minzoom: 6,
      filter: ['has', 'name_en'],
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 400,
        'text-field': name,
        'text-font': font,
        'text-size': ['interpolate', ['linear'], ['zoom'], 6, 11, 12, 13],
        'text-letter-spacing': spaced(0.05),
        'text-max-angle': 30,
      },
      paint: textPaint(c.riverText, 1.2),
    },
    {
      id: 'basemap-neighbourhood-labels',
      type: 'symbol',
      source: src,
      'source-layer': 'labels',
      minzoom: 13,
      filter: byKind('neighbourhood'),
      layout: {
        'text-field': name,
        'text-font': font,
        'text-size': ['interpolate', ['linear'], ['zoom'], 13, 11, 16, 13],
        'text-max-width': 7,
        'text-padding': 4,
      },
      paint: textPaint(c.textMuted),
    },
    {
      id: 'basemap-governorate-labels',
      type: 'symbol',
      source: src,
      'source-layer': 'labels',
      minzoom: 6,
      maxzoom: 12,
      filter: byKind('governorate'),
      layout: {
        'text-field': name,
        'text-font': font,
        'text-size': ['interpolate', ['linear'], ['zoom'], 6, 10.5, 10, 13],
        'text-letter-spacing': spaced(0.08),
        'text-max-width': 8,
        'text-padding': 8,
      },
      paint: textPaint(c.textMuted),
    },
    {
      id: 'basemap-region-labels',
      type: 'symbol',
      source: src,
      'source-layer': 'labels',
      minzoom: 5,
      maxzoom: 11,
      filter: byKind('region'),
      layout: {
        'text-field': name,
        'text-font': font,
        'text-size': ['interpolate', ['linear'], ['zoom'], 5, 11, 9, 14],
        'text-letter-spacing': spaced(0.1),
        'text-max-width': 8,
      },
      paint: textPaint(c.regionText),
    },
    {
      id: 'basemap-place-dots',
      type: 'circle',
      source: src,
      'source-layer': 'places',
      minzoom: 3,
      maxzoom: 13,
      filter: placeFilter,
      paint: {
        'circle-color': c.placeDot,
        'circle-radius': [
          'interpolate',
          ['linear'],
          ['zoom'],
          3,
          ['match', ['get', 'rank'], 1, 2.6, 2],
          10,
          ['match', ['get', 'rank'], 1, 4, 3.2],
        ],
        'circle-stroke-color': c.halo,
        'circle-stroke-width': 1,
      },
    },
    {
      id: 'basemap-place-labels',
      type: 'symbol',
      source: src,
      'source-layer': 'places',
      minzoom: 3,
      filter: placeFilter,
      layout: {
        'text-field': name,
        'text-font': font,
        'text-size': placeSize,
        'text-variable-anchor':
          lang === 'ar' ? ['right', 'left', 'top', 'bottom'] : ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.55,
        'text-justify': 'auto',
        'text-padding': 3,
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: textPaint(c.text, 1.5),
    },
    {
      id: 'basemap-country-labels',
      type: 'symbol',
      source: src,
      'source-layer': 'labels',
      minzoom: 2,
      maxzoom: 12,
      filter: byKind('country'),
      layout: {
        'text-field': name,
        'text-font': font,
        'text-size': countrySize,
        'text-transform': lang === 'en' ? 'uppercase' : 'none',
        'text-letter-spacing': spaced(0.15),
        'text-max-width': 8,
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: textPaint(c.text, 1.6),
    },
  ];

  // The world layers look like their regional twins, from the world source with their own filter.
  const twins: Record<string, [id: string, sourceLayer: string, filter?: FilterSpecification]> = {
    'basemap-rivers': ['basemap-world-rivers', 'world_rivers'],
    'basemap-boundaries-disputed': ['basemap-world-boundaries-disputed', 'world_boundaries', disputed],
    'basemap-boundaries': ['basemap-world-boundaries', 'world_boundaries', ['!', disputed]],
    'basemap-place-dots': ['basemap-world-place-dots', 'world_places', worldPlaceFilter],
    'basemap-place-labels': ['basemap-world-place-labels', 'world_places', worldPlaceFilter],
    // From its zoom; a country inside the study box is named by the regional labels from z7.
    'basemap-country-labels': [
      'basemap-world-country-labels',
      'world_labels',
      ['all', ['>=', ['zoom'], ['get', 'minz']], ['any', ['!', ['has', 'regional']], ['<', ['zoom'], 7]]],
    ],
  };
  const all = layers.flatMap((l): LayerSpecification[] => {
    const t = twins[l.id];
    if (!t) return [l];
    const twin: Record<string, unknown> = {
      ...l,
      id: t[0],
      source: world,
      'source-layer': t[1],
      filter: t[2],
    };
    if (!t[2]) delete twin.filter;
    return [twin as LayerSpecification, l];
  });
  return all;
}

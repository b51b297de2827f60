/**
 * The basemap's tiles (built by `tools/build-basemap.ts`): one set of tile files read by two sources.
 * The world layers (`world*` source-layers: Natural Earth 10m coasts, lakes, rivers, borders,
 * country and city names in Arabic and English) exist for the whole world from z0 to
 * `WORLD_TILE_MAX_ZOOM` and are overzoomed beyond; the detailed regional layers exist only in the
 * study box, z0–`BASEMAP_MAX_ZOOM`.
 *
 * The pyramid's figures are constants here, equal to what the build wrote in
 * `geodata/basemap/tiles.json` (`tests/carto/basemap-style.test.ts` keeps them so): importing the
 * file would ship all of it (1 KiB gz of layer lists and stats) in the first view.
 */
import type { StyleSpecification } from 'maplibre-gl';
import attribution from '../../geodata/basemap/attribution.json' with { type: 'json' };

export const BASEMAP_SOURCE_ID = 'basemap';
/** The world layers' own source: the z0–6 tiles, which alone cover the whole world. */
export const BASEMAP_WORLD_SOURCE_ID = 'basemap-world';
/** Highest zoom with tiles for the whole world (beyond it, only the study box has tiles). */
export const WORLD_TILE_MAX_ZOOM = 6;

type BBox = [number, number, number, number];
/** The world layers' extent (Web Mercator's). */
export const WORLD_BOUNDS: BBox = [-180, -85.0511, 180, 85.0511];
/**
 * Where the regional layers are (the study box; from z7 on its tiles are the only ones): the
 * regional source declares it as its `bounds`, so a view elsewhere requests nothing from it.
 */
export const REGIONAL_BOUNDS: BBox = [34.5, 31.5, 46.5, 38.5];
/** Highest zoom of the built tiles: MapLibre overzooms them beyond (the map goes to z16). */
export const BASEMAP_MAX_ZOOM = 10;
/** Tile source-layers the style reads (the build writes these; a test checks it). */
export const BASEMAP_SOURCE_LAYERS = [
  'world',
  'world_lakes',
  'world_rivers',
  'world_boundaries',
  'world_places',
  'world_labels',
  'countries',
  'kurdistan',
  'neighbourhoods',
  'rivers',
  'governorates',
  'boundaries',
  'labels',
  'places',
] as const;

/** The two sources, reading the tiles under `baseUrl` (the app's root, ending with `/`). */
export function basemapSources(baseUrl: string): StyleSpecification['sources'] {
  return {
    [BASEMAP_SOURCE_ID]: {
      type: 'vector',
      // String concatenation, not `new URL()`: the braces must stay literal.
      tiles: [`${baseUrl}geodata/basemap/tiles/{z}/{x}/{y}.pbf`],
      minzoom: 0,
      maxzoom: BASEMAP_MAX_ZOOM,
      bounds: REGIONAL_BOUNDS,
      attribution: attribution.html,
    },
    // The world layers, overzoomed from z6 beyond: the same tiles, requested worldwide only at
    // the zooms where they exist for the whole world.
    [BASEMAP_WORLD_SOURCE_ID]: {
      type: 'vector',
      tiles: [`${baseUrl}geodata/basemap/tiles/{z}/{x}/{y}.pbf`],
      minzoom: 0,
      maxzoom: WORLD_TILE_MAX_ZOOM,
      bounds: WORLD_BOUNDS,
    },
  };
}

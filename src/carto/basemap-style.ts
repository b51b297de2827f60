/**
 * Style of the offline basemap: the world layers (source `basemap-world`) under the detailed regional
 * layers of the study box (source `basemap`), labelled in Arabic or English from a bundled font, in a
 * light or dark palette. The style is put together here from its parts, each a module of its own:
 *
 * - `basemap-tiles.ts`: the two sources over one set of tiles, their zooms and bounds;
 * - `basemap-layers.ts`: the layers, bottom to top, and their look;
 * - `basemap-fonts.ts`: the bundled font, declared in the style's `font-faces`;
 * - `basemap-palette.ts`, `basemap-names.ts`: the colours, and which name a label shows.
 *
 * Everything the rest of the app uses is exported from here. The app adds its own layers (article
 * places, selection…) on top: `src/carto/place-layers.ts`, ids prefixed `aa-`, which no basemap layer
 * uses.
 */
import type { StyleSpecification } from 'maplibre-gl';
import { basemapFontFaces } from './basemap-fonts.ts';
import { basemapLayers } from './basemap-layers.ts';
import { BASEMAP_MAX_ZOOM, basemapSources } from './basemap-tiles.ts';
import type { ContentLang } from '../model/types.ts';

export type BasemapTheme = 'light' | 'dark';
/** The language of the basemap's labels: one of the data languages (`contentLang` of the interface). */
export type BasemapLang = ContentLang;
export { PALETTES, type BasemapPalette } from './basemap-palette.ts';
export { NAME_FIXES_AR, NAME_FIXES_EN, nameExpr } from './basemap-names.ts';
export { BASEMAP_FONT } from './basemap-fonts.ts';
export { BASEMAP_LAYER_IDS, type BasemapLayerId } from './basemap-layers.ts';
export {
  BASEMAP_MAX_ZOOM,
  BASEMAP_SOURCE_ID,
  BASEMAP_SOURCE_LAYERS,
  BASEMAP_WORLD_SOURCE_ID,
  REGIONAL_BOUNDS,
  WORLD_TILE_MAX_ZOOM,
} from './basemap-tiles.ts';

export interface BasemapStyleOptions {
  /** Absolute URL of the app's root, ending with `/` (e.g. `new URL('../map', location.href).href`). */
  baseUrl: string;
  theme: BasemapTheme;
  lang: BasemapLang;
}

export function basemapStyle(opts: BasemapStyleOptions): StyleSpecification {
  const { baseUrl, theme, lang } = opts;
  return {
    version: 8,
    name: `Article Atlas basemap (${theme}, ${lang})`,
    metadata: { 'article-atlas:basemap': { theme, lang, maxzoom: BASEMAP_MAX_ZOOM } },
    // No `glyphs`: labels are drawn from the font files of `font-faces` (basemap-fonts.ts).
    'font-faces': basemapFontFaces(baseUrl),
    sources: basemapSources(baseUrl),
    layers: basemapLayers(theme, lang),
  };
}

/**
 * The basemap's one font: labels are drawn from the bundled Noto Sans Arabic through the style's
 * `font-faces` (MapLibre 6; no `glyphs` server, no system font), its Arabic, Latin and Latin
 * Extended subsets split by `unicode-range`.
 */
import type { StyleSpecification } from 'maplibre-gl';

/** Font name used by every basemap label (declared in `font-faces`). */
export const BASEMAP_FONT = 'Noto Sans Arabic Regular';

/** The style's `font-faces`: the font files under `baseUrl` (the app's root, ending with `/`). */
export function basemapFontFaces(baseUrl: string): NonNullable<StyleSpecification['font-faces']> {
  const fontUrl = (subset: string) => `${baseUrl}fonts/noto-sans-arabic-${subset}-400-normal.woff2`;
  return {
    [BASEMAP_FONT]: [
      {
        url: fontUrl('arabic'),
        'unicode-range': [
          'U+0600-06FF',
          'U+0750-077F',
          'U+0870-08FF',
          'U+200C-200E',
          'U+FB50-FDFF',
          'U+FE70-FEFF',
        ],
      },
      {
        url: fontUrl('latin'),
        'unicode-range': [
          'U+0000-00FF',
          'U+0131',
          'U+0152-0153',
          'U+02BB-02BC',
          'U+02C6',
          'U+02DA',
          'U+02DC',
          'U+2000-206F',
        ],
      },
      {
        url: fontUrl('latin-ext'),
        'unicode-range': ['U+0100-02BA', 'U+02BD-02C5', 'U+1E00-1EFF', 'U+2020', 'U+A720-A7FF'],
      },
    ],
  };
}

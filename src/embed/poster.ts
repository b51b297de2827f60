/**
 * The embed's poster (issue 9.2): the compact article and its subset fonts, fetched in parallel, and
 * the static renderer's SVG for the current view; plus the pure hit test of a click on the poster.
 * Nothing here loads MapLibre or the article's full files.
 */
import type { Lang, PlaceFeature } from '../model/types.ts';
import type { Theme } from '../state/url-state.ts';
import { renderStaticSvg } from '../static/render.ts';
import { loadBasemap, fetchTileLoader, memoLoader, type BasemapTiles } from '../static/tiles.ts';
import { viewProjection, type StaticView } from '../static/camera.ts';
import { embedModel, type EmbedFont, type EmbedModel } from './data.ts';

/** The subset fonts' family; the page's CSS falls back to the full 'Noto Sans Arabic' after it. */
export const POSTER_FONT = 'Atlas Poster';
export const POSTER_FONT_STACK = `'${POSTER_FONT}', 'Noto Sans Arabic', 'Noto Sans', sans-serif`;

/** The article id to show: the URL's, else the first of `geodata/index.json`. */
export async function articleId(baseUrl: string, fromUrl: string | undefined): Promise<string | null> {
  if (fromUrl) return fromUrl;
  try {
    const r = await fetch(new URL('geodata/index.json', baseUrl));
    const index = (await r.json()) as { articles?: unknown };
    const first = Array.isArray(index.articles) ? index.articles[0] : undefined;
    return typeof first === 'string' ? first : null;
  } catch {
    return null;
  }
}

/** The compact article `embed/<id>.json`; null when it is missing or not one. */
export async function loadEmbedArticle(
  baseUrl: string,
  id: string,
): Promise<{ model: EmbedModel; fonts: EmbedFont[] } | null> {
  try {
    const r = await fetch(new URL(`embed/${encodeURIComponent(id)}.json`, baseUrl));
    if (!r.ok) return null;
    const raw = (await r.json()) as { fonts?: unknown };
    const model = embedModel(raw);
    return model ? { model, fonts: Array.isArray(raw.fonts) ? (raw.fonts as EmbedFont[]) : [] } : null;
  } catch {
    return null;
  }
}

/**
 * Registers the subset fonts and loads them (CSP `font-src 'self'`); resolves when both are in, or
 * after `timeoutMs`. Text drawn before they arrive would fall back to the full 'Noto Sans Arabic',
 * which the browser then fetches whole (60 KB for two 8 KB subsets), so the caller waits for this
 * before it writes any text.
 */
export function addPosterFonts(
  baseUrl: string,
  fonts: readonly EmbedFont[],
  timeoutMs = 2000,
): Promise<void> {
  if (typeof FontFace === 'undefined') return Promise.resolve();
  const loads: Promise<unknown>[] = [];
  for (const f of fonts) {
    if (!/^[a-z0-9_-]+\.woff2$/i.test(f.file)) continue;
    const url = new URL(`embed/${f.file}`, baseUrl).href;
    const face = new FontFace(POSTER_FONT, `url("${url}") format("woff2")`, {
      unicodeRange: f.unicodeRange,
      display: 'swap',
    });
    document.fonts.add(face);
    loads.push(face.load().catch(() => undefined));
  }
  return Promise.race([
    Promise.all(loads).then(() => undefined),
    new Promise<void>((done) => setTimeout(done, timeoutMs)),
  ]);
}

export { placeAt } from '../static/hit.ts';

export interface PosterInput {
  model: EmbedModel;
  farPlaces: readonly PlaceFeature[];
  lang: Lang;
  theme: Theme;
  selected: string[];
  dimmed: Set<string>;
  idPrefix: string;
  /** The poster's accessible name, in the embed's language. */
  label: string;
  /** Boxes (px of the poster) covered by the embed's own buttons: labels and arrows keep clear. */
  keepClear?: readonly { x0: number; y0: number; x1: number; y1: number }[];
}

/** Draws posters; the tiles of a view are fetched once per page (memoised), decoded once per view. */
export class PosterRenderer {
  private readonly loader;
  private basemap: { key: string; tiles: BasemapTiles } | null = null;

  constructor(baseUrl: string) {
    this.loader = memoLoader(fetchTileLoader(baseUrl));
  }

  /** The SVG for `view`, or null when a newer call made this one stale (`isCurrent` turned false). */
  async render(view: StaticView, input: PosterInput, isCurrent: () => boolean): Promise<string | null> {
    const key = `${view.camera.center.join(',')}|${view.camera.zoom}|${view.size.width}x${view.size.height}`;
    if (this.basemap?.key !== key) {
      const tiles = await loadBasemap(view, this.loader, { margin: 64 });
      if (!isCurrent()) return null;
      this.basemap = { key, tiles };
    }
    return renderStaticSvg(
      view,
      { basemap: this.basemap.tiles, places: input.model.places, farPlaces: input.farPlaces },
      {
        lang: input.lang,
        theme: input.theme,
        selected: input.selected,
        dimmed: input.dimmed,
        attribution: false,
        idPrefix: input.idPrefix,
        label: input.label,
        fontFamily: POSTER_FONT_STACK,
        keepClear: input.keepClear,
      },
    );
  }
}

export { viewProjection };

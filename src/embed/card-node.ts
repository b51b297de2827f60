/**
 * The article's poster as a PNG for link previews (`og:image`, oEmbed `thumbnail_url`; issue 9.6),
 * node only, at build time: the static renderer's SVG of the opening view at 1200×630 (the same
 * drawing as the embed's poster), rasterised by resvg compiled to wasm (`@resvg/resvg-wasm`, no
 * native build) with the bundled Noto Sans Arabic cut to the poster's characters and converted to
 * TrueType (resvg reads no woff2). resvg shapes with rustybuzz, so Arabic joins.
 * A raster because Facebook, X, LinkedIn, Slack and WhatsApp do not show SVG previews.
 */
import '../carto/pole.ts'; // areas' anchors (polylabel), kept off the reader's first view
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import type { ArticleModel, Lang } from '../model/types.ts';
import { renderStaticMap, defaultFarPlaces } from '../static/render.ts';
import { fsTileLoader } from '../static/node-tiles.ts';
import { frameBounds } from '../carto/geometry.ts';
import { cameraForBounds, type StaticView } from '../static/camera.ts';
import { CARD_SIZE } from '../share/oembed.ts';
import { contentLang } from '../languages.ts';
import { articleTitle } from '../model/titles.ts';

let wasm: Promise<void> | null = null;
const ready = () =>
  (wasm ??= initWasm(
    readFileSync(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm')),
  ));

/** The opening view of the article at the card's size (the article's frame, as the app opens). */
export function cardView(model: ArticleModel): StaticView {
  const b = frameBounds(model.places) ?? [35, 32, 43, 38];
  return { camera: cameraForBounds(b, CARD_SIZE, 60, 15), size: CARD_SIZE };
}

/** The card's SVG and PNG. */
export async function posterCard(
  model: ArticleModel,
  root: string,
  lang: Lang = 'ar',
): Promise<{ svg: string; png: Uint8Array }> {
  const title = articleTitle(model.meta, contentLang(lang));
  const svg = await renderStaticMap(
    cardView(model),
    {
      loader: fsTileLoader(join(root, 'geodata/basemap/tiles')),
      places: model.places,
      farPlaces: defaultFarPlaces(model.places),
    },
    { lang, theme: 'light', title, northArrow: false, fontFamily: 'Noto Sans Arabic' },
  );
  return { svg, png: await rasteriseSvg(svg, root, CARD_SIZE.width) };
}

/**
 * An SVG of the static renderer as a PNG `width` px wide, drawn with the bundled Noto Sans Arabic
 * cut to the drawing's characters (the card's and the golden-image tests' one rasteriser).
 */
export async function rasteriseSvg(svg: string, root: string, width: number): Promise<Uint8Array> {
  // Entities (&#39; …) stand for characters the font must hold too.
  const text = [...new Set(svg.replace(/<[^>]*>/g, ''))].join('') + '0123456789 \'"&<>';
  const fonts = await Promise.all(
    ['noto-sans-arabic-arabic-400-normal.woff2', 'noto-sans-arabic-latin-400-normal.woff2'].map(
      async (f) =>
        new Uint8Array(
          await subsetFont(readFileSync(join(root, 'public/fonts', f)), text, { targetFormat: 'truetype' }),
        ),
    ),
  );
  await ready();
  const r = new Resvg(rtlAnchorsForResvg(svg), {
    fitTo: { mode: 'width', value: width },
    font: { fontBuffers: fonts, defaultFontFamily: 'Noto Sans Arabic', loadSystemFonts: false },
  });
  return r.render().asPng();
}

/**
 * resvg ignores `direction` when it anchors text, so a right-to-left line anchored at its start
 * (its right end, in a browser) is drawn from its left end. For resvg only, the anchor of every
 * `direction="rtl"` text is mirrored (start ↔ end; none is start), which draws it where a browser does.
 */
export function rtlAnchorsForResvg(svg: string): string {
  return svg.replace(/<text\b[^>]*>/g, (tag) => {
    if (!/\sdirection="rtl"/.test(tag)) return tag;
    const m = /\stext-anchor="(start|end|middle)"/.exec(tag);
    if (!m) return tag.replace(/^<text/, '<text text-anchor="end"');
    const mirrored = m[1] === 'start' ? 'end' : m[1] === 'end' ? 'start' : 'middle';
    return tag.replace(m[0], ` text-anchor="${mirrored}"`);
  });
}

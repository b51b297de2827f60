/**
 * PNG export as the vector page, rasterised: the SVG page of `vector-export.ts` (static renderer
 * map between the title and key bands, the bundled font embedded) drawn by the browser's 2D
 * canvas at the export's pixel size, then the citation written into iTXt chunks. One layout for
 * PNG, SVG and PDF, no WebGL repaint at print size (in software GL the map engine's repaint of an
 * A4 300 dpi canvas takes seconds), no tiles (the page is vector, so it is drawn once at any size
 * the canvas allows).
 *
 * The map engine's own render (`render-map.ts`) stays for what the static renderer cannot draw: a
 * rotated map, or an online tile style. {@link exportImage} chooses.
 */
import {
  ExportError,
  exportGeometry,
  exportPng,
  type ExportContext,
  type PngOptions,
  type PngResult,
} from './render-map.ts';
import { phys, withTextChunks } from './png-chunks.ts';
import { exportSvg } from './vector-export.ts';

/** Which renderer draws a PNG: the vector page rasterised, or the map engine's canvas. */
export type PngRenderer = 'page' | 'map';

export interface ImageOptions extends PngOptions {
  /** Default: `page` whenever the static renderer can draw the view ({@link pageRendererRefusal}). */
  renderer?: PngRenderer;
}

/** Why the vector page cannot stand for the live map (null when it can). */
export function pageRendererRefusal(view: {
  bearing: number;
  pitch: number;
  onlineStyle: boolean;
}): string | null {
  if (view.pitch !== 0) return 'the map is tilted';
  if (Math.abs(view.bearing) > 0.01) return 'the map is rotated';
  if (view.onlineStyle) return 'an online tile style is in use';
  return null;
}

/** Chromium's 2D canvas: at most 16384 px a side and 268,435,456 px in all. */
const CANVAS_SIDE = 16_384;
const CANVAS_AREA = 268_435_456;

function toPngBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (b) => (b ? resolve(b) : reject(new ExportError('the browser could not encode the PNG'))),
      'image/png',
    ),
  );
}

/** Draws an SVG document at `width` × `height` device pixels and encodes it as PNG. */
export async function rasterise(svg: string, width: number, height: number): Promise<Uint8Array> {
  if (width > CANVAS_SIDE || height > CANVAS_SIDE || width * height > CANVAS_AREA)
    throw new ExportError(`${width} × ${height} px is more than this browser can draw in one image`);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode().catch(() => {
      throw new ExportError('the browser could not draw the SVG page');
    });
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new ExportError(`the browser could not allocate a ${width} × ${height} canvas`);
    ctx.drawImage(img, 0, 0, width, height);
    const bytes = new Uint8Array(await (await toPngBlob(canvas)).arrayBuffer());
    canvas.width = canvas.height = 0;
    return bytes;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The PNG of the vector page: same layout, furniture and citation as the SVG and PDF. */
export async function exportPagePng(ctx: ExportContext, opts: PngOptions): Promise<PngResult> {
  const t0 = performance.now();
  const page = await exportSvg(ctx, {
    size: opts.size,
    withQuote: opts.withQuote,
    withLegend: opts.withLegend,
    withTimeline: opts.withTimeline,
    now: opts.now,
  });
  const t1 = performance.now();
  // Never a half-drawn image: a basemap with holes is refused, with the reason.
  if (page.tiles.failed)
    throw new ExportError(
      `${page.tiles.failed} basemap tile(s) could not be read, so the map would have holes: try again`,
    );
  const { size } = exportGeometry(ctx.map, opts.size);
  const k = size.width / page.width;
  const png = await rasterise(page.svg, size.width, size.height);
  const t2 = performance.now();
  const bytes = withTextChunks(png, page.metadata, size.dpi ? [phys(size.dpi)] : []);
  opts.onProgress?.(1, 1);
  const band = (name: string, y: number, h: number) => ({
    name,
    x: 0,
    y: y * k,
    width: size.width,
    height: h * k,
  });
  return {
    bytes,
    width: size.width,
    height: size.height,
    tiles: 1,
    places: page.places.map((p) => ({ ...p, x: p.x * k, y: p.y * k })),
    // The furniture sits in bands beside the map, never over it.
    panels: [
      band('title', 0, page.bands.top),
      ...(page.strip ? [band('strip', page.strip.y, page.strip.height)] : []),
      band('key', page.height - page.bands.bottom, page.bands.bottom),
    ],
    metadata: page.metadata,
    fit: 1,
    ms: performance.now() - t0,
    timings: {
      page: Math.round(t1 - t0),
      raster: Math.round(t2 - t1),
      chunks: Math.round(performance.now() - t2),
    },
    renderer: 'page',
  };
}

/** A PNG of the current view, by the renderer asked for or the best one that can draw it. */
export async function exportImage(ctx: ExportContext, opts: ImageOptions): Promise<PngResult> {
  const why = pageRendererRefusal({
    bearing: ctx.map.getBearing(),
    pitch: ctx.map.getPitch(),
    onlineStyle: ctx.onlineStyle ?? false,
  });
  const renderer = opts.renderer ?? (why ? 'map' : 'page');
  if (renderer === 'page' && why) throw new ExportError(`the vector page cannot be drawn: ${why}`);
  return renderer === 'page' ? exportPagePng(ctx, opts) : exportPng(ctx, opts);
}

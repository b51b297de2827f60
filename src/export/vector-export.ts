/**
 * The vector export in the browser: reads the live map (camera, feature-state), loads the basemap
 * tiles the static renderer needs and the font files the page uses, measures text with the
 * bundled font, and returns the SVG page of `vector.ts`. The dialog, `window.articleAtlas` (so the
 * CLI, which also prints it to PDF) and "Print / Save as PDF" all call {@link exportSvg}.
 */
import { fetchTileLoader, loadBasemap } from '../static/tiles.ts';
import {
  chooseFonts,
  documentText,
  fontFaceCss,
  EXPORT_FONT_FAMILY,
  filesFor,
  PRINT_CSS,
  withFontCss,
  type SubsetFont,
} from './fonts.ts';
import { exportGeometry, ExportError, liveStates, type ExportContext } from './render-map.ts';
import type { SizeRequest } from './sizes.ts';
import { vectorExport, type VectorResult } from './vector.ts';
import type { Measure } from './svg-layout.ts';

export interface SvgOptions {
  size: SizeRequest;
  withQuote?: boolean;
  withLegend?: boolean;
  withTimeline?: boolean;
  now?: Date;
  /** For printing: labels without halos (see `PRINT_CSS`). */
  print?: boolean;
}

export interface SvgResult extends Omit<VectorResult, 'view'> {
  svg: string;
  bytes: Uint8Array;
  ms: number;
  /** Font files embedded (paths). */
  fonts: string[];
  /** Basemap tiles drawn, and tiles that could not be read. */
  tiles: { drawn: number; failed: number };
}

const appRoot = () => new URL('./', location.href).href;

function base64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** Canvas text metrics in the bundled font (loaded first, bounded), for wrapping the furniture. */
export async function fontMeasure(sample: string): Promise<Measure> {
  const family = `"${EXPORT_FONT_FAMILY}"`;
  await Promise.race([
    document.fonts.load(`16px ${family}`, sample),
    new Promise((resolve) => setTimeout(resolve, 5000)),
  ]);
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return (s, px) => s.length * px * 0.55;
  return (s, px) => {
    ctx.font = `${px}px ${family}, sans-serif`;
    return ctx.measureText(s).width;
  };
}

/** The article's subset fonts made at build (the embed's); none when they cannot be read. */
async function articleSubsets(id: string): Promise<SubsetFont[]> {
  try {
    const res = await fetch(new URL(`embed/${encodeURIComponent(id)}.json`, appRoot()));
    if (!res.ok) return [];
    const fonts = ((await res.json()) as { fonts?: SubsetFont[] }).fonts;
    return Array.isArray(fonts)
      ? fonts.filter((f) => typeof f?.file === 'string' && typeof f?.unicodeRange === 'string')
      : [];
  } catch {
    return [];
  }
}

export async function fetchBase64(path: string): Promise<string> {
  const res = await fetch(new URL(path, appRoot()));
  if (!res.ok) throw new ExportError(`the font ${path} could not be read (HTTP ${res.status})`);
  return base64(new Uint8Array(await res.arrayBuffer()));
}

/** The SVG page of the current view, with furniture, the embedded font and the citation. */
export async function exportSvg(ctx: ExportContext, opts: SvgOptions): Promise<SvgResult> {
  const t0 = performance.now();
  const map = ctx.map;
  if (map.getPitch() !== 0) throw new ExportError('a tilted map cannot be exported: reset the pitch first');
  if (Math.abs(map.getBearing()) > 0.01)
    throw new ExportError('the vector export is drawn north up: reset the map’s rotation first');
  const geo = exportGeometry(map, opts.size);
  const c = map.getCenter();
  const selected: string[] = [];
  const dimmed = new Set<string>();
  for (const [id, st] of liveStates(map, ctx.model)) {
    if (st['selected']) selected.push(id);
    if (st['dimmed']) dimmed.add(id);
  }
  const title = ctx.model.meta.title;
  const measure = await fontMeasure(`${title.original ?? ''} ${title.en.text} 0123456789`);
  const input = {
    model: ctx.model,
    lang: ctx.lang,
    theme: ctx.theme,
    digits: ctx.digits,
    camera: { center: [c.lng, c.lat] as [number, number], zoom: geo.zoom },
    size: geo.size,
    basemap: null,
    selectedPlace: ctx.selectedPlace,
    selected,
    dimmed,
    timeRange: ctx.timeRange,
    permalink: ctx.permalink,
    withQuote: opts.withQuote,
    withLegend: opts.withLegend,
    withTimeline: opts.withTimeline,
    selectedEvent: ctx.selectedEvent ?? null,
    timeDir: ctx.timeDir,
    now: opts.now ?? new Date(),
    measure,
  };
  // The layout decides the map's view (the frame fitted between the bands); then its tiles.
  const plan = vectorExport(input);
  const basemap = await loadBasemap(plan.view, fetchTileLoader(appRoot()), { margin: 64 });
  const result = vectorExport({ ...input, basemap });
  const text = documentText(result.svg);
  const files = chooseFonts(text, filesFor(text), await articleSubsets(ctx.model.meta.id));
  const css = fontFaceCss(
    await Promise.all(files.map(async (file) => ({ file, base64: await fetchBase64(file.path) }))),
  );
  const svg = withFontCss(result.svg, opts.print ? `${css}\n${PRINT_CSS}` : css);
  const { view: _view, ...rest } = result;
  void _view;
  return {
    ...rest,
    svg,
    bytes: new TextEncoder().encode(svg),
    ms: performance.now() - t0,
    fonts: files.map((f) => f.path),
    tiles: { drawn: basemap.tiles.length, failed: basemap.failed },
  };
}

/**
 * PNG export of the live map: a hidden MapLibre map with the live map's style, camera and
 * feature-state renders the export's frame at print resolution, in square tiles when it is larger
 * than the GPU's maximum canvas (each tile at an exact camera offset, so seams fall on whole
 * pixels), then the furniture is drawn over it in a 2D canvas and the citation goes into iTXt
 * chunks. Browser only; the interface and `npm run snapshot` both call {@link exportPng}.
 */
import '../carto/pole.ts'; // areas' anchors (polylabel), kept off the reader's first view
import { Map as MlMap, MercatorCoordinate, type StyleSpecification } from 'maplibre-gl';
import type { ArticleModel, Lang, PlaceFeature } from '../model/types.ts';
import type { Digits } from '../state/url-state.ts';
import { PLACE_SOURCES } from '../carto/place-layers.ts';
import { GUARD_SOURCE } from '../carto/label-guard.ts';
import { FeatureIds } from '../carto/feature-ids.ts';
import { anchor, placeBounds } from '../carto/geometry.ts';
import { citation } from './citation.ts';
import { drawFurniture, loadFurnitureFont, type PanelRect } from './draw-canvas.ts';
import { furniture, type Furniture } from './furniture.ts';
import { phys, withTextChunks } from './png-chunks.ts';
import {
  clearOfPanels,
  exportFrame,
  exportZoom,
  planTiles,
  resolveSize,
  tileCenter,
  type ExportSize,
  type Rect,
  type SizeRequest,
  type TilePlan,
} from './sizes.ts';

/** What an export reads from the app: the live map and the view state. */
export interface ExportContext {
  map: MlMap;
  model: ArticleModel;
  lang: Lang;
  theme: 'light' | 'dark';
  digits: Digits;
  selectedPlace: string | null;
  selectedEvent?: string | null;
  /** Which way the reader's timeline runs (the strip follows it). */
  timeDir?: 'ltr' | 'rtl';
  timeRange: { start: number; end: number } | null;
  /** Permalink to the exact view (the app's URL state). */
  permalink: string;
  /** The live map shows an online tile style (the static renderer draws only the offline basemap). */
  onlineStyle?: boolean;
}

export interface PngOptions {
  size: SizeRequest;
  withQuote?: boolean;
  withLegend?: boolean;
  /** Draw the timeline strip. */
  withTimeline?: boolean;
  /** Largest canvas side to render in one piece (default: the GPU's limit, at most 4096). */
  tileLimit?: number;
  /** Called as tiles finish. */
  onProgress?: (done: number, total: number) => void;
  /** Bound on the wait for each tile to finish loading (ms). */
  tileTimeoutMs?: number;
  /** Export time (tests pin it). */
  now?: Date;
}

export interface PngResult {
  bytes: Uint8Array;
  width: number;
  height: number;
  tiles: number;
  /** Each place inside the frame and where it is drawn, in output pixels. */
  places: { id: string; x: number; y: number; point: boolean }[];
  panels: PanelRect[];
  metadata: [string, string][];
  /** How much the frame was zoomed out so no place is under the furniture (1 = not at all). */
  fit: number;
  ms: number;
  /** Where the time went (ms): map load, tiles, furniture, PNG encoding. */
  timings: Record<string, number>;
  /** What drew it: the vector page rasterised (`page-png.ts`) or the map engine's canvas. */
  renderer: 'page' | 'map';
}

/** Pixel ratio the hidden map loads its tiles at, before the one full-resolution repaint. */
const DRAFT_RATIO = 0.25;

/** An export that cannot be made, with a reason to show the user. */
export class ExportError extends Error {}

/** The largest canvas this browser's WebGL can draw, capped at MapLibre's default 4096. */
export function gpuCanvasLimit(): number {
  const canvas = document.createElement('canvas');
  const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
  if (!gl) return 0;
  const dims = gl.getParameter(gl.MAX_VIEWPORT_DIMS) as Int32Array;
  const limit = Math.min(4096, gl.getParameter(gl.MAX_RENDERBUFFER_SIZE) as number, dims[0]!, dims[1]!);
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return limit;
}

/** The live style without the edge indicators and the label guard (they belong to the live viewport's edges). */
function exportStyle(map: MlMap): StyleSpecification {
  const style = map.getStyle();
  const live = new Set<string>([PLACE_SOURCES.offmap, GUARD_SOURCE]);
  return {
    ...style,
    layers: style.layers.filter((l) => !('source' in l) || !live.has(l.source)),
    sources: Object.fromEntries(Object.entries(style.sources).filter(([k]) => !live.has(k))),
  };
}

/**
 * Each place's feature-state on the live map (selected, dimmed, hovered), by place id. The map keys
 * feature-state by the numeric ids of `FeatureIds` (the same order as the model's places).
 */
export function liveStates(map: MlMap, model: ArticleModel): Map<string, Record<string, unknown>> {
  const ids = new FeatureIds(model.places.map((p) => p.id));
  const out = new Map<string, Record<string, unknown>>();
  for (const p of model.places) {
    const num = ids.num(p.id);
    if (num != null) out.set(p.id, map.getFeatureState({ source: PLACE_SOURCES.places, id: num }));
  }
  return out;
}

/** Resolves on the map's next `idle`, or rejects after `ms` (MapLibre's idle may never come). */
function nextIdle(map: MlMap, ms: number, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      map.off('idle', done);
      reject(new ExportError(`${what} did not finish drawing within ${Math.round(ms / 1000)} s`));
    }, ms);
    function done() {
      clearTimeout(timer);
      resolve();
    }
    map.once('idle', done);
  });
}

/** Where the frame is on the live map, and the export's size. */
export function exportGeometry(
  map: MlMap,
  request: SizeRequest,
): { size: ExportSize; frame: Rect; zoom: number } {
  const box = map.getContainer().getBoundingClientRect();
  const resolved = resolveSize(request, { width: box.width, height: box.height });
  if ('error' in resolved) throw new ExportError(resolved.error);
  const size = resolved.ok;
  const frame = exportFrame({ width: box.width, height: box.height }, size);
  return { size, frame, zoom: exportZoom(map.getZoom(), frame, size) };
}

/** An area whose bounding box overlaps the frame (its centroid may lie outside it). */
function areaCrossesFrame(map: MlMap, p: PlaceFeature, frame: Rect): boolean {
  const [w, s, e, n] = placeBounds(p, 0);
  const a = map.project([w, n]);
  const b = map.project([e, s]);
  // A country spanning half the globe projects across the antimeridian: treat as not in view.
  if (b.x < a.x) return false;
  return a.x < frame.x + frame.width && b.x > frame.x && a.y < frame.y + frame.height && b.y > frame.y;
}

/** Places whose anchor lies inside the frame, with their output pixel position. */
function placesInFrame(ctx: ExportContext, frame: Rect, size: ExportSize) {
  const k = size.width / frame.width;
  const inView: { place: PlaceFeature; x: number; y: number }[] = [];
  const offMap: PlaceFeature[] = [];
  const inside = (x: number, y: number) => x >= 0 && y >= 0 && x < size.width && y < size.height;
  for (const p of ctx.model.places) {
    if (!p.geometry) continue;
    const pt = ctx.map.project(anchor(p));
    const x = (pt.x - frame.x) * k;
    const y = (pt.y - frame.y) * k;
    if (inside(x, y)) inView.push({ place: p, x, y });
    else if (p.geometry.type !== 'Point' && areaCrossesFrame(ctx.map, p, frame))
      inView.push({ place: p, x: NaN, y: NaN });
    else offMap.push(p);
  }
  return { inView, offMap };
}

/** The furniture of an export of the current view. */
export function exportFurniture(
  ctx: ExportContext,
  geo: { size: ExportSize; zoom: number },
  places: { inView: readonly PlaceFeature[]; offMap: readonly PlaceFeature[] },
  opts: { withQuote?: boolean; withLegend?: boolean; withTimeline?: boolean; now: Date },
): Furniture {
  return furniture({
    model: ctx.model,
    lang: ctx.lang,
    digits: ctx.digits,
    theme: ctx.theme,
    inView: places.inView,
    offMap: places.offMap,
    selectedPlace: ctx.selectedPlace,
    timeRange: ctx.timeRange,
    withQuote: opts.withQuote ?? true,
    withLegend: opts.withLegend ?? true,
    withTimeline: opts.withTimeline ?? false,
    selectedEvent: ctx.selectedEvent ?? null,
    timeDir: ctx.timeDir,
    lat: ctx.map.getCenter().lat,
    zoom: geo.zoom,
    bearing: ctx.map.getBearing(),
    cssWidth: geo.size.width / geo.size.ratio,
    exported: opts.now,
  });
}

async function renderTiles(
  ctx: ExportContext,
  out: CanvasRenderingContext2D,
  size: ExportSize,
  zoom: number,
  plan: TilePlan,
  opts: PngOptions,
  lap: (name: string) => void = () => {},
): Promise<void> {
  const live = ctx.map;
  const div = document.createElement('div');
  div.setAttribute('aria-hidden', 'true');
  div.style.cssText = `position:fixed;left:-${plan.css + 100}px;top:0;width:${plan.css}px;height:${plan.css}px;pointer-events:none;`;
  document.body.append(div);
  const tileZoom = zoom + Math.log2(size.ratio / plan.effectiveRatio);
  const center = MercatorCoordinate.fromLngLat(live.getCenter());
  const pxPerUnit = size.ratio * 512 * 2 ** zoom;
  const bearing = live.getBearing();
  const timeout = opts.tileTimeoutMs ?? 30_000;
  const cameraOf = (i: number) => {
    const c = tileCenter(center, plan.tiles[i]!, plan, size, pxPerUnit, bearing);
    return { center: new MercatorCoordinate(c.x, c.y).toLngLat(), zoom: tileZoom, bearing, pitch: 0 };
  };
  const hidden = new MlMap({
    container: div,
    style: exportStyle(live),
    ...cameraOf(0),
    pixelRatio: DRAFT_RATIO,
    maxCanvasSize: [plan.canvas + 1, plan.canvas + 1],
    interactive: false,
    attributionControl: false,
    fadeDuration: 0,
    maxZoom: 24,
    // No MSAA: at print resolution it is invisible, and in software GL it multiplies the raster cost.
    canvasContextAttributes: { preserveDrawingBuffer: true, antialias: false },
  });
  const firstIdle = nextIdle(hidden, timeout, 'the export map');
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new ExportError('the export map did not load')), timeout);
      hidden.once('load', () => {
        clearTimeout(timer);
        resolve();
      });
      hidden.once('error', (e) => console.error('[export]', e.error?.message ?? e));
    });
    await firstIdle;
    lap('load');
    // The same selection, hover and time-filter dimming as the live map.
    const ids = new FeatureIds(ctx.model.places.map((p) => p.id));
    for (const [id, st] of liveStates(live, ctx.model)) {
      if (Object.keys(st).length)
        hidden.setFeatureState({ source: PLACE_SOURCES.places, id: ids.num(id)! }, st);
    }
    for (let i = 0; i < plan.tiles.length; i++) {
      const t = plan.tiles[i]!;
      // Tiles load at a low pixel ratio (each tile that arrives repaints the whole canvas, and in
      // software GL a print-size repaint costs seconds); then one repaint at full resolution.
      if (i > 0) {
        hidden.setPixelRatio(DRAFT_RATIO);
        const loaded = nextIdle(hidden, timeout, `tile ${i + 1} of ${plan.tiles.length}`);
        hidden.jumpTo(cameraOf(i));
        await loaded;
      }
      const sharp = nextIdle(hidden, timeout, `tile ${i + 1} of ${plan.tiles.length}`);
      hidden.setPixelRatio(plan.pixelRatio);
      await sharp;
      const canvas = hidden.getCanvas();
      if (canvas.width !== plan.canvas || canvas.height !== plan.canvas)
        throw new ExportError(
          `the browser drew a ${canvas.width} × ${canvas.height} canvas instead of ${plan.canvas} × ${plan.canvas}`,
        );
      out.drawImage(canvas, plan.margin, plan.margin, t.width, t.height, t.x, t.y, t.width, t.height);
      lap(`tile${i + 1}`);
      opts.onProgress?.(i + 1, plan.tiles.length);
    }
    lap('tiles');
  } finally {
    hidden.remove();
    div.remove();
  }
}

function toBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (b) => (b ? resolve(b) : reject(new ExportError('the browser could not encode the PNG'))),
      'image/png',
    ),
  );
}

/** Renders the current view as a PNG with furniture and citation chunks. */
export async function exportPng(ctx: ExportContext, opts: PngOptions): Promise<PngResult> {
  const t0 = performance.now();
  const now = opts.now ?? new Date();
  if (ctx.map.getPitch() !== 0)
    throw new ExportError('a tilted map cannot be exported: reset the pitch first');
  const geo = exportGeometry(ctx.map, opts.size);
  const { size, frame } = geo;
  const limit = Math.min(opts.tileLimit ?? 4096, gpuCanvasLimit());
  if (!limit) throw new ExportError('this browser has no WebGL, so the map cannot be drawn');
  const plan = planTiles(size, limit);
  if ('error' in plan) throw new ExportError(plan.error);

  const places = placesInFrame(ctx, frame, size);
  const lists = { inView: places.inView.map((p) => p.place), offMap: places.offMap };
  let f = exportFurniture(ctx, geo, lists, { ...opts, now });
  await loadFurnitureFont(f);
  // No place of the frame under the furniture: measure the panels (drawn on a 1 px canvas), then
  // zoom out just enough that every place is clear of them (places move towards the centre).
  const scratch = document.createElement('canvas').getContext('2d');
  const planned = scratch ? drawFurniture(scratch, f, size.width, size.height, size.ratio) : [];
  const anchors = places.inView.filter((p) => Number.isFinite(p.x));
  const k = clearOfPanels(anchors, planned, size, 12 * size.ratio);
  const zoom = geo.zoom + Math.log2(k);
  if (k < 1) {
    f = exportFurniture(ctx, { size, zoom }, lists, { ...opts, now });
    for (const p of anchors) {
      p.x = size.width / 2 + (p.x - size.width / 2) * k;
      p.y = size.height / 2 + (p.y - size.height / 2) * k;
    }
  }

  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const out = canvas.getContext('2d');
  if (!out) throw new ExportError(`the browser could not allocate a ${size.width} × ${size.height} canvas`);
  const timings: Record<string, number> = {};
  let mark = performance.now();
  const lap = (name: string) => {
    const now2 = performance.now();
    timings[name] = Math.round(now2 - mark);
    mark = now2;
  };
  await renderTiles(ctx, out, size, zoom, plan, opts, lap);
  const panels = drawFurniture(out, f, size.width, size.height, size.ratio);
  lap('furniture');

  const metadata = citation({
    model: ctx.model,
    lang: ctx.lang,
    places: [...places.inView.map((p) => p.place), ...places.offMap],
    permalink: ctx.permalink,
    exported: now.toISOString(),
  });
  const png = new Uint8Array(await (await toBlob(canvas)).arrayBuffer());
  canvas.width = canvas.height = 0;
  lap('encode');
  const bytes = withTextChunks(png, metadata, size.dpi ? [phys(size.dpi)] : []);
  return {
    bytes,
    width: size.width,
    height: size.height,
    tiles: plan.tiles.length,
    places: places.inView
      .filter((p) => Number.isFinite(p.x))
      .map((p) => ({ id: p.place.id, x: p.x, y: p.y, point: p.place.geometry.type === 'Point' })),
    panels,
    metadata,
    fit: k,
    ms: performance.now() - t0,
    timings,
    renderer: 'map',
  };
}

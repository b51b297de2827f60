/**
 * The export entry points the dialog and the batch CLI share: one function per format, reading
 * the live map and the app state. The live map comes in as an argument, from the handle its owner
 * registers (`src/map/live-map-handle.ts`), never from the DOM. `window.articleAtlas` for the CLI
 * (same origin) is installed by the app and loads this module on its first call.
 */
import type { Map as MlMap } from 'maplibre-gl';
import type { AppState } from '../state/app-state.svelte.ts';
import { formatUrlState } from '../state/url-state.ts';
import { resolveTimeDir } from '../timeline/scale.ts';
import { exportScope, toCSV, toGeoJSON } from './data.ts';
import { NO_PERMALINK, PRODUCT } from './citation.ts';
import { ExportError, type ExportContext, type PngResult } from './render-map.ts';
import { exportImage, type ImageOptions } from './page-png.ts';
import type { SizeRequest } from './sizes.ts';
import { exportSvg, type SvgResult } from './vector-export.ts';

export type ExportFormat = 'png' | 'svg' | 'pdf' | 'geojson' | 'csv';

/**
 * The permalink of the exact view: the app's URL state with the live camera, under `base` (the
 * page's own address by default; the CLI passes its public address, or null when it has none —
 * then there is no permalink, not one to a temporary local server).
 */
export function permalink(
  app: AppState,
  map: MlMap | null,
  base: string | null = `${location.origin}${location.pathname}`,
): string {
  if (base == null) return '';
  const url = app.toUrl(app.model?.meta.id);
  if (map) {
    const c = map.getCenter();
    url.view = { center: [c.lng, c.lat], zoom: map.getZoom() };
  }
  return `${base}${formatUrlState(url)}`;
}

/** Where permalinks point: the page's address (undefined), a public base URL, or none (null). */
export type PermalinkBase = string | null | undefined;

/** What every image export reads: the live `map` and the app state. Throws when the map is not ready. */
export function exportContext(app: AppState, map: MlMap | null, base?: PermalinkBase): ExportContext {
  if (!map || !app.model) throw new ExportError('the map is not ready');
  return {
    map,
    model: app.model,
    lang: app.lang,
    theme: app.theme,
    digits: app.digits,
    selectedPlace: app.selectedPlace,
    selectedEvent: app.selectedEvent,
    timeDir: resolveTimeDir(app.timeDirection, app.lang),
    timeRange: app.timeRange,
    permalink: permalink(app, map, base),
    onlineStyle: app.styleUrl != null,
  };
}

/** A file name for an export: article, place, size, format. */
export function fileName(app: AppState, format: ExportFormat, size?: string): string {
  const parts = [app.model?.meta.id ?? 'article', app.selectedPlace ?? app.selectedEvent, size].filter(
    Boolean,
  );
  return `${parts.join('_')}.${format}`;
}

export interface DataOptions {
  /** Only what the current time filter keeps. */
  filtered?: boolean;
  /** The live map, for the permalink's exact view. */
  map?: MlMap | null;
}

/** GeoJSON or CSV text of the article (or the time filter). */
export function exportData(
  app: AppState,
  format: 'geojson' | 'csv',
  opts: DataOptions & { base?: PermalinkBase } = {},
): string {
  const model = app.model;
  if (!model) throw new ExportError('no article is loaded');
  const scope = exportScope(model, opts.filtered ? app.timeRange : null);
  if (format === 'csv') return toCSV(model, scope);
  const link = permalink(app, opts.map ?? null, opts.base);
  const gj = toGeoJSON(model, scope, {
    exported: new Date().toISOString(),
    product: PRODUCT,
    ...(link ? { permalink: link } : { comment: NO_PERMALINK }),
  });
  return JSON.stringify(gj, null, 1);
}

/** The MIME type of a format. */
export const MIME: Record<ExportFormat, string> = {
  png: 'image/png',
  svg: 'image/svg+xml',
  pdf: 'application/pdf',
  geojson: 'application/geo+json',
  csv: 'text/csv;charset=utf-8',
};

/** Saves bytes or text as a download. */
export function download(name: string, data: Uint8Array | string, format: ExportFormat): void {
  const blob = new Blob([data as BlobPart], { type: MIME[format] });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

function base64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** What `window.articleAtlas.export` answers: the file (base64) and what the tests check. */
export type CliResult =
  | {
      ok: true;
      format: ExportFormat;
      base64: string;
      png?: Omit<PngResult, 'bytes'>;
      svg?: Omit<SvgResult, 'bytes' | 'svg'>;
    }
  | { ok: false; error: string };

/** The CLI's entry: one export of the current view. Never throws; errors come back as text. */
export async function cliExport(
  app: AppState,
  map: MlMap | null,
  req: {
    format: ExportFormat;
    size?: SizeRequest;
    filtered?: boolean;
    /** The public base URL permalinks point at; null: write none (the CLI without one). */
    publicBase?: string | null;
  } & Omit<ImageOptions, 'size' | 'onProgress'>,
): Promise<CliResult> {
  try {
    if (req.format === 'geojson' || req.format === 'csv') {
      const text = exportData(app, req.format, { filtered: req.filtered, map, base: req.publicBase });
      return { ok: true, format: req.format, base64: base64(new TextEncoder().encode(text)) };
    }
    if (req.format === 'png') {
      const { bytes, ...png } = await exportImage(exportContext(app, map, req.publicBase), {
        ...req,
        size: req.size ?? { kind: 'preset', id: 'a4-300' },
      });
      return { ok: true, format: 'png', base64: base64(bytes), png };
    }
    if (req.format === 'svg') {
      const {
        bytes,
        svg: _svg,
        ...svg
      } = await exportSvg(exportContext(app, map, req.publicBase), {
        ...req,
        size: req.size ?? { kind: 'preset', id: 'a4-300' },
      });
      void _svg;
      return { ok: true, format: 'svg', base64: base64(bytes), svg };
    }
    // A PDF is Chromium's print of the SVG page: the CLI asks for the SVG and prints it.
    throw new ExportError(`the ${req.format} export is made by the CLI or by Print / Save as PDF`);
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/** What the CLI asks `window.articleAtlas.export` for. */
export type CliRequest = Parameters<typeof cliExport>[2];

/**
 * Printing from the browser ("Print / Save as PDF"): the WebGL canvas prints blank (its drawing
 * buffer is not preserved), so before printing the print stylesheet is given something else to
 * show. The dialog's Print button makes the vector page (`exportSvg`: paths and text, sized to the
 * printable area of A4 landscape), shown as an SVG image, so "Save as PDF" keeps it vector; only
 * when that page cannot be made does it fall back to a raster export (and says so). Ctrl+P without
 * the dialog is handled by `print-hooks.ts` (loaded at the map's first idle; this module loads on first use).
 */
import type { AppState } from '../state/app-state.svelte.ts';
import type { Map as MlMap } from 'maplibre-gl';
import { exportContext } from './api.ts';
import { exportPng } from './render-map.ts';
import { exportSvg } from './vector-export.ts';
import { placeImage } from './print-hooks.ts';

/** The printable area of A4 landscape inside print.css's 12 mm page margins. */
const PRINT_PAGE = { kind: 'mm', width: 273, height: 186, dpi: 96 } as const;

/** Renders the current view with its furniture (screen size × 2) as the image the printout shows. */
export async function preparePrint(
  app: AppState,
  map: MlMap | null,
  opts: { withQuote?: boolean; withLegend?: boolean; withTimeline?: boolean } = {},
): Promise<'vector' | 'raster'> {
  let blob: Blob;
  let kind: 'vector' | 'raster' = 'vector';
  try {
    const page = await exportSvg(exportContext(app, map), {
      size: PRINT_PAGE,
      withQuote: opts.withQuote ?? true,
      withLegend: opts.withLegend ?? true,
      withTimeline: opts.withTimeline ?? false,
      print: true,
    });
    blob = new Blob([page.bytes as BlobPart], { type: 'image/svg+xml' });
  } catch (e) {
    console.error('[print] vector page failed, printing an image', e);
    app.notify('vePrintRaster', { why: e instanceof Error ? e.message : String(e) });
    kind = 'raster';
    const result = await exportPng(exportContext(app, map), {
      size: { kind: 'screen', scale: 2 },
      withQuote: false,
      withLegend: opts.withLegend ?? true,
      withTimeline: opts.withTimeline ?? false,
    });
    blob = new Blob([result.bytes as BlobPart], { type: 'image/png' });
  }
  const img = placeImage(map, blob);
  if (img) img.dataset.print = kind;
  await img?.decode().catch(() => undefined);
  return kind;
}

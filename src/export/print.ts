/**
 * Printing from the browser ("Print / Save as PDF"): the WebGL canvas prints blank (its drawing
 * buffer is not preserved), so before printing the print stylesheet is given something else to
 * show. The dialog's Print button makes the vector page (`exportSvg`: paths and text, sized to the
 * printable area of A4 landscape), shown as an SVG image, so "Save as PDF" keeps it vector; only
 * when that page cannot be made does it fall back to a raster export (and says so). Ctrl+P without
 * the dialog falls back to a synchronous redraw of the live canvas (raster).
 */
import './print.css';
import type { AppState } from '../state/app-state.svelte.ts';
import { exportContext, liveMap } from './api.ts';
import { exportPng } from './render-map.ts';
import { exportSvg } from './vector-export.ts';

/** The printable area of A4 landscape inside print.css's 12 mm page margins. */
const PRINT_PAGE = { kind: 'mm', width: 273, height: 186, dpi: 96 } as const;

const CLASS = 'print-map';

function placeImage(src: string): HTMLImageElement | null {
  const map = liveMap();
  if (!map) return null;
  const container = map.getContainer();
  container.querySelector(`.${CLASS}`)?.remove();
  const img = document.createElement('img');
  img.className = CLASS;
  img.alt = '';
  img.src = src;
  container.append(img);
  return img;
}

let lastUrl: string | null = null;

/** Renders the current view with its furniture (screen size × 2) as the image the printout shows. */
export async function preparePrint(
  app: AppState,
  opts: { withQuote?: boolean; withLegend?: boolean; withTimeline?: boolean } = {},
): Promise<'vector' | 'raster'> {
  let blob: Blob;
  let kind: 'vector' | 'raster' = 'vector';
  try {
    const page = await exportSvg(exportContext(app), {
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
    const result = await exportPng(exportContext(app), {
      size: { kind: 'screen', scale: 2 },
      withQuote: false,
      withLegend: opts.withLegend ?? true,
      withTimeline: opts.withTimeline ?? false,
    });
    blob = new Blob([result.bytes as BlobPart], { type: 'image/png' });
  }
  if (lastUrl) URL.revokeObjectURL(lastUrl);
  lastUrl = URL.createObjectURL(blob);
  const img = placeImage(lastUrl);
  if (img) img.dataset.print = kind;
  await img?.decode().catch(() => undefined);
  return kind;
}

/** Ctrl+P without the dialog: read the live canvas right after a synchronous redraw. */
function beforePrint(): void {
  const map = liveMap();
  if (!map || map.getContainer().querySelector(`.${CLASS}`)) return;
  map.redraw();
  placeImage(map.getCanvas().toDataURL('image/png'));
}

function afterPrint(): void {
  liveMap()?.getContainer().querySelector(`.${CLASS}`)?.remove();
  if (lastUrl) URL.revokeObjectURL(lastUrl);
  lastUrl = null;
}

/** Installs the print handlers; returns their cleanup. */
export function installPrintHandlers(): () => void {
  addEventListener('beforeprint', beforePrint);
  addEventListener('afterprint', afterPrint);
  return () => {
    removeEventListener('beforeprint', beforePrint);
    removeEventListener('afterprint', afterPrint);
  };
}

/**
 * Printing from the browser ("Print / Save as PDF"): the WebGL canvas prints blank (its drawing
 * buffer is not preserved), so before printing the map is drawn into an image that the print
 * stylesheet shows instead. The dialog's Print button makes a full export image (with furniture);
 * Ctrl+P falls back to a synchronous redraw of the live canvas.
 */
import './print.css';
import type { AppState } from '../state/app-state.svelte.ts';
import { exportContext, liveMap } from './api.ts';
import { exportPng } from './render-map.ts';

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
export async function preparePrint(app: AppState): Promise<void> {
  const result = await exportPng(exportContext(app), {
    size: { kind: 'screen', scale: 2 },
    withQuote: false,
    withLegend: true,
  });
  if (lastUrl) URL.revokeObjectURL(lastUrl);
  lastUrl = URL.createObjectURL(new Blob([result.bytes as BlobPart], { type: 'image/png' }));
  const img = placeImage(lastUrl);
  await img?.decode().catch(() => undefined);
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

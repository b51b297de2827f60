/**
 * What printing needs before export is ever opened, loaded when the map is first idle
 * (`install.ts`; `print.ts` and the exporters load on first use): the print stylesheet, the image the printout shows instead of the
 * WebGL canvas (which prints blank), and the Ctrl+P handlers that make it from a synchronous
 * redraw of the live canvas when the dialog did not prepare a page.
 */
import type { Map as MlMap } from 'maplibre-gl';
import './print.css';

const CLASS = 'print-map';
let lastUrl: string | null = null;

/** Shows `image` (a blob or a data URL) in the map's container for the printout; replaces the previous one. */
export function placeImage(map: MlMap | null, image: Blob | string): HTMLImageElement | null {
  if (lastUrl) URL.revokeObjectURL(lastUrl);
  lastUrl = null;
  if (!map) return null;
  const src = typeof image === 'string' ? image : (lastUrl = URL.createObjectURL(image));
  const container = map.getContainer();
  container.querySelector(`.${CLASS}`)?.remove();
  const img = document.createElement('img');
  img.className = CLASS;
  img.alt = '';
  img.src = src;
  container.append(img);
  return img;
}

/** Installs the print handlers for the live map `getMap()` gives; returns their cleanup. */
export function installPrintHandlers(getMap: () => MlMap | null): () => void {
  const beforePrint = () => {
    const map = getMap();
    if (!map || map.getContainer().querySelector(`.${CLASS}`)) return;
    map.redraw();
    placeImage(map, map.getCanvas().toDataURL('image/png'));
  };
  const afterPrint = () => {
    getMap()?.getContainer().querySelector(`.${CLASS}`)?.remove();
    if (lastUrl) URL.revokeObjectURL(lastUrl);
    lastUrl = null;
  };
  addEventListener('beforeprint', beforePrint);
  addEventListener('afterprint', afterPrint);
  return () => {
    removeEventListener('beforeprint', beforePrint);
    removeEventListener('afterprint', afterPrint);
  };
}

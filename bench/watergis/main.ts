/**
 * For `bench/export.ts` only: `@watergis/maplibre-gl-export` 4.1.2, bundled on its own and loaded
 * into the built app's page, exporting the app's live map (the same view our export reads). Its
 * hidden map is made by its own bundled MapLibre copy, which is given the app's worker file.
 * Never part of the app.
 */
import { setWorkerUrl, type Map as MlMap } from 'maplibre-gl';
import { MaplibreExportControl } from '@watergis/maplibre-gl-export';

export interface WatergisRun {
  ms: number;
  /** The PNG it produced, as a data URL. */
  dataUrl: string;
}

/** Exports `map` as a PNG of `size` mm at `dpi` and resolves when its download starts. */
function exportPng(map: MlMap, size: [number, number], dpi: number, timeoutMs: number): Promise<WatergisRun> {
  const control = new MaplibreExportControl({ Local: 'en', Crosshair: false, PrintableArea: false });
  const click = HTMLAnchorElement.prototype.click;
  return new Promise<WatergisRun>((resolve, reject) => {
    const t0 = performance.now();
    const timer = setTimeout(() => {
      HTMLAnchorElement.prototype.click = click;
      reject(new Error(`no file after ${timeoutMs} ms`));
    }, timeoutMs);
    // The exporter "downloads" through a[download].click(): take the file there.
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (!this.download) return click.call(this);
      clearTimeout(timer);
      HTMLAnchorElement.prototype.click = click;
      resolve({ ms: performance.now() - t0, dataUrl: this.href });
    };
    try {
      // `generateMap` is what its Generate button calls (protected in its types, public at run time).
      (control as unknown as { generateMap: (...a: unknown[]) => void }).generateMap(
        map,
        size,
        dpi,
        'png',
        'mm',
        'bench',
      );
    } catch (e) {
      clearTimeout(timer);
      HTMLAnchorElement.prototype.click = click;
      reject(e instanceof Error ? e : new Error(String(e)));
    }
  });
}

declare global {
  interface Window {
    __watergis?: {
      init: (workerUrl: string) => void;
      exportPng: typeof exportPng;
    };
  }
}

window.__watergis = { init: (url) => setWorkerUrl(url), exportPng };

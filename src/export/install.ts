/**
 * What the app installs for export at start, without loading export itself: `window.articleAtlas`
 * for the batch CLI and the tests (same origin; `api.ts` and the exporters load on its first call)
 * and the Ctrl+P handlers (`print-hooks.ts`). The live map comes from its owner's handle.
 *
 * The print stylesheet and handlers load once the map is first idle (the `atlas:map-idle` mark), off
 * the reader's first view (issue 16.3); `<html data-print="ready">` says they are in. Before that
 * the map has drawn nothing a printout could show; a print then starts the load for the next one.
 */
import type { Map as MlMap } from 'maplibre-gl';
import type { AppState } from '../state/app-state.svelte.ts';
import type { CliRequest, CliResult } from './api.ts';
import { loadStrings } from '../i18n.ts';

declare global {
  interface Window {
    /** Same-origin hook for the batch CLI and the tests. */
    articleAtlas?: { export: (req: CliRequest) => Promise<CliResult> };
  }
}

/** Installs `window.articleAtlas` and the print handlers; returns the uninstaller. */
export function installExportHooks(app: AppState, getMap: () => MlMap | null): () => void {
  window.articleAtlas = {
    // The exporters' strings come with them (the build ships them apart from the first view's).
    export: async (req) => {
      const [api] = await Promise.all([import('./api.ts'), loadStrings(app.lang)]);
      return api.cliExport(app, getMap(), req);
    },
  };
  let unprint: (() => void) | undefined;
  let printLoad: Promise<void> | undefined;
  let gone = false;
  const loadPrint = () => {
    printLoad ??= import('./print-hooks.ts').then(
      (m) => {
        if (gone) return;
        unprint = m.installPrintHandlers(getMap);
        document.documentElement.dataset.print = 'ready';
      },
      (e: unknown) => {
        console.error('[print] hooks', e);
        printLoad = undefined;
      },
    );
  };
  const idle = new PerformanceObserver((list) => {
    if (list.getEntriesByName('atlas:map-idle').length) loadPrint();
  });
  idle.observe({ type: 'mark', buffered: true });
  addEventListener('beforeprint', loadPrint);
  return () => {
    gone = true;
    delete window.articleAtlas;
    idle.disconnect();
    removeEventListener('beforeprint', loadPrint);
    unprint?.();
    delete document.documentElement.dataset.print;
  };
}

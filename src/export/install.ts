/**
 * What the app installs for export at start, without loading export itself: `window.articleAtlas`
 * for the batch CLI and the tests (same origin; `api.ts` and the exporters load on its first call)
 * and the Ctrl+P handlers (`print-hooks.ts`). The live map comes from its owner's handle.
 */
import type { Map as MlMap } from 'maplibre-gl';
import type { AppState } from '../state/app-state.svelte.ts';
import type { CliRequest, CliResult } from './api.ts';
import { installPrintHandlers } from './print-hooks.ts';
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
  const unprint = installPrintHandlers(getMap);
  return () => {
    delete window.articleAtlas;
    unprint();
  };
}

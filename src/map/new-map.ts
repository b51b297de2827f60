/**
 * The one way a page makes a live MapLibre map: the app's `MapView.svelte`, the embed's live map
 * (`embed/live.ts`), the atlas (`atlas/AtlasMap.svelte`) and the review page
 * (`review/PlacesMap.svelte`). Every one gets what must not drift between them:
 * - every request through the one URL rule (`carto/url-policy.ts`): a refused URL is never sent;
 * - MapLibre's own strings (canvas label, keyboard and gesture help) in the interface language;
 * - no default attribution control (each page credits the basemap itself).
 * The page adds its camera, controls and gestures; the places on it are `places-adapter.ts`'s. Each
 * page's entry points MapLibre at its worker on our origin (`setWorkerUrl`, and `prewarm` where the
 * map is on the first view).
 */
import { Map as MlMap, type MapOptions } from 'maplibre-gl';
import { mapLocale } from '../carto/camera.ts';
import { requestGuard, type UrlPolicy } from '../carto/url-policy.ts';

export interface NewMapOptions extends Omit<
  MapOptions,
  'transformRequest' | 'attributionControl' | 'locale'
> {
  /** MapLibre's strings in the interface language (`mapLocale`'s keys, rendered by the page's `t`). */
  say?: Parameters<typeof mapLocale>[0];
  /** The URL rule; this page's origin, and the build's mode, when absent. */
  policy?: UrlPolicy;
}

/** A new live map under the rules above (throws MapLibre's own errors, e.g. no WebGL). */
export function newLiveMap({ say, policy, ...options }: NewMapOptions): MlMap {
  return new MlMap({
    ...options,
    attributionControl: false,
    ...(say ? { locale: mapLocale(say) } : {}),
    transformRequest: requestGuard(policy ?? { origin: location.origin, dev: import.meta.env.DEV }),
  });
}

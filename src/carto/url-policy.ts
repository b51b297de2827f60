/**
 * The one rule for every URL the map may request: the app's own origin, or an origin the deployment
 * listed in `ATLAS_STYLE_ORIGINS` at build time (`style-origins.ts`; the Content-Security-Policy lists
 * the same ones, so what this rule allows the browser fetches). A development build (no CSP) also
 * allows any https URL and plain http to this machine (`localhost`, `127.0.0.1`, `[::1]`), for a
 * local tile server. Anything else (another origin in a production build, `javascript:`, `data:`,
 * `file:`, credentials in the URL) is refused.
 */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

declare const __ATLAS_STYLE_ORIGINS__: readonly string[] | undefined;
/** The build's allow-list of style origins (vite.config.ts defines it from `ATLAS_STYLE_ORIGINS`). */
export const STYLE_ORIGINS: readonly string[] =
  typeof __ATLAS_STYLE_ORIGINS__ === 'undefined' ? [] : __ATLAS_STYLE_ORIGINS__;

export interface UrlPolicy {
  /** The app's own origin (always allowed, whatever its scheme). */
  origin: string;
  /** Development build (`import.meta.env.DEV`): any https, and plain http to this machine, too. */
  dev: boolean;
  /** Origins online styles may use; the build's {@link STYLE_ORIGINS} when absent. */
  styleOrigins?: readonly string[];
}

/** Whether `url` (absolute, or relative to `base`) may be requested under `policy`. */
export function isAllowedUrl(url: string, policy: UrlPolicy, base?: string): boolean {
  let u: URL;
  try {
    u = new URL(url, base);
  } catch {
    return false;
  }
  if (u.origin === policy.origin && (u.protocol === 'https:' || u.protocol === 'http:')) return true;
  if (u.username || u.password) return false;
  if ((policy.styleOrigins ?? STYLE_ORIGINS).includes(u.origin)) return true;
  if (!policy.dev) return false;
  return u.protocol === 'https:' || (u.protocol === 'http:' && LOCAL_HOSTS.has(u.hostname));
}

/** A URL that can never be fetched (an unregistered scheme): what a refused request is rewritten to. */
export const BLOCKED_URL = 'aa-blocked://refused';

/** MapLibre's `transformRequest`: every request passes the URL rule; a refused one is never sent. */
export function requestGuard(policy: UrlPolicy): (url: string) => { url: string } {
  return (url) => {
    if (isAllowedUrl(url, policy)) return { url };
    console.error('[map] refused request', url);
    return { url: BLOCKED_URL };
  };
}

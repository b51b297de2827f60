/**
 * The deployment's one setting for online map styles (issue 19.9): `ATLAS_STYLE_ORIGINS`, read when
 * the app is built (`ATLAS_STYLE_ORIGINS="https://tiles.example.org" npm run build`). It is a list
 * of origins (comma or space separated) a `?style=` URL, and every URL inside that style (tiles,
 * sprites, fonts), may come from. The same list feeds the URL rule (`url-policy.ts`, through the
 * `__ATLAS_STYLE_ORIGINS__` constant vite.config.ts defines) and the Content-Security-Policy
 * (`csp.plugin.ts`: connect-src, img-src, font-src), so a style on a listed origin loads and any
 * other falls back to the offline basemap with a notice. Empty by default: nothing leaves the origin.
 */

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The origins in `raw`, normalised (`https://tiles.example.org`). Throws with the reason on an entry
 * that is not a bare origin, or is plain http to anything but this machine (a shared link must not
 * send readers to an unencrypted host; loopback http is for a local tile server).
 */
export function parseStyleOrigins(raw: string | undefined): string[] {
  const out: string[] = [];
  for (const entry of (raw ?? '').split(/[\s,]+/).filter(Boolean)) {
    let u: URL;
    try {
      u = new URL(entry);
    } catch {
      throw new Error(`ATLAS_STYLE_ORIGINS: ${JSON.stringify(entry)} is not a URL`);
    }
    if (
      u.origin === 'null' ||
      u.username ||
      u.password ||
      u.search ||
      u.hash ||
      (u.pathname !== '/' && u.pathname !== '')
    )
      throw new Error(
        `ATLAS_STYLE_ORIGINS: ${JSON.stringify(entry)} is not an origin (scheme://host[:port], nothing after)`,
      );
    if (u.protocol !== 'https:' && !(u.protocol === 'http:' && LOOPBACK.has(u.hostname)))
      throw new Error(
        `ATLAS_STYLE_ORIGINS: ${JSON.stringify(entry)} must be https (plain http only for this machine)`,
      );
    if (!out.includes(u.origin)) out.push(u.origin);
  }
  return out;
}

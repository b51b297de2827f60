/**
 * The Content-Security-Policy of the built pages: added to every HTML entry as a
 * `<meta http-equiv="Content-Security-Policy">` at build time (so it travels with the static files to
 * any host), and sent as a header by `vite preview` (see vite.config.ts). The dev server gets neither:
 * Vite's dev client injects `<style>` elements for hot reload.
 *
 * What each directive allows, and why, is in docs/csp.md.
 */
import type { Plugin } from 'vite';

/**
 * Directives shared by the meta element and the header. Same origin only; nothing inline, no eval.
 * The origins of `ATLAS_STYLE_ORIGINS` (src/carto/style-origins.ts) are added by {@link withStyleOrigins}.
 */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, ...string[]]> = [
  ['default-src', "'self'"],
  // 'report-sample' allows nothing: it puts the first 40 characters of a refused inline script or style
  // into the violation report, so a test can say what was refused.
  ['script-src', "'self'", "'report-sample'"],
  ['style-src', "'self'", "'report-sample'"],
  ['img-src', "'self'", 'data:', 'blob:'],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'", 'blob:'],
  ['child-src', "'self'", 'blob:'],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'none'"],
];

/**
 * Directives a `<meta>` policy cannot carry (browsers ignore them there), sent only as a header.
 * `frame-ancestors` is left out on purpose: the embed is meant to be framed by any news site.
 */
export const CSP_HEADER_ONLY: ReadonlyArray<readonly [string, ...string[]]> = [];

function serialize(directives: ReadonlyArray<readonly string[]>): string {
  return directives.map((d) => d.join(' ')).join('; ');
}

/** What an online style fetches: the style and tiles (connect), sprites (img), font faces (font). */
const STYLE_DIRECTIVES = new Set(['connect-src', 'img-src', 'font-src']);

/** {@link CSP_DIRECTIVES} with the allowed style origins added where an online style needs them. */
export function withStyleOrigins(
  directives: ReadonlyArray<readonly [string, ...string[]]>,
  origins: readonly string[],
): ReadonlyArray<readonly [string, ...string[]]> {
  return directives.map(([name, ...values]) =>
    STYLE_DIRECTIVES.has(name) ? [name, ...values, ...origins] : [name, ...values],
  );
}

/** The policy as a `<meta http-equiv>` carries it. */
export const cspMeta = (origins: readonly string[] = []): string =>
  serialize(withStyleOrigins(CSP_DIRECTIVES, origins));

/** The policy as the `Content-Security-Policy` header carries it. */
export const cspHeader = (origins: readonly string[] = []): string =>
  serialize([...withStyleOrigins(CSP_DIRECTIVES, origins), ...CSP_HEADER_ONLY]);

/** Headers for `preview.headers` (and any static host that can set them). */
export function cspHeaders(origins: readonly string[] = []): Record<string, string> {
  return { 'Content-Security-Policy': cspHeader(origins) };
}

/** The `<meta>` element of the policy (its content holds no double quote, so none is escaped). */
export const cspMetaElement = (origins: readonly string[] = []): string =>
  `<meta http-equiv="Content-Security-Policy" content="${cspMeta(origins)}" />`;

/**
 * Puts the policy's `<meta>` right after `<meta charset>` (before any script, style or link) in every
 * HTML entry of a build, or first in `<head>` when there is no charset element.
 */
export function injectCsp(html: string, origins: readonly string[] = []): string {
  const charset = /<meta\s+charset=[^>]*>/i.exec(html);
  if (charset) {
    const at = charset.index + charset[0].length;
    return `${html.slice(0, at)}\n    ${cspMetaElement(origins)}${html.slice(at)}`;
  }
  return html.replace(/<head[^>]*>/i, (head) => `${head}\n    ${cspMetaElement(origins)}`);
}

/** The build's policy; `styleOrigins`: the parsed `ATLAS_STYLE_ORIGINS` (none by default). */
export function cspPlugin(styleOrigins: readonly string[] = []): Plugin {
  return {
    name: 'article-atlas-csp',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: (html) => injectCsp(html, styleOrigins) },
  };
}

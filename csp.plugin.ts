/**
 * The Content-Security-Policy of the built pages: added to every HTML entry as a
 * `<meta http-equiv="Content-Security-Policy">` at build time (so it travels with the static files to
 * any host), and sent as a header by `vite preview` (see vite.config.ts). The dev server gets neither:
 * Vite's dev client injects `<style>` elements for hot reload.
 *
 * What each directive allows, and why, is in docs/csp.md.
 */
import type { Plugin } from 'vite';

/** Directives shared by the meta element and the header. Same origin only; nothing inline, no eval. */
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

/** The policy as a `<meta http-equiv>` carries it. */
export const cspMeta = (): string => serialize(CSP_DIRECTIVES);

/** The policy as the `Content-Security-Policy` header carries it. */
export const cspHeader = (): string => serialize([...CSP_DIRECTIVES, ...CSP_HEADER_ONLY]);

/** Headers for `preview.headers` (and any static host that can set them). */
export function cspHeaders(): Record<string, string> {
  return { 'Content-Security-Policy': cspHeader() };
}

/** The `<meta>` element of the policy (its content holds no double quote, so none is escaped). */
export const cspMetaElement = (): string =>
  `<meta http-equiv="Content-Security-Policy" content="${cspMeta()}" />`;

/**
 * Puts the policy's `<meta>` right after `<meta charset>` (before any script, style or link) in every
 * HTML entry of a build, or first in `<head>` when there is no charset element.
 */
export function injectCsp(html: string): string {
  const charset = /<meta\s+charset=[^>]*>/i.exec(html);
  if (charset) {
    const at = charset.index + charset[0].length;
    return `${html.slice(0, at)}\n    ${cspMetaElement()}${html.slice(at)}`;
  }
  return html.replace(/<head[^>]*>/i, (head) => `${head}\n    ${cspMetaElement()}`);
}

export function cspPlugin(): Plugin {
  return {
    name: 'article-atlas-csp',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: injectCsp },
  };
}

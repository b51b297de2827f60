/**
 * What the share dialog offers (issue 9.6), pure: the permalink of the current view, the embed URL
 * for the same view, the iframe snippet and the host-script line. Attribute values are escaped, so a
 * title with quotes or `<` stays text in the host page.
 */
import { formatEmbedUrlState } from '../state/embed-url-state.ts';
import { formatUrlState, type UrlState } from '../state/url-state.ts';

/**
 * The frame height a snippet asks for. The embed fits any frame height: its map takes what the
 * title, quote and credits leave (`fitHeight` in `embed/main.ts`), so nothing scrolls inside the
 * frame at any width; 600 px leaves a phone a 230 px map under a long quote, and a 1000 px column a
 * 420 px one.
 */
export const SNIPPET_HEIGHT = 600;

/** The sandbox an embed needs: scripts, its own origin (fetches), “open the full map” in a new tab. */
export const SNIPPET_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

const attr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The app's base URL (the folder of `index.html`) from any page URL of the app. */
export function appBase(pageUrl: string): string {
  return new URL('./', pageUrl).href;
}

/** The full app at this view. `style` is dropped: a reader's own tile service is not shared. */
export function permalink(base: string, state: UrlState): string {
  return new URL(`./${formatUrlState({ ...state, style: undefined })}`, base).href;
}

/** The embed page at this view. */
export function embedUrl(base: string, state: UrlState): string {
  const rest = { ...state, style: undefined, digits: undefined, tdir: undefined };
  return new URL(`./embed.html${formatEmbedUrlState(rest)}`, base).href;
}

/**
 * The place embed ("all our coverage of a place", `src/embed/coverage.ts`) for the atlas place
 * `key`, in the reader's language and theme.
 */
export function coverageEmbedUrl(
  base: string,
  key: string,
  s: { lang?: string; theme?: string } = {},
): string {
  const q = new URLSearchParams({ coverage: key });
  if (s.lang) q.set('lang', s.lang);
  if (s.theme) q.set('theme', s.theme);
  return new URL(`./embed.html?${q}`, base).href;
}

/** The iframe to paste: accessible title, lazy, full width, the sandbox it needs, no border. */
export function iframeSnippet(src: string, title: string, height = SNIPPET_HEIGHT): string {
  return (
    `<iframe title="${attr(title)}" src="${attr(src)}" width="100%" height="${Math.round(height)}" ` +
    `loading="lazy" style="border:0" sandbox="${SNIPPET_SANDBOX}"></iframe>`
  );
}

/** The optional host script (resizes every Article Atlas iframe on the page). */
export function hostScriptLine(base: string): string {
  return `<script src="${attr(new URL('./embed.js', base).href)}" defer></script>`;
}

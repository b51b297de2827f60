/**
 * Loading the basemap part of the style: the offline basemap, or an online style the URL asks for.
 * An online style is fetched with a bounded wait, checked with the style-spec validator and the URL
 * rule, and falls back to the offline basemap with a notice: never a blank map. Writes no state: it
 * returns a result, and the caller decides what to do with the notice. The online path
 * (`style-online.ts`: fetch, validation, the URL rule over the style's own URLs) loads only when a
 * style URL is asked for, off the reader's first view (issue 16.3).
 */
import type { StyleSpecification } from 'maplibre-gl';
import type { StringKey } from '../i18n.ts';
import type { UrlPolicy } from '../carto/url-policy.ts';

/** How long an online style may take before the offline basemap is used instead. */
export const STYLE_TIMEOUT_MS = 8000;

export interface StyleResult {
  style: StyleSpecification;
  /** Set when an online style was asked for and not used: tell the reader, and drop it from the URL. */
  notice?: StringKey;
  /** Why, for the console (never shown as HTML). */
  reason?: string;
}

export interface StyleLoadOptions {
  /** The online style's URL, or null for the offline basemap. */
  url: string | null;
  /** Builds the offline basemap (theme and language already applied). */
  offline: () => StyleSpecification;
  policy: UrlPolicy;
  /** Online styles already fetched and accepted, by URL. */
  cache?: Map<string, StyleSpecification>;
  signal?: AbortSignal;
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** The style-spec validator (loaded lazily by default: only online styles need it). */
  validate?: (style: unknown) => readonly { message: string }[];
}

/** The basemap style to use now: see the module comment. Rejects only when `signal` aborts. */
export async function loadBaseStyle(opts: StyleLoadOptions): Promise<StyleResult> {
  const { url, offline } = opts;
  if (!url) return { style: offline() };
  let online: typeof import('./style-online.ts');
  try {
    online = await import('./style-online.ts');
  } catch (e) {
    return { style: offline(), notice: 'styleFallback', reason: e instanceof Error ? e.message : String(e) };
  }
  // An abort while the code loaded rejects, as one during the fetch does.
  opts.signal?.throwIfAborted();
  return online.loadOnlineStyle({ ...opts, url });
}

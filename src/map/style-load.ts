/**
 * Loading the basemap part of the style: the offline basemap, or an online style the URL asks for.
 * An online style is fetched with a bounded wait, checked with the style-spec validator and the URL
 * rule, and falls back to the offline basemap with a notice: never a blank map. Writes no state: it
 * returns a result, and the caller decides what to do with the notice.
 */
import type { StyleSpecification } from 'maplibre-gl';
import type { StringKey } from '../i18n.ts';
import { isAllowedUrl, refusedUrls, type UrlPolicy } from '../carto/url-policy.ts';

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

async function defaultValidate(style: unknown): Promise<readonly { message: string }[]> {
  const { validateStyleMin } = await import('@maplibre/maplibre-gl-style-spec');
  return validateStyleMin(style as StyleSpecification);
}

/** Why `style` cannot be used as a basemap (null when it can). */
export async function styleProblem(
  style: unknown,
  url: string,
  policy: UrlPolicy,
  validate?: StyleLoadOptions['validate'],
): Promise<string | null> {
  if (style == null || typeof style !== 'object' || Array.isArray(style)) return 'not a JSON object';
  const errors = validate ? validate(style) : await defaultValidate(style);
  if (errors.length)
    return `invalid style: ${errors[0]!.message}${errors.length > 1 ? ` (+${errors.length - 1})` : ''}`;
  const s = style as StyleSpecification;
  if (s.layers.length === 0 || Object.keys(s.sources).length === 0) return 'the style draws nothing';
  const refused = refusedUrls(style, policy, url);
  if (refused.length) return `refused URL in style: ${refused[0]}`;
  return null;
}

/** The basemap style to use now: see the module comment. Rejects only when `signal` aborts. */
export async function loadBaseStyle(opts: StyleLoadOptions): Promise<StyleResult> {
  const { url, offline, policy, cache, signal } = opts;
  if (!url) return { style: offline() };
  const cached = cache?.get(url);
  if (cached) return { style: cached };
  const fallback = (reason: string, notice: StringKey = 'styleFallback'): StyleResult => ({
    style: offline(),
    notice,
    reason,
  });
  if (!isAllowedUrl(url, policy))
    return fallback(
      `refused style URL ${url}`,
      // A secure URL on an origin this build does not list (ATLAS_STYLE_ORIGINS), or an insecure one.
      /^https:\/\//i.test(url) ? 'styleNotAllowed' : 'styleRefused',
    );
  let body: unknown;
  try {
    const timeout = AbortSignal.timeout(opts.timeoutMs ?? STYLE_TIMEOUT_MS);
    const res = await (opts.fetch ?? fetch)(url, {
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      credentials: 'omit',
    });
    if (!res.ok) return fallback(`HTTP ${res.status}`);
    body = await res.json();
  } catch (e) {
    if (signal?.aborted) throw e;
    return fallback(e instanceof Error ? e.message : String(e));
  }
  const problem = await styleProblem(body, url, policy, opts.validate);
  if (problem) return fallback(problem, problem.startsWith('refused') ? 'styleRefused' : 'styleInvalid');
  cache?.set(url, body as StyleSpecification);
  return { style: body as StyleSpecification };
}

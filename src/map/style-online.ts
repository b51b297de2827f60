/**
 * An online basemap style (the URL's `style=`): fetched with a bounded wait, checked with the
 * style-spec validator and the URL rule, the offline basemap with a notice otherwise. Loaded by
 * `style-load.ts` only when a style URL is asked for.
 */
import type { StyleSpecification } from 'maplibre-gl';
import type { StringKey } from '../i18n.ts';
import { refusedUrls } from '../carto/style-urls.ts';
import { isAllowedUrl, type UrlPolicy } from '../carto/url-policy.ts';
import { STYLE_TIMEOUT_MS, type StyleLoadOptions, type StyleResult } from './style-load.ts';

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

/** The online style `opts.url`, or the offline basemap with a notice. Rejects only when `signal` aborts. */
export async function loadOnlineStyle(opts: StyleLoadOptions & { url: string }): Promise<StyleResult> {
  const { url, offline, policy, cache, signal } = opts;
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

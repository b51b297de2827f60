/**
 * Reads an article folder over HTTP (`${baseUrl}geodata/<id>/…`), validates it and builds the model.
 * Never rejects: a missing, unparseable or silent file becomes an issue whose path is the file name.
 * Every fetch is bounded ({@link FETCH_TIMEOUT_MS}), body included. Files whose bytes match the
 * digests the build recorded (`verified.ts`) are not validated again: the validator loads on demand.
 */
import { buildModel } from './build.ts';
import { anchorReady, seedAnchor } from '../carto/geometry.ts';
import { isValidId } from './ids.ts';
import type { ArticleModel, RawArticleBundle, ValidationIssue } from './types.ts';
import { matchesVerified, readVerified, VERIFIED_FILE } from './verified.ts';

const hasErrors = (issues: readonly ValidationIssue[]) => issues.some((i) => i.severity === 'error');

/** The files of an article folder and the bundle key each fills. */
export const ARTICLE_FILES = {
  'article.json': 'meta',
  'article.txt': 'text',
  'passages.json': 'passages',
  'mentions.json': 'mentions',
  'places.geojson': 'places',
  'events.json': 'events',
} as const satisfies Record<string, keyof RawArticleBundle>;

export type ArticleFile = keyof typeof ARTICLE_FILES;

/** A file's contents (and, when fetched, its bytes), or the reason it could not be read. */
export type FileRead = { ok: true; text: string; bytes?: Uint8Array } | { ok: false; reason: string };

/** JSON, or undefined when it does not parse. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** How long one file may take, headers and body, before it is reported as not answering. */
export const FETCH_TIMEOUT_MS = 10_000;

/** True when an issue says a file could not be fetched (worth a retry), not that its content is bad. */
export function isReadFailure(issue: ValidationIssue): boolean {
  return /^(could not be read|did not answer)\b/.test(issue.message);
}

/** Options for the loaders. */
export interface LoadOptions {
  /** Per-file bound in ms (default {@link FETCH_TIMEOUT_MS}); tests shorten it. */
  timeoutMs?: number;
}

/**
 * Decodes a file's bytes as UTF-8, the same way in the browser and in node: invalid UTF-8 and a
 * leading byte-order mark are refused. (A browser's `Response.text()` silently drops a BOM while
 * node keeps it as U+FEFF, so the two would disagree on the text and on every code-point offset.)
 */
export function decodeUtf8(bytes: Uint8Array): FileRead {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'not valid UTF-8' };
  }
  if (text.startsWith('\uFEFF'))
    return { ok: false, reason: 'starts with a byte-order mark (U+FEFF): save it as UTF-8 without a BOM' };
  return { ok: true, text };
}

/**
 * Parses the six files of a folder into a bundle. The bundle is `null` when any file is missing or
 * is not valid JSON; each such file gives one issue.
 */
export function parseArticleFiles(reads: Record<ArticleFile, FileRead>): {
  bundle: RawArticleBundle | null;
  issues: ValidationIssue[];
} {
  const issues: ValidationIssue[] = [];
  const bundle: Record<string, unknown> = {};
  for (const [file, key] of Object.entries(ARTICLE_FILES) as [ArticleFile, keyof RawArticleBundle][]) {
    const read = reads[file];
    if (!read.ok) {
      issues.push({ path: file, message: read.reason, severity: 'error' });
    } else if (key === 'text') {
      bundle.text = read.text;
    } else {
      try {
        bundle[key] = JSON.parse(read.text);
      } catch (e) {
        issues.push({ path: file, message: `not valid JSON (${errorText(e)})`, severity: 'error' });
      }
    }
  }
  return { bundle: issues.length ? null : (bundle as unknown as RawArticleBundle), issues };
}

async function fetchText(url: string, fetchImpl: typeof fetch, opts: LoadOptions): Promise<FileRead> {
  const ms = opts.timeoutMs ?? FETCH_TIMEOUT_MS;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new Error('timeout'));
  }, ms);
  try {
    const res = await fetchImpl(url, { signal: controller.signal });
    if (!res.ok) return { ok: false, reason: `could not be read: HTTP ${res.status} for ${url}` };
    const bytes = new Uint8Array(await res.arrayBuffer());
    const read = decodeUtf8(bytes);
    return read.ok ? { ...read, bytes } : read;
  } catch (e) {
    if (timedOut) return { ok: false, reason: `did not answer within ${ms / 1000} s: ${url}` };
    return { ok: false, reason: `could not be read: ${errorText(e)} for ${url}` };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Makes `anchor()` answer for every place of `model`: seeds the areas' anchors the build recorded
 * (only for files whose digests matched) and loads the area code (`carto/pole.ts`, polylabel and
 * turf's area) only when an area still has none: an unverified or edited article, an older manifest.
 */
export async function readyAnchors(
  model: ArticleModel,
  recorded: Record<string, [number, number]> | undefined,
): Promise<void> {
  for (const p of model.places) {
    const at = recorded?.[p.id];
    if (at) seedAnchor(p, at);
  }
  if (!model.places.every(anchorReady)) await import('../carto/pole.ts');
}

/**
 * Fetches, validates and builds article `id`. `model` is `null` when any file is missing or
 * unparseable or any issue is an error; `issues` holds everything found, warnings included.
 */
export async function loadArticle(
  baseUrl: string,
  id: string,
  fetchImpl: typeof fetch = fetch,
  opts: LoadOptions = {},
): Promise<{ model: ArticleModel | null; issues: ValidationIssue[] }> {
  if (!isValidId(id)) {
    const message = `not a valid article id: ${JSON.stringify(id)?.slice(0, 80)}`;
    return { model: null, issues: [{ path: 'article', message, severity: 'error' }] };
  }
  const files = Object.keys(ARTICLE_FILES) as ArticleFile[];
  // The build's manifest is asked for with the files; without it (dev, a remote article) they are validated.
  const [manifest, ...texts] = await Promise.all(
    [VERIFIED_FILE, ...files].map((f) => fetchText(`${baseUrl}geodata/${id}/${f}`, fetchImpl, opts)),
  );
  const { bundle, issues } = parseArticleFiles(
    Object.fromEntries(files.map((f, i) => [f, texts[i]!])) as Record<ArticleFile, FileRead>,
  );
  if (!bundle) return { model: null, issues };
  const verified = manifest!.ok ? readVerified(parseJson(manifest!.text)) : undefined;
  const bytes = Object.fromEntries(files.map((f, i) => [f, (texts[i] as { bytes?: Uint8Array }).bytes]));
  const trusted =
    Object.values(bytes).every((b) => b instanceof Uint8Array) &&
    (await matchesVerified(verified, bytes as Record<string, Uint8Array>));
  const found = trusted
    ? verified!.issues
    : await (await import('./validate.ts')).validateBundleAsync(bundle, { expectedId: id });
  if (hasErrors(found)) return { model: null, issues: found };
  try {
    const model = buildModel(bundle);
    await readyAnchors(model, trusted ? verified!.anchors : undefined);
    return { model, issues: found };
  } catch (e) {
    return {
      model: null,
      issues: [
        ...found,
        { path: 'bundle', message: `could not build the model: ${errorText(e)}`, severity: 'error' },
      ],
    };
  }
}

/**
 * The article ids listed in `${baseUrl}geodata/index.json` (`{ "articles": string[] }`, each a valid id:
 * an id becomes part of a URL path). Never rejects.
 */
export async function loadArticleIndex(
  baseUrl: string,
  fetchImpl: typeof fetch = fetch,
  opts: LoadOptions = {},
): Promise<{ articles: string[]; issues: ValidationIssue[] }> {
  const path = 'index.json';
  const read = await fetchText(`${baseUrl}geodata/${path}`, fetchImpl, opts);
  if (!read.ok) return { articles: [], issues: [{ path, message: read.reason, severity: 'error' }] };
  let json: unknown;
  try {
    json = JSON.parse(read.text);
  } catch (e) {
    return {
      articles: [],
      issues: [{ path, message: `not valid JSON (${errorText(e)})`, severity: 'error' }],
    };
  }
  const list =
    typeof json === 'object' && json !== null ? (json as { articles?: unknown }).articles : undefined;
  if (!Array.isArray(list) || !list.every(isValidId)) {
    return {
      articles: [],
      issues: [
        {
          path: `${path}.articles`,
          message: `expected an array of article ids, got ${JSON.stringify(list) ?? 'undefined'}`,
          severity: 'error',
        },
      ],
    };
  }
  return { articles: list as string[], issues: [] };
}

/** The article a page opens: the index's ids, the id chosen, and its model (or why there is none). */
export type Opening =
  | { ok: true; articles: string[]; id: string; model: ArticleModel | null; issues: ValidationIssue[] }
  | { ok: false; error: string };

/**
 * Reads the index, then article `requested` when the index lists it (else the index's first). Never
 * rejects: the entry starts it before the page mounts (`main.ts`, so the fetches run while the
 * interface strings load), and a rejection nobody awaited yet would be reported as unhandled.
 */
export async function openArticle(
  baseUrl: string,
  requested: string | undefined,
  fetchImpl: typeof fetch = fetch,
): Promise<Opening> {
  try {
    const index = await loadArticleIndex(baseUrl, fetchImpl);
    if (index.articles.length === 0) {
      const why = index.issues.map((i) => `${i.path}: ${i.message}`).join('; ');
      return { ok: false, error: why || 'geodata/index.json lists no articles' };
    }
    const id = requested && index.articles.includes(requested) ? requested : index.articles[0]!;
    const { model, issues } = await loadArticle(baseUrl, id, fetchImpl);
    return { ok: true, articles: index.articles, id, model, issues };
  } catch (e) {
    return { ok: false, error: errorText(e) };
  }
}

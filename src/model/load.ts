/**
 * Reads an article folder over HTTP (`${baseUrl}geodata/<id>/…`), validates it and builds the model.
 * Never rejects: a missing or unparseable file becomes an issue whose path is the file name.
 */
import { buildModel } from './build.ts';
import type { ArticleModel, RawArticleBundle, ValidationIssue } from './types.ts';
import { hasErrors, validateBundleAsync } from './validate.ts';

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

/** A file's contents, or the reason it could not be read. */
export type FileRead = { ok: true; text: string } | { ok: false; reason: string };

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

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

async function fetchText(url: string, fetchImpl: typeof fetch): Promise<FileRead> {
  try {
    const res = await fetchImpl(url);
    if (!res.ok) return { ok: false, reason: `could not be read: HTTP ${res.status} for ${url}` };
    return { ok: true, text: await res.text() };
  } catch (e) {
    return { ok: false, reason: `could not be read: ${errorText(e)} for ${url}` };
  }
}

/**
 * Fetches, validates and builds article `id`. `model` is `null` when any file is missing or
 * unparseable or any issue is an error; `issues` holds everything found, warnings included.
 */
export async function loadArticle(
  baseUrl: string,
  id: string,
  fetchImpl: typeof fetch = fetch,
): Promise<{ model: ArticleModel | null; issues: ValidationIssue[] }> {
  const files = Object.keys(ARTICLE_FILES) as ArticleFile[];
  const texts = await Promise.all(files.map((f) => fetchText(`${baseUrl}geodata/${id}/${f}`, fetchImpl)));
  const { bundle, issues } = parseArticleFiles(
    Object.fromEntries(files.map((f, i) => [f, texts[i]!])) as Record<ArticleFile, FileRead>,
  );
  if (!bundle) return { model: null, issues };
  const found = await validateBundleAsync(bundle, { expectedId: id });
  if (hasErrors(found)) return { model: null, issues: found };
  try {
    return { model: buildModel(bundle), issues: found };
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

/** The article ids listed in `${baseUrl}geodata/index.json` (`{ "articles": string[] }`). Never rejects. */
export async function loadArticleIndex(
  baseUrl: string,
  fetchImpl: typeof fetch = fetch,
): Promise<{ articles: string[]; issues: ValidationIssue[] }> {
  const path = 'index.json';
  const read = await fetchText(`${baseUrl}geodata/${path}`, fetchImpl);
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
  if (!Array.isArray(list) || !list.every((a) => typeof a === 'string' && a !== '')) {
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

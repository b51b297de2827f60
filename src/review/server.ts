/**
 * The review page's server side (node, dev server only): reading an article folder, validating and
 * saving it, and resolving gazetteer entries into place features.
 *
 * A save is refused unless it was made on the current version (`base`, the `version` the page read:
 * another tab may have saved since; 409), has only the five known top-level keys (400), and passes
 * the shipped validator (any error → 422, nothing written). Saves of one article run one at a time,
 * so of concurrent saves on one base exactly one is written. The files are replaced crash-safely by
 * `folder-commit.ts` (a journal; at every instant the article folder exists whole, old or new) and
 * the previous version is kept in `<previous>/<id>/`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isValidId } from '../model/ids.ts';
import { shippedLand } from '../model/land-node.ts';
import { sha256Hex, validateBundle } from '../model/validate.ts';
import type { RawArticleBundle, ValidationIssue } from '../model/types.ts';
import { type CommitStep, commitFolder, finishCommit } from './folder-commit.ts';

/** The JSON files a save replaces (article.txt is never written by the review page). */
export const SAVED_FILES = {
  meta: 'article.json',
  passages: 'passages.json',
  mentions: 'mentions.json',
  places: 'places.geojson',
  events: 'events.json',
} as const;
export type SavedKey = keyof typeof SAVED_FILES;

export interface ReviewPaths {
  /** The folder holding article folders (geodata/). */
  geodata: string;
  /** Where the previous version of each article is kept (`<previous>/<id>/`). */
  previous: string;
}

/**
 * The version of an article folder as saved: sha256 of its saved files' bytes (null when there is
 * no such article). A save names the version it was made on; any other write changes it.
 */
export function articleVersion(paths: ReviewPaths, id: string): string | null {
  if (!isValidId(id)) return null;
  const dir = join(paths.geodata, id);
  if (!existsSync(join(dir, 'article.json'))) return null;
  const h = createHash('sha256');
  for (const f of Object.values(SAVED_FILES)) {
    const bytes = existsSync(join(dir, f)) ? readFileSync(join(dir, f)) : Buffer.alloc(0);
    h.update(`${f}\u0000${bytes.length}\u0000`).update(bytes);
  }
  return h.digest('hex').slice(0, 32);
}

/** The article folder's files as JSON, with its text and version; null when there is no such article. */
export function readForReview(
  paths: ReviewPaths,
  id: string,
): (Record<SavedKey, unknown> & { text: string; version: string }) | null {
  const version = articleVersion(paths, id);
  if (version === null) return null;
  const dir = join(paths.geodata, id);
  const out = { text: readFileSync(join(dir, 'article.txt'), 'utf8'), version } as Record<
    SavedKey,
    unknown
  > & { text: string; version: string };
  for (const [k, f] of Object.entries(SAVED_FILES) as [SavedKey, string][])
    out[k] = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  return out;
}

export type SaveResult =
  | { ok: true; issues: ValidationIssue[]; version: string }
  | { ok: false; status: number; message: string; issues: ValidationIssue[] };

export interface SaveOptions {
  /**
   * The version the edit was made on ({@link articleVersion}); a save on any other is refused (409).
   * The HTTP endpoint always passes it; omitted only by node callers that own the folder.
   */
  base?: string;
  /** Test hook: called after each step of the write (`folder-commit.ts`); it throws or kills there. */
  hook?: (step: CommitStep) => void;
}

/**
 * The issues only node can find in `body` (the "point in the sea" check needs the basemap's land,
 * which never goes to the browser): the validator's issues with the land minus those without it.
 * The page shows them beside its own live validation.
 */
export function serverOnlyIssues(paths: ReviewPaths, id: string, body: unknown): ValidationIssue[] {
  if (!isValidId(id) || typeof body !== 'object' || body === null) return [];
  const dir = join(paths.geodata, id);
  if (!existsSync(join(dir, 'article.txt'))) return [];
  const b = body as Record<string, unknown>;
  const bundle: RawArticleBundle = {
    meta: b.meta,
    text: readFileSync(join(dir, 'article.txt'), 'utf8'),
    passages: b.passages,
    mentions: b.mentions,
    places: b.places,
    events: b.events,
  };
  const key = (i: ValidationIssue) => `${i.severity}\u0000${i.path}\u0000${i.message}`;
  const base = new Set(validateBundle(bundle, { expectedId: id }).map(key));
  return validateBundle(bundle, { expectedId: id, land: shippedLand() }).filter((i) => !base.has(key(i)));
}

/** Saves of one article, one at a time (per process): the tail of each article's queue. */
const queues = new Map<string, Promise<unknown>>();

/**
 * Validates `body` against the folder's text and writes it crash-safely, keeping the previous
 * version; refused when `options.base` is not the current version. Saves of one id are queued.
 */
export function saveReviewed(
  paths: ReviewPaths,
  id: string,
  body: unknown,
  options: SaveOptions = {},
): Promise<SaveResult> {
  const key = join(paths.geodata, id);
  const run = (queues.get(key) ?? Promise.resolve()).then(() => saveNow(paths, id, body, options));
  const tail = run.catch(() => {});
  queues.set(key, tail);
  void tail.then(() => {
    if (queues.get(key) === tail) queues.delete(key);
  });
  return run;
}

async function saveNow(
  paths: ReviewPaths,
  id: string,
  body: unknown,
  options: SaveOptions,
): Promise<SaveResult> {
  if (!isValidId(id))
    return { ok: false, status: 400, message: `bad article id ${JSON.stringify(id)}`, issues: [] };
  const dir = join(paths.geodata, id);
  if (!existsSync(join(dir, 'article.json')))
    return { ok: false, status: 404, message: `no article ${id}`, issues: [] };
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return { ok: false, status: 400, message: 'expected a JSON object', issues: [] };
  const b = body as Record<string, unknown>;
  const unknown = Object.keys(b).filter((k) => !Object.hasOwn(SAVED_FILES, k));
  if (unknown.length)
    return {
      ok: false,
      status: 400,
      message: `unknown top-level key${unknown.length > 1 ? 's' : ''} ${unknown
        .slice(0, 5)
        .map((k) => JSON.stringify(k))
        .join(', ')} (expected ${Object.keys(SAVED_FILES).join(', ')})`,
      issues: [],
    };
  if (options.base !== undefined && options.base !== articleVersion(paths, id))
    return {
      ok: false,
      status: 409,
      message:
        'another tab or tool saved this article after this page read it: reload to see the saved version',
      issues: [],
    };
  const text = readFileSync(join(dir, 'article.txt'), 'utf8');
  const bundle: RawArticleBundle = {
    meta: b.meta,
    text,
    passages: b.passages,
    mentions: b.mentions,
    places: b.places,
    events: b.events,
  };
  const issues = validateBundle(bundle, {
    textSha256: await sha256Hex(text),
    expectedId: id,
    land: shippedLand(),
  });
  if (issues.some((i) => i.severity === 'error'))
    return { ok: false, status: 422, message: 'not saved: the article has errors', issues };

  const files = Object.fromEntries(
    (Object.entries(SAVED_FILES) as [SavedKey, string][]).map(([k, f]) => [
      f,
      JSON.stringify(b[k], null, 2) + '\n',
    ]),
  );
  try {
    commitFolder(paths.geodata, id, files, {
      previous: join(paths.previous, id),
      ...(options.hook ? { hook: options.hook } : {}),
    });
  } catch (e) {
    // Before its journal a save is rolled back (the old files untouched); after it, it is finished
    // now, or else at the next start of the review server or ingest (recoverFolders).
    let finished = false;
    try {
      finished = finishCommit(paths.geodata, id);
    } catch (again) {
      return {
        ok: false,
        status: 500,
        message: `saved only in part (${(again as Error).message}): the next start of the review server finishes it`,
        issues,
      };
    }
    if (!finished) return { ok: false, status: 500, message: `not saved: ${(e as Error).message}`, issues };
  }
  return { ok: true, issues, version: articleVersion(paths, id)! };
}

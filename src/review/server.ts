/**
 * The review page's server side (node, dev server only): reading an article folder, validating and
 * saving it atomically, and resolving gazetteer entries into place features.
 *
 * A save is validated with the shipped validator first (any error → nothing written). Then every
 * file is written into a temporary folder beside the article, the current folder is moved to the
 * previous-version folder and the temporary one renamed into place: a crash or a failed write at
 * any step leaves either the old folder or the new one whole, never a mix.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isValidId } from '../model/ids.ts';
import { shippedLand } from '../model/land-node.ts';
import { sha256Hex, validateBundle } from '../model/validate.ts';
import type { RawArticleBundle, ValidationIssue } from '../model/types.ts';

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

/** The article folder's files as JSON, with its text; null when there is no such article. */
export function readForReview(
  paths: ReviewPaths,
  id: string,
): (Record<SavedKey, unknown> & { text: string }) | null {
  if (!isValidId(id)) return null;
  const dir = join(paths.geodata, id);
  if (!existsSync(join(dir, 'article.json'))) return null;
  const out = { text: readFileSync(join(dir, 'article.txt'), 'utf8') } as Record<SavedKey, unknown> & {
    text: string;
  };
  for (const [k, f] of Object.entries(SAVED_FILES) as [SavedKey, string][])
    out[k] = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  return out;
}

export type SaveResult =
  | { ok: true; issues: ValidationIssue[] }
  | { ok: false; status: number; message: string; issues: ValidationIssue[] };

/** Test hook: a step name at which the save throws, to check that an interrupted save loses nothing. */
export type FailAt = 'after-temp' | 'after-move-old';

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

/** Validates `body` against the folder's text and writes it atomically, keeping the previous version. */
export async function saveReviewed(
  paths: ReviewPaths,
  id: string,
  body: unknown,
  failAt?: FailAt,
): Promise<SaveResult> {
  if (!isValidId(id))
    return { ok: false, status: 400, message: `bad article id ${JSON.stringify(id)}`, issues: [] };
  const dir = join(paths.geodata, id);
  if (!existsSync(join(dir, 'article.json')))
    return { ok: false, status: 404, message: `no article ${id}`, issues: [] };
  if (typeof body !== 'object' || body === null)
    return { ok: false, status: 400, message: 'expected a JSON object', issues: [] };
  const b = body as Record<string, unknown>;
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

  const parent = dirname(dir);
  const tmp = join(parent, `.${id}.review-${process.pid}-${Date.now()}`);
  const old = join(parent, `.${id}.old-${process.pid}-${Date.now()}`);
  try {
    cpSync(dir, tmp, { recursive: true });
    for (const [k, f] of Object.entries(SAVED_FILES) as [SavedKey, string][])
      writeFileSync(join(tmp, f), JSON.stringify(b[k], null, 2) + '\n');
    if (failAt === 'after-temp') throw new Error('interrupted (test) after writing the temporary folder');
    renameSync(dir, old);
    if (failAt === 'after-move-old') throw new Error('interrupted (test) after moving the old folder');
    renameSync(tmp, dir);
  } catch (e) {
    // Roll back: the old folder goes back if it was moved; the temporary one is dropped.
    if (!existsSync(dir) && existsSync(old)) renameSync(old, dir);
    rmSync(tmp, { recursive: true, force: true });
    return { ok: false, status: 500, message: `not saved: ${(e as Error).message}`, issues };
  }
  const keep = join(paths.previous, id);
  rmSync(keep, { recursive: true, force: true });
  mkdirSync(dirname(keep), { recursive: true });
  renameSync(old, keep);
  return { ok: true, issues };
}

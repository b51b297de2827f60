/**
 * Node side of the build-verified articles (`verified.ts`): validates an article folder exactly as
 * the app's loader does (`validateBundleAsync` with the folder name as the expected id, no land) and,
 * when it has no error, records each file's sha256, the warnings and each area's anchor in
 * `<id>/verified.json`.
 */
import '../carto/pole.ts'; // areas' anchors (polylabel), kept off the reader's first view
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTICLE_FILES, decodeUtf8, parseArticleFiles, type ArticleFile, type FileRead } from './load.ts';
import { hasErrors, validateBundleAsync } from './validate.ts';
import { buildModel } from './build.ts';
import { anchor, isArea } from '../carto/geometry.ts';
import { VERIFIED_FILE, type VerifiedArticle } from './verified.ts';

/** What the build records for folder `dir` (article `id`), or null when it is unreadable or has an error. */
export async function verifyArticle(dir: string, id: string): Promise<VerifiedArticle | null> {
  const names = Object.keys(ARTICLE_FILES) as ArticleFile[];
  let bytes: Buffer[];
  try {
    bytes = names.map((f) => readFileSync(join(dir, f)));
  } catch {
    return null;
  }
  // The bytes hashed are the bytes validated (read once).
  const reads = Object.fromEntries(names.map((f, i) => [f, decodeUtf8(bytes[i]!)])) as Record<
    ArticleFile,
    FileRead
  >;
  const { bundle } = parseArticleFiles(reads);
  if (!bundle) return null;
  const issues = await validateBundleAsync(bundle, { expectedId: id });
  if (hasErrors(issues)) return null;
  const files: Record<string, string> = {};
  names.forEach((f, i) => (files[f] = createHash('sha256').update(bytes[i]!).digest('hex')));
  const anchors: Record<string, [number, number]> = {};
  for (const p of buildModel(bundle).places) if (isArea(p)) anchors[p.id] = anchor(p);
  return { files, issues, anchors };
}

/**
 * Writes `verified.json` into each folder `root/<id>` that validates without error (the build's
 * copies); returns the ids written.
 */
export async function writeVerified(root: string, ids: readonly string[]): Promise<string[]> {
  const written: string[] = [];
  for (const id of ids) {
    const entry = await verifyArticle(join(root, id), id);
    if (!entry) continue;
    writeFileSync(join(root, id, VERIFIED_FILE), JSON.stringify(entry));
    written.push(id);
  }
  return written;
}

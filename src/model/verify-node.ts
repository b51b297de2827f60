/**
 * Node side of the build-verified articles (`verified.ts`): validates an article folder exactly as
 * the app's loader does (`validateBundleAsync` with the folder name as the expected id, no land) and,
 * when it has no error, records each file's sha256 and the warnings, for `geodata/index.json`.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTICLE_FILES, decodeUtf8, parseArticleFiles, type ArticleFile, type FileRead } from './load.ts';
import { hasErrors, validateBundleAsync } from './validate.ts';
import type { VerifiedArticle, VerifiedArticles } from './verified.ts';

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
  return { files, issues };
}

/** The entries of `ids` under `root` that validate without error. */
export async function verifyArticles(root: string, ids: readonly string[]): Promise<VerifiedArticles> {
  const out: VerifiedArticles = {};
  for (const id of ids) {
    const entry = await verifyArticle(join(root, id), id);
    if (entry) out[id] = entry;
  }
  return out;
}

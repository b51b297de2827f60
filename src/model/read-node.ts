/**
 * Node counterpart of `load.ts` for the CLI and tests: reads an article folder from disk, decoding
 * with the same rule as the browser ({@link decodeUtf8}: a BOM or invalid UTF-8 is refused).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTICLE_FILES, decodeUtf8, parseArticleFiles, type ArticleFile, type FileRead } from './load.ts';
import type { RawArticleBundle, ValidationIssue } from './types.ts';

function readText(path: string): FileRead {
  try {
    return decodeUtf8(readFileSync(path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      ok: false,
      reason: code === 'ENOENT' ? 'file not found' : `could not be read: ${(e as Error).message}`,
    };
  }
}

/**
 * The bundle in folder `dir`, unvalidated; `null` with one issue per file when a file is missing or
 * is not valid JSON (issue path = the file name). Never throws.
 */
export function readArticleFromDisk(dir: string): {
  bundle: RawArticleBundle | null;
  issues: ValidationIssue[];
} {
  const reads = Object.fromEntries(
    (Object.keys(ARTICLE_FILES) as ArticleFile[]).map((f) => [f, readText(join(dir, f))]),
  ) as Record<ArticleFile, FileRead>;
  return parseArticleFiles(reads);
}

/**
 * Node side of the collection build (called by `geodata.plugin.ts`): reads every article folder,
 * validates and digests it — reusing the digest of a folder whose files have not changed since the
 * last build (a cache keyed by each file's size and mtime) — builds the indexes, and writes into a
 * folder only the files whose contents changed, removing the ones no longer produced.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, relative } from 'node:path';
import { readArticleFromDisk } from '../model/read-node.ts';
import { hasErrors, validateBundle } from '../model/validate.ts';
import { buildModel } from '../model/build.ts';
import { ARTICLE_FILES } from '../model/load.ts';
import { digestArticle, type ArticleDigest } from './digest.ts';
import { buildCollection, type BuildOptions } from './build-index.ts';

const CACHE_VERSION = 1;

/** The folder's files' sizes and mtimes: a digest is reused while this is unchanged. */
function stamp(dir: string): string {
  return Object.keys(ARTICLE_FILES)
    .map((f) => {
      try {
        const s = statSync(join(dir, f));
        return `${s.size}:${s.mtimeMs}`;
      } catch {
        return '-';
      }
    })
    .join('|');
}

export interface DigestRun {
  digests: ArticleDigest[];
  /** Article ids left out, with the first error. */
  skipped: { id: string; reason: string }[];
  /** Folders read and digested this run (the rest came from the cache). */
  read: number;
}

/** Digests of the articles `ids` under `root`, with a cache file (`null`: no cache). */
export function readDigests(root: string, ids: readonly string[], cacheFile: string | null): DigestRun {
  type Cache = {
    v: number;
    items: [id: string, stamp: string, digest: ArticleDigest | null, reason?: string][];
  };
  let old = new Map<string, Cache['items'][number]>();
  if (cacheFile && existsSync(cacheFile)) {
    try {
      const c = JSON.parse(readFileSync(cacheFile, 'utf8')) as Cache;
      if (c.v === CACHE_VERSION) old = new Map(c.items.map((i) => [i[0], i]));
    } catch {
      // A broken cache is rebuilt.
    }
  }
  const items: Cache['items'] = [];
  const run: DigestRun = { digests: [], skipped: [], read: 0 };
  for (const id of ids) {
    const dir = join(root, id);
    const st = stamp(dir);
    let item = old.get(id);
    if (!item || item[1] !== st) {
      run.read++;
      const { bundle, issues } = readArticleFromDisk(dir);
      const all = bundle ? validateBundle(bundle) : issues;
      if (!bundle || hasErrors(all)) {
        const first = all.find((i) => i.severity === 'error');
        item = [id, st, null, first ? `${first.path}: ${first.message}` : 'unreadable'];
      } else item = [id, st, digestArticle(buildModel(bundle))];
    }
    items.push(item);
    if (item[2]) run.digests.push(item[2]);
    else run.skipped.push({ id, reason: item[3] ?? 'invalid' });
  }
  if (cacheFile) {
    mkdirSync(dirname(cacheFile), { recursive: true });
    writeFileSync(cacheFile, JSON.stringify({ v: CACHE_VERSION, items }));
  }
  return run;
}

export interface WriteReport {
  files: number;
  bytes: number;
  written: number;
  unchanged: number;
  removed: number;
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)));
}

/** What {@link writeFiles} wrote last: each file's path, size and SHA-1 (kept beside the digest cache). */
type Written = [path: string, size: number, sha1: string][];

function readWritten(file: string | null): Map<string, [number, string]> {
  if (!file || !existsSync(file)) return new Map();
  try {
    return new Map((JSON.parse(readFileSync(file, 'utf8')) as Written).map(([p, n, h]) => [p, [n, h]]));
  } catch {
    return new Map(); // a broken record: every file is compared with the disk
  }
}

/**
 * Writes `files` into `dir`: only changed contents are written; files no longer produced are removed.
 * With `record` (a file outside `dir`), a file whose size and SHA-1 match what was written last
 * time and whose size on disk still matches is not read back: the 28,000 tiles of a large
 * collection made reading every file the slowest part of an incremental build.
 */
export function writeFiles(
  dir: string,
  files: ReadonlyMap<string, string | Uint8Array>,
  record: string | null = null,
): WriteReport {
  const report: WriteReport = { files: files.size, bytes: 0, written: 0, unchanged: 0, removed: 0 };
  for (const old of walk(dir))
    if (!files.has(old.split('\\').join('/'))) {
      rmSync(join(dir, old));
      report.removed++;
    }
  const last = readWritten(record);
  const written: Written = [];
  for (const [path, content] of files) {
    const file = join(dir, path);
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    const sha1 = createHash('sha1').update(bytes).digest('base64');
    written.push([path, bytes.length, sha1]);
    report.bytes += bytes.length;
    const prev = last.get(path);
    const same = prev
      ? prev[0] === bytes.length && prev[1] === sha1 && sizeOf(file) === bytes.length
      : existsSync(file) && readFileSync(file).equals(bytes);
    if (same) {
      report.unchanged++;
      continue;
    }
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, bytes);
    report.written++;
  }
  if (record) {
    mkdirSync(dirname(record), { recursive: true });
    writeFileSync(record, JSON.stringify(written));
  }
  return report;
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return -1;
  }
}

/** Reads, digests, indexes and writes the collection of `root` into `outDir`; returns what it did. */
export function buildCollectionDir(
  root: string,
  ids: readonly string[],
  outDir: string,
  cacheFile: string | null,
  o: Omit<BuildOptions, 'skipped'> = {},
): DigestRun & WriteReport & { ms: number } {
  const t0 = performance.now();
  const run = readDigests(root, ids, cacheFile);
  const files = buildCollection(run.digests, { ...o, skipped: run.skipped.length });
  const report = writeFiles(
    outDir,
    files,
    cacheFile ? cacheFile.replace(/(\.json)?$/, '-written.json') : null,
  );
  return { ...run, ...report, ms: Math.round(performance.now() - t0) };
}

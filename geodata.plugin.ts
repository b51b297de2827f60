/**
 * Serves `geodata/` at `/geodata/` in dev and copies it into the build, so articles and the
 * basemap stay data: a new article folder needs no code change. `geodata/sources/` (raw inputs of
 * the basemap script) is not shipped. `/geodata/index.json` lists the article ids.
 *
 * The atlas (issue 20): `/geodata/collection/` holds the collection's indexes (`src/collection/`),
 * built from every valid article at `vite build` (and on request in dev) into a cache folder that is
 * rewritten only where an index changed, then copied. `AA_GEODATA=<dir>` takes the article folders
 * from `<dir>` instead of `geodata/` (a synthetic collection for tests and benchmarks); the basemap
 * still comes from `geodata/`.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import { buildCollectionDir } from './src/collection/build-node.ts';
import { COLLECTION_DIR } from './src/collection/format.ts';
import { writeVerified } from './src/model/verify-node.ts';

const ROOT = resolve(import.meta.dirname, 'geodata');
/** Where the article folders are: `geodata/`, or `AA_GEODATA` for a synthetic collection. */
const articlesRoot = () => (process.env.AA_GEODATA ? resolve(process.env.AA_GEODATA) : ROOT);
const CACHE = resolve(import.meta.dirname, 'node_modules/.cache/article-atlas');

const cacheTag = (root: string) =>
  root === ROOT ? 'geodata' : createHash('sha1').update(root).digest('hex').slice(0, 10);

/**
 * Builds the collection of `root` into the cache folder (incrementally) and returns the folder;
 * logs what it did. Cards (`embed/<id>-card.png`) exist for the shipped articles only.
 */
export function buildCollectionCache(root = articlesRoot(), log = true): string {
  const tag = cacheTag(root);
  const out = join(CACHE, `collection-${tag}`);
  const r = buildCollectionDir(root, articleIds(root), out, join(CACHE, `digests-${tag}.json`), {
    hasCard: () => root === ROOT,
  });
  if (log)
    console.log(
      `collection: ${r.digests.length} articles (${r.read} read, ${r.skipped.length} invalid skipped), ` +
        `${r.files} files, ${(r.bytes / 1024).toFixed(0)} KiB: ${r.written} written, ${r.unchanged} unchanged, ` +
        `${r.removed} removed, ${r.ms} ms`,
    );
  return out;
}
const NOT_SHIPPED = new Set(['sources']);
const TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.txt': 'text/plain; charset=utf-8',
  '.pbf': 'application/x-protobuf',
  '.md': 'text/markdown; charset=utf-8',
};

/** Article ids: folders of `geodata/` holding an `article.json`, sorted. */
export function articleIds(root = ROOT): string[] {
  return readdirSync(root)
    .filter((d) => existsSync(join(root, d, 'article.json')))
    .sort();
}

/**
 * The default article, set explicitly in `geodata/site.json` (`{ "defaultArticle": "<id>" }`), so
 * adding a folder (say a demo whose id sorts first) never changes what a reader sees at `/`.
 * Throws when the file names no existing article: a build must not ship a silently wrong default.
 */
export function defaultArticle(root = ROOT): string | undefined {
  const file = join(root, 'site.json');
  if (!existsSync(file)) return undefined;
  const id = (JSON.parse(readFileSync(file, 'utf8')) as { defaultArticle?: unknown }).defaultArticle;
  if (typeof id !== 'string' || !articleIds(root).includes(id))
    throw new Error(`geodata/site.json: defaultArticle ${JSON.stringify(id)} is not an article folder`);
  return id;
}

/**
 * `geodata/index.json`: the article ids with the default first (the app and the embed open
 * `articles[0]` when the URL names none), then the others sorted; `default` names it.
 */
export function articleIndex(root = ROOT): { articles: string[]; default?: string } {
  const ids = articleIds(root);
  const first = defaultArticle(root);
  if (!first) return { articles: ids };
  return { articles: [first, ...ids.filter((id) => id !== first)], default: first };
}

/**
 * The file a `/geodata/…` request may read: inside `geodata/`, not in a folder that is not shipped,
 * or `'index'` for the generated index; null for anything else (bad escapes, `..`, `sources/`).
 */
export function shippedFile(url: string, root = ROOT): string | 'index' | null {
  let path: string;
  try {
    path = decodeURIComponent(url.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  const file = resolve(root, `.${path.startsWith('/') ? '' : '/'}${path}`);
  const rel = relative(root, file);
  if (rel === 'index.json') return 'index';
  if (rel === COLLECTION_DIR || rel.startsWith(`${COLLECTION_DIR}${sep}`)) return file;
  const top = rel.split(sep)[0] ?? '';
  if (!rel || rel.startsWith('..') || isAbsolute(rel) || NOT_SHIPPED.has(top)) return null;
  return file;
}

/** The cache folder of the current articles' collection, built once if missing. */
function collectionCache(): string {
  const root = articlesRoot();
  const dir = join(CACHE, `collection-${cacheTag(root)}`);
  return existsSync(join(dir, 'summary.json')) ? dir : buildCollectionCache(root);
}

function notFound(res: ServerResponse): void {
  res.statusCode = 404;
  res.setHeader('content-type', 'text/plain; charset=utf-8');
  res.end('not found');
}

export function geodataPlugin(): Plugin {
  let outDir = 'dist';
  let building = false;
  return {
    name: 'article-atlas-geodata',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      building = config.command === 'build';
    },
    configureServer(server) {
      server.middlewares.use('/geodata', (req, res, next) => {
        const url = req.url ?? '/';
        // Modules that import geodata (e.g. `attribution.json?import`) go through Vite's transform.
        if (/[?&]import\b/.test(url)) {
          next();
          return;
        }
        let file = shippedFile(url);
        if (file === 'index') {
          res.setHeader('content-type', TYPES['.json']!);
          res.end(JSON.stringify(articleIndex(articlesRoot())));
          return;
        }
        const rel = file ? relative(ROOT, file) : '';
        if (file && rel.startsWith(`${COLLECTION_DIR}${sep}`)) {
          // Rebuilt when the summary is asked for (cached digests make it cheap); shards read after.
          const dir =
            rel === join(COLLECTION_DIR, 'summary.json') ? buildCollectionCache() : collectionCache();
          file = join(dir, relative(COLLECTION_DIR, rel));
        } else if (file && articlesRoot() !== ROOT && articleIds(articlesRoot()).includes(rel.split(sep)[0]!))
          file = join(articlesRoot(), rel);
        if (!file || !existsSync(file) || !statSync(file).isFile()) {
          notFound(res);
          return;
        }
        res.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
        res.end(readFileSync(file));
      });
    },
    // `vite preview` serves the build; a missing data file must be a 404, never index.html with 200
    // (the map would count a tile answered with HTML as a broken map). The files that exist are left
    // to the preview's static server.
    configurePreviewServer(server) {
      const shipped = join(outDir, 'geodata');
      server.middlewares.use('/geodata', (req, res, next) => {
        const file = shippedFile(req.url ?? '/', shipped);
        const path = file === 'index' ? join(shipped, 'index.json') : file;
        if (path && existsSync(path) && statSync(path).isFile()) {
          next();
          return;
        }
        notFound(res);
      });
    },
    async closeBundle() {
      if (!building) return;
      const dest = join(outDir, 'geodata');
      const root = articlesRoot();
      const articles = new Set(articleIds(root));
      for (const entry of readdirSync(ROOT)) {
        if (NOT_SHIPPED.has(entry) || !statSync(join(ROOT, entry)).isDirectory()) continue;
        if (root !== ROOT && articleIds(ROOT).includes(entry)) continue;
        cpSync(join(ROOT, entry), join(dest, entry), { recursive: true });
      }
      if (root !== ROOT)
        for (const id of articles) cpSync(join(root, id), join(dest, id), { recursive: true });
      writeFileSync(join(dest, 'index.json'), JSON.stringify(articleIndex(root)));
      // Each valid article's file digests, from the copies shipped (the app then skips its validator).
      await writeVerified(dest, [...articles]);
      cpSync(buildCollectionCache(root), join(dest, COLLECTION_DIR), { recursive: true });
    },
  };
}

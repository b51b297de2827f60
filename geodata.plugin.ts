/**
 * Serves `geodata/` at `/geodata/` in dev and copies it into the build, so articles and the
 * basemap stay data: a new article folder needs no code change. `geodata/sources/` (raw inputs of
 * the basemap script) is not shipped. `/geodata/index.json` lists the article ids.
 */
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { Plugin } from 'vite';

const ROOT = resolve(import.meta.dirname, 'geodata');
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
        const url = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
        if (url === '/index.json') {
          res.setHeader('content-type', TYPES['.json']!);
          res.end(JSON.stringify({ articles: articleIds() }));
          return;
        }
        const file = normalize(join(ROOT, url));
        const top = url.split('/')[1] ?? '';
        if (!file.startsWith(ROOT) || NOT_SHIPPED.has(top) || !existsSync(file) || !statSync(file).isFile()) {
          next();
          return;
        }
        res.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
        res.end(readFileSync(file));
      });
    },
    closeBundle() {
      if (!building) return;
      const dest = join(outDir, 'geodata');
      for (const entry of readdirSync(ROOT)) {
        if (NOT_SHIPPED.has(entry) || !statSync(join(ROOT, entry)).isDirectory()) continue;
        cpSync(join(ROOT, entry), join(dest, entry), { recursive: true });
      }
      writeFileSync(join(dest, 'index.json'), JSON.stringify({ articles: articleIds() }));
    },
  };
}

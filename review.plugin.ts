/**
 * Dev-server-only endpoints of the review page (`npm run review -- <id>`); `apply: 'serve'`, so
 * nothing of it reaches a production build.
 *
 *   GET  /__review/api/article/<id>     the folder's files and text
 *   POST /__review/api/article/<id>     validate + save atomically (previous version kept)
 *   POST /__review/api/check/<id>       the issues only node can find (a point in the sea: the basemap's land)
 *   GET  /__review/api/gazetteer        the gazetteer (names, kinds, points) for search
 *   GET  /__review/api/place/<entryId>  a gazetteer entry as a proposed place feature (geometry resolved)
 */
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { parseGazetteer } from './src/ingest/gazetteer.ts';
import { geometryResolver } from './src/ingest/geometry.ts';
import { placeFeature } from './src/ingest/pipeline.ts';
import {
  readForReview,
  saveReviewed,
  serverOnlyIssues,
  type FailAt,
  type ReviewPaths,
} from './src/review/server.ts';

const ROOT = resolve(import.meta.dirname);
export const REVIEW_PATHS: ReviewPaths = {
  geodata: join(ROOT, 'geodata'),
  previous: join(ROOT, '.review-previous'),
};

/**
 * Where the page reads and saves. The browser tests point it at a temporary folder with
 * `AA_REVIEW_GEODATA` (and `AA_REVIEW_PREVIOUS`), so a test never writes into `geodata/`; the
 * gazetteer is always the repository's.
 */
export function reviewPaths(env: NodeJS.ProcessEnv = process.env): ReviewPaths & { gazetteer: string } {
  const geodata = env.AA_REVIEW_GEODATA ? resolve(env.AA_REVIEW_GEODATA) : REVIEW_PATHS.geodata;
  return {
    geodata,
    previous: env.AA_REVIEW_PREVIOUS ? resolve(env.AA_REVIEW_PREVIOUS) : REVIEW_PATHS.previous,
    gazetteer: join(REVIEW_PATHS.geodata, 'gazetteer.json'),
  };
}

/**
 * The save's test hook (`?failAt=after-temp|after-move-old`: the save throws at that step), honoured
 * only when `AA_REVIEW_TEST_HOOKS=1`, so a browser test can interrupt a save midway.
 */
export function failAtOf(url: URL, env: NodeJS.ProcessEnv = process.env): FailAt | undefined {
  if (env.AA_REVIEW_TEST_HOOKS !== '1') return undefined;
  const v = url.searchParams.get('failAt');
  return v === 'after-temp' || v === 'after-move-old' ? v : undefined;
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage, limit = 20 * 1024 * 1024): Promise<string> {
  const chunks: Buffer[] = [];
  let n = 0;
  for await (const c of req) {
    n += (c as Buffer).length;
    if (n > limit) throw new Error('request too large');
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function reviewPlugin(given?: ReviewPaths & { gazetteer?: string }): Plugin {
  return {
    name: 'article-atlas-review',
    apply: 'serve',
    configureServer(server) {
      const paths = { ...reviewPaths(), ...given };
      const gazetteerFile = paths.gazetteer ?? join(paths.geodata, 'gazetteer.json');
      server.middlewares.use('/__review/api', (req, res) => {
        void (async () => {
          const url = new URL(req.url ?? '/', 'http://x');
          const [, kind, id] = url.pathname.split('/');
          try {
            if (kind === 'article' && id && req.method === 'GET') {
              const a = readForReview(paths, id);
              return a ? send(res, 200, a) : send(res, 404, { message: `no article ${id}` });
            }
            if (kind === 'article' && id && req.method === 'POST') {
              let body: unknown;
              try {
                body = JSON.parse(await readBody(req));
              } catch (e) {
                return send(res, 400, { message: `bad JSON: ${(e as Error).message}` });
              }
              const r = await saveReviewed(paths, id, body, failAtOf(url));
              return send(res, r.ok ? 200 : r.status, r);
            }
            if (kind === 'check' && id && req.method === 'POST') {
              let body: unknown;
              try {
                body = JSON.parse(await readBody(req));
              } catch (e) {
                return send(res, 400, { message: `bad JSON: ${(e as Error).message}` });
              }
              return send(res, 200, { issues: serverOnlyIssues(paths, id, body) });
            }
            const g = parseGazetteer(JSON.parse(readFileSync(gazetteerFile, 'utf8')));
            if (kind === 'gazetteer' && req.method === 'GET')
              return send(
                res,
                200,
                g.entries.map((e) => ({ id: e.id, names: e.names, kind: e.kind, point: e.point })),
              );
            if (kind === 'place' && id && req.method === 'GET') {
              const e = g.entries.find((x) => x.id === id);
              if (!e) return send(res, 404, { message: `no gazetteer entry ${id}` });
              return send(res, 200, placeFeature(e, geometryResolver(ROOT)(e), 'reviewer choice'));
            }
            send(res, 404, { message: 'not found' });
          } catch (e) {
            send(res, 500, { message: (e as Error).message });
          }
        })();
      });
    },
  };
}

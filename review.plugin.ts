/**
 * Dev-server-only endpoints of the review page (`npm run review -- <id>`); `apply: 'serve'`, so
 * nothing of it reaches a production build.
 *
 *   GET  /__review/api/article/<id>     the folder's files and text
 *   POST /__review/api/article/<id>     validate + save atomically (previous version kept)
 *   POST /__review/api/check/<id>       the issues only node can find (a point in the sea: the basemap's land)
 *   GET  /__review/api/gazetteer        the shipped gazetteer (names, kinds, points)
 *   POST /__review/api/search           search the shipped gazetteer with the world index (GeoNames):
 *                                       `{ query, near?, limit? }` → `{ results }` (place-search.ts)
 *   GET  /__review/api/place/<entryId>  a gazetteer entry (shipped or `geonames-<id>`) as a proposed
 *                                       place feature (geometry resolved, its source and licence kept)
 *
 * Only the review page may use them (issue 19.1). Every request to the API and to review.html passes
 * {@link guardRequest}: a request a browser marks as coming from another origin (`Origin`, or
 * `Sec-Fetch-Site` other than `same-origin`/`none`) is refused with 403 and without the CORS headers
 * Vite's dev server adds (its default lets any localhost page read); so no other page can read the
 * page (which carries the token) or the draft. Every API request also needs the per-run token
 * (`x-review-token`), which the server puts into review.html as `<meta name="aa-review-token">`; a
 * POST needs `content-type: application/json` (415), a body of at most {@link MAX_BODY} bytes (413)
 * and, for a save, `if-match: <version>` (the version the page read: 428 without, 409 when another
 * save came first). The Host header is checked by Vite (`server.allowedHosts`: DNS rebinding).
 * On start, an interrupted save is finished or rolled back (folder-commit.ts) and said so.
 *
 * The world index (`worldEntries()` with `withWorld`, ~68,000 places, a few seconds and a few hundred
 * MB) is built once, on the first search or the first world place asked for, never at start; a search
 * request is checked before it is built.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { worldEntries } from './scripts/gazetteer/geonames.ts';
import { parseGazetteer, withWorld } from './src/ingest/gazetteer.ts';
import { geometryResolver } from './src/ingest/geometry.ts';
import { placeFeature } from './src/ingest/pipeline.ts';
import type { GazetteerEntry } from './src/ingest/types.ts';
import { commitSteps, recoverFolders, type CommitStep } from './src/review/folder-commit.ts';
import {
  parseSearchRequest,
  searchIndex,
  searchPlaces,
  type SearchIndex,
} from './src/review/place-search.ts';
import {
  readForReview,
  SAVED_FILES,
  saveReviewed,
  serverOnlyIssues,
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

/** Largest request body the API reads (the shipped articles' five files are under 1 MiB together). */
export const MAX_BODY = 8 * 1024 * 1024;

const STEPS: readonly string[] = commitSteps(Object.values(SAVED_FILES));

/**
 * The save's test hook (`?failAt=<step>`, a step of folder-commit.ts: the save throws there), honoured
 * only when `AA_REVIEW_TEST_HOOKS=1`, so a browser test can interrupt a save midway.
 */
export function failAtOf(url: URL, env: NodeJS.ProcessEnv = process.env): CommitStep | undefined {
  if (env.AA_REVIEW_TEST_HOOKS !== '1') return undefined;
  const v = url.searchParams.get('failAt');
  return v !== null && STEPS.includes(v) ? (v as CommitStep) : undefined;
}

/** What {@link guardRequest} reads of a request. */
export interface GuardedRequest {
  method?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
}

const header = (req: GuardedRequest, name: string): string | undefined => {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
};

/**
 * Why a request to the review page or its API must be refused (`{ status, message }`), or null.
 * `token` is the run's token, required when `api` is true.
 */
export function guardRequest(
  req: GuardedRequest,
  token: string,
  api: boolean,
): { status: number; message: string } | null {
  const origin = header(req, 'origin');
  const host = header(req, 'host');
  if (origin !== undefined) {
    let same = false;
    try {
      same = host !== undefined && new URL(origin).host === host;
    } catch {
      same = false;
    }
    if (!same) return { status: 403, message: `refused: request from another origin (${origin})` };
  }
  const site = header(req, 'sec-fetch-site');
  if (site !== undefined && site !== 'same-origin' && site !== 'none')
    return { status: 403, message: `refused: request from another site (sec-fetch-site: ${site})` };
  if (!api) return null;
  if (header(req, 'x-review-token') !== token)
    return { status: 403, message: 'refused: missing or wrong review token (open the review page itself)' };
  if (req.method === 'POST') {
    const type = header(req, 'content-type') ?? '';
    if (!/^application\/json\s*(;|$)/i.test(type))
      return { status: 415, message: `expected content-type application/json, got ${JSON.stringify(type)}` };
  }
  return null;
}

/** Removes the CORS headers Vite's dev server set before the request reached the review plugin. */
function dropCors(res: ServerResponse) {
  for (const h of res.getHeaderNames()) if (h.startsWith('access-control-')) res.removeHeader(h);
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

class TooLarge extends Error {}

async function readBody(req: IncomingMessage, limit = MAX_BODY): Promise<string> {
  if (Number(req.headers['content-length'] ?? 0) > limit) throw new TooLarge();
  const chunks: Buffer[] = [];
  let n = 0;
  for await (const c of req) {
    n += (c as Buffer).length;
    if (n > limit) throw new TooLarge();
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The JSON body, or the response already sent (400 bad JSON, 413 too large). */
async function jsonBody(req: IncomingMessage, res: ServerResponse): Promise<{ body: unknown } | null> {
  try {
    return { body: JSON.parse(await readBody(req)) };
  } catch (e) {
    if (e instanceof TooLarge) {
      res.setHeader('connection', 'close');
      send(res, 413, { message: `request larger than ${MAX_BODY} bytes` });
    } else send(res, 400, { message: `bad JSON: ${(e as Error).message}` });
    return null;
  }
}

/**
 * The review plugin. `given` overrides the folders; `world` the world index's entries (tests pass a
 * small table; by default GeoNames, read when first needed).
 */
export function reviewPlugin(
  given?: ReviewPaths & { gazetteer?: string },
  world: () => readonly GazetteerEntry[] = worldEntries,
): Plugin {
  // One token per run of the dev server: only the page it serves knows it.
  const token = randomBytes(24).toString('base64url');
  let index: SearchIndex | null = null;
  return {
    name: 'article-atlas-review',
    apply: 'serve',
    transformIndexHtml: {
      order: 'pre',
      handler: (html, ctx) =>
        ctx.path === '/review.html'
          ? html.replace(
              /<head[^>]*>/i,
              (h) => `${h}\n    <meta name="aa-review-token" content="${token}" />`,
            )
          : html,
    },
    configureServer(server) {
      const paths = { ...reviewPaths(), ...given };
      const gazetteerFile = paths.gazetteer ?? join(paths.geodata, 'gazetteer.json');
      for (const line of recoverFolders(paths.geodata)) server.config.logger.warn(`review: ${line}`);
      // review.html carries the token: no other origin may read it, nor frame it.
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '/').split('?')[0]!;
        if (path !== '/review.html' && !path.startsWith('/__review/')) return next();
        dropCors(res);
        res.setHeader('content-security-policy', "frame-ancestors 'self'");
        const refused = guardRequest(req, token, path.startsWith('/__review/api'));
        if (refused) return send(res, refused.status, refused);
        next();
      });
      server.middlewares.use('/__review/api', (req, res) => {
        void (async () => {
          const url = new URL(req.url ?? '/', 'http://x');
          const [, kind, id] = url.pathname.split('/');
          try {
            if (kind === 'article' && id && req.method === 'GET') {
              const a = readForReview(paths, id);
              if (a) res.setHeader('etag', `"${a.version}"`);
              return a ? send(res, 200, a) : send(res, 404, { message: `no article ${id}` });
            }
            if (kind === 'article' && id && req.method === 'POST') {
              const base = /^"?([^"]*)"?$/.exec(String(req.headers['if-match'] ?? ''))![1]!;
              if (!base)
                return send(res, 428, {
                  message: 'if-match: <version> is required (the version the page read)',
                });
              const got = await jsonBody(req, res);
              if (!got) return;
              const failAt = failAtOf(url);
              const hook = failAt
                ? (step: CommitStep) => {
                    if (step === failAt) throw new Error(`interrupted (test) after ${step}`);
                  }
                : undefined;
              const r = await saveReviewed(paths, id, got.body, { base, ...(hook ? { hook } : {}) });
              return send(res, r.ok ? 200 : r.status, r);
            }
            if (kind === 'check' && id && req.method === 'POST') {
              const got = await jsonBody(req, res);
              if (!got) return;
              return send(res, 200, { issues: serverOnlyIssues(paths, id, got.body) });
            }
            const g = parseGazetteer(JSON.parse(readFileSync(gazetteerFile, 'utf8')));
            const searchable = () => (index ??= searchIndex(withWorld(g.entries, world())));
            if (kind === 'search' && !id && req.method === 'POST') {
              const got = await jsonBody(req, res);
              if (!got) return;
              const q = parseSearchRequest(got.body);
              if (typeof q === 'string') return send(res, 400, { message: q });
              return send(res, 200, { results: searchPlaces(searchable(), q) });
            }
            if (kind === 'gazetteer' && req.method === 'GET')
              return send(
                res,
                200,
                g.entries.map((e) => ({ id: e.id, names: e.names, kind: e.kind, point: e.point })),
              );
            if (kind === 'place' && id && req.method === 'GET') {
              const e =
                g.entries.find((x) => x.id === id) ??
                (id.startsWith('geonames-') ? searchable().byId.get(id) : undefined);
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

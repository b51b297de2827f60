/**
 * Opens the review page for an article in the dev server:
 *
 *   npm run review -- <id> [--port N] [--no-open]
 *
 * Starts Vite (the review page and its save endpoint exist only in the dev server, never in a
 * production build), prints the page's URL and opens it in the default browser when one can be
 * started (xdg-open / open), otherwise only prints it. Exits 2 when there is no such article.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createServer } from 'vite';
import { isValidId } from '../src/model/ids.ts';
import { reviewPaths } from '../review.plugin.ts';

const ROOT = resolve(import.meta.dirname, '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { port: { type: 'string' }, 'no-open': { type: 'boolean', default: false } },
});
const id = positionals[0];
// The same folder the page reads and saves (AA_REVIEW_GEODATA when set, as with `ingest --out`).
const { geodata } = reviewPaths();
if (!id || !isValidId(id) || !existsSync(join(geodata, id, 'article.json'))) {
  console.error(
    `review: no article folder ${join(geodata, id ?? '<id>')}/ (run npm run ingest -- <article.txt> --id <id> first)`,
  );
  process.exit(2);
}
const server = await createServer({ root: ROOT, server: { port: values.port ? Number(values.port) : 5174 } });
await server.listen();
const base = server.resolvedUrls?.local[0] ?? `http://localhost:${server.config.server.port}/`;
const url = `${base}review.html?id=${encodeURIComponent(id)}`;
console.log(`review: ${url}`);
if (!values['no-open']) {
  const opener = process.platform === 'darwin' ? 'open' : 'xdg-open';
  const child = spawn(opener, [url], { stdio: 'ignore', detached: true });
  child.on('error', () => console.log('review: open the URL above in a browser'));
  child.unref();
}

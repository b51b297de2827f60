/**
 * Writes a synthetic collection (see `src/collection/synth.ts`) for tests and benchmarks:
 *
 *   npx tsx scripts/synth-collection.ts --out /tmp/aa-collection --count 300 [--seed 20]
 *
 * then build it with `AA_GEODATA=/tmp/aa-collection AA_DIST=/tmp/aa-dist npx vite build --outDir /tmp/aa-dist`.
 * Refuses to write under `geodata/` (a synthetic collection is never shipped) and into a folder that
 * holds anything but generated articles.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, isAbsolute } from 'node:path';
import { parseArgs } from 'node:util';
import { parseGazetteer } from '../src/ingest/gazetteer.ts';
import { synthCollection } from '../src/collection/synth.ts';

const ROOT = resolve(import.meta.dirname, '..');

/** Why `out` may not receive a synthetic collection, or null. */
export function refuseOut(out: string, root = ROOT): string | null {
  const rel = relative(join(root, 'geodata'), resolve(out));
  if (rel === '' || (!rel.startsWith('..') && !isAbsolute(rel)))
    return `${out} is under geodata/: a synthetic collection is never shipped`;
  if (existsSync(out) && readdirSync(out).some((d) => !/^synth-\d{5}$/.test(d)))
    return `${out} holds files that are not generated articles; choose an empty folder`;
  return null;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      count: { type: 'string', default: '300' },
      seed: { type: 'string', default: '20' },
    },
  });
  const count = Number(values.count);
  if (!values.out || !Number.isInteger(count) || count < 1) {
    console.error('usage: synth-collection --out DIR --count N [--seed S]');
    process.exit(2);
  }
  const refusal = refuseOut(values.out);
  if (refusal) {
    console.error(refusal);
    process.exit(2);
  }
  const t0 = performance.now();
  const gaz = parseGazetteer(JSON.parse(readFileSync(join(ROOT, 'geodata/gazetteer.json'), 'utf8')));
  const sha256 = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex');
  const articles = synthCollection(gaz.entries, { count, seed: Number(values.seed), sha256 });
  rmSync(values.out, { recursive: true, force: true });
  for (const a of articles) {
    const dir = join(values.out, a.id);
    mkdirSync(dir, { recursive: true });
    for (const [f, text] of Object.entries(a.files)) writeFileSync(join(dir, f), text);
  }
  const ms = Math.round(performance.now() - t0);
  console.log(`${articles.length} synthetic articles in ${values.out} (${ms} ms)`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();

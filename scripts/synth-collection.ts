/**
 * Writes a synthetic collection (see `src/collection/synth.ts`) for tests and benchmarks:
 *
 *   npx tsx scripts/synth-collection.ts --out /tmp/aa-collection --count 300 [--seed 20] [--places world|shipped]
 *
 * Places come from the shipped gazetteer and the world index (GeoNames cities500, built in memory
 * from the installed package, 3–9 s; `--places shipped` leaves it out for a quick small run).
 * then build it with `AA_GEODATA=/tmp/aa-collection AA_DIST=/tmp/aa-dist npx vite build --outDir /tmp/aa-dist`.
 * Refuses to write under `geodata/` (a synthetic collection is never shipped) and into a folder that
 * holds anything but generated articles.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, isAbsolute } from 'node:path';
import { parseArgs } from 'node:util';
import { parseGazetteer } from '../src/ingest/gazetteer.ts';
import type { GazetteerEntry } from '../src/ingest/types.ts';
import { synthCollection } from '../src/collection/synth.ts';
import { worldEntries } from './gazetteer/geonames.ts';

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

/** The places a synthetic collection draws from: the shipped gazetteer, and the world index unless `world` is false. */
export function synthPlaces(world = true, root = ROOT): GazetteerEntry[] {
  const gaz = parseGazetteer(JSON.parse(readFileSync(join(root, 'geodata/gazetteer.json'), 'utf8')));
  return world ? [...gaz.entries, ...worldEntries()] : gaz.entries;
}

/** Distinct places (by gazetteer id) and mentions over generated articles. */
export function placeFigures(articles: readonly { files: Record<string, string> }[]): {
  places: number;
  mentions: number;
} {
  const places = new Set<string>();
  let mentions = 0;
  for (const a of articles) {
    for (const f of JSON.parse(a.files['places.geojson']!).features) places.add(f.properties.gazetteer_id);
    mentions += (JSON.parse(a.files['mentions.json']!) as unknown[]).length;
  }
  return { places: places.size, mentions };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      count: { type: 'string', default: '300' },
      seed: { type: 'string', default: '20' },
      places: { type: 'string', default: 'world' },
    },
  });
  const count = Number(values.count);
  if (
    !values.out ||
    !Number.isInteger(count) ||
    count < 1 ||
    (values.places !== 'world' && values.places !== 'shipped')
  ) {
    console.error('usage: synth-collection --out DIR --count N [--seed S] [--places world|shipped]');
    process.exit(2);
  }
  const refusal = refuseOut(values.out);
  if (refusal) {
    console.error(refusal);
    process.exit(2);
  }
  const t0 = performance.now();
  const entries = synthPlaces(values.places === 'world');
  const sha256 = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex');
  const articles = synthCollection(entries, { count, seed: Number(values.seed), sha256 });
  rmSync(values.out, { recursive: true, force: true });
  for (const a of articles) {
    const dir = join(values.out, a.id);
    mkdirSync(dir, { recursive: true });
    for (const [f, text] of Object.entries(a.files)) writeFileSync(join(dir, f), text);
  }
  const ms = Math.round(performance.now() - t0);
  const { places, mentions } = placeFigures(articles);
  console.log(
    `${articles.length} synthetic articles in ${values.out} (${ms} ms): ${mentions} mentions, ` +
      `${places} distinct places drawn from ${entries.length} gazetteer entries`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();

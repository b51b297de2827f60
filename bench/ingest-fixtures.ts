/**
 * The fixture part of bench/ingest.ts: every article of tests/fixtures/ingest/bench/ ingested with
 * the shipped gazetteer plus the world index, scored by ingest-score.ts. Returns the exit code.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { worldParts } from '../scripts/gazetteer/geonames.ts';
import { subdivisionNames } from '../scripts/gazetteer/subdivisions.ts';
import { findDates } from '../src/ingest/dates.ts';
import { parseGazetteer, withWorld } from '../src/ingest/gazetteer.ts';
import { geometryResolver } from '../src/ingest/geometry.ts';
import { buildIndex } from '../src/ingest/match.ts';
import { ingest } from '../src/ingest/pipeline.ts';
import { score, type Labels } from './ingest-score.ts';

const pct = (a: number, b: number) => `${a}/${b} = ${b ? ((100 * a) / b).toFixed(1) : '—'}%`;

export function benchFixtures(root: string, which: string): number {
  const dir = join(root, 'tests', 'fixtures', 'ingest', 'bench');
  let t0 = performance.now();
  const g = parseGazetteer(JSON.parse(readFileSync(join(root, 'geodata', 'gazetteer.json'), 'utf8')));
  const { entries: world, villages } = worldParts();
  const tWorld = performance.now() - t0;
  t0 = performance.now();
  const index = buildIndex(withWorld(g.entries, world), g.organisations, villages, subdivisionNames());
  console.log(
    `index: ${index.entries.size} entries (${world.length} from GeoNames and ${villages.length} villages read only after a cue, built in ${tWorld.toFixed(0)} ms; merged and indexed in ${(performance.now() - t0).toFixed(0)} ms); heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`,
  );
  const geometryOf = geometryResolver(root);
  const totals = new Map<
    string,
    {
      want: number;
      got: number;
      found: number;
      correct: number;
      dw: number;
      dr: number;
      dg: number;
      n: number;
    }
  >();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const id = file.replace(/\.json$/u, '');
    const labels = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Labels;
    if (which !== 'all' && labels.set !== which) continue;
    const text = readFileSync(join(dir, `${id}.txt`), 'utf8');
    t0 = performance.now();
    const { folder } = ingest({
      text,
      id,
      lang: labels.lang,
      published: labels.published,
      index,
      geometryOf,
      sha256: createHash('sha256').update(text).digest('hex'),
      today: '2026-12-01',
    });
    const ms = performance.now() - t0;
    const dates = findDates(text, {
      lang: labels.lang,
      within: folder.passages,
      published: labels.published,
    });
    const s = score(text, labels, folder, dates, index);
    console.log(
      `${labels.set} ${id}: recall ${pct(s.mentions.found, s.mentions.want)}, precision ${pct(s.mentions.correct, s.mentions.got)}, dates ${pct(s.dates.right, s.dates.want)} (${s.dates.got} found); ${ms.toFixed(0)} ms`,
    );
    for (const m of s.misses) console.log(m);
    const t = totals.get(labels.set) ?? { want: 0, got: 0, found: 0, correct: 0, dw: 0, dr: 0, dg: 0, n: 0 };
    t.want += s.mentions.want;
    t.got += s.mentions.got;
    t.found += s.mentions.found;
    t.correct += s.mentions.correct;
    t.dw += s.dates.want;
    t.dr += s.dates.right;
    t.dg += s.dates.got;
    t.n++;
    totals.set(labels.set, t);
  }
  for (const [set, t] of totals)
    console.log(
      `${set} (${t.n} articles): recall ${pct(t.found, t.want)}, precision ${pct(t.correct, t.got)}, dates ${pct(t.dr, t.dw)} (${t.dg} date expressions found)`,
    );
  if (totals.size === 0) {
    console.error(`no fixture article scored (set ${which}) in ${dir}`);
    return 1;
  }
  return 0;
}

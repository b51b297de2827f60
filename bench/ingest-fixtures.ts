/**
 * The fixture part of bench/ingest.ts: every article of tests/fixtures/ingest/bench/ ingested with
 * the shipped gazetteer plus the world index, scored by ingest-score.ts. Recall and precision are
 * printed with the identities of `new:` labels (`identities.json`: the source's place a reader found
 * for a label written as new) and its seat readings (what a bare name that is both a first-level unit
 * and its seat city means in the text) and, beside them, as labelled; per article, per set and for
 * all sets.
 * Returns the exit code.
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
import { IDENTITIES_FILE, identitiesOf, score, seatsOf, type Labels } from './ingest-score.ts';

const pct = (a: number, b: number) => `${a}/${b} = ${b ? ((100 * a) / b).toFixed(1) : '—'}%`;
/** A figure with identities, and beside it the same figure as labelled (no identity). */
const both = (a: number, labelled: number, b: number) => `${pct(a, b)} (as labelled ${labelled}/${b})`;

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
      foundL: number;
      correctL: number;
      dw: number;
      dr: number;
      dg: number;
      n: number;
    }
  >();
  const identities: unknown = JSON.parse(readFileSync(join(dir, IDENTITIES_FILE), 'utf8'));
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== IDENTITIES_FILE)
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
    const s = score(
      text,
      labels,
      folder,
      dates,
      index,
      identitiesOf(identities, id),
      seatsOf(identities, id),
    );
    const m = s.mentions;
    console.log(
      `${labels.set} ${id}: recall ${both(m.found, m.asLabelled.found, m.want)}, precision ${both(m.correct, m.asLabelled.correct, m.got)}, dates ${pct(s.dates.right, s.dates.want)} (${s.dates.got} found); ${ms.toFixed(0)} ms`,
    );
    for (const line of s.misses) console.log(line);
    for (const key of which === 'all' ? [labels.set, 'all sets'] : [labels.set]) {
      const t = totals.get(key) ?? {
        want: 0,
        got: 0,
        found: 0,
        correct: 0,
        foundL: 0,
        correctL: 0,
        dw: 0,
        dr: 0,
        dg: 0,
        n: 0,
      };
      t.want += m.want;
      t.got += m.got;
      t.found += m.found;
      t.correct += m.correct;
      t.foundL += m.asLabelled.found;
      t.correctL += m.asLabelled.correct;
      t.dw += s.dates.want;
      t.dr += s.dates.right;
      t.dg += s.dates.got;
      t.n++;
      totals.set(key, t);
    }
  }
  const sets = [...totals].sort(([a], [b]) => (a === 'all sets' ? 1 : 0) - (b === 'all sets' ? 1 : 0));
  for (const [set, t] of sets)
    console.log(
      `${set} (${t.n} articles): recall ${both(t.found, t.foundL, t.want)}, precision ${both(t.correct, t.correctL, t.got)}, dates ${pct(t.dr, t.dw)} (${t.dg} date expressions found)`,
    );
  if (totals.size === 0) {
    console.error(`no fixture article scored (set ${which}) in ${dir}`);
    return 1;
  }
  return 0;
}

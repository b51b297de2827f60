/**
 * Ingestion benchmark: time per 5,000-word article, and recall and precision of the proposed
 * mentions against a reviewed article (right place and role), with the shipped gazetteer and with a
 * leave-one-out gazetteer built without that article's reviewed places (the honest figure for a
 * new article). Prints figures; asserts nothing.
 *
 *   npx tsx bench/ingest.ts [article-id]      (default: hasakah-prison-us-statement-2022)
 *   npx tsx bench/ingest.ts --fixtures [tuned|held-out|held-out-2|…|held-out-55|all]
 *
 * `--fixtures`: the synthetic articles of tests/fixtures/ingest/bench/ (other regions and both
 * languages, hand-labelled; see its README), ingested with the shipped gazetteer and the world index
 * (GeoNames): recall and precision of place mentions with the right place (headline included), and
 * date accuracy, per article and per set (`tuned`: used while developing; `held-out`: not). Exits
 * non-zero when no article was scored.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { bbox as turfBbox, distance } from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import { parseGazetteer } from '../src/ingest/gazetteer.ts';
import { geometryResolver } from '../src/ingest/geometry.ts';
import { buildIndex, type MatchIndex } from '../src/ingest/match.ts';
import { ingest, type DraftMention } from '../src/ingest/pipeline.ts';
import { benchFixtures } from './ingest-fixtures.ts';

const ROOT = resolve(import.meta.dirname, '..');
if (process.argv[2] === '--fixtures') {
  process.exit(benchFixtures(ROOT, process.argv[3] ?? 'all'));
}
const ID = process.argv[2] ?? 'hasakah-prison-us-statement-2022';
const DIR = join(ROOT, 'geodata', ID);
const text = readFileSync(join(DIR, 'article.txt'), 'utf8');
const meta = JSON.parse(readFileSync(join(DIR, 'article.json'), 'utf8'));
const reviewed = JSON.parse(readFileSync(join(DIR, 'mentions.json'), 'utf8')) as DraftMention[];
const reviewedEvents = JSON.parse(readFileSync(join(DIR, 'events.json'), 'utf8')) as {
  origin: string;
  date: string;
}[];
const lang = meta.language === 'en' ? 'en' : 'ar';
const published = meta.published?.date as string | undefined;

const loadIndex = (file: string): MatchIndex => {
  const g = parseGazetteer(JSON.parse(readFileSync(file, 'utf8')));
  return buildIndex(g.entries, g.organisations);
};
const geometryOf = geometryResolver(ROOT);
const run = (t: string, index: MatchIndex) =>
  ingest({
    text: t,
    id: 'bench',
    lang,
    ...(published ? { published } : {}),
    outlet: meta.outlet?.asDelivered,
    index,
    geometryOf,
    sha256: createHash('sha256').update(t).digest('hex'),
    today: '2026-12-01',
  });

const reviewedPlaces = JSON.parse(readFileSync(join(DIR, 'places.geojson'), 'utf8')) as FeatureCollection;
const family = (k: unknown) => (['city', 'town', 'village'].includes(String(k)) ? 'settlement' : String(k));

/**
 * The reviewed place a proposed gazetteer entry stands for: the same id, or (leave-one-out, where
 * ids differ) the same kind family with the entry's point inside the reviewed area's box or within
 * 25 km of the reviewed point.
 */
function sameAs(index: MatchIndex, placeId: string): string | null {
  if (reviewedPlaces.features.some((f) => f.id === placeId)) return placeId;
  const e = index.entries.get(placeId);
  if (!e) return null;
  for (const f of reviewedPlaces.features) {
    if (family(f.properties?.kind) !== family(e.kind) || !f.geometry) continue;
    const b = turfBbox(f);
    const inBox = e.point[0] >= b[0] && e.point[0] <= b[2] && e.point[1] >= b[1] && e.point[1] <= b[3];
    const near =
      f.geometry.type === 'Point' && distance(e.point, f.geometry.coordinates, { units: 'kilometers' }) < 25;
    if ((f.geometry.type !== 'Point' && inBox) || near) return String(f.id);
  }
  return null;
}

function score(index: MatchIndex, label: string) {
  const { folder } = run(text, index);
  for (const m of folder.mentions) m.placeId = sameAs(index, m.placeId) ?? m.placeId;
  const key = (m: DraftMention) => `${m.selector[0].start}-${m.selector[0].end}|${m.placeId}|${m.role}`;
  const span = (m: DraftMention) => `${m.selector[0].start}-${m.selector[0].end}`;
  const want = new Set(reviewed.map(key));
  const got = folder.mentions.map(key);
  const tp = got.filter((k) => want.has(k)).length;
  const spanTp = folder.mentions.filter((m) => reviewed.some((r) => span(r) === span(m))).length;
  const articleDates = new Set(reviewedEvents.filter((e) => e.origin === 'article').map((e) => e.date));
  const evDates = folder.events.map((e) => e.date);
  const evTp = evDates.filter((d) => articleDates.has(d)).length;
  const toPlace = folder.mentions.filter(
    (m) => m.placeId.startsWith('new_') && reviewed.some((r) => span(r) === span(m)),
  ).length;
  console.log(
    `${label}: mentions recall ${tp}/${want.size} = ${((100 * tp) / want.size).toFixed(1)}%, precision ${tp}/${got.length} = ${((100 * tp) / Math.max(1, got.length)).toFixed(1)}% (right place and role); span only: ${spanTp}/${want.size}; right span proposed as an unknown place for the editor to place: ${toPlace}`,
  );
  console.log(
    `${label}: events: ${evTp}/${articleDates.size} of the reviewed article-origin dates proposed, ${evDates.length} proposed in all`,
  );
  for (const m of folder.mentions)
    if (!want.has(key(m)))
      console.log(
        `  extra/wrong: "${m.selector[1].exact}" → ${m.placeId} (${m.role}), rule ${m.proposal?.rule}`,
      );
  for (const r of reviewed)
    if (!got.includes(key(r))) console.log(`  missed: "${r.selector[1].exact}" → ${r.placeId} (${r.role})`);
}

const shipped = join(ROOT, 'geodata', 'gazetteer.json');
let t0 = performance.now();
const index = loadIndex(shipped);
console.log(
  `gazetteer: ${(readFileSync(shipped).length / 1024).toFixed(1)} KiB, ${index.entries.size} entries; load + index ${(performance.now() - t0).toFixed(0)} ms`,
);
score(index, 'shipped gazetteer');

const tmp = mkdtempSync(join(tmpdir(), 'aa-bench-ingest-'));
try {
  const loo = join(tmp, 'gazetteer.json');
  execFileSync(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'scripts', 'build-gazetteer.ts'), '--exclude', ID, '--out', loo],
    { stdio: 'ignore' },
  );
  score(loadIndex(loo), 'leave-one-out gazetteer');
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

// Time per 5,000 words: the body repeated.
const words = text.split(/\s+/u).filter(Boolean).length;
const times = Math.ceil(5000 / words);
const big = Array.from({ length: times }, () => text).join('\n');
const bigWords = big.split(/\s+/u).filter(Boolean).length;
run(big, index); // warm-up
const runs: number[] = [];
for (let i = 0; i < 5; i++) {
  t0 = performance.now();
  run(big, index);
  runs.push(performance.now() - t0);
}
runs.sort((a, b) => a - b);
const median = runs[2]!;
console.log(
  `time: ${bigWords} words (${times} × the article): median ${median.toFixed(0)} ms of 5 runs (min ${runs[0]!.toFixed(0)}, max ${runs[4]!.toFixed(0)}) = ${((median * 5000) / bigWords).toFixed(0)} ms per 5,000 words`,
);

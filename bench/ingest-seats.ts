/**
 * The list a seat reading starts from (fixtures README, "Seat cities"): every label of the sets
 * tuned to held-out-13 whose place is a settlement with a namesake first-level unit in the bench's
 * index (or a unit with a namesake settlement), same country, name core and `seatNamesakes` rule,
 * with the sentence around it, to read blind to the matcher. Reads the labels and the index only;
 * never runs the matcher.
 *
 *   npx tsx bench/ingest-seats.ts > seats.md
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { worldParts } from '../scripts/gazetteer/geonames.ts';
import { parseGazetteer, withWorld } from '../src/ingest/gazetteer.ts';
import type { GazetteerEntry } from '../src/ingest/types.ts';
import { IDENTITIES_FILE, isUnit, locate, seatKey, seatNamesakes, type Labels } from './ingest-score.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DIR = join(ROOT, 'tests', 'fixtures', 'ingest', 'bench');
/** The sets read: held-out-14 and later are left alone (written under the new convention, kept unseen). */
const SETS = /^(?:tuned|held-out(?:-(?:[2-9]|1[0-3]))?)$/u;
const SETTLEMENT = new Set(['city', 'town', 'village']);

const g = parseGazetteer(JSON.parse(readFileSync(join(ROOT, 'geodata', 'gazetteer.json'), 'utf8')));
const { entries: world } = worldParts();
const byId = new Map<string, GazetteerEntry>();
for (const e of [...withWorld(g.entries, world), ...world]) if (!byId.has(e.id)) byId.set(e.id, e);
const byKey = new Map<string, string[]>();
for (const e of byId.values())
  if (isUnit(e.id, e) || SETTLEMENT.has(e.kind))
    for (const k of new Set([...e.names.ar, ...e.names.en].map(seatKey)))
      if (k.length > 2) byKey.set(k, [...(byKey.get(k) ?? []), e.id]);
/** A GeoNames label's place under the id the merged index gives it (a shipped city keeps its own id). */
const shippedOf = new Map(g.entries.flatMap((e) => (e.geonames ? [[`geonames-${e.geonames}`, e.id]] : [])));

let n = 0;
for (const file of readdirSync(DIR)
  .filter((f) => f.endsWith('.json') && f !== IDENTITIES_FILE)
  .sort()) {
  const labels = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Labels;
  if (!SETS.test(labels.set)) continue;
  const article = file.replace(/\.json$/u, '');
  const cps = Array.from(readFileSync(join(DIR, `${article}.txt`), 'utf8'));
  const spans = locate(cps.join(''), labels.mentions);
  labels.mentions.forEach(([exact, label], i) => {
    const e = byId.get(label) ?? byId.get(shippedOf.get(label) ?? '');
    if (!e) return;
    const keys = new Set([...e.names.ar, ...e.names.en].map(seatKey));
    const namesakes = [...new Set([...keys].flatMap((k) => byKey.get(k) ?? []))].filter((id) =>
      seatNamesakes(label, id, byId),
    );
    if (!namesakes.length) return;
    n++;
    const { start, end } = spans[i]!;
    const around = cps
      .slice(Math.max(0, start - 160), end + 160)
      .join('')
      .replace(/\n/gu, ' ⏎ ');
    console.log(
      `### ${article} mentions[${i}] (${labels.set}) «${exact}» → ${label}; namesakes ${namesakes.join(', ')}`,
    );
    console.log(`…${around}…\n`);
  });
}
console.error(`${n} labels with a namesake unit or seat city`);

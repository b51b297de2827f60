/**
 * A compass word written as part of an island's or a range's name names a part of it (issue 18, round
 * 20): "West Maui" is the west of the island, one region, not a town "West" beside the island; "East
 * Flores regency" is that regency, not Flores. Trigger (English): a capitalised "North", "South",
 * "East" or "West" right before a match read as a Natural Earth physical label (`NE_PHYSICAL_TITLE`:
 * an island, a range, a named area), or before a unit named after one (`unitsOfFeatures`). The
 * feature becomes a region of the name as written, proposed without geometry; the unit's name takes
 * the compass word. A match of the compass word alone (a GeoNames town "West") goes. Guards: the two
 * words are one space apart; a name the index has whole ("East Timor", "West Java", "North Kivu") was
 * read whole before this rule and never reaches it. Examples: "tourists left West Crete" (Greece),
 * "East Sumba regency" (Indonesia). Likewise a river's fork or branch ("the North Fork of the
 * Kentucky River", "the West Branch of the Susquehanna River", Canada's "North Fork of the Flathead
 * River"): a river of its own, proposed whole.
 */
import { NE_PHYSICAL_TITLE } from './gazetteer.ts';
import type { MatchIndex, PlaceMatch } from './match-index.ts';
import type { Normalised } from './normalize.ts';
import { unknownPlace } from './unknown-place.ts';

const COMPASS = /(?:^|[^\p{L}])(North|South|East|West) $/u;
/** "the North Fork of the", "the West Branch of the" before a river's name. */
const FORK = /(?:^|[^\p{L}])((?:North|South|East|West|Middle) (?:Fork|Branch) of the) $/u;

/** "the North Fork of the Kentucky River": the fork, a river of its own, named after the river. */
function fork(nt: Normalised, m: PlaceMatch, index: MatchIndex): PlaceMatch | null {
  const e = m.placeId ? index.entries.get(m.placeId) : undefined;
  if ((e?.kind ?? m.kind) !== 'river') return null;
  const hit = FORK.exec(nt.cps.slice(Math.max(0, m.start - 30), m.start).join(''));
  if (!hit) return null;
  const start = m.start - Array.from(hit[1]!).length - 1;
  const name = nt.cps.slice(start, m.end).join('');
  return unknownPlace({
    start,
    end: m.end,
    rule: `${m.rule} river-fork`,
    kind: 'river',
    name,
    after: name,
    namedAfter: e?.id,
    note: `a fork of ${e?.names.en[0] ?? m.name}: a river of its own, place it on the map`,
  });
}

export function compassParts(nt: Normalised, out: readonly PlaceMatch[], index: MatchIndex): PlaceMatch[] {
  const drop = new Set<number>();
  const read = out.map((m): PlaceMatch => {
    const forked = fork(nt, m, index);
    if (forked) return forked;
    const e = m.placeId ? index.entries.get(m.placeId) : undefined;
    const feature = !!e && e.source.title === NE_PHYSICAL_TITLE;
    const unit = m.placeId === null && m.rule.includes('unit-of-feature');
    if (!feature && !unit) return m;
    const hit = COMPASS.exec(nt.cps.slice(Math.max(0, m.start - 7), m.start).join(''));
    if (!hit) return m;
    const start = m.start - hit[1]!.length - 1;
    drop.add(start);
    const name = nt.cps.slice(start, m.end).join('');
    const words = `${hit[1]} ${m.after ?? nt.cps.slice(m.start, m.end).join('')}`;
    return unknownPlace({
      start,
      end: m.end,
      rule: `${m.rule} compass-part`,
      kind: unit ? m.kind! : 'region',
      name,
      after: unit ? words : name,
      namedAfter: m.namedAfter ?? e!.id,
      note: `a part of ${e?.names.en[0] ?? m.after ?? name} named by its compass point: place it on the map`,
    });
  });
  return read.filter((m) => !(drop.has(m.start) && m.placeId !== null && !m.rule.includes('compass-part')));
}

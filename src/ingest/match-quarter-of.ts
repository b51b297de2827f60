/**
 * A quarter named with the place it lies in lies there (issue 18, round 29): «في حي بيليران ببيتيون
 * فيل» is a quarter of Pétion-Ville (Haiti), so the town of the quarter's key in another country the
 * article names (Bull Run, Virginia, near a Washington named in passing) is not it; the quarter stays
 * a name to place on the map.
 *
 * Trigger: a quarter cue's unknown name read by the Latin key of a GeoNames town (`cue-unknown-name
 * latin-spelling`, kind neighbourhood), right before «بـ» or «في» and a place the article reads.
 * Guard: that town lies more than `QUARTER_KM` from the place. Examples: «حي بيليران ببيتيون فيل»
 * (Haiti), «حي كاروري في ناكورو» (Kenya, with a made-up town of that key far away, in the tests).
 */
import { km } from './gazetteer.ts';
import type { MatchIndex, PlaceMatch } from './match-index.ts';
import { norm, type Normalised } from './normalize.ts';
import { unknownPlace } from './unknown-place.ts';

/** A quarter lies this near (km) the place it is said to be in. */
const QUARTER_KM = 30;

const IN = norm('في');
const QUARTER = norm('حي');

export function quartersInTheirPlace(
  nt: Normalised,
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  return out.map((m, k) => {
    if (!m.placeId || !/^cue-unknown-name latin-spelling\b/u.test(m.rule)) return m;
    const name = nt.cps.slice(m.start, m.end).join('');
    const cue = norm(name.split(/\s+/u)[0] ?? '').replace(/^[وفبلك]/u, '');
    if (cue !== QUARTER) return m;
    const next = out[k + 1];
    const where = next?.placeId ? index.entries.get(next.placeId) : undefined;
    const gap = next ? norm(nt.cps.slice(m.end, next.start).join('').trim()) : '';
    const joined = gap === IN || gap === norm('ب');
    const e = index.entries.get(m.placeId);
    if (!joined || !where || !e || km(e.point, where.point) <= QUARTER_KM) return m;
    return unknownPlace({
      start: m.start,
      end: m.end,
      rule: 'cue-unknown-name',
      kind: 'neighbourhood',
      name,
      after: name.split(/\s+/u).slice(1).join(' '),
      note: `the cue word introduces a name the gazetteer does not know, in ${where.names.en[0] ?? where.id}: place it on the map`,
    });
  });
}

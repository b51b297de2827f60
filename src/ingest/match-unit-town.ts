/**
 * «كوناكري», «كينديا» (issue 18, round 17): GeoNames gives many towns no Arabic name, and the index
 * then knows their Arabic names only on the first-level units named after them (Conakry, Kindia,
 * Kankan in Guinea). A bare Arabic name that matched only such a unit is the unit's namesake town (the
 * labels' rule for a name that is both a unit and its seat city: the city unless the words mean the
 * unit), when:
 *
 * - no cue word names it, before it or inside the unit's own name («شعبية مرزق»), here or elsewhere
 *   in the article («بولاية كاتسينا» makes a bare «كاتسينا» the state), unless the town is the unit's
 *   seat (a GeoNames city: a first-level seat or a city of 100,000) and the article names it with its
 *   cue word too («مدينة مأرب» and «محافظة مأرب»; round 20): both readings are then written out, and
 *   the bare name takes the labels' default, the city («بلدة سرداريا», a town of the unit that is not
 *   its seat, leaves a bare «سرداريا» the unit);
 * - none of its candidates is a settlement (the town has no Arabic name of its own);
 * - GeoNames has a settlement of 5,000 people or more inside the unit whose own first name is one of
 *   the unit's English names, without "Prefecture" or "Region" (not an alternate name: Al Ghaydah is
 *   also "Al Mahrah").
 *
 * A governor's or government's word before the name («محافظ», «والي», «حكومة») keeps the unit, and so
 * does a list with other units (`seatUnits`, run after).
 */
import { AR_UNIT_WORDS, AR_UNIT_WORDS_BELOW } from './cues.ts';
import { familyOf, readAs, type MatchIndex, type PlaceMatch } from './match-index.ts';
import { namesakeTown, UNIT_WORD } from './match-town-of-unit.ts';
import { norm, type Normalised } from './normalize.ts';
import { arabicKey, latinKey, latinKeysOf } from './spelling-key.ts';
import type { GazetteerEntry } from './types.ts';

const GOVERNOR = /(?:محافظ|والي|حاكم|سلطات|حكومة)\s+$/u;

/** A unit's word opens the name as matched, before another word («شعبية مرزق» names Murzuq's unit). */
function opensWithUnitWord(span: string): boolean {
  const [first, next] = span.split(/\s+/u);
  if (!first || !next) return false;
  const n = norm(first);
  const bare = n.startsWith('ال') ? n.slice(2) : n;
  return AR_UNIT_WORDS.has(bare) || AR_UNIT_WORDS_BELOW.has(bare);
}

/** The town's own (first) English name is one of the unit's, not an alternate name. */
function primary(town: GazetteerEntry, unit: GazetteerEntry): boolean {
  const own = latinKey(town.names.en[0] ?? '');
  return unit.names.en.some((n) => latinKey(n.replace(UNIT_WORD, '')) === own);
}

export function townsForUnits(nt: Normalised, out: readonly PlaceMatch[], index: MatchIndex): PlaceMatch[] {
  const cued = (m: PlaceMatch) =>
    /cue|seat|unit/u.test(m.rule) || opensWithUnitWord(nt.cps.slice(m.start, m.end).join(''));
  // A unit the article names with its cue word elsewhere («بولاية كاتسينا») is the unit bare too.
  // … unless its seat city is named with its cue word too («مدينة مأرب»): then the bare name is the city.
  const named = new Set(out.filter(cued).map((m) => m.placeId));
  return out.map((m) => {
    if (!m.placeId || cued(m)) return m;
    const unit = index.entries.get(m.placeId);
    if (!unit?.world || unit.kind !== 'governorate' || !unit.country || !unit.bbox) return m;
    const settled = m.candidates.some((id) => {
      const c = index.entries.get(id);
      return !!c && familyOf(c.kind) === 'settlement';
    });
    if (settled || GOVERNOR.test(nt.cps.slice(Math.max(0, m.start - 12), m.start).join(''))) return m;
    const town = namesakeTown(unit, index);
    if (!town || (town.population ?? 0) < 5000 || !primary(town, unit)) return m;
    if (named.has(unit.id) && !(town.kind === 'city' && named.has(town.id))) return m;
    // A town with an Arabic name of its own the text does not write is not the name («ذي قار» is
    // not «الناصرية», though Natural Earth gives the unit the seat's English name; round 30).
    const written = norm(nt.cps.slice(m.start, m.end).join(''));
    const spelled =
      town.names.ar.some((n) => written.endsWith(norm(n))) ||
      latinKeysOf(town, true).includes(arabicKey(written));
    if (town.names.ar.length && !spelled) return m;
    const [x, y] = town.point;
    const [w, s, e, n] = unit.bbox;
    if (x < w || x > e || y < s || y > n) return m;
    return readAs(
      m,
      town.id,
      'unit-town',
      `the town named like the unit ${unit.names.en[0]}, which has no Arabic name`,
    );
  });
}

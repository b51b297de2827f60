/**
 * A first-level unit's word before a name found by its spelling is the unit, not its seat town
 * (issue 18, round 22): «منطقة بادولا» (Sri Lanka, whose districts are Natural Earth's first-level
 * units), «منطقة كاكاميغا» (Kenya's counties), where GeoNames' town of that name has no Arabic name
 * and the unit's Arabic name is spelled otherwise or missing.
 *
 * Trigger: an Arabic name opened by a first-level unit word («محافظة», «ولاية», «إقليم», «منطقة»,
 * «مقاطعة», «شعبية»; `AR_UNIT_WORDS`), read by its Latin spelling (`cueNamedPlaces`) as a world town.
 * The unit is a first-level unit of the town's country among the name's candidates, or the one that
 * holds the town and whose Latin name has the town's consonant key (`seatUnit`). Guard: a district
 * named after a town that names no first-level unit («منطقة بورنوفا» in İzmir) keeps the town.
 */
import { AR_UNIT_WORDS } from './cues.ts';
import { readAs, type MatchIndex, type PlaceMatch } from './match-index.ts';
import { seatUnit, unitsOf } from './match-seat-unit.ts';
import { latinKey } from './spelling-key.ts';
import type { GazetteerEntry } from './types.ts';
import { norm, type Normalised } from './normalize.ts';

const SETTLEMENT = new Set(['city', 'town', 'village']);

/** The span opens with a first-level unit word, with «و», «ف» or «ب» before it («وولاية», «بمحافظة»). */
export function opensWithUnitWord(span: string): boolean {
  const first = norm(span.split(/\s+/u)[0] ?? '');
  return AR_UNIT_WORDS.has(first) || AR_UNIT_WORDS.has(first.replace(/^[وفب]/u, ''));
}

/**
 * The one first-level unit of the town's country named as the town is (round 27), wherever the town
 * lies: a unit word before the name means the unit even when the index read the name as a namesake
 * town in another part of the country (a province named after its capital, the capital's name shared
 * by a smaller town elsewhere).
 */
function namesakeUnit(e: GazetteerEntry, index: MatchIndex): GazetteerEntry | undefined {
  const keys = new Set(e.names.en.slice(0, 2).map(latinKey));
  const units = unitsOf(index, e.country!).filter((u) =>
    u.names.en.slice(0, 2).some((n) => keys.has(latinKey(n))),
  );
  return units.length === 1 ? units[0] : undefined;
}

export function cueUnitSpellings(
  nt: Normalised,
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  return out.map((m) => {
    // Round 25: or read by its Arabic name as a town, the unit word making it a district no source
    // has («منطقة دونيتسك»: Natural Earth writes «أوبلاست دونيتسك»).
    const other = !m.placeId && /^cue-other-kind name\b/u.test(m.rule);
    if (!other && (!m.placeId || !/\bcue-unknown-name latin-spelling\b/u.test(m.rule))) return m;
    const e = index.entries.get(m.placeId ?? m.namedAfter ?? '');
    if (!e?.world || !e.country || !SETTLEMENT.has(e.kind)) return m;
    if (!opensWithUnitWord(nt.cps.slice(m.start, m.end).join(''))) return m;
    const u = seatUnit(e, m, index) ?? namesakeUnit(e, index);
    if (!u) return m;
    return {
      ...readAs(
        m,
        u.id,
        'cue-unit',
        `a unit word before the name: the first-level unit ${u.names.en[0] ?? u.id}`,
      ),
      candidates: [u.id, ...m.candidates.filter((id) => id !== u.id)],
    };
  });
}

/**
 * "The northern New South Wales city", "the Gezira city of Wad Madani" (issue 18, round 16): a
 * first-level unit's name between "the" (and a direction adjective) and a lower-case settlement cue
 * is the unit, said as an adjective of the city it holds; match.ts proposed a new city named after
 * the unit (`cue-other-kind`). Its name's span is read as the unit. "Mayo City", capitalised, is a
 * city's own name and stays.
 */
import { isUpper, readAs, type MatchIndex, type PlaceMatch } from './match-index.ts';
import type { Normalised, Token } from './normalize.ts';

const SETTLEMENT_CUES = new Set(['city', 'town', 'village']);
const ADJECTIVES = new Set([
  ...['northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east', 'west'],
  ...['northeastern', 'northwestern', 'southeastern', 'southwestern', 'coastal', 'rural', 'remote'],
]);

export function unitAdjectives(
  nt: Normalised,
  toks: readonly Token[],
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  return out.map((m) => {
    if (m.placeId !== null || !m.namedAfter || !m.after || !/cue-other-kind.*cue-after/u.test(m.rule))
      return m;
    const unit = index.entries.get(m.namedAfter);
    if (unit?.kind !== 'governorate') return m;
    const cue = toks.find((t) => t.end === m.end);
    if (!cue || !SETTLEMENT_CUES.has(cue.n) || isUpper(nt.cps[cue.start])) return m;
    let i = toks.findIndex((t) => t.start === m.start) - 1;
    while (i >= 0 && ADJECTIVES.has(toks[i]!.n) && !isUpper(nt.cps[toks[i]!.start])) i--;
    if (toks[i]?.n !== 'the') return m;
    const name = { ...m, end: m.start + Array.from(m.after).length };
    if (nt.cps.slice(m.start, name.end).join('') !== m.after) return m;
    return readAs(name, unit.id, 'unit-adjective', `the unit named as an adjective of a city in it`);
  });
}

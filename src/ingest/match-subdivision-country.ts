/**
 * "Northern Ireland" is no mention of Ireland (issue 18, round 16): a capitalised word right before a
 * country's name that makes a subdivision name (CLDR, `match-subdivisions.ts`) of a country the
 * article's places lie in is that subdivision, proposed as a region without geometry like the other
 * subdivision names; the country's name was only its last word ("New Ireland" in Papua New Guinea).
 */
import { adjacent, isUpper, nameTokens, type MatchIndex, type PlaceMatch } from './match-index.ts';
import type { Normalised, Token } from './normalize.ts';
import { SUBDIVISION_NOTE as NOTE, placeCountries, subdivisionMatch } from './match-subdivisions.ts';

export function subdivisionsOverCountries(
  nt: Normalised,
  toks: readonly Token[],
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  if (index.subdivisions.size === 0) return [...out];
  const countries = placeCountries(out, index);
  return out.map((m) => {
    // "In England, Derbyshire and Nottinghamshire": a listed unknown name that is a subdivision name.
    if (m.placeId === null && m.rule.startsWith('listed-with-places') && m.name) {
      const where = index.subdivisions.get(nameTokens(m.name).join(' '));
      return where && [...where].some((c) => countries.has(c))
        ? { ...m, kind: 'region', rule: `${m.rule} subdivision-name`, note: NOTE }
        : m;
    }
    if (!m.placeId || index.entries.get(m.placeId)?.kind !== 'country') return m;
    const i = toks.findIndex((t) => t.start === m.start);
    const j = toks.findIndex((t) => t.end === m.end);
    const prev = toks[i - 1];
    if (i < 1 || j < i || !prev || !isUpper(nt.cps[prev.start]) || !adjacent(nt.cps, prev.end, m.start))
      return m;
    const words = toks.slice(i - 1, j + 1).map((t) => t.n);
    const where = index.subdivisions.get(words.join(' '));
    if (!where || ![...where].some((c) => countries.has(c))) return m;
    return subdivisionMatch(prev.start, m.end, nt.cps.slice(prev.start, m.end).join(''));
  });
}

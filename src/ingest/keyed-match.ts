/**
 * The match of a place read by its key over tokens `t` to `u` (exclusive), starting `skip` letters
 * into token `t` (past a clitic): the one shape every keyed Arabic reading proposes (a GeoNames place
 * with no Arabic name, or another spelling of one it has), with its rule and the note the reviewer reads.
 */
import type { PlaceMatch } from './match-index.ts';
import type { Normalised, Token } from './normalize.ts';
import type { GazetteerEntry } from './types.ts';

/** The note of a place read by the consonant key of its Latin name (`where`: how the text placed it). */
export const latinKeyNote = (e: GazetteerEntry, where = ''): string =>
  `GeoNames gives ${e.names.en[0]} no Arabic name in the article's spelling; the spelling matches its Latin name${where}: check it`;

export function keyedMatch(
  nt: Normalised,
  toks: readonly Token[],
  span: { t: number; u?: number; skip: number },
  e: GazetteerEntry,
  rule: string,
  note: string,
): PlaceMatch {
  const { t, u = t + 1, skip } = span;
  return {
    start: nt.map[toks[t]!.ni + skip]!,
    end: toks[u - 1]!.end,
    placeId: e.id,
    role: 'place',
    rule,
    candidates: [e.id],
    note,
  };
}

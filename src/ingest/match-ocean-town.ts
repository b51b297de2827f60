/**
 * An ocean named by its adjective, over a town of that name (issue 18, round 27): "Hurricane Jose
 * followed Irma across the Atlantic" is the ocean, not Atlantic, Iowa; "debris drifted across the
 * Pacific" is not Pacific, Missouri. The ocean reading (`oceanWordAt`, match-world-regions.ts) comes
 * after the names, so a GeoNames town read on the word first takes it.
 *
 * Trigger (English): a one-word mention read as a GeoNames settlement where `oceanWordAt` holds
 * ("the Atlantic", "the open Atlantic", before punctuation or a small word): the ocean, a region
 * without geometry. Guards: those of `oceanWordAt` ("the Pacific coast", "Atlantic City" stay); no
 * cue word. Examples: "ships crossed the Atlantic to Lisbon" (Portugal), "waves crossed the Pacific
 * from Chile" (Chile, Japan).
 */
import { familyOf, type MatchIndex, type PlaceMatch } from './match-index.ts';
import { oceanWordAt, region } from './match-world-regions.ts';
import type { Normalised, Token } from './normalize.ts';

export function oceansOverTowns(
  nt: Normalised,
  toks: readonly Token[],
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  return out.map((m) => {
    const e = m.placeId ? index.entries.get(m.placeId) : undefined;
    if (!e?.world || familyOf(e.kind) !== 'settlement' || /cue/u.test(m.rule)) return m;
    const i = toks.findIndex((t) => t.start === m.start && t.end === m.end);
    return i >= 0 && oceanWordAt(nt, toks, i)
      ? region(nt.cps.slice(m.start, m.end).join(''), m.start, m.end, 'ocean')
      : m;
  });
}

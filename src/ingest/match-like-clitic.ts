/**
 * A world place read through the proclitic «ك» ("like", "as") is no mention (issue 18, round 20):
 * the matcher strips «ك» as it strips «و» or «ب», so «كنيس» ("a synagogue") reads Nice («نيس»); and
 * where «ك» is the preposition, «كبنغازي» ("like Benghazi") compares, it names no place of the story.
 * Trigger: a match read as a world place (GeoNames) only through the clitic «ك», with «و» or «ف»
 * before it or not (rule `clitic:ك`, `clitic:وك`). Guards: a place of the gazetteer's own articles
 * stays («كالحسكة»), so do a country and a capital («كسوريا», "as Syria", in a list of states: a
 * government) and a name read with its cue word. Example: «هاجم مسلحون كنيس المدينة في دربند»
 * (Russia).
 */
import type { MatchIndex, PlaceMatch } from './match-index.ts';

const LIKE = /^clitic:[وف]?ك(?:\s|$)/u;

export function withoutLikeClitic(out: readonly PlaceMatch[], index: MatchIndex): PlaceMatch[] {
  return out.filter((m) => {
    const e = m.placeId ? index.entries.get(m.placeId) : undefined;
    return !e?.world || !LIKE.test(m.rule) || e.kind === 'country' || !!e.actor;
  });
}

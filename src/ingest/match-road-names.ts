/**
 * A road word inside a longer name names no road (issue 18, round 20): "the Wall Street Journal",
 * "Abbey Road Studios", "the Pan-American Highway Authority" name a newspaper, a studio, an office.
 * Trigger (English): a road proposed from its road word after a name ("Front Street", `cues.ts`
 * `EN_ROADS`) followed by a space and a capitalised word that is no stop word: the proposal goes.
 * Examples: "the Wall Street Journal reported" (the United States), "the Orchard Road Business
 * Association" (Singapore); "Front Street, the town's main road" and "the Karakoram Highway near
 * Gilgit" stay.
 */
import { EN_STOP } from './cues.ts';
import { isUpper, type PlaceMatch } from './match-index.ts';
import type { Normalised } from './normalize.ts';

export function withoutRoadsInNames(nt: Normalised, out: readonly PlaceMatch[]): PlaceMatch[] {
  return out.filter((m) => {
    if (m.kind !== 'road' || m.placeId !== null || !m.rule.startsWith('cue-')) return true;
    const next = /^ (\p{L}+)/u.exec(nt.cps.slice(m.end, m.end + 30).join(''));
    return !next || !isUpper(next[1]![0]) || EN_STOP.has(next[1]!.toLowerCase());
  });
}

/**
 * A titled person's surname, named again bare, is that person (issue 18, round 27): "Governor Wes
 * Moore said … Moore, who declared a state of emergency" is the governor, not Moore, Oklahoma; "Mayor
 * Ana Kelso thanked … Kelso said" is the mayor, not the Scottish town. The full name after its title
 * is no place (`personAfterTitle`); the surname on its own later has no title to tell it.
 *
 * Trigger (English): a one-word mention read as a GeoNames settlement, no cue word, whose word closes
 * a person's name after a title earlier in the text (the last capitalised word of it): no place.
 * Guards: only world towns (a shipped place or a country keeps its reading: "President Jordan … in
 * Jordan"), a capital or a city of five million keeps it too (`wellKnown`).
 */
import { familyOf, isUpper, wellKnown, type MatchIndex, type PlaceMatch } from './match-index.ts';
import { personAfterTitle } from './match-person.ts';
import { spaced, type Normalised, type Token } from './normalize.ts';

export function withoutSurnames(
  nt: Normalised,
  toks: readonly Token[],
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  const surnames = new Map<string, number>();
  for (let t = 1; t < toks.length; t++) {
    const w = toks[t]!;
    const next = toks[t + 1];
    if (!isUpper(nt.cps[w.start]) || (next && spaced(nt, w, next) && isUpper(nt.cps[next.start]))) continue;
    if (!surnames.has(w.n) && personAfterTitle(nt, toks, t)) surnames.set(w.n, w.end);
  }
  if (!surnames.size) return [...out];
  return out.filter((m) => {
    const e = m.placeId ? index.entries.get(m.placeId) : undefined;
    if (!e?.world || familyOf(e.kind) !== 'settlement' || wellKnown(e) || /cue/u.test(m.rule)) return true;
    const words = toks.filter((t) => t.start >= m.start && t.end <= m.end);
    const end = words.length === 1 ? surnames.get(words[0]!.n) : undefined;
    return end === undefined || end > m.start;
  });
}

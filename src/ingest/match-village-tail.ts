/**
 * A name that ends a left-out village's name is not read alone (issue 18, round 29): "East
 * Palestine, Ohio" is the village East Palestine, not the State of Palestine, and "New Egypt" in a
 * report from New Jersey is no Egypt. Read alone, the country anchored the article far away and
 * dropped every other place of it as far.
 *
 * Trigger (English): a claimed name right after a capitalised word (one space between) with which
 * it spells the name of one GeoNames village the world index leaves out (`villageNamed`, read only
 * after a cue). Guard: another claimed name has a reading in that village's country ("Ohio": the
 * United States), so the article is where the village is. The name's span is freed: the dateline
 * rule and the village's later mentions read the whole name (`datelineVillages`, `villageMentions`).
 */
import { isUpper, villageNamed, type Hit, type MatchIndex } from './match-index.ts';
import type { Normalised, Token } from './normalize.ts';

export function withoutVillageTails(
  claimed: readonly Hit[],
  nt: Normalised,
  toks: readonly Token[],
  index: MatchIndex,
  lang: 'ar' | 'en',
): Hit[] {
  if (lang !== 'en') return [...claimed];
  const countriesOf = (h: Hit) => h.pattern.entryIds.flatMap((id) => index.entries.get(id)?.country ?? []);
  return claimed.filter((h) => {
    const before = toks[h.t0 - 1];
    if (h.pattern.org || !before || !isUpper(nt.cps[before.start])) return true;
    if (nt.cps.slice(before.end, toks[h.t0]!.start).join('') !== ' ') return true;
    const name = [before, ...toks.slice(h.t0, h.t1)].map((t) => t.n).join(' ');
    const found = villageNamed(index, name);
    if (found.length !== 1) return true;
    const country = found[0]!.country;
    return !claimed.some((o) => o !== h && !o.pattern.org && countriesOf(o).includes(country ?? ''));
  });
}

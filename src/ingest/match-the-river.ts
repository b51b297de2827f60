/**
 * "the Kagera", "into the Irrawaddy": an English first-level unit's name after "the", with no unit
 * word after it, is the river the unit is named after when the index has that river near the article
 * (issue 18, round 13). Provinces and regions are often named after their river (Kagera, Ruvuma,
 * Ayeyarwady/Irrawaddy, Niger state); the unit is written bare ("in Kagera") or with its word ("the
 * Kagera region"), the river with the article. Placed on its line where the article is (`riverPoint`).
 *
 * Round 20: a city named after its river too ("along the Dnipro", "the lower Narva", "across the
 * Ural"): an English city's name is never written after "the", and "the lower", "upper" or "middle"
 * says a stretch of river. A word of city or unit after it ("the Dnipro city council") keeps the city.
 */
import type { MatchIndex, PlaceMatch } from './match-index.ts';
import { anchorsOfMatches } from './match-anchors.ts';
import { familyOf, riverPoint } from './match-index.ts';
import { nearArticle, riverNamed } from './match-named-feature.ts';
import type { Normalised } from './normalize.ts';

/** Words after a unit's name that make it the unit ("the Kagera region"). */
const UNIT_WORDS =
  /^\s+(?:region|state|province|division|county|district|prefecture|department|governorate|city|town|oblast)\b/iu;

/** "the" right before the name, or "the lower", "upper" or "middle" (a stretch of a river). */
const THE = /(?:^|\s)the\s+(?:(?:lower|upper|middle)\s+)?$/iu;

export function riversAfterThe(nt: Normalised, out: readonly PlaceMatch[], index: MatchIndex): PlaceMatch[] {
  const text = (a: number, b: number) => nt.cps.slice(Math.max(0, a), b).join('');
  const anchors = anchorsOfMatches(out, index);
  return out.map((m) => {
    const e = m.placeId ? index.entries.get(m.placeId) : undefined;
    if (!e?.world || (e.kind !== 'governorate' && familyOf(e.kind) !== 'settlement')) return m;
    if (!THE.test(text(m.start - 12, m.start)) || UNIT_WORDS.test(text(m.end, m.end + 16))) return m;
    const r = riverNamed(index, text(m.start, m.end));
    if (!r || !nearArticle(r, anchors)) return m;
    const at = riverPoint(r, anchors);
    return {
      start: m.start,
      end: m.end,
      placeId: r.id,
      role: m.role,
      rule: `${m.rule} the-river`,
      candidates: [r.id, e.id],
      note: `"the ${text(m.start, m.end)}": the river ${r.names.en[0]}, not the unit named after it`,
      ...(at ? { at } : {}),
    };
  });
}

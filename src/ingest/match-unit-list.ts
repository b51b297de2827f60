/**
 * An Arabic plural unit cue, then «ولا سيما», «منها», «مثل» or «خاصة» and a list («ولايات الشمال
 * الغربي، ولا سيما كاتسينا وزامفارة وسوكوتو وكادونا»): every name of the list is a first-level unit
 * (issue 18, round 12), as English "six provinces, among them Manabí and Esmeraldas" (round 9). A name
 * read as a city becomes the world unit of its country with its English name, when the index has
 * one (Sokoto, Kaduna: states named after their capitals). Round 14: a list of two names or more
 * right after the cue word is such a list too («ولايات كانو وكادونا», «منطقتي ليماسول ولارنكا»).
 */
import { AR_PLURAL_CUE } from './cues.ts';
import { familyOf, splits, type MatchIndex, type PlaceMatch } from './match-index.ts';
import { unitNamed } from './match-named-feature.ts';
import { norm, type Normalised, type Token } from './normalize.ts';

/**
 * Plurals and duals of «منطقة» and «إقليم» (round 14): before a list of two names or more they name
 * units as the admin plural cue words do («مناطق مرادي وزيندر وطاوة»); on their own they propose
 * nothing («مناطق واسعة»), so they are no cue words of `AR_PLURAL_CUE`.
 */
const AREA_PLURALS = new Set(['مناطق', 'منطقتي', 'منطقتا', 'أقاليم', 'إقليمي'].map(norm));

const INTRODUCERS = new Set(['سيما', 'منها', 'ومنها', 'بينها', 'مثل', 'خاصة', 'وخاصة', 'أبرزها'].map(norm));

export function pluralUnitLists(
  nt: Normalised,
  toks: readonly Token[],
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  const starts: number[] = [];
  /** Lists right after the cue word, which need two names or more. */
  const direct = new Set<number>();
  for (let k = 0; k < toks.length; k++) {
    const cue = splits(toks[k]!.n).find(
      (sp) =>
        !sp.article &&
        (AREA_PLURALS.has(sp.rest) || familyOf(AR_PLURAL_CUE.get(sp.rest) ?? 'city') === 'admin'),
    );
    if (!cue) continue;
    if (toks[k + 1] && /^\s+$/u.test(nt.cps.slice(toks[k]!.end, toks[k + 1]!.start).join(''))) {
      starts.push(toks[k + 1]!.start);
      direct.add(toks[k + 1]!.start);
    }
    for (let j = k + 1; j <= k + 6 && j < toks.length; j++) {
      if (/[.!?؟]/u.test(nt.cps.slice(toks[j - 1]!.end, toks[j]!.start).join(''))) break;
      if (INTRODUCERS.has(toks[j]!.n)) {
        if (toks[j + 1]) starts.push(toks[j + 1]!.start);
        break;
      }
    }
  }
  if (!starts.length) return [...out];
  const listed = new Set<PlaceMatch>();
  const sorted = [...out].sort((a, b) => a.start - b.start);
  for (const s of starts) {
    let i = sorted.findIndex((m) => m.start >= s && m.start <= s + 2);
    const list: PlaceMatch[] = [];
    while (i >= 0 && i < sorted.length) {
      const m = sorted[i]!;
      list.push(m);
      const next = sorted[i + 1];
      if (!next) break;
      const gap = nt.cps.slice(m.end, next.start).join('');
      if (!/^\s*(?:،\s*)?و?$/u.test(gap)) break;
      i++;
    }
    if (list.length >= (direct.has(s) ? 2 : 1)) for (const m of list) listed.add(m);
  }
  return out.map((m) => {
    if (!listed.has(m) || !m.placeId) return m;
    const e = index.entries.get(m.placeId);
    if (!e || e.kind === 'governorate' || e.kind === 'country' || !e.country) return m;
    const u = e.names.en
      .slice(0, 2)
      .map((n) => unitNamed(index, e.country!, n))
      .find((x) => !!x);
    if (!u) return m;
    return {
      ...m,
      placeId: u.id,
      candidates: [u.id, ...m.candidates.filter((id) => id !== u.id)],
      rule: `${m.rule} plural-unit-list`,
      note: 'listed after a plural unit cue word: the first-level unit of that name',
    };
  });
}

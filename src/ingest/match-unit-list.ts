/**
 * An Arabic plural unit cue, then «ولا سيما», «منها», «مثل» or «خاصة» and a list («ولايات الشمال
 * الغربي، ولا سيما كاتسينا وزامفارة وسوكوتو وكادونا»): every name of the list is a first-level unit
 * (issue 18, round 12), as English "six provinces, among them Manabí and Esmeraldas" (round 9). A name
 * read as a city becomes the world unit of its country with its English name, when the index has
 * one (Sokoto, Kaduna: states named after their capitals).
 */
import { AR_PLURAL_CUE } from './cues.ts';
import { familyOf, splits, type MatchIndex, type PlaceMatch } from './match-index.ts';
import { unitNamed } from './match-named-feature.ts';
import { norm, type Normalised, type Token } from './normalize.ts';

const INTRODUCERS = new Set(['سيما', 'منها', 'ومنها', 'بينها', 'مثل', 'خاصة', 'وخاصة', 'أبرزها'].map(norm));

export function pluralUnitLists(
  nt: Normalised,
  toks: readonly Token[],
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  const starts: number[] = [];
  for (let k = 0; k < toks.length; k++) {
    const cue = splits(toks[k]!.n).find((sp) => !sp.article && AR_PLURAL_CUE.has(sp.rest));
    if (!cue || familyOf(AR_PLURAL_CUE.get(cue.rest)!) !== 'admin') continue;
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
    while (i >= 0 && i < sorted.length) {
      const m = sorted[i]!;
      listed.add(m);
      const next = sorted[i + 1];
      if (!next) break;
      const gap = nt.cps.slice(m.end, next.start).join('');
      if (!/^\s*(?:،\s*)?و?$/u.test(gap)) break;
      i++;
    }
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

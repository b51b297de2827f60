/**
 * A month's name is no place (issue 18, round 30): «في تشرين الثاني/نوفمبر الماضي» is November, not
 * Tishreen, Syria, that a spelling key read in a story from Tajikistan. In Arabic, a place reading that
 * starts where the date reader reads a month of two words («تشرين الثاني», «كانون الأول») or a month
 * written with its other calendar's name («أيار/مايو») is dropped. A month alone («مايو») stays: it
 * may be a place's name (County Mayo).
 */
import { arMonthAt } from './dates/ar.ts';
import type { PlaceMatch } from './match-index.ts';
import type { Normalised, Token } from './normalize.ts';

export function withoutMonthWords(nt: Normalised, toks: Token[], out: readonly PlaceMatch[]): PlaceMatch[] {
  const months = new Set<number>();
  toks.forEach((t, i) => {
    const m = arMonthAt(toks, i);
    if (m && (m.n >= 2 || nt.cps[t.end] === '/')) months.add(t.start);
  });
  if (!months.size) return [...out];
  // A clitic may open the token («وتشرين»): the match starts inside it.
  const starts = (m: PlaceMatch) => toks.find((t) => t.start <= m.start && m.start < t.end)?.start;
  return out.filter((m) => m.placeId === null || !months.has(starts(m) ?? -1));
}

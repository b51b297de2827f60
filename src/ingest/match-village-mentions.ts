/**
 * Every mention of a village found once (issue 18, round 18): a GeoNames village the world index
 * leaves out is read only where the text introduces it ("the village of Schuld", "residents of
 * Grindavík"); its other mentions, before as after ("Grindavík evacuated" in the headline, "beneath
 * Grindavík itself"), are the same place. In England "Lynmouth cut off … homes in Lynmouth … the
 * bridge above Lynmouth"; in Spain "Letur mourns … streets in Letur … by night Letur was dark".
 *
 * Trigger: in English, a match whose rule says it found a left-out village (`geonames-village`).
 * Guards: the same words, each capitalised as in the text, not inside another match, and not followed
 * by a capitalised word or a cue word, nor after "the" (a longer name, a named feature: "the Tende
 * tunnel").
 */
import { EN_CUE_AFTER } from './cues.ts';
import type { MatchIndex, PlaceMatch } from './match-index.ts';
import type { Normalised, Token } from './normalize.ts';

export function villageMentions(
  nt: Normalised,
  toks: readonly Token[],
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  const text = (a: number, b: number) => nt.cps.slice(a, b).join('');
  const villages = new Map<string, PlaceMatch>();
  for (const m of out)
    if (m.placeId && m.rule.includes('geonames-village') && index.entries.has(m.placeId)) {
      const e = index.entries.get(m.placeId)!;
      // A dateline writes the name in capitals ("SEASIDE HEIGHTS, N.J."; round 24).
      const written = text(m.start, m.end).toLowerCase();
      const name = e.names.en.find((n) => written.endsWith(n.toLowerCase()));
      if (name && !villages.has(name)) villages.set(name, m);
    }
  if (!villages.size) return [...out];
  const added: PlaceMatch[] = [];
  const free = (a: number, b: number) => ![...out, ...added].some((m) => m.start < b && a < m.end);
  for (const [name, m] of villages) {
    const words = name.split(/\s+/u).length;
    for (let t = 0; t + words <= toks.length; t++) {
      const start = toks[t]!.start;
      const end = toks[t + words - 1]!.end;
      if (text(start, end) !== name || !free(start, end)) continue;
      // Not the first word of a longer name or of a named feature ("the Tende tunnel"): a town's
      // name takes no article.
      if (toks[t - 1]?.n === 'the') continue;
      const next = toks[t + words];
      if (
        next &&
        /^\s+$/u.test(text(end, next.start)) &&
        (/^\p{Lu}/u.test(text(next.start, next.end)) || EN_CUE_AFTER.has(next.n))
      )
        continue;
      added.push({
        start,
        end,
        placeId: m.placeId,
        role: 'place',
        rule: 'geonames-village same-name',
        candidates: [m.placeId!],
        note: `the same name as "${text(m.start, m.end)}" in the text`,
      });
    }
  }
  return [...out, ...added].sort((a, b) => a.start - b.start);
}

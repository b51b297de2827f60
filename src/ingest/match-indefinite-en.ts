/**
 * In English a capitalised word before a cue word after "a" or "an" names a kind of place, not one
 * place (issue 18, round 18): "a 60-metre Bailey bridge" (Pakistan), "an Inca bridge" (Peru), where "the
 * Hussaini Bridge" names one. Trigger: an unknown name proposed by a cue word after it (the span
 * opens with a capital), right after "a" or "an", or after "a" and one word with a digit ("a
 * 190-foot", "a 60-metre"). The proposal is dropped with its later mentions. Guard: a name the gazetteer
 * knows keeps its reading ("a Kenya Red Cross camp" names Kenya), and a cue word before the name ("a
 * village of …") is another rule's.
 */
import { isUpper, type PlaceMatch } from './match-index.ts';
import type { Normalised } from './normalize.ts';

/** "a" or "an" right before, with at most one measure between ("a 190-foot", "a 60-metre"). */
const INDEFINITE_BEFORE = /(?:^|[^\p{L}])an? (?:[\d.,]+(?:-\p{L}+)? )?$/iu;

export function withoutIndefiniteNames(nt: Normalised, out: readonly PlaceMatch[]): PlaceMatch[] {
  const kinds = new Set<string>();
  for (const m of out) {
    if (m.placeId !== null || !m.name || !/^cue-/u.test(m.rule) || !isUpper(nt.cps[m.start])) continue;
    const before = nt.cps.slice(Math.max(0, m.start - 30), m.start).join('');
    if (INDEFINITE_BEFORE.test(before)) kinds.add(`${m.kind}|${m.name}`);
  }
  if (kinds.size === 0) return [...out];
  return out.filter((m) => m.placeId !== null || !kinds.has(`${m.kind}|${m.name}`));
}

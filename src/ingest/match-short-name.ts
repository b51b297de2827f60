/**
 * A conventional short name: an unknown one-word name after a settlement cue that is the first word
 * of a settlement the article names in full is that settlement ("the city of Rio" after "Rio de
 * Janeiro"; the word must open a name the text gives in full). Read only for a
 * settlement cue, so "the state of Rio" stays whatever its own reading is.
 */
import { nameTokens, type MatchIndex, type PlaceMatch } from './match-index.ts';
import type { Normalised } from './normalize.ts';

const SETTLEMENTS = new Set(['city', 'town', 'village']);

export function shortNames(nt: Normalised, out: readonly PlaceMatch[], index: MatchIndex): PlaceMatch[] {
  const full = new Map<string, string>();
  for (const m of out) {
    const e = m.placeId ? index.entries.get(m.placeId) : undefined;
    if (!e || !SETTLEMENTS.has(e.kind)) continue;
    const words = nameTokens(nt.cps.slice(m.start, m.end).join(''));
    if (words.length >= 2 && !full.has(words[0]!)) full.set(words[0]!, m.placeId!);
  }
  if (full.size === 0) return [...out];
  return out.map((m) => {
    if (m.placeId !== null || !m.after || !m.kind || !SETTLEMENTS.has(m.kind)) return m;
    const words = nameTokens(m.after);
    const id = words.length === 1 ? full.get(words[0]!) : undefined;
    if (!id) return m;
    const rest: PlaceMatch = { ...m };
    delete rest.kind;
    delete rest.name;
    delete rest.after;
    return {
      ...rest,
      placeId: id,
      candidates: [id],
      rule: `${m.rule} short-name`,
      note: `"${m.after}" is the short name of a settlement the text names in full`,
    };
  });
}

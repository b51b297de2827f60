/**
 * A sea named without "Sea" (round 25b): "on the far side of the Adriatic in Italy", "the Caspian,
 * off Baku": news drops the word where "the" and the sentence say it.
 *
 * Trigger: "the" + a capitalised name that nothing reads, where the name + " Sea" is an English name
 * of a gazetteer region. Guards: the word after is punctuation or a preposition, never a capitalised
 * word ("the Red Cross") or a noun ("the Baltic states"; "the Adriatic coast" is the coast, a region
 * the cue word "coast" proposes, as the labels read it); the name is no common English word ("the
 * North of England") and names no place itself ("the Caribbean", a world region). Examples: "boats
 * sank in the Aegean off Lesbos" (Greece), "oil rigs in the Caspian, off Baku" (Azerbaijan).
 */
import { COMMON_EN } from './match-guards.ts';
import { isUpper, nameTokens, type MatchIndex, type PlaceMatch } from './match-index.ts';
import type { Normalised, Token } from './normalize.ts';

const AFTER = new Set(['in', 'off', 'at', 'near', 'to', 'from', 'and', 'on', 'between', 'into']);

const bySea = new WeakMap<MatchIndex, Map<string, string>>();
/** Each sea's name without " Sea" (its tokens joined), to the sea's id. */
function shortNames(index: MatchIndex): Map<string, string> {
  let map = bySea.get(index);
  if (map) return map;
  map = new Map();
  for (const e of index.entries.values()) {
    if (e.kind !== 'region') continue;
    for (const n of e.names.en) {
      const m = /^(\p{Lu}[\p{L}-]+) Sea$/u.exec(n);
      if (!m || COMMON_EN.has(m[1]!.toLowerCase())) continue;
      const key = nameTokens(m[1]!).join(' ');
      if ((index.byFirst.get(key.split(' ')[0]!) ?? []).some((p) => p.toks.join(' ') === key)) continue;
      if (!map.has(key)) map.set(key, e.id);
    }
  }
  bySea.set(index, map);
  return map;
}

export function seaShortNames(
  nt: Normalised,
  toks: readonly Token[],
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  const seas = shortNames(index);
  const added: PlaceMatch[] = [];
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!;
    const id = seas.get(t.n);
    if (!id || toks[i - 1]!.n !== 'the' || !isUpper(nt.cps[t.start])) continue;
    if (out.some((m) => m.start < t.end && t.start < m.end)) continue;
    const next = toks[i + 1];
    const gap = next ? nt.cps.slice(t.end, next.start).join('') : '';
    const ends = !next || /^\s*[,.;:)—–]/u.test(gap);
    if (!ends && (gap !== ' ' || isUpper(nt.cps[next!.start]) || !AFTER.has(next!.n))) continue;
    added.push({
      start: t.start,
      end: t.end,
      placeId: id,
      role: 'place',
      rule: 'sea-short-name',
      candidates: [id],
      note: `"the ${nt.cps.slice(t.start, t.end).join('')}": the sea, named without "Sea"`,
    });
  }
  if (added.length === 0) return [...out];
  return [...out, ...added].sort((a, b) => a.start - b.start);
}

/**
 * "X and other rivers" says what X is (issue 18, round 20): "the Lamone and other rivers overflowed",
 * "Kibera and other districts", "Sumba and other islands". Trigger (English): a name, then "and
 * other" and a plural cue word (`EN_CUE_AFTER`: rivers, districts, provinces, islands, counties…, and
 * towns, cities, villages): an unknown capitalised name there is a place of the cue's kind, proposed
 * without geometry with its other mentions in the text (before or after); a known place of another
 * family (a town named like the river) is that kind, named after it. Guards: single spaces; the name
 * is capitalised, of one to three words, none a stop word, not all common words; a known place of the
 * cue's family keeps its reading ("Faenza and other towns"). Examples: "the Ruvuma and other rivers
 * rose" (Tanzania), "floods hit Siquijor and other islands" (the Philippines).
 */
import { EN_CUE_AFTER, EN_STOP } from './cues.ts';
import { familyOf, isUpper, nameTokens, type MatchIndex, type PlaceMatch } from './match-index.ts';
import { spaced, type Normalised, type Token } from './normalize.ts';
import { COMMON_WORDS } from './stop-words.ts';
import type { PlaceKind } from './types.ts';
import { unknownPlace } from './unknown-place.ts';

const SETTLEMENTS = new Map<string, PlaceKind>([
  ['towns', 'town'],
  ['cities', 'city'],
  ['villages', 'village'],
]);

/** The kind a plural cue word after "and other" gives. */
function pluralKind(w: string): PlaceKind | undefined {
  const cue = w.endsWith('s') ? EN_CUE_AFTER.get(w) : undefined;
  return cue && !cue.countryside ? cue.kind : SETTLEMENTS.get(w);
}

export function andOtherPlaces(
  nt: Normalised,
  toks: readonly Token[],
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  const read = [...out];
  const covered = (t: Token) => read.some((m) => m.start < t.end && t.start < m.end);
  const added: PlaceMatch[] = [];
  for (let t = 1; t + 2 < toks.length; t++) {
    const [and, other, cue] = [toks[t]!, toks[t + 1]!, toks[t + 2]!];
    if (and.n !== 'and' || other.n !== 'other' || !spaced(nt, and, other) || !spaced(nt, other, cue))
      continue;
    const kind = pluralKind(cue.n);
    const last = toks[t - 1]!;
    if (!kind || !spaced(nt, last, and)) continue;
    const known = read.findIndex((m) => m.end === last.end);
    if (known >= 0) {
      const m = read[known]!;
      const e = m.placeId ? index.entries.get(m.placeId) : undefined;
      if (!e || familyOf(e.kind) === familyOf(kind) || e.kind === 'country') continue;
      read.splice(known, 1, proposal(nt, m.start, m.end, kind, 'and-other', e.id));
      continue;
    }
    let s = t - 1;
    while (s > 0 && s > t - 3 && spaced(nt, toks[s - 1]!, toks[s]!) && isUpper(nt.cps[toks[s - 1]!.start]))
      s--;
    const words = toks.slice(s, t);
    if (words.some((w) => covered(w) || EN_STOP.has(w.n) || !isUpper(nt.cps[w.start]))) continue;
    if (words.every((w) => COMMON_WORDS.has(w.n))) continue;
    const m = proposal(nt, words[0]!.start, last.end, kind, 'and-other');
    read.push(m);
    added.push(m);
  }
  // The other mentions of each name proposed, before or after it.
  for (const m of added) {
    const want = nameTokens(m.name!);
    for (let i = 0; i + want.length <= toks.length; i++) {
      const run = toks.slice(i, i + want.length);
      if (run.some((w, j) => w.n !== want[j] || covered(w)) || !isUpper(nt.cps[run[0]!.start])) continue;
      read.push(proposal(nt, run[0]!.start, run[run.length - 1]!.end, m.kind!, 'and-other same-name'));
    }
  }
  return read.sort((a, b) => a.start - b.start);
}

function proposal(
  nt: Normalised,
  start: number,
  end: number,
  kind: PlaceKind,
  rule: string,
  namedAfter?: string,
): PlaceMatch {
  const name = nt.cps.slice(start, end).join('');
  return unknownPlace({
    start,
    end,
    rule,
    kind,
    name,
    after: name,
    namedAfter,
    note: `named with other places of its kind ("and other …"): place it on the map`,
  });
}

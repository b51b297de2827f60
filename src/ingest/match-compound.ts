/**
 * A settlement's name with a word that makes it part of another place's name. After it, a compass
 * word of Sudanese and Egyptian usage: «الخرطوم بحري» (Khartoum North, a city of its own), «X قبلي»
 * (X South): an unknown place of the settlement's kind. Before it, «باب» ("gate"): «باب الوادي» is a
 * quarter of Algiers, not the city El Oued; with a cue word before «باب» the cue says the kind
 * («معبر باب الهوى», a crossing). The known settlement's match gives way to an unknown place named
 * by the words, for the editor to place (rule `compound-name`); every occurrence has the same kind
 * and name, so the draft has one such place.
 */
import { AR_CUE } from './cues.ts';
import { norm } from './normalize.ts';
import { adjacent, splits, type MatchIndex, type PlaceMatch } from './match-index.ts';
import type { PlaceKind } from './types.ts';
import type { Normalised, Token } from './normalize.ts';
import { unknownPlace } from './unknown-place.ts';

/** Words after a settlement's name that make a different place's name (normalised). */
export const AR_COMPOUND_AFTER = new Set(['بحري', 'قبلي'].map(norm));
/** Words before a settlement's name that make a different place's name, and its kind. */
export const AR_COMPOUND_BEFORE = new Map<string, PlaceKind>([[norm('باب'), 'neighbourhood']]);

const SETTLEMENT = new Set(['city', 'town', 'village']);

/** `out` with every such match replaced by the compound name's proposal; marks its words taken. */
export function compoundNames(
  nt: Normalised,
  toks: readonly Token[],
  taken: Uint8Array,
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  return out.map((m) => {
    const kind = m.placeId ? index.entries.get(m.placeId)?.kind : undefined;
    if (!kind || !SETTLEMENT.has(kind) || m.role !== 'place') return m;
    const before = namedAfterGate(nt, toks, taken, m);
    if (before) return before;
    const t = toks.findIndex((x) => x.end === m.end);
    const next = toks[t + 1];
    if (t < 0 || !next || taken[t + 1] || !AR_COMPOUND_AFTER.has(next.n)) return m;
    if (!adjacent(nt.cps, m.end, next.start)) return m;
    taken[t + 1] = 1;
    const name = nt.cps.slice(m.start, next.end).join('');
    return compound(m, m.start, next.end, kind, name, name);
  });
}

/** The proposal of an unknown place named by `name` (`after`: without its cue), in place of `m`. */
function compound(
  m: PlaceMatch,
  start: number,
  end: number,
  kind: PlaceKind,
  name: string,
  after: string,
): PlaceMatch {
  return unknownPlace({
    start,
    end,
    rule: 'compound-name',
    kind,
    name,
    after,
    note: `"${name}" is another place than ${m.placeId}: place it on the map`,
  });
}

/** «باب X» (and «معبر باب X»): the place named with the gate word, or null. */
function namedAfterGate(
  nt: Normalised,
  toks: readonly Token[],
  taken: Uint8Array,
  m: PlaceMatch,
): PlaceMatch | null {
  const t = toks.findIndex((x) => x.start <= m.start && m.start < x.end);
  const gate = toks[t - 1];
  const sp = gate && splits(gate.n).find((x) => !x.article && AR_COMPOUND_BEFORE.has(x.rest));
  if (!gate || !sp || taken[t - 1] || toks[t]!.start !== m.start || !adjacent(nt.cps, gate.end, m.start))
    return null;
  let kind = AR_COMPOUND_BEFORE.get(sp.rest)!;
  let start = nt.map[gate.ni + sp.skip]!;
  taken[t - 1] = 1;
  const cueTok = toks[t - 2];
  const cue = cueTok && !taken[t - 2] && adjacent(nt.cps, cueTok.end, gate.start) ? cueOf(cueTok) : null;
  if (cue && cueTok) {
    kind = cue.cue.kind;
    start = nt.map[cueTok.ni + cue.skip]!;
    taken[t - 2] = 1;
  }
  const name = nt.cps.slice(start, m.end).join('');
  const after = nt.cps.slice(nt.map[gate.ni + sp.skip]!, m.end).join('');
  return compound(m, start, m.end, kind, name, after);
}

const cueOf = (tok: Token) => {
  for (const sp of splits(tok.n)) {
    const cue = !sp.article && AR_CUE.get(sp.rest);
    if (cue && cue.proposes) return { cue, skip: sp.skip };
  }
  return null;
};

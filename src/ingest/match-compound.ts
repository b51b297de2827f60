/**
 * A settlement's name followed by a compass word that Sudanese and Egyptian usage makes part of
 * another place's name: «الخرطوم بحري» (Khartoum North, a city of its own), «X قبلي» (X South). The
 * known settlement's match gives way to an unknown place of its kind named by both words, for the
 * editor to place (rule `compound-name`); every occurrence has the same kind and name, so the draft
 * has one such place.
 */
import { norm } from './normalize.ts';
import { adjacent, type MatchIndex, type PlaceMatch } from './match-index.ts';
import type { Normalised, Token } from './normalize.ts';

/** Words after a settlement's name that make a different place's name (normalised). */
export const AR_COMPOUND_AFTER = new Set(['بحري', 'قبلي'].map(norm));

const SETTLEMENT = new Set(['city', 'town', 'village']);

/** `out` with every such match replaced by the compound name's proposal; marks its word taken. */
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
    const t = toks.findIndex((x) => x.end === m.end);
    const next = toks[t + 1];
    if (t < 0 || !next || taken[t + 1] || !AR_COMPOUND_AFTER.has(next.n)) return m;
    if (!adjacent(nt.cps, m.end, next.start)) return m;
    taken[t + 1] = 1;
    const name = nt.cps.slice(m.start, next.end).join('');
    return {
      start: m.start,
      end: next.end,
      placeId: null,
      role: 'place',
      rule: 'compound-name',
      candidates: [],
      kind,
      name,
      after: name,
      note: `"${name}" is another place than ${m.placeId}: place it on the map`,
    };
  });
}

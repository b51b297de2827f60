/**
 * A country of two islands named by one of them (issue 18, round 27): "Antigua" reads Antigua and
 * Barbuda by the first part of its name (`firstPartOfPair`), which is right in a story of the state
 * but wrong in one that names the other island on its own: "residents of Barbuda were taken to
 * Antigua" moves people between the two islands; "ferries from Trinidad to Tobago" likewise.
 *
 * Trigger: a bare mention read as a shipped country by the first part of its "A and B" name, when the
 * article names B on its own (a mention whose words are B's): the island A, a region no source gives
 * a shape to, proposed. Guards: a mention that stands for a government ("Antigua said") keeps the
 * country; the country's full name or its other names keep it.
 * Examples: "ferries from Trinidad to Tobago" (Trinidad and Tobago), "Barbuda's residents fled to
 * Antigua" (Antigua and Barbuda).
 */
import { firstPartOfPair, nameTokens, type MatchIndex, type PlaceMatch } from './match-index.ts';
import type { Normalised } from './normalize.ts';

export function pairPartsAsIslands(
  nt: Normalised,
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  const words = (m: PlaceMatch) => nameTokens(nt.cps.slice(m.start, m.end).join('')).join(' ');
  const named = new Set(out.map(words));
  return out.map((m) => {
    const e = m.placeId ? index.entries.get(m.placeId) : undefined;
    if (!e || e.world || e.kind !== 'country' || m.role !== 'place') return m;
    const read = words(m);
    const other = e.names.en.find((n) => {
      const first = firstPartOfPair(n);
      if (!first || nameTokens(first).join(' ') !== read) return false;
      const rest = nameTokens(n).slice(nameTokens(first).length + 1);
      return rest.length > 0 && named.has(rest.join(' '));
    });
    if (!other) return m;
    return {
      start: m.start,
      end: m.end,
      placeId: null,
      role: 'place',
      rule: `${m.rule} pair-island`,
      candidates: [],
      kind: 'region',
      name: nt.cps.slice(m.start, m.end).join(''),
      after: nt.cps.slice(m.start, m.end).join(''),
      note: `one island of ${other}, whose other part the text names on its own: place it on the map`,
    };
  });
}

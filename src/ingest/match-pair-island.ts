/**
 * A country of two islands named by one of them (issue 18, round 27): "Antigua" reads Antigua and
 * Barbuda by the first part of its name (`firstPartOfPair`), which is right in a story of the state
 * but wrong in one that names the other island on its own: "residents of Barbuda were taken to
 * Antigua" moves people between the two islands; "ferries from Trinidad to Tobago" likewise.
 *
 * Trigger: a bare mention read as a shipped country by the first part of its "A and B" name, when the
 * article names B on its own (a mention whose words are B's): the island A, a region no source gives
 * a shape to, proposed. A first-level unit so read ("southwestern Newfoundland" after "Newfoundland
 * and Labrador"), or a country, is the Natural Earth island of that name ("Island of Newfoundland")
 * where the text names B on its own or the pair in full. Guards: a mention that stands for a government ("Antigua said") keeps the
 * country; the country's full name or its other names keep it.
 * Examples: "ferries from Trinidad to Tobago" (Trinidad and Tobago), "Barbuda's residents fled to
 * Antigua" (Antigua and Barbuda).
 */
import { NE_PHYSICAL_TITLE } from './gazetteer.ts';
import { firstPartOfPair, nameTokens, readAs, type MatchIndex, type PlaceMatch } from './match-index.ts';
import type { Normalised } from './normalize.ts';
import type { GazetteerEntry } from './types.ts';
import { unknownPlace } from './unknown-place.ts';

const islandsCache = new WeakMap<MatchIndex, Map<string, GazetteerEntry>>();

/** Natural Earth's islands by their name's words without "island of" or "island" ("newfoundland"). */
function islandsByName(index: MatchIndex): Map<string, GazetteerEntry> {
  let map = islandsCache.get(index);
  if (map) return map;
  map = new Map();
  for (const e of index.entries.values()) {
    if (e.source.title !== NE_PHYSICAL_TITLE || !/^island\b/iu.test(e.note ?? '')) continue;
    for (const n of e.names.en) {
      const words = nameTokens(n.replace(/^island of |^isle of | island$/iu, '')).join(' ');
      if (words && !map.has(words)) map.set(words, e);
    }
  }
  islandsCache.set(index, map);
  return map;
}

export function pairPartsAsIslands(
  nt: Normalised,
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  const words = (m: PlaceMatch) => nameTokens(nt.cps.slice(m.start, m.end).join('')).join(' ');
  const named = new Set(out.map(words));
  return out.map((m) => {
    const e = m.placeId ? index.entries.get(m.placeId) : undefined;
    const pair = e?.kind === 'country' ? !e.world : e?.kind === 'governorate' && !!e.world;
    if (!e || !pair || m.role !== 'place') return m;
    const read = words(m);
    const full = (n: string) => {
      const first = firstPartOfPair(n);
      return first && nameTokens(first).join(' ') === read ? nameTokens(n) : null;
    };
    const other = e.names.en.find((n) => {
      const rest = full(n)?.slice(read.split(' ').length + 1) ?? [];
      return rest.length > 0 && named.has(rest.join(' '));
    });
    // A Natural Earth island of that name, where the text names the pair in full or its other part.
    const island = islandsByName(index).get(read);
    if (island && (other || e.names.en.some((n) => full(n) && named.has(full(n)!.join(' ')))))
      return readAs(m, island.id, 'pair-island', `the island ${island.names.en[0]}, not ${e.names.en[0]}`);
    if (!other || e.kind !== 'country') return m;
    return unknownPlace({
      start: m.start,
      end: m.end,
      rule: `${m.rule} pair-island`,
      kind: 'region',
      name: nt.cps.slice(m.start, m.end).join(''),
      after: nt.cps.slice(m.start, m.end).join(''),
      note: `one island of ${other}, whose other part the text names on its own: place it on the map`,
    });
  });
}

/**
 * The world's first-level units (Natural Earth admin-1 entries of kind `governorate`, issue 18) grouped
 * by "<country>|<key>" for a key of their names: the one walk of the units that the readings by spelling
 * (`match-named-feature.ts` `unitSpellings`) and by direction (`match-direction-unit.ts`) share. Built
 * once per index and key function; `keys` must be a module-level function, as it is the cache's key.
 */
import type { MatchIndex } from './match-index.ts';
import type { GazetteerEntry } from './types.ts';

export type UnitKeys = (e: GazetteerEntry) => Iterable<string>;

const built = new WeakMap<MatchIndex, Map<UnitKeys, Map<string, GazetteerEntry[]>>>();

/** The world units by "<country>|<key>", each unit once per key, in the index's order. */
export function worldUnitsBy(index: MatchIndex, keys: UnitKeys): Map<string, GazetteerEntry[]> {
  let byKeys = built.get(index);
  if (!byKeys) built.set(index, (byKeys = new Map()));
  let map = byKeys.get(keys);
  if (map) return map;
  map = new Map();
  for (const e of index.entries.values()) {
    if (!e.world || e.kind !== 'governorate' || !e.country) continue;
    for (const k of new Set(keys(e))) {
      const key = `${e.country}|${k}`;
      const list = map.get(key);
      if (list) list.push(e);
      else map.set(key, [e]);
    }
  }
  byKeys.set(keys, map);
  return map;
}

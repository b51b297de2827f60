/**
 * The world's rivers and lakes by their bare English names ("Niger" for the Niger River, "Chad" for
 * Lake Chad), read once per index: the one walk the river and lake rules share
 * (`match-named-feature.ts` by name, `match-keyed-feature.ts` by consonant key).
 */
import type { MatchIndex } from './match-index.ts';

export interface WorldWater {
  kind: 'river' | 'lake';
  /** The English name without its river or lake word, as the source writes it. */
  bare: string;
  id: string;
}

const cache = new WeakMap<MatchIndex, readonly WorldWater[]>();

/** Every world river's and lake's bare English names, in index order. */
export function worldWaters(index: MatchIndex): readonly WorldWater[] {
  let list = cache.get(index);
  if (list) return list;
  const out: WorldWater[] = [];
  for (const e of index.entries.values()) {
    if (!e.world) continue;
    const kind = e.kind === 'river' ? 'river' : e.id.startsWith('ne-lake-') ? 'lake' : null;
    if (!kind) continue;
    for (const n of e.names.en) {
      const bare = kind === 'river' ? /^(?:(.+) River|River (.+))$/u.exec(n) : /^Lake (.+)$/u.exec(n);
      const name = bare?.[1] ?? bare?.[2];
      if (name) out.push({ kind, bare: name, id: e.id });
    }
  }
  list = out;
  cache.set(index, list);
  return list;
}

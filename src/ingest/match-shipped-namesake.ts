/**
 * A shipped city abroad gives way to its namesake in a country the article names (issue 18, round
 * 23). The shipped gazetteer holds the places of reviewed articles; its Tripoli is Lebanon's. A
 * report from Manchester that says «وفي طرابلس، قالت قوة الردع الليبية …» and names Libya means
 * Libya's capital; the ranking puts a shipped entry first when no country of the article is its own.
 *
 * Trigger: a name read as a shipped settlement of a country no other place of the article lies in
 * and no country reading names, when one of its other readings is a world settlement of a country
 * the article names (a country reading). Guards: one such reading only; the name's later mentions
 * follow its first.
 */
import { familyOf, type MatchIndex, type PlaceMatch } from './match-index.ts';
import type { GazetteerEntry } from './types.ts';

export function shippedNamesakes(out: readonly PlaceMatch[], index: MatchIndex): PlaceMatch[] {
  const entry = (id: string | null) => (id ? index.entries.get(id) : undefined);
  const named = new Set<string>();
  const held = new Map<string, number>();
  for (const m of out) {
    const e = entry(m.placeId);
    if (!e?.country) continue;
    if (e.kind === 'country') named.add(e.country);
    else held.set(e.country, (held.get(e.country) ?? 0) + 1);
  }
  const turned = new Map<string, GazetteerEntry>();
  for (const m of out) {
    const e = entry(m.placeId);
    if (!e || e.world || !e.country || familyOf(e.kind) !== 'settlement' || turned.has(e.id)) continue;
    if (named.has(e.country) || (held.get(e.country) ?? 0) > out.filter((o) => o.placeId === e.id).length)
      continue;
    const alts = m.candidates
      .map((id) => entry(id))
      .filter(
        (a): a is GazetteerEntry =>
          !!a?.world && familyOf(a.kind) === 'settlement' && !!a.country && named.has(a.country),
      );
    if (alts.length === 1) turned.set(e.id, alts[0]!);
  }
  if (!turned.size) return [...out];
  return out.map((m) => {
    const to = m.placeId ? turned.get(m.placeId) : undefined;
    if (!to) return m;
    return {
      ...m,
      placeId: to.id,
      candidates: [to.id, ...m.candidates.filter((id) => id !== to.id)],
      rule: `${m.rule} shipped-namesake`,
      note: `the namesake in a country the article names; could also be ${m.placeId}`,
    };
  });
}

/**
 * A country named like a first-level unit of the country the article's units lie in is that unit
 * (issue 18, round 17): "Georgia" beside North Carolina, Florida and Tennessee is the state, "Victoria"
 * beside Queensland and New South Wales the Australian state. The matcher ranks a country before its
 * namesakes without a cue; here the article's other places decide, when two or more of them are
 * first-level units of the unit's country. A unit of the country itself (the State of Mexico beside
 * Jalisco and Guerrero) leaves the country.
 */
import type { MatchIndex, PlaceMatch } from './match-index.ts';
import type { GazetteerEntry } from './types.ts';

export function unitsOverCountries(out: readonly PlaceMatch[], index: MatchIndex): PlaceMatch[] {
  const entry = (id: string | null) => (id ? index.entries.get(id) : undefined);
  const placed = out.map((m) => entry(m.placeId)).filter((e): e is GazetteerEntry => !!e);
  return out.map((m) => {
    const chosen = entry(m.placeId);
    if (chosen?.kind !== 'country' || m.candidates.length < 2) return m;
    const own = new Set(m.candidates);
    const units = new Map<string, number>();
    for (const o of placed)
      if (!own.has(o.id) && o.world && o.kind === 'governorate' && o.country)
        units.set(o.country, (units.get(o.country) ?? 0) + 1);
    const pick = m.candidates
      .map((id) => entry(id))
      .find(
        (a) =>
          !!a?.world &&
          a.kind === 'governorate' &&
          a.country !== chosen.country &&
          (units.get(a.country ?? '') ?? 0) >= 2,
      );
    if (!pick) return m;
    return {
      ...m,
      placeId: pick.id,
      candidates: [pick.id, ...m.candidates.filter((id) => id !== pick.id)],
      rule: `${m.rule} unit-over-country`,
      note: `a first-level unit of the country the article's units lie in; could also be the country ${chosen.names.en[0] ?? chosen.id}`,
    };
  });
}

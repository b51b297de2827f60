/**
 * «بلدة سرداريا» (issue 18, round 16): a settlement cue before a first-level unit's name names the
 * unit's namesake town, when GeoNames has a settlement of the unit's English name in its country
 * (Sirdaryo, the town, in the Sirdaryo region). match.ts proposed a new town named after the unit
 * (`cue-other-kind`), as the town has no Arabic name of its own. The reverse of `seatUnits`.
 */
import { familyOf, keyOf, nameTokens, readAs, type MatchIndex, type PlaceMatch } from './match-index.ts';
import type { GazetteerEntry } from './types.ts';

export function townsOfUnits(out: readonly PlaceMatch[], index: MatchIndex): PlaceMatch[] {
  return out.map((m) => {
    if (m.placeId !== null || !m.namedAfter || !m.kind || familyOf(m.kind) !== 'settlement') return m;
    if (!m.rule.startsWith('cue-other-kind')) return m;
    const unit = index.entries.get(m.namedAfter);
    if (unit?.kind !== 'governorate' || !unit.country) return m;
    const town = namesakeTown(unit, index);
    return town ? readAs(m, town.id, 'town-of-unit', `the town named like the unit ${unit.names.en[0]}`) : m;
  });
}

export const UNIT_WORD = /\s+(?:Prefecture|Province|Region|Governorate|State|District)$/u;

/**
 * The most populous settlement of `unit`'s country named like the unit: by its English names in
 * order, each without a trailing unit word ("Coyah Prefecture": Coyah; round 17).
 */
export function namesakeTown(unit: GazetteerEntry, index: MatchIndex): GazetteerEntry | undefined {
  for (const name of unit.names.en) {
    const town = townNamed(unit, index, name.replace(UNIT_WORD, ''));
    if (town) return town;
  }
  return undefined;
}

function townNamed(unit: GazetteerEntry, index: MatchIndex, name: string): GazetteerEntry | undefined {
  const k = keyOf(nameTokens(name));
  const p = (index.byFirst.get(k.toks[0] ?? '') ?? []).find(
    (x) => !x.org && x.toks.join(' ') === k.toks.join(' '),
  );
  return (p?.entryIds ?? [])
    .map((id) => index.entries.get(id))
    .filter(
      (e): e is GazetteerEntry => !!e && familyOf(e.kind) === 'settlement' && e.country === unit.country,
    )
    .sort((a, b) => (b.population ?? 0) - (a.population ?? 0))[0];
}

/**
 * A name the text gives a unit ("the Gayan and Barmal districts", "Spera district") and, elsewhere on
 * its own, reads as a minor world settlement of that name ("many villages in Gayan": Stêr Giyān, a
 * village GeoNames also calls Gayan): the bare name is the unit the text named. A settlement of
 * 5,000 people or more (or of the article's own shipped gazetteer) keeps its reading: "Hawija
 * district" and "Hawija" the town are both common. "Near" names a point: «قرب صرواح» after «مديرية
 * صرواح», "near Gayan", keep the settlement (round 20).
 */
import { MINOR_POPULATION } from './match-guards.ts';
import { nameTokens, type MatchIndex, type PlaceMatch } from './match-index.ts';
import type { Normalised } from './normalize.ts';
import { unknownPlace } from './unknown-place.ts';

/** Kinds of unit a bare name may stand for once the text has named one. */
const UNITS = new Set(['district', 'governorate', 'region']);

/** "Near" right before a name (matching form): «قرب», «بالقرب من», "near". */
const NEAR = /(?:^|[\s،,])(?:[وف]?(?:قرب|بالقرب من)|near)\s+$/iu;

export function unitsNamedInText(
  nt: Normalised,
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  const units = new Map<string, PlaceMatch>();
  for (const m of out)
    if (m.placeId === null && m.after && m.kind && UNITS.has(m.kind) && /cue-other-kind/u.test(m.rule))
      units.set(nameTokens(m.after).join(' '), m);
  if (units.size === 0) return [...out];
  return out.map((m) => {
    if (!m.placeId || m.rule.startsWith('cue')) return m;
    const e = index.entries.get(m.placeId);
    if (!e?.world || (e.population ?? 0) >= MINOR_POPULATION) return m;
    if (!['village', 'town', 'neighbourhood'].includes(e.kind)) return m;
    if (NEAR.test(nt.cps.slice(Math.max(0, m.start - 16), m.start).join(''))) return m;
    const unit = units.get(nameTokens(nt.cps.slice(m.start, m.end).join('')).join(' '));
    if (!unit) return m;
    return unknownPlace({
      start: m.start,
      end: m.end,
      role: m.role,
      rule: 'unit-named-in-text',
      kind: unit.kind!,
      name: unit.name!,
      after: unit.after!,
      note: `the text names the ${unit.kind} "${unit.name}"; the minor place ${e.names.en[0] ?? e.id} (${e.id}) is less likely`,
    });
  });
}

/**
 * English names listed after a plural unit noun are units (issue 18, round 17): "the provinces of
 * Granada, Murcia and Almería", "the states of Sonora and Chihuahua", "the counties of Kerry and Cork".
 * A listed name read as a city or town whose candidates hold a first-level unit is that unit (the
 * matcher ranks the city first without a cue, and the cue word reaches only the name right after it).
 */
import { type MatchIndex, type PlaceMatch } from './match-index.ts';
import type { Normalised } from './normalize.ts';

const PLURAL_CUE = /\b(?:provinces|states|counties|prefectures|governorates|departments|regions) of $/iu;
const JOINED = /^(?:, | and |, and )$/u;

export function pluralUnitsEn(nt: Normalised, out: readonly PlaceMatch[], index: MatchIndex): PlaceMatch[] {
  const sorted = [...out].sort((a, b) => a.start - b.start);
  const listed = new Set<PlaceMatch>();
  sorted.forEach((m, i) => {
    const before = nt.cps.slice(Math.max(0, m.start - 20), m.start).join('');
    if (!PLURAL_CUE.test(before)) return;
    listed.add(m);
    for (let k = i + 1; k < sorted.length; k++) {
      if (!JOINED.test(nt.cps.slice(sorted[k - 1]!.end, sorted[k]!.start).join(''))) break;
      listed.add(sorted[k]!);
    }
  });
  return out.map((m) => {
    if (!listed.has(m) || !m.placeId || index.entries.get(m.placeId)?.kind === 'governorate') return m;
    const unit = m.candidates
      .map((id) => index.entries.get(id))
      .find((e) => !!e?.world && e.kind === 'governorate');
    if (!unit) return m;
    return {
      ...m,
      placeId: unit.id,
      candidates: [unit.id, ...m.candidates.filter((id) => id !== unit.id)],
      rule: `${m.rule} plural-unit-list`,
      note: 'listed after a plural unit noun ("the provinces of"): the unit',
    };
  });
}

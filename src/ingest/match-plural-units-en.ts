/**
 * English names listed after a plural unit noun are units (issue 18, round 17): "the provinces of
 * Granada, Murcia and Almería", "the states of Sonora and Chihuahua", "the counties of Kerry and Cork".
 * A listed name read as a city or town whose candidates hold a first-level unit is that unit (the
 * matcher ranks the city first without a cue, and the cue word reaches only the name right after it).
 * Round 23: after "districts of" ("the districts of Dadu and Jacobabad", Pakistan; "the hill districts
 * of Gorkha and Nuwakot", Nepal) a listed name read as a town is the district named after it, proposed
 * as an unknown district (no source has second-level units but US counties); a district the index has
 * and a name read as a unit keep their reading.
 */
import { familyOf, readAs, type MatchIndex, type PlaceMatch } from './match-index.ts';
import type { Normalised } from './normalize.ts';
import { unknownPlace } from './unknown-place.ts';

const PLURAL_CUE =
  /\b(provinces|states|counties|prefectures|governorates|departments|regions|districts) of $/iu;
const JOINED = /^(?:, | and |, and )$/u;

export function pluralUnitsEn(nt: Normalised, out: readonly PlaceMatch[], index: MatchIndex): PlaceMatch[] {
  const sorted = [...out].sort((a, b) => a.start - b.start);
  /** Each listed name and the plural noun before its list. */
  const listed = new Map<PlaceMatch, string>();
  sorted.forEach((m, i) => {
    const before = nt.cps.slice(Math.max(0, m.start - 20), m.start).join('');
    const cue = PLURAL_CUE.exec(before)?.[1]?.toLowerCase();
    if (!cue) return;
    listed.set(m, cue);
    for (let k = i + 1; k < sorted.length; k++) {
      if (!JOINED.test(nt.cps.slice(sorted[k - 1]!.end, sorted[k]!.start).join(''))) break;
      listed.set(sorted[k]!, cue);
    }
  });
  return out.map((m) => {
    const cue = listed.get(m);
    if (cue === 'districts') return district(nt, m, index);
    if (!cue || !m.placeId || index.entries.get(m.placeId)?.kind === 'governorate') return m;
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

/** A name listed after "districts of": a town's name is the district named after it. */
function district(nt: Normalised, m: PlaceMatch, index: MatchIndex): PlaceMatch {
  const e = m.placeId ? index.entries.get(m.placeId) : undefined;
  if (!e || familyOf(e.kind) !== 'settlement') return m;
  const known = m.candidates.map((id) => index.entries.get(id)).find((x) => x?.kind === 'district');
  if (known) return readAs(m, known.id, 'plural-unit-list', 'listed after "districts of": the district');
  const name = nt.cps.slice(m.start, m.end).join('');
  return unknownPlace({
    start: m.start,
    end: m.end,
    role: m.role,
    rule: `${m.rule} plural-unit-list`,
    kind: 'district',
    name,
    after: name,
    namedAfter: e.id,
    note: 'listed after "districts of": the district named after the town',
  });
}

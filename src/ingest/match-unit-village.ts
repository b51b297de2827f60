/**
 * A village a cue word names inside a first-level unit the article names (issue 18, round 28): "the
 * pilgrimage town of Kedarnath … across Uttarakhand" is GeoNames' Kedarnath, 77 km from the state's
 * label point. `cueNamedPlaces` reads a left-out village only within its `VILLAGE_KM` of the
 * article's places, and a state's point is no place the village is near; `districtTowns` (round 22)
 * already reads a village inside a unit the article names, and this does the same for a settlement
 * cue.
 *
 * Trigger (English): an unknown settlement a cue word proposed ("the town of X", "the village of X":
 * `cue-unknown-name`), whose name is a GeoNames village the world index leaves out, inside the box of
 * a first-level unit the article names, in that unit's country; the nearest to the article's places
 * wins. Its later bare mentions (`same-name-later`, the same name) follow. Guards: a name of one
 * word, or two (round 29b: "the town of Hay River" in the Northwest Territories); a cue's own kind
 * must admit the village (`townFits`: a quarter is no city). Examples: "the
 * mountain village of Kedarnath … in Uttarakhand" (India), "the town of Schuld in
 * Rhineland-Palatinate" (Germany).
 */
import { km } from './gazetteer.ts';
import { insideNamedUnit } from './match-district-town.ts';
import { villageNamed, type MatchIndex, type PlaceMatch } from './match-index.ts';
import { cueReadsTown, townFits } from './match-quarter-towns.ts';
import { norm } from './normalize.ts';
import type { GazetteerEntry } from './types.ts';

export function villagesInNamedUnits(out: readonly PlaceMatch[], index: MatchIndex): PlaceMatch[] {
  const known = out.flatMap((m) => (m.placeId ? [index.entries.get(m.placeId)] : [])).filter((e) => !!e);
  const inUnit = insideNamedUnit(known);
  const countries = new Set(known.flatMap((e) => (e.kind === 'governorate' && e.country ? [e.country] : [])));
  const points = known.filter((e) => e.kind !== 'country').map((e) => e.point);
  if (!countries.size) return [...out];
  const dist = (e: GazetteerEntry) => Math.min(Infinity, ...points.map((p) => km(p, e.point)));
  const found = new Map<string, GazetteerEntry>();
  for (const m of out) {
    if (m.placeId !== null || !m.after || !m.kind || m.rule !== 'cue-unknown-name') continue;
    if (found.has(m.after) || m.after.trim().split(/\s+/u).length > 2 || !cueReadsTown(m, 'en')) continue;
    const v = villageNamed(index, norm(m.after))
      .filter((x) => !!x.country && countries.has(x.country) && inUnit(x) && townFits(m, x))
      .sort((a, b) => dist(a) - dist(b))[0];
    if (v) found.set(m.after, v);
  }
  if (!found.size) return [...out];
  return out.map((m) => {
    const v = m.placeId === null && m.after ? found.get(m.after) : undefined;
    if (!v || !/^(?:cue-unknown-name|same-name-later)$/u.test(m.rule)) return m;
    index.entries.set(v.id, v);
    return {
      start: m.start,
      end: m.end,
      role: m.role,
      placeId: v.id,
      rule: `${m.rule} unit-village`,
      candidates: [v.id],
      note: `a GeoNames village inside a first-level unit the article names (${v.names.en[0] ?? v.id}): check it`,
    };
  });
}

/**
 * A first-level unit that holds the article's places, over a namesake town far from them (issue 18,
 * round 27): "In Florida, the eye crossed Key West" in a story that also names Cuba is the US state,
 * not the town of Florida in Cuba; "floods in Victoria reached Geelong and Ballarat" is the
 * Australian state, not a town of that name abroad. The namesake rules (`namesakesByGeography`,
 * `namesakesByCountry`) move a town only towards another town; a unit has no population to rank by.
 *
 * Trigger (English): a mention read as a GeoNames settlement whose candidates hold a first-level
 * unit whose box holds at least two of the article's other places (settlements, districts, units;
 * not countries or world regions), when the chosen town lies outside that box, or inside it but
 * `FAR_INSIDE_KM` or more from every settlement of the article (round 30: "an emergency for New
 * York" in a story from Buffalo is the state): the unit, for every mention of the name so read.
 * Guards: the chosen town is no capital, and outside the box no city of five million (`wellKnown`);
 * none of the article's other settlements lies within `BESIDE_KM` of it (a town among the article's
 * places is meant); a cue word keeps its reading.
 */
import { inBox, km } from './gazetteer.ts';
import { familyOf, readAs, wellKnown, type MatchIndex, type PlaceMatch } from './match-index.ts';
import type { Normalised } from './normalize.ts';
import type { GazetteerEntry } from './types.ts';

/** A town this near one of the article's settlements is among its places. */
const BESIDE_KM = 100;

/** A town inside the unit this far from every settlement of the article is not among its places. */
const FAR_INSIDE_KM = 250;

export function unitsHoldingPlaces(
  nt: Normalised,
  out: readonly PlaceMatch[],
  index: MatchIndex,
  lang: 'ar' | 'en',
): PlaceMatch[] {
  if (lang !== 'en') return [...out];
  const text = (m: PlaceMatch) => nt.cps.slice(m.start, m.end).join('');
  const entry = (id: string | null) => (id ? index.entries.get(id) : undefined);
  const moved = new Map<string, GazetteerEntry>();
  for (const m of out) {
    const e = entry(m.placeId);
    if (!e?.world || familyOf(e.kind) !== 'settlement' || e.actor || /cue/u.test(m.rule)) continue;
    if (moved.has(text(m))) continue;
    const own = new Set(m.candidates);
    const others = [
      ...new Set(
        out
          .filter((o) => text(o) !== text(m))
          .flatMap((o) => entry(o.placeId) ?? [])
          .filter((o) => !own.has(o.id) && o.kind !== 'country' && o.kind !== 'region'),
      ),
    ];
    const nearest = Math.min(
      Infinity,
      ...others.filter((o) => familyOf(o.kind) === 'settlement').map((o) => km(o.point, e.point)),
    );
    if (nearest < BESIDE_KM) continue;
    // A town inside the unit is the unit only when it lies far from all the article's places (round
    // 30: "western New York" in a story from Buffalo), and a great city only then.
    const inside = (c: GazetteerEntry) => inBox(e.point, c.bbox!);
    const unit = m.candidates
      .map((id) => entry(id))
      .find(
        (c): c is GazetteerEntry =>
          c?.kind === 'governorate' &&
          !!c.bbox &&
          (inside(c) ? nearest >= FAR_INSIDE_KM : !wellKnown(e)) &&
          others.filter((o) => o !== c && inBox(o.point, c.bbox!)).length >= 2,
      );
    if (unit) moved.set(text(m), unit);
  }
  if (!moved.size) return [...out];
  return out.map((m) => {
    const unit = moved.get(text(m));
    const e = entry(m.placeId);
    return unit && e && familyOf(e.kind) === 'settlement' && !/cue/u.test(m.rule)
      ? readAs(
          m,
          unit.id,
          'unit-holds-places',
          `${unit.names.en[0]}, the unit that holds the article's places, not a namesake town far from them`,
        )
      : m;
  });
}

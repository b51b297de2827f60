/**
 * A national capital named bare, over the first-level unit named like it (issue 18, round 27): "the
 * government in Managua said" is the capital of Nicaragua, not the department of Managua; "talks
 * opened in Tegucigalpa" likewise. A capital is an actor and known without context; the unit around
 * it is named with its word ("Managua department", "the province of Kabul"), which is a cue.
 *
 * Trigger: a mention read as a GeoNames first-level unit, with no cue word, whose candidates hold a
 * capital (a world settlement that is an actor) inside the unit's box: the capital. Guards: a cue
 * word keeps the unit; a unit without a box, or a capital outside it, keeps it.
 * Examples: "ministers met in Managua" (Nicaragua), "protests in Kabul" (Afghanistan).
 */
import { familyOf, readAs, type MatchIndex, type PlaceMatch } from './match-index.ts';

export function capitalsOverUnits(out: readonly PlaceMatch[], index: MatchIndex): PlaceMatch[] {
  return out.map((m) => {
    const e = m.placeId ? index.entries.get(m.placeId) : undefined;
    if (!e?.world || e.kind !== 'governorate' || !e.bbox || /cue/u.test(m.rule)) return m;
    const [w, s, east, n] = e.bbox;
    const capital = m.candidates
      .map((id) => index.entries.get(id))
      .find(
        (c) =>
          !!c?.world &&
          !!c.actor &&
          familyOf(c.kind) === 'settlement' &&
          c.point[0] >= w &&
          c.point[0] <= east &&
          c.point[1] >= s &&
          c.point[1] <= n,
      );
    return capital
      ? readAs(
          m,
          capital.id,
          'capital-over-unit',
          `the capital ${capital.names.en[0]}, not the unit named like it`,
        )
      : m;
  });
}

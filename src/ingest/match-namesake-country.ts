/**
 * A namesake town in a country the article never names, where another reading of the name lies in
 * the article's country, is that other one (issue 18, round 23): in a report from Copiapó about a mine
 * in Chile, "the streets of Santiago" is Chile's capital, not Santiago in Costa Rica; "crowds in
 * Trujillo" beside Chiclayo and Lima is Trujillo, Peru, not Trujillo, Honduras. The matcher ranks by
 * reach of the article's places; a name read once as a place in that other country (San José, later
 * read as a mine) can leave its pull behind.
 *
 * Trigger (English): a mention read as a GeoNames settlement whose country holds none of
 * the article's other readings (its countries and its places'), when the name's candidates hold a
 * settlement in one of those countries: the most populous such reading, for every mention of the
 * name so read. Guards: the chosen reading is neither a capital nor a city of five million
 * (`wellKnown`); the article's other readings hold at least two places (not countries) in the new
 * reading's country (a country named in passing decides nothing).
 */
import { familyOf, wellKnown, readAs, type MatchIndex, type PlaceMatch } from './match-index.ts';
import type { Normalised } from './normalize.ts';
import type { GazetteerEntry } from './types.ts';

export function namesakesByCountry(
  nt: Normalised,
  out: readonly PlaceMatch[],
  index: MatchIndex,
  lang: 'ar' | 'en',
): PlaceMatch[] {
  if (lang !== 'en') return [...out];
  const text = (m: PlaceMatch) => nt.cps.slice(m.start, m.end).join('');
  const entry = (id: string | null) => (id ? index.entries.get(id) : undefined);
  const settlement = (e: GazetteerEntry | undefined): e is GazetteerEntry =>
    !!e && !!e.world && !!e.country && familyOf(e.kind) === 'settlement';
  const moved = new Map<string, GazetteerEntry>();
  for (const m of out) {
    const e = entry(m.placeId);
    if (!settlement(e) || wellKnown(e) || moved.has(text(m))) continue;
    const others = out.filter((o) => text(o) !== text(m)).flatMap((o) => entry(o.placeId) ?? []);
    const count = new Map<string, number>();
    for (const o of others) if (o.country) count.set(o.country, (count.get(o.country) ?? 0) + 1);
    if (count.has(e.country!)) continue;
    for (const o of others)
      if (o.kind === 'country' && o.country) count.set(o.country, count.get(o.country)! - 1);
    const home = m.candidates
      .map((id) => entry(id))
      .filter(settlement)
      .filter((c) => (count.get(c.country!) ?? 0) >= 2)
      .sort((a, b) => (b.population ?? 0) - (a.population ?? 0))[0];
    if (home) moved.set(text(m), home);
  }
  if (!moved.size) return [...out];
  return out.map((m) => {
    const home = moved.get(text(m));
    return home && m.placeId && settlement(entry(m.placeId))
      ? readAs(
          m,
          home.id,
          'namesake-country',
          `the ${home.names.en[0]} in the article's country, not a namesake abroad`,
        )
      : m;
  });
}

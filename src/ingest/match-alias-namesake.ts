/**
 * A capital read by one of its other names gives way to a namesake of that main name near the
 * article's places (issue 18, round 27): GeoNames lists "Georgetown" among the names of St George's,
 * Grenada's capital, so "In Georgetown, ash covered roads" in a story of St Vincent read the capital,
 * not Georgetown, St Vincent, whose own name it is. The namesake rules (`namesakesByGeography`) leave
 * a capital alone, as a capital is known without context; by a name not its own it is not.
 *
 * Trigger (English): a mention read as a GeoNames capital or city of five million (`wellKnown`) whose
 * first English name is not the mention's words, when a settlement among its candidates has them as
 * its first name and lies within `NEAR_KM` of the article's other places (median) and at most half
 * as far as the chosen one: that settlement, for every mention of the name so read. Guards: two or
 * more other places to measure against; a cue word keeps its reading.
 * Examples: "in Georgetown" beside Kingstown (St Vincent, not Grenada's capital), "in San Fernando"
 * beside Port of Spain (Trinidad) where a capital lists that name.
 */
import {
  familyOf,
  nameTokens,
  NEAR_KM,
  readAs,
  wellKnown,
  type MatchIndex,
  type PlaceMatch,
} from './match-index.ts';
import { medianKm } from './match-namesakes.ts';
import type { Normalised } from './normalize.ts';
import type { GazetteerEntry } from './types.ts';

export function namesakesOfOtherNames(
  nt: Normalised,
  out: readonly PlaceMatch[],
  index: MatchIndex,
  lang: 'ar' | 'en',
): PlaceMatch[] {
  if (lang !== 'en') return [...out];
  const words = (m: PlaceMatch) => nameTokens(nt.cps.slice(m.start, m.end).join('')).join(' ');
  const entry = (id: string | null) => (id ? index.entries.get(id) : undefined);
  const moved = new Map<string, GazetteerEntry>();
  for (const m of out) {
    const e = entry(m.placeId);
    const read = words(m);
    if (!e?.world || !wellKnown(e) || familyOf(e.kind) !== 'settlement' || /cue/u.test(m.rule)) continue;
    if (moved.has(read) || nameTokens(e.names.en[0] ?? '').join(' ') === read) continue;
    const own = new Set(m.candidates);
    const points = out
      .filter((o) => words(o) !== read)
      .flatMap((o) => entry(o.placeId) ?? [])
      .filter((o) => !own.has(o.id) && o.kind !== 'country' && o.kind !== 'region')
      .map((o) => o.point);
    if (points.length < 2) continue;
    const dc = medianKm(e.point, points);
    const [best] = m.candidates
      .flatMap((id) => entry(id) ?? [])
      .filter(
        (c) =>
          c !== e && familyOf(c.kind) === 'settlement' && nameTokens(c.names.en[0] ?? '').join(' ') === read,
      )
      .map((c) => [c, medianKm(c.point, points)] as const)
      .sort((a, b) => a[1] - b[1]);
    if (best && best[1] < NEAR_KM && best[1] * 2 <= dc) moved.set(read, best[0]);
  }
  if (!moved.size) return [...out];
  return out.map((m) => {
    const to = moved.get(words(m));
    const e = entry(m.placeId);
    return to && e && wellKnown(e) && !/cue/u.test(m.rule)
      ? readAs(
          m,
          to.id,
          'own-name-namesake',
          `${to.names.en[0]}, whose own name this is, near the article's places`,
        )
      : m;
  });
}

/**
 * A name is the place whose own name it is, not one named by a part of it (issue 18, round 18):
 * GeoNames lists "New Delhi" among the alternate names of Delhi, a city of eleven million, and "Rio
 * Grande do Sul" among those of the city of Rio Grande; ranked by population, the namesake that only
 * lists the name wins over the place called so. In India "Navi Mumbai" is not Mumbai, in Spain the
 * province of Santa Cruz de Tenerife not a town of Santa Cruz.
 *
 * Trigger: the chosen reading's first name (in the text's language) is a shorter part of the name as
 * written, whole words ("Delhi" of "New Delhi"), and exactly one other reading's first name is the
 * name as written. Guards: both readings lie in the same country, and the chosen one is no country.
 * A first name in another form (Nairobi the city, Nairobi the county) is no evidence. English only:
 * in Arabic a name and its epithet are one place («مكة المكرمة» is «مكة»).
 */
import type { MatchIndex, PlaceMatch } from './match-index.ts';
import { norm, type Normalised } from './normalize.ts';

export function firstNames(
  nt: Normalised,
  out: readonly PlaceMatch[],
  index: MatchIndex,
  lang: 'ar' | 'en',
): PlaceMatch[] {
  return out.map((m) => {
    const chosen = m.placeId ? index.entries.get(m.placeId) : undefined;
    if (lang !== 'en' || !chosen || chosen.kind === 'country' || m.candidates.length < 2) return m;
    const written = norm(nt.cps.slice(m.start, m.end).join(''));
    const first = (id: string) => {
      const n = index.entries.get(id)?.names[lang][0];
      return n !== undefined && norm(n) === written;
    };
    // The chosen reading's own name is a part of the name as written ("Delhi" of "New Delhi"): a
    // shorter name, another place.
    const mine = norm(chosen.names[lang][0] ?? '');
    if (!mine || mine === written || !` ${written} `.includes(` ${mine} `)) return m;
    const own = m.candidates.filter((id) => id !== chosen.id && first(id));
    const e = own.length === 1 ? index.entries.get(own[0]!) : undefined;
    if (!e || e.country !== chosen.country) return m;
    return {
      ...m,
      placeId: e.id,
      candidates: [e.id, ...m.candidates.filter((id) => id !== e.id)],
      rule: `${m.rule} first-name`,
      note: `the place whose own name this is; ${chosen.names.en[0] ?? chosen.id} only lists it among other names`,
    };
  });
}

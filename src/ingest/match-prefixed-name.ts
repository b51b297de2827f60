/**
 * A known place's name after a capitalised "Fort" or "Port" is a longer name no source has (issue 18,
 * round 29b): "Fort Providence" (Northwest Territories) is the hamlet, not Providence, Rhode Island;
 * "Port Kembla" (New South Wales), where the index knows only Kembla, is the port town. The matcher
 * reads the longest name it knows, and a far namesake of the shorter one then pulls the article's
 * readings towards its country.
 *
 * Trigger (English): a gazetteer reading right after "Fort " or "Port " (capitalised, one space). It
 * becomes an unknown settlement named as written ("Fort X" a village, "Port X" a town, as the bench's
 * labels write such names), or the GeoNames village of the longer name the world index leaves out,
 * in a country of the article's other places. Guards: only a settlement, unit or feature reading of
 * the name, not a country's ("Port Sudan" where only Sudan were known would still be the city, but
 * its country stays Sudan); a reading whose own names begin with the word stays.
 */
import { isUpper, villageNamed, type MatchIndex, type PlaceMatch } from './match-index.ts';
import { norm, type Normalised } from './normalize.ts';
import type { PlaceKind } from './types.ts';
import { unknownPlace } from './unknown-place.ts';

/** Words that open a settlement's longer name, and the kind such a name no source has is given. */
const PREFIXES = new Map<string, PlaceKind>([
  ['Fort', 'village'],
  ['Port', 'town'],
]);

export function prefixedNames(nt: Normalised, out: readonly PlaceMatch[], index: MatchIndex): PlaceMatch[] {
  const countries = new Set(
    out.flatMap((m) => (m.placeId ? [index.entries.get(m.placeId)?.country] : [])).filter((c) => !!c),
  );
  return out.map((m) => {
    if (!m.placeId || m.role !== 'place' || !isUpper(nt.cps[m.start])) return m;
    const before = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+) $/u.exec(
      nt.cps.slice(Math.max(0, m.start - 8), m.start).join(''),
    );
    const kind = before ? PREFIXES.get(before[1]!) : undefined;
    const e = index.entries.get(m.placeId);
    if (!before || !kind || !e || e.kind === 'country') return m;
    if (e.names.en.some((n) => norm(n).startsWith(`${norm(before[1]!)} `))) return m;
    const start = m.start - before[1]!.length - 1;
    const name = nt.cps.slice(start, m.end).join('');
    const v = villageNamed(index, norm(name)).find((x) => !!x.country && countries.has(x.country));
    if (v) {
      index.entries.set(v.id, v);
      return {
        start,
        end: m.end,
        role: m.role,
        placeId: v.id,
        rule: 'prefixed-name geonames-village',
        candidates: [v.id],
        note: `a GeoNames village in a country of the article's places (${v.names.en[0] ?? v.id}): check it`,
      };
    }
    return unknownPlace({
      start,
      end: m.end,
      rule: 'prefixed-name',
      kind,
      name,
      after: name,
      note: `"${before[1]}" opens a longer name no source has: place it on the map`,
    });
  });
}

/**
 * A bare name that is both a first-level unit and its seat city is the unit where the words mean the
 * unit (issue 18, round 14; the labels' rule, `identities.json` seats):
 *
 * - listed with a first-level unit of the same country, joined by "and", «و» or a comma ("in Quang
 *   Ninh and Haiphong", «محافظتا X وY» written bare, "in Nam Dinh province and in Thai Binh"): a list
 *   of units; so are seat names each read earlier as the unit with a cue word (round 25b);
 * - followed by "and the other provinces", «وباقي المحافظات» ("schools reopen in X and the other
 *   governorates"): a unit among units;
 * - after a governor's title («محافظ أسوان», «والي صفاقس», «حاكم ولاية»; round 17; "the governor
 *   of", round 20): the unit he governs;
 * - after "in" or «في» in a clause that names villages or towns ("flattened villages in Herat», «قرى
 *   بأكملها في هرات»; round 20): villages lie in the unit, not in its seat city.
 *
 * The unit is the city's reading among the name's candidates, or the world unit of its country that
 * holds the city and whose Latin name has the city's consonant key («المنامة»: Al Manāmah).
 */
import { opensDateline } from './match-guards.ts';
import type { MatchIndex, PlaceMatch } from './match-index.ts';
import type { Normalised } from './normalize.ts';
import { latinKey } from './spelling-key.ts';
import { inBox } from './gazetteer.ts';
import type { GazetteerEntry } from './types.ts';

const SETTLEMENT = new Set(['city', 'town', 'village']);
const JOINED = /^(?:\s*(?:,|،)\s*|\s+and\s+(?:in\s+)?|\s+و|\s*،\s*و)$/u;
const OTHER_UNITS =
  /^\s+(?:and\s+(?:the\s+)?other\s+(?:provinces|governorates|regions|states|prefectures|counties)|و(?:باقي|بقية|سائر)\s+(?:المحافظات|المناطق|الولايات|الأقاليم|المقاطعات))/u;

/**
 * Villages or towns earlier in the clause, then the clause's first "in" or «في» right before the name
 * («قرى في باوتشي ثم في كانو»: the villages are in Bauchi; Kano is read on its own).
 */
const VILLAGES_IN =
  /(?:^|[\s«"(])(?:villages|towns|hamlets|(?:[وف]?(?:ال)?)(?:قرى|بلدات))(?:\s+(?!(?:in|في)\s)[^\s.,،؛;!?؟\n]+){0,4}\s+(?:in|في)\s+$/iu;

/** An apposition that says city right after the name: "Haiphong, an industrial port", "X, the capital". */
const CITY_APPOSITION = /^\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:city|port|town|capital)\b/iu;

/** A governor's title right before the name (with «و» or «ل»): «محافظ», «والي», «حاكم», "governor of" (round 20). */
const GOVERNOR = /(?:^|\s)(?:[ول]?(?:محافظ|والي|حاكم)|governor\s+of)\s+$/iu;

const byCountry = new WeakMap<MatchIndex, Map<string, GazetteerEntry[]>>();
export function unitsOf(index: MatchIndex, country: string): readonly GazetteerEntry[] {
  let map = byCountry.get(index);
  if (!map) {
    map = new Map();
    for (const e of index.entries.values())
      if (e.world && e.kind === 'governorate' && e.country)
        map.set(e.country, [...(map.get(e.country) ?? []), e]);
    byCountry.set(index, map);
  }
  return map.get(country) ?? [];
}

/** The first-level unit named after the city `e`, holding it. */
export function seatUnit(e: GazetteerEntry, m: PlaceMatch, index: MatchIndex): GazetteerEntry | undefined {
  const inside = (u: GazetteerEntry) => !!u.bbox && inBox(e.point, u.bbox);
  const listed = m.candidates
    .map((id) => index.entries.get(id))
    .find((u) => !!u?.world && u.kind === 'governorate' && u.country === e.country);
  if (listed) return listed;
  // A final h after a vowel is a spelling, not a consonant: Al Manāmah ~ Manama.
  const key = (n: string) => latinKey(n).replace(/HA$/u, 'A');
  const keys = new Set(e.names.en.slice(0, 2).map(key));
  const units = unitsOf(index, e.country!).filter(
    (u) => inside(u) && u.names.en.some((n) => keys.has(key(n))),
  );
  return units.length === 1 ? units[0] : undefined;
}

export function seatUnits(nt: Normalised, out: readonly PlaceMatch[], index: MatchIndex): PlaceMatch[] {
  const sorted = [...out].sort((a, b) => a.start - b.start);
  const entry = (m: PlaceMatch | undefined) => (m?.placeId ? index.entries.get(m.placeId) : undefined);
  const gap = (a: PlaceMatch, b: PlaceMatch) => nt.cps.slice(a.end, b.start).join('');
  const turned = new Map<PlaceMatch, PlaceMatch>();
  sorted.forEach((m, i) => {
    const e = entry(m);
    if (!e?.world || !e.country || !SETTLEMENT.has(e.kind) || /\bcue-/u.test(m.rule)) return;
    const isUnit = (x: PlaceMatch | undefined) => {
      const u = entry(x);
      return !!u?.world && u.kind === 'governorate' && u.country === e.country;
    };
    const prev = sorted[i - 1];
    const next = sorted[i + 1];
    // Round 25b: a seat name the text read earlier as its unit with a cue word ("Nam Dinh province"),
    // listed with another such name or a unit, is the unit again ("the farms of Nam Dinh and Thai Binh").
    const cuedUnit = (x: PlaceMatch) => {
      const c = entry(x);
      const u = c && SETTLEMENT.has(c.kind) ? seatUnit(c, x, index) : undefined;
      return !!u && sorted.some((o) => o.end <= x.start && o.placeId === u.id && /\bcue-/u.test(o.rule));
    };
    const again = (x: PlaceMatch) => isUnit(x) || (cuedUnit(m) && cuedUnit(x));
    const listed =
      (prev && again(prev) && JOINED.test(gap(prev, m))) ||
      (next && again(next) && JOINED.test(gap(m, next)));
    const others = OTHER_UNITS.test(nt.cps.slice(m.end, m.end + 40).join(''));
    const governed = GOVERNOR.test(nt.cps.slice(Math.max(0, m.start - 14), m.start).join(''));
    const villages = VILLAGES_IN.test(nt.cps.slice(Math.max(0, m.start - 60), m.start).join(''));
    if (!listed && !others && !governed && !villages) return;
    const u = seatUnit(e, m, index);
    if (!u) return;
    turned.set(m, {
      ...m,
      placeId: u.id,
      candidates: [u.id, ...m.candidates.filter((id) => id !== u.id)],
      rule: `${m.rule} seat-unit`,
      note: listed
        ? 'listed with a first-level unit: the unit named after this city'
        : governed
          ? "after a governor's title: the unit named after this city"
          : villages
            ? 'villages or towns in it: the unit named after this city'
            : 'named with "the other" units: the unit named after this city',
    });
  });
  // Later bare mentions of a city listed with units are the unit too ("crossed Bohol and Cebu …
  // the storm swept over Cebu"), unless a dateline, a cue word or an apposition names the city
  // ("Haiphong, an industrial port") or it is a capital ("a hotel in Havana"; round 20).
  const first = new Map<string, PlaceMatch>();
  for (const [m, t] of turned)
    if (m.placeId && !first.has(m.placeId) && t.note?.startsWith('listed')) first.set(m.placeId, t);
  // Round 26: only to a mention written as the first was ("the Special Region of X" is no bare X).
  const text = (m: PlaceMatch) => nt.cps.slice(m.start, m.end).join('').toLowerCase();
  for (const m of sorted) {
    const t = m.placeId ? first.get(m.placeId) : undefined;
    if (!t || turned.has(m) || m.start < t.start || /\bcue-/u.test(m.rule) || text(m) !== text(t)) continue;
    if (opensDateline(nt, m.start, m.end) || entry(m)?.actor) continue;
    if (CITY_APPOSITION.test(nt.cps.slice(m.end, m.end + 50).join(''))) continue;
    turned.set(m, {
      ...t,
      start: m.start,
      end: m.end,
      role: m.role,
      note: 'read as the unit earlier in the text',
    });
  }
  return out.map((m) => turned.get(m) ?? m);
}

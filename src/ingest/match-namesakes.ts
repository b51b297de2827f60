/**
 * Namesake towns decided by the article's geography (issue 18, round 18): the matcher ranks a name's
 * GeoNames readings by whether they lie within reach of one of the article's places, then by
 * population; one stray reading among those places (a Paris, Texas, read wrongly) puts a large
 * namesake far away within reach. Here, once every name has a reading, the article's other places
 * decide among a name's settlement readings:
 *
 * - Trigger 1, the unit named before: a reading inside the box of the first-level unit named last
 *   before the name in the same sentence, when the chosen one is not ("Florida's Big Bend … near the
 *   town of Perry": Perry, Florida, not Perry, Georgia; "in Bavaria, near Neustadt").
 * - Trigger 2, the nearer one: a reading whose median distance to the article's other places is
 *   under `NEAR_KM` and at most half the chosen one's ("Ozu" beside Kumamoto and Mashiki: Ōzu,
 *   Kumamoto, not Ōzu, Ehime; "Marshall" beside Asheville: Marshall, North Carolina, not Texas). In
 *   English the readings include the GeoNames villages the world index leaves out, of the name, in a
 *   country of the article's places ("the village of Dale" beside Bergen and Voss, not Dale, Indiana,
 *   when the article also names Seattle).
 * - Trigger 3, the great city (round 24): a chosen town under `SMALL_TOWN` people, no nearer than
 *   `BESIDE_KM` to any of the article's settlements (a named unit's box drew it in), gives way to a
 *   namesake city of a million in a country of the article's places ("run from Houston" in a story
 *   of Louisiana and Mississippi: Houston, Texas, not Houston, Mississippi; "flights left Belém" in
 *   one of Paraíba: the city of Pará, not the town in Paraíba).
 *
 * Guards: only a chosen GeoNames settlement that is neither a capital nor a city of five million
 * (those are known without context), only towards another settlement reading of the name, only with
 * two or more of the article's other places to measure against (the median of their distances is not
 * moved by one stray reading), and only at a name's first mention: its later mentions take the same
 * reading ("through Brandenburg to reach Frankfurt" after "Frankfurt, Mainz and Wiesbaden").
 */
import { inBox, km } from './gazetteer.ts';
import {
  familyOf,
  NEAR_KM,
  villageNamed,
  wellKnown,
  type MatchIndex,
  type PlaceMatch,
} from './match-index.ts';
import { norm, type Normalised } from './normalize.ts';
import type { GazetteerEntry } from './types.ts';

/** Trigger 3's sizes: a small town named bare, and a city every reader of its country knows. */
const SMALL_TOWN = 50_000;
export const GREAT_CITY = 1_000_000;
/** A small town this near one of the article's settlements is among its places. */
const BESIDE_KM = 100;

/** A sentence ends between two spans when their gap holds a full stop, a question mark or a line break. */
const SENTENCE_END = /[.!?؟\n]/u;

/** The median distance (km) from `p` to `points`. */
export function medianKm(
  p: readonly [number, number],
  points: readonly (readonly [number, number])[],
): number {
  const ds = points.map((q) => km(p, q as [number, number])).sort((a, b) => a - b);
  const mid = ds.length >> 1;
  return ds.length % 2 ? ds[mid]! : (ds[mid - 1]! + ds[mid]!) / 2;
}

const inUnit = (e: GazetteerEntry, b: readonly number[]) => inBox(e.point, b);

export function namesakesByGeography(
  nt: Normalised,
  out: readonly PlaceMatch[],
  index: MatchIndex,
  lang: 'ar' | 'en',
): PlaceMatch[] {
  const entry = (id: string | null) => (id ? index.entries.get(id) : undefined);
  const text = nt.cps;
  // A name's first mention decides for its later ones (one name, one place in an article): "to reach
  // Vancouver" after "Washington state" is still the Vancouver of the dateline.
  const first = new Map<string, { from: string | null; read: PlaceMatch | null }>();
  return out.map((m, i) => {
    const chosen = entry(m.placeId);
    const name = chosen ? bareName(norm(text.slice(m.start, m.end).join('')), chosen) : '';
    const decided = first.get(name);
    if (decided)
      return decided.read && decided.from === m.placeId
        ? pick(m, entry(decided.read.placeId)!, decided.read.note!.replace(/; could also be .*$/u, ''))
        : m;
    const read = chosen ? firstMention(m, i, chosen, name) : m;
    if (name) first.set(name, { from: m.placeId, read: read === m ? null : read });
    return read;
  });

  function firstMention(m: PlaceMatch, i: number, chosen: GazetteerEntry, name: string): PlaceMatch {
    if (!chosen.world || familyOf(chosen.kind) !== 'settlement' || wellKnown(chosen)) return m;
    const own = new Set(m.candidates);
    const alts = m.candidates
      .map((id) => entry(id))
      .filter((e): e is GazetteerEntry => !!e && e !== chosen && familyOf(e.kind) === 'settlement');
    // The unit named last before the name, in its sentence.
    let unit: GazetteerEntry | undefined;
    for (let j = i - 1; j >= 0; j--) {
      const o = out[j]!;
      if (SENTENCE_END.test(text.slice(o.end, m.start).join(''))) break;
      const e = entry(o.placeId);
      if (e?.kind === 'governorate' && e.bbox && !own.has(e.id)) {
        unit = e;
        break;
      }
    }
    if (unit && !inUnit(chosen, unit.bbox!)) {
      const inside = alts.filter((a) => inUnit(a, unit.bbox!));
      if (inside.length === 1)
        return pick(m, inside[0]!, `inside ${unit.names.en[0] ?? unit.id}, named before it`);
    }
    const others = out.map((o) => entry(o.placeId)).filter((e): e is GazetteerEntry => !!e && !own.has(e.id));
    const points = others.filter((e) => e.kind !== 'country' && e.kind !== 'region').map((e) => e.point);
    if (points.length < 2) return m;
    // In English, the GeoNames villages the world index leaves out, of the name, in a country of the
    // article's places ("the village of Princeton", British Columbia, beside Merritt and Hope).
    const countries = new Set(others.map((e) => e.country));
    if (lang === 'en')
      alts.push(...villageNamed(index, name).filter((v) => v.country && countries.has(v.country)));
    const dc = medianKm(chosen.point, points);
    const [best] = alts.map((a) => [a, medianKm(a.point, points)] as const).sort((a, b) => a[1] - b[1]);
    if (!best || best[1] >= NEAR_KM || best[1] * 2 > dc) return greatCity(m, chosen, alts, others, countries);
    if (!index.entries.has(best[0].id)) index.entries.set(best[0].id, best[0]);
    return pick(m, best[0], 'the namesake nearest the article’s other places');
  }

  /** Trigger 3 (round 24): a great city of the article's countries over a small namesake off its places. */
  function greatCity(
    m: PlaceMatch,
    chosen: GazetteerEntry,
    alts: readonly GazetteerEntry[],
    others: readonly GazetteerEntry[],
    countries: ReadonlySet<string | undefined>,
  ): PlaceMatch {
    const size = chosen.population ?? 0;
    if (size >= SMALL_TOWN) return m;
    const towns = others.filter((e) => familyOf(e.kind) === 'settlement');
    if (towns.some((e) => km(e.point, chosen.point) < BESIDE_KM)) return m;
    const great = alts
      .filter((a) => (a.population ?? 0) >= GREAT_CITY && countries.has(a.country))
      .sort((a, b) => (b.population ?? 0) - (a.population ?? 0))[0];
    return great
      ? pick(m, great, 'a great city of the article’s country, not a small namesake off its places')
      : m;
  }
}

/** The name of `chosen` the span (normalised) ends with: "princeton" of "village of princeton". */
function bareName(span: string, chosen: GazetteerEntry): string {
  const n = [...chosen.names.en, ...chosen.names.ar].map(norm).find((x) => span.endsWith(x));
  return n ?? span;
}

function pick(m: PlaceMatch, e: GazetteerEntry, why: string): PlaceMatch {
  return {
    ...m,
    placeId: e.id,
    candidates: [e.id, ...m.candidates.filter((id) => id !== e.id)],
    rule: `${m.rule} namesake-geography`,
    note: `${why}; could also be ${m.placeId}`,
  };
}

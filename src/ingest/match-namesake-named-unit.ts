/**
 * A namesake town outside every first-level unit the article names gives way to the reading of its
 * name inside one of them (issue 18, round 29): in a story of the Northwest Territories and Alberta,
 * "Residents of Fort Smith" is the Fort Smith on the territory's southern edge, not the city in
 * Arkansas; in one of Rondônia and Pará, "the town of Altamira" is Altamira, Pará, not its namesake
 * in Goiás. `namesakesByGeography` asks a reading to be near the median of the article's places,
 * which an article that runs across a vast unit never is; a unit's box is the article's own word for
 * where its places are.
 *
 * Trigger: a mention read as a GeoNames settlement lying in no box of a first-level unit the article
 * names, when another settlement reading of its name (a candidate, or in English a GeoNames village
 * the world index leaves out) lies inside one of them, in that unit's country: the most populous
 * such reading, for every mention of the name so read. Guards: the chosen reading is neither a
 * capital nor a city of a million (`GREAT_CITY`: "run from Houston" in a story of Louisiana); it
 * lies farther than `ACROSS_BORDER_KM` from every named unit's box (its own name's included:
 * "Puebla" the city is in Puebla the state; "Neustadt" beside Bavaria may be the Neustadt just
 * across its border) and than `NEAR_KM` from every settlement where the article places something
 * ("Tlalpan" beside Mexico City); the
 * unit holding the new reading is named by another mention than the name's own (a town is not its
 * own unit's evidence).
 */
import { inBox, km } from './gazetteer.ts';
import {
  ACROSS_BORDER_KM,
  familyOf,
  NEAR_KM,
  villageNamed,
  wellKnown,
  readAs,
  type MatchIndex,
  type PlaceMatch,
} from './match-index.ts';
import { GREAT_CITY } from './match-namesakes.ts';
import { norm, type Normalised } from './normalize.ts';
import type { GazetteerEntry } from './types.ts';

export function namesakesInNamedUnits(
  nt: Normalised,
  out: readonly PlaceMatch[],
  index: MatchIndex,
  lang: 'ar' | 'en',
): PlaceMatch[] {
  const text = (m: PlaceMatch) => norm(nt.cps.slice(m.start, m.end).join(''));
  const entry = (id: string | null) => (id ? index.entries.get(id) : undefined);
  const settlement = (e: GazetteerEntry | undefined): e is GazetteerEntry =>
    !!e && !!e.world && !!e.country && familyOf(e.kind) === 'settlement';
  const units = new Map<string, GazetteerEntry>();
  for (const m of out) {
    const e = entry(m.placeId);
    if (e?.kind === 'governorate' && e.bbox) units.set(e.id, e);
  }
  if (!units.size) return [...out];
  // The article's settlements where it places something (not an actor: "Brasília said").
  const towns = out.flatMap((m) => {
    const e = entry(m.placeId);
    return m.role === 'place' && e && familyOf(e.kind) === 'settlement' ? [{ name: text(m), e }] : [];
  });
  const holder = (e: GazetteerEntry, own: ReadonlySet<string>) =>
    [...units.values()].find((u) => !own.has(u.id) && u.country === e.country && inBox(e.point, u.bbox!));
  const moved = new Map<string, GazetteerEntry>();
  for (const m of out) {
    const e = entry(m.placeId);
    const name = text(m);
    if (!settlement(e) || wellKnown(e) || (e.population ?? 0) >= GREAT_CITY || moved.has(name)) continue;
    const own = new Set(m.candidates);
    if ([...units.values()].some((u) => boxKm(e.point, u.bbox!) < ACROSS_BORDER_KM)) continue;
    if (towns.some((t) => t.name !== name && km(t.e.point, e.point) < NEAR_KM)) continue;
    const alts = m.candidates.map((id) => entry(id)).filter(settlement);
    if (lang === 'en') alts.push(...villageNamed(index, bareName(name, e)));
    const home = alts
      .filter((a) => a !== e && holder(a, own))
      .sort((a, b) => (b.population ?? 0) - (a.population ?? 0))[0];
    if (home) moved.set(name, home);
  }
  if (!moved.size) return [...out];
  return out.map((m) => {
    const home = moved.get(text(m));
    if (!home || !settlement(entry(m.placeId))) return m;
    if (!index.entries.has(home.id)) index.entries.set(home.id, home);
    return readAs(
      m,
      home.id,
      'namesake-named-unit',
      `the ${home.names.en[0] ?? home.id} inside a first-level unit the article names, not a namesake outside them`,
    );
  });
}

/** Distance (km) from `p` to the nearest point of box `b` ([west, south, east, north]); 0 inside it. */
function boxKm(p: readonly [number, number], b: readonly number[]): number {
  const x = Math.min(Math.max(p[0], b[0]!), b[2]!);
  const y = Math.min(Math.max(p[1], b[1]!), b[3]!);
  return km(p, [x, y]);
}

/** The name of `chosen` the span (normalised) ends with: "altamira" of "town of altamira". */
function bareName(span: string, chosen: GazetteerEntry): string {
  return chosen.names.en.map(norm).find((x) => span.endsWith(x)) ?? span;
}

/**
 * What the article's other names say about where it is (split from match.ts): the one reading of a
 * name that anchors the article (`soleReading`), the countries named only in passing
 * (`passingCountries`), the anchors seen from one name (`anchorsOf`) and the world places accepted
 * by their context alone (`acceptedWorld`).
 */
import { km } from './gazetteer.ts';
import {
  acceptable,
  wellKnown,
  familyOf,
  type Anchors,
  type Hit,
  type MatchIndex,
  type PlaceMatch,
} from './match-index.ts';
import { isOwnSignal, ownSignals } from './match-own-signals.ts';
import type { Normalised, Token } from './normalize.ts';
import type { GazetteerEntry } from './types.ts';

/**
 * The one reading of a hit that anchors the article: its only entry, its country among minor
 * namesakes, or, when every reading lies within `AGREE_KM` of the others (a city and the
 * governorate named after it, «اللاذقية»), its settlement.
 */
const soleReading = (h: Hit, index: MatchIndex): GazetteerEntry | undefined =>
  h.pattern.entryIds.length === 1
    ? index.entries.get(h.pattern.entryIds[0]!)
    : (countryReading(h.pattern.entryIds, index) ?? agreeingReading(h.pattern.entryIds, index));

/**
 * The hit, read as nothing, still anchored the article as a place would: its one reading is no
 * world-index guess (or is a capital or a city of five million), and no country. Such a hit must not
 * anchor ("Sound" of "Puget Sound" is no Øresund); a country read as nothing still says where the
 * article is ("Kenya Power cut the supply in Kisumu").
 */
export function anchorsAlone(h: Hit, index: MatchIndex): boolean {
  const e = h.pattern.org ? undefined : soleReading(h, index);
  return !!e && e.kind !== 'country' && !(e.world && !wellKnown(e));
}

/** Readings this near (km) one another say the same about where the article is. */
const AGREE_KM = 100;

function agreeingReading(ids: readonly string[], index: MatchIndex): GazetteerEntry | undefined {
  const es = ids.map((id) => index.entries.get(id)).filter((e) => !!e);
  if (es.length < 2 || es.some((e) => e.kind === 'country' || (e.world && !wellKnown(e)))) return undefined;
  if (!es.every((a) => es.every((b) => km(a.point, b.point) <= AGREE_KM))) return undefined;
  return es.find((e) => familyOf(e.kind) === 'settlement') ?? es[0];
}

/**
 * Countries named in passing, when the article has a focus: a country named twice or more, or
 * holding one of its sure places (a shipped place, a capital or a city of five million). A country
 * named once beside such a focus, holding none of those places, says little about where the
 * article's other names lie: "Germany, Japan and the United States promised help" at the end of a
 * report from Italy makes neither Onna (a town in Japan) nor Moscow (Idaho) near; it still vouches
 * for its cities ("rescue teams from Miami"), see `isNear`. Without a focus every named country
 * anchors fully.
 */
export function passingCountries(claimed: readonly Hit[], index: MatchIndex): Set<string> {
  const named = new Map<string, number>();
  const held = new Set<string>();
  for (const h of claimed) {
    if (h.pattern.org) continue;
    const e = soleReading(h, index);
    if (!e) continue;
    if (e.kind === 'country') named.set(e.id, (named.get(e.id) ?? 0) + 1);
    else if (e.country && (!e.world || wellKnown(e))) held.add(e.country);
  }
  const out = new Set<string>();
  for (const [id, n] of named) {
    const code = index.entries.get(id)?.country;
    if (n === 1 && !(code && held.has(code))) out.add(id);
  }
  return out.size < named.size ? out : new Set();
}

/** Widest box, in degrees of longitude or latitude, that a named region lends the article as context. */
const CONTEXT_BOX_DEG = 30;

/**
 * A region whose box spans an ocean's width (the Indian Ocean, the Mediterranean): naming it tells
 * the shores of many countries, not a neighbourhood, so it lends no box to the article's context
 * (else «صباح», "morning", is Sabah because the Indian Ocean's box holds Borneo). Countries keep theirs.
 */
const oceanWide = (e: GazetteerEntry) =>
  e.kind === 'region' &&
  !!e.bbox &&
  (e.bbox[2] - e.bbox[0] > CONTEXT_BOX_DEG || e.bbox[3] - e.bbox[1] > CONTEXT_BOX_DEG);

/**
 * The article's other places, as seen from hit `self`: the points of names with one reading that is
 * not a world-index guess (or is a capital or a city of five million), the world places already
 * accepted by their context (`accepted`), and the countries they name or lie in, with their boxes;
 * not the countries named in passing (`passing`); and the country of the last of them before `self`.
 */
export function anchorsOf(
  claimed: readonly Hit[],
  self: Hit | undefined,
  index: MatchIndex,
  accepted: ReadonlyMap<Hit, GazetteerEntry> = new Map(),
  passing: ReadonlySet<string> = new Set(),
): Anchors {
  const anchors: Anchors & Required<Omit<Anchors, 'recent'>> = {
    points: [],
    countries: new Set(),
    boxes: [],
    passing: new Set(),
    passingBoxes: [],
  };
  // The article's own signals (match-own-signals.ts) may hold a demonym, read as its country: no
  // name. A signal anchors its own name too (a dateline that is the article's only place).
  const inText = new Set(claimed);
  const signals = [...accepted.keys()].filter((h) => !inText.has(h));
  for (const h of [...claimed, ...signals]) {
    if ((h === self && !isOwnSignal(h)) || h.pattern.org) continue;
    const e = accepted.get(h) ?? soleReading(h, index);
    if (!e || (e.world && !wellKnown(e) && !accepted.has(h))) continue;
    if (e.country && self && h.start < self.start) anchors.recent = e.country;
    if (passing.has(e.id)) {
      if (e.country) anchors.passing.add(e.country);
      if (e.bbox) anchors.passingBoxes.push(e.bbox);
      continue;
    }
    if (e.country) anchors.countries.add(e.country);
    if (e.kind !== 'country' && e.kind !== 'region') anchors.points.push(e.point);
    else if (e.bbox && !oceanWide(e)) anchors.boxes.push(e.bbox);
  }
  return anchors;
}

/**
 * The article's anchors as the proposals after matching give them (the post-passes of
 * `match-round12.ts`): the points of the places proposed (not countries or regions), their
 * countries, and the boxes of the countries proposed.
 */
export function anchorsOfMatches(out: readonly PlaceMatch[], index: MatchIndex): Anchors {
  const known = out.flatMap((m) => (m.placeId ? [index.entries.get(m.placeId)] : [])).filter((e) => !!e);
  return {
    points: known.filter((e) => e.kind !== 'country' && e.kind !== 'region').map((e) => e.point),
    countries: new Set(known.flatMap((e) => (e.country ? [e.country] : []))),
    boxes: known.flatMap((e) => (e.kind === 'country' && e.bbox ? [e.bbox] : [])),
  };
}

/**
 * The country among a name's readings when the others are minor GeoNames namesakes ("Italy": the
 * country, not Italy, Texas) or its own capital («الكويت», «الجزائر»): it anchors the article like a
 * name with one reading.
 */
function countryReading(ids: readonly string[], index: MatchIndex): GazetteerEntry | undefined {
  const es = ids.map((id) => index.entries.get(id)).filter((e) => !!e);
  const countries = es.filter((e) => e.kind === 'country' && !e.world);
  const c = countries[0];
  if (countries.length !== 1 || !c) return undefined;
  return es.every((e) => e === c || (e.world && (!wellKnown(e) || capitalOf(e, c)))) ? c : undefined;
}

/** `e` is the capital of country `c` (a world capital in the same country). */
export const capitalOf = (e: GazetteerEntry, c: GazetteerEntry): boolean =>
  !!e.world && !!e.actor && e.kind !== 'country' && !!c.country && e.country === c.country;

/**
 * World places accepted by the context alone, in rounds: Gaza, near a named Egypt, then Jabalia near
 * Gaza. A name counts when exactly one of its readings is acceptable. When no name anchors the
 * article, its own signals (`text`: its dateline, a unit named bare, a demonym) start the rounds.
 */
export function acceptedWorld(
  claimed: readonly Hit[],
  index: MatchIndex,
  passing: ReadonlySet<string>,
  text?: { nt: Normalised; toks: readonly Token[]; lang: 'ar' | 'en' },
): Map<Hit, GazetteerEntry> {
  const accepted = new Map<Hit, GazetteerEntry>();
  const none = anchorsOf(claimed, undefined, index, accepted, passing);
  if (text && none.countries.size === 0 && none.points.length === 0 && !none.boxes?.length)
    for (const [h, e] of ownSignals(claimed, text.nt, text.toks, index, text.lang)) accepted.set(h, e);
  for (let round = 0; round < 4; round++) {
    let changed = false;
    for (const h of claimed) {
      if (h.pattern.org || accepted.has(h)) continue;
      const entries = h.pattern.entryIds.map((id) => index.entries.get(id)!).filter(Boolean);
      if (!entries.some((e) => e.world && !wellKnown(e))) continue;
      const anchors = anchorsOf(claimed, h, index, accepted, passing);
      const ok = entries.filter((e) => acceptable(e, anchors));
      if (ok.length === 1) {
        accepted.set(h, ok[0]!);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return accepted;
}

/**
 * Hits read first as a country that some country's first-level unit also names ("Georgia": the
 * country and the US state; round 30). Such a name alone can place an article about Alabama in the
 * Caucasus, and every town of it is then dropped as far away.
 */
export function doubtfulCountries(claimed: readonly Hit[], index: MatchIndex): Set<Hit> {
  const out = new Set<Hit>();
  for (const h of claimed) {
    const es = h.pattern.entryIds.map((id) => index.entries.get(id)).filter((e) => !!e);
    const country = es.find((e) => e.kind === 'country');
    if (country && es.some((e) => e.world && e.kind === 'governorate' && e.country !== country.country))
      out.add(h);
  }
  return out;
}

/** A reading without the doubtful countries wins when it places this many more of the article's names. */
const MORE_PLACED = 3;

/** Of two readings of the article, the one that places more names, by `MORE_PLACED` (else the first). */
export function betterRead<T extends { out: readonly { placeId: string | null }[] }>(first: T, other: T): T {
  const placed = (r: T) => r.out.filter((m) => m.placeId !== null).length;
  return placed(other) >= placed(first) + MORE_PLACED ? other : first;
}

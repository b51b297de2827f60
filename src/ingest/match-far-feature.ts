/**
 * A world river or lake far from every place the article names is a namesake (issue 18, round 18):
 * "the Taquari River burst its banks" in an article on Porto Alegre is Rio Grande do Sul's Taquari,
 * not Natural Earth's Taquari in the Pantanal, 1,000 km away. Trigger: a match read as a world
 * entry with a line (`vertices`: a river or a lake) none of whose vertices lies within `NEAR_KM` of
 * any place the article's proposals name (countries, regions and other lines aside). That is the distance
 * `riverPoint` places a river on its line by, and the matcher's own reach of "near the article": a
 * river that floods, cuts or carries away a named place runs within it. A country's box is no
 * anchor here (Brazil's holds both Taquaris). Guards: the article names at least two such places
 * (one is too few to judge by), and the name is written with its feature word ("X River", «نهر X»),
 * so it is proposed as an unknown river or lake of that name, with its later mentions. Examples:
 * "the Colorado River flooded Austin and Bastrop" (Texas's Colorado, not Natural Earth's of the
 * south-west) and "between Neuquén and Bahía Blanca … the Colorado River" (Argentina's). Round 29b:
 * a line through the box of a first-level unit the article names is no namesake ("the Xingu River"
 * in a story of Pará and Rondônia).
 *
 * The same holds for a Natural Earth physical label (a sea, island, range or named area,
 * `NE_PHYSICAL_TITLE`) whose bbox lies more than `NEAR_KM` from every such place, written with or
 * without a feature word: "landfall in Florida's Big Bend … near the town of Perry" is Florida's
 * coast, not the Big Bend desert of Texas. It is proposed as an unknown region of the name as written.
 */
import { inBox, km, NE_PHYSICAL_TITLE } from './gazetteer.ts';
import { NEAR_KM, type MatchIndex, type PlaceMatch } from './match-index.ts';
import { norm, type Normalised } from './normalize.ts';
import type { GazetteerEntry } from './types.ts';
import { unknownPlace } from './unknown-place.ts';

const FEATURE_WORDS = new Set(['river', 'lake', 'نهر', 'بحيرة'].map(norm));

/** A Natural Earth physical label: an area with a bbox. */
const physical = (e: GazetteerEntry) => e.source.title === NE_PHYSICAL_TITLE && !!e.bbox;

/** Distance (km) from `p` to the entry's bbox (0 inside it). */
const kmToBox = (e: GazetteerEntry, p: readonly [number, number]) => {
  const [w, s, east, n] = e.bbox!;
  return km([Math.min(east, Math.max(w, p[0])), Math.min(n, Math.max(s, p[1]))], p);
};

/** The entry's line, or a physical label's bbox, comes within `NEAR_KM` of one of `points`. */
const nearAny = (e: GazetteerEntry, points: readonly [number, number][]) =>
  e.vertices
    ? e.vertices.some((v) => points.some((p) => km(p, v) < NEAR_KM))
    : points.some((p) => kmToBox(e, p) < NEAR_KM);

/** A country this small (its box's diagonal, km) is a place to measure from, as a town is. */
const SMALL_COUNTRY_KM = 600;

/**
 * The points of the places the proposals name: no country, region, river or lake (no line). With
 * `small`, the points of small countries and territories too (Puerto Rico, Grenada; round 27): "north
 * of Puerto Rico and Hispaniola" names an island beside them, not a namesake far away.
 */
function placePoints(out: readonly PlaceMatch[], index: MatchIndex, small = false): [number, number][] {
  return out.flatMap((m) => {
    const e = m.placeId ? index.entries.get(m.placeId) : undefined;
    if (!e || e.vertices) return [];
    if (small && e.kind === 'country' && e.bbox)
      return km([e.bbox[0], e.bbox[1]], [e.bbox[2], e.bbox[3]]) < SMALL_COUNTRY_KM ? [e.point] : [];
    return e.kind !== 'country' && e.kind !== 'region' ? [e.point] : [];
  });
}

/** The boxes of the first-level units the proposals name. */
function unitBoxes(out: readonly PlaceMatch[], index: MatchIndex): (readonly number[])[] {
  return out.flatMap((m) => {
    const e = m.placeId ? index.entries.get(m.placeId) : undefined;
    return e?.kind === 'governorate' && e.bbox ? [e.bbox] : [];
  });
}

export function farFeatures(nt: Normalised, out: readonly PlaceMatch[], index: MatchIndex): PlaceMatch[] {
  const far = new Map<string, PlaceMatch>();
  let anchors: [number, number][] | undefined;
  let withSmall: [number, number][] | undefined;
  let units: (readonly number[])[] | undefined;
  for (const m of out) {
    const e = m.placeId ? index.entries.get(m.placeId) : undefined;
    if (!e || far.has(e.id)) continue;
    const line = !!e.world && !!e.vertices?.length;
    if (!line && !physical(e)) continue;
    const words = nt.cps.slice(m.start, m.end).join('').split(/\s+/u);
    if (line && (words.length < 2 || !words.some((w) => FEATURE_WORDS.has(norm(w))))) continue;
    anchors ??= placePoints(out, index);
    if (anchors.length < 2 || nearAny(e, anchors)) continue;
    // Round 29b: a line through a first-level unit the article names runs in it ("the Xingu River"
    // in a story of Pará, "the Kasai River" in one of Kasaï).
    units ??= unitBoxes(out, index);
    if (line && e.vertices!.some((v) => units!.some((b) => inBox(v, b)))) continue;
    // A sea, island or range (no line) beside a small country the article names is no namesake.
    withSmall ??= placePoints(out, index, true);
    if (!line && nearAny(e, withSmall)) continue;
    far.set(e.id, m);
  }
  if (far.size === 0) return [...out];
  return out.map((m) => {
    const first = m.placeId ? far.get(m.placeId) : undefined;
    if (!first) return m;
    const kind = index.entries.get(m.placeId!)!.kind;
    const name = nt.cps.slice(first.start, first.end).join('');
    return unknownPlace({
      start: m.start,
      end: m.end,
      role: m.role,
      rule: `${m.rule} far-feature`,
      kind,
      name,
      after: name
        .split(/\s+/u)
        .filter((w) => !FEATURE_WORDS.has(norm(w)))
        .join(' '),
      note: 'a feature the gazetteer knows only far from the article: place it on the map',
    });
  });
}

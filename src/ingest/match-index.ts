/**
 * The matcher's lookup structure and word-level readings, shared by match.ts (the pass over a text)
 * and match-context.ts (the words around a name): the index of gazetteer and organisation names by
 * first word, the clitic/article readings of an Arabic word, candidate ranking.
 */
import { AR_CUE, COMMON_WORDS, EN_CUE_AFTER, type Cue } from './cues.ts';
import { inBox, km } from './gazetteer.ts';
import { norm, normalise, tokens } from './normalize.ts';
import { consonants, missedLatinKeys } from './spelling-key.ts';
import type { GazetteerEntry, OrganisationName, PlaceKind } from './types.ts';
import { ARABIC, ARTICLE } from './clitics.ts';
import { minorNamesakeOfUnit } from './match-unit-reading.ts';
import { conventionalCountryNames } from './country-short-names.ts';
import { withoutLongAlef } from './long-alef.ts';
import { saintVariants } from './saint-names.ts';

export { ARABIC, ARTICLE, splits, type Split } from './clitics.ts';
export { withoutLongAlef } from './long-alef.ts';

export type MatchRole = 'place' | 'actor' | 'name-part';

/** One proposed place mention, offsets in code points of the original text, half-open. */
export interface PlaceMatch {
  start: number;
  end: number;
  /** The gazetteer entry chosen, or null for an unknown name introduced by a cue word. */
  placeId: string | null;
  role: MatchRole;
  rule: string;
  /** Every entry the name could be, chosen first. */
  candidates: string[];
  note?: string;
  /**
   * For an unknown name: the kind its cue word says, and the proposed name as written, cue word
   * included ("مخيم الهول", "Hawija district"); `after`, the name without its cue word (its later
   * occurrences on their own are the same place).
   */
  kind?: PlaceKind;
  name?: string;
  after?: string;
  /** A place of another kind a cue word names after a known one («نهر النيجر»): that one's id. */
  namedAfter?: string;
  /**
   * Where a river (an entry with `vertices`) is placed for this article: the vertex of its line
   * nearest the article's other places, and how far from them it is (m).
   */
  at?: { point: [number, number]; precision_m: number };
}

/**
 * `m`'s span read by a later rule as the entry `id`, its one candidate: `rule` is appended to `m`'s
 * rule, and an unknown name's fields (kind, name, after) are dropped with the rest of `m`.
 */
export function readAs(
  m: PlaceMatch,
  id: string,
  rule: string,
  note: string,
  at?: PlaceMatch['at'] | null,
): PlaceMatch {
  return {
    start: m.start,
    end: m.end,
    placeId: id,
    role: m.role,
    rule: `${m.rule} ${rule}`,
    candidates: [id],
    note,
    ...(at ? { at } : {}),
  };
}

export interface Pattern {
  toks: string[];
  /** The name's first word starts with the article ال (Arabic). */
  article: boolean;
  entryIds: string[];
  org?: OrganisationName;
}

/** The lookup structure built once from a gazetteer. */
export interface MatchIndex {
  byFirst: Map<string, Pattern[]>;
  /** World places by the keys of their Latin names no Arabic name of theirs has (`missedLatinKeys`). */
  byLatinKey: Map<string, string[]>;
  /** Every world place by the consonant keys of its first two Latin names, built on first use (`latinKeyed`). */
  byLatinKeyAll?: Map<string, string[]>;
  /**
   * GeoNames villages the world index leaves out: read only for a name a cue word introduces near
   * the article's places ("the village of Schuld"), through `villageNamed`; a village chosen joins
   * `entries`.
   */
  villages: { list: readonly GazetteerEntry[]; byName?: Map<string, GazetteerEntry[]> };
  /** Subdivision names (English, CLDR) by their tokens joined with a space: the countries that have one so named. */
  subdivisions: Map<string, Set<string>>;
  entries: Map<string, GazetteerEntry>;
}

/** A state, province or region's English name and its country (ISO 3166-1 alpha-2), with no geometry. */
export interface Subdivision {
  country: string;
  name: string;
}

export function nameTokens(name: string): string[] {
  return tokens(normalise(name)).map((t) => t.n);
}

/** First-token key: Arabic without the article, English without a leading "the". */
export function keyOf(toks: string[]): { toks: string[]; article: boolean } {
  const first = toks[0] ?? '';
  if (ARABIC.test(first) && first.startsWith(ARTICLE) && first.length > 3)
    return { toks: [first.slice(2), ...toks.slice(1)], article: true };
  if (first === 'the' && toks.length > 1) return { toks: toks.slice(1), article: false };
  return { toks, article: false };
}

/** Builds the index of every name and variant of `entries` and `organisations`. */
export function buildIndex(
  entries: readonly GazetteerEntry[],
  organisations: readonly OrganisationName[] = [],
  villages: readonly GazetteerEntry[] = [],
  subdivisionNames: readonly Subdivision[] = [],
): MatchIndex {
  const byFirst = new Map<string, Pattern[]>();
  const byKey = new Map<string, Pattern>();
  const add = (
    name: string,
    entryId: string | null,
    org?: OrganisationName,
    world = false,
    dotted = false,
  ) => {
    const all = nameTokens(name);
    // A common word, or an English cue word ("River"; "The River", a town's alias), is no place on its own.
    const one = all.length - +(all[0] === 'the') === 1 ? all.at(-1)! : '';
    if (!org && one && (COMMON_WORDS.has(one) || EN_CUE_AFTER.has(one))) return;
    const k = keyOf(all);
    // Nor is an Arabic cue word without the article: «جامعة» (university) is Djamaa in GeoNames, «معسكر»
    // (camp) Mascara; «جامعة القيروان» a university. With the article it may be one («الوادي», El Oued).
    if (world && !k.article && k.toks.length === 1 && AR_CUE.has(k.toks[0]!)) return;
    if (k.toks.length === 0 || (k.toks[0]!.length < 2 && !dotted)) return;
    const key = `${org ? 'o' : 'p'}|${k.article ? 1 : 0}|${k.toks.join(' ')}`;
    let p = byKey.get(key);
    if (!p) {
      p = { toks: k.toks, article: k.article, entryIds: [], ...(org ? { org } : {}) };
      byKey.set(key, p);
      const list = byFirst.get(k.toks[0]!) ?? [];
      list.push(p);
      byFirst.set(k.toks[0]!, list);
    }
    if (entryId && !p.entryIds.includes(entryId)) p.entryIds.push(entryId);
  };
  for (const e of entries)
    for (const n of [...e.names.ar, ...e.names.en]) {
      // A GeoNames Arabic name of one or two letters (أن، إن) is a particle far more often than a place.
      if (e.world && ARABIC.test(n) && nameTokens(n).join('').length < 3) continue;
      add(n, e.id, undefined, e.world);
      const first = e.kind === 'country' && !e.world ? firstPartOfPair(n) : null;
      if (first) add(first, e.id);
      if (e.world)
        for (const v of [...withoutLongAlef(n), ...saintVariants(n)]) add(v, e.id, undefined, true);
    }
  // "Britain", "U.K.": a country's conventional short names (`country-short-names.ts`).
  for (const e of entries)
    if (e.kind === 'country' && !e.world)
      for (const n of conventionalCountryNames(e.country)) add(n, e.id, undefined, false, true);
  // A world river's bare name ("Mekong" of "Mekong River"), indexed only when no other entry has that
  // name: read only after "the" in English (match.ts, `bareRiver`), never "Jordan" or "Niger".
  const bares = entries.flatMap((e) => {
    const bare = bareRiver(e);
    return bare && !byKey.has(`p|0|${keyOf(nameTokens(bare)).toks.join(' ')}`) ? [[bare, e.id] as const] : [];
  });
  for (const [bare, id] of bares) add(bare, id, undefined, true);
  for (const o of organisations) for (const n of o.names) add(n, null, o);
  const byLatinKey = new Map<string, string[]>();
  for (const e of entries) {
    if (!e.world) continue;
    for (const k of missedLatinKeys(e)) {
      if (consonants(k) < 3) continue;
      const list = byLatinKey.get(k) ?? [];
      list.push(e.id);
      byLatinKey.set(k, list);
    }
  }
  // A CLDR name that a first-level unit of the world index (Natural Earth) already has in that
  // country is read through that unit, with its point: one owner per name.
  const units = new Set(
    entries.flatMap((e) =>
      e.world && e.kind === 'governorate' && e.country
        ? e.names.en.map((n) => `${e.country}|${nameTokens(n).join(' ')}`)
        : [],
    ),
  );
  const subdivisions = new Map<string, Set<string>>();
  for (const d of subdivisionNames) {
    const k = nameTokens(d.name).join(' ');
    if (units.has(`${d.country}|${k}`)) continue;
    subdivisions.set(k, (subdivisions.get(k) ?? new Set()).add(d.country));
  }
  return {
    byFirst,
    byLatinKey,
    subdivisions,
    villages: { list: villages },
    entries: new Map(entries.map((e) => [e.id, e])),
  };
}

/** A name of two or more places joined by hyphens (Paganica-Tempera), each a capitalised word. */
const JOINED = /^\p{Lu}\p{Ll}{3,}(?:-\p{Lu}\p{Ll}{3,})+$/u;

/**
 * The left-out villages of that name (normalised), or with it as a part of a joined name (Paganica
 * is Paganica-Tempera); their name table is built on the first call.
 */
export function villageNamed(index: MatchIndex, name: string): readonly GazetteerEntry[] {
  let byName = index.villages.byName;
  if (!byName) {
    byName = new Map();
    for (const v of index.villages.list)
      for (const n of new Set(
        v.names.en.flatMap((n) => (JOINED.test(n) ? [n, ...n.split('-')] : [n])).map(norm),
      )) {
        const list = byName.get(n) ?? [];
        list.push(v);
        byName.set(n, list);
      }
    index.villages.byName = byName;
  }
  return byName.get(name) ?? [];
}

/**
 * A country's name made of two names joined by "and" / و is also written with the first alone:
 * "Bosnia" for Bosnia and Herzegovina, «ترينيداد» for «ترينيداد وتوباغو». Null for other names.
 */
export function firstPartOfPair(name: string): string | null {
  const m = /^(\S+) (?:and |&\s*|و(?=\S))\S/u.exec(name);
  // «جزر والس وفوتونا»: a later «و» is the conjunction, so this «و» opens a word (round 15).
  if (m && /[\u0621-\u064a]/u.test(name) && / و\S/u.test(name.slice(m[0].length))) return null;
  return m ? m[1]! : null;
}

export interface Hit {
  t0: number;
  t1: number; // exclusive
  start: number;
  end: number;
  pattern: Pattern;
  clitic: string;
}

export function isUpper(ch: string | undefined): boolean {
  return !!ch && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Only spaces (no punctuation) between two original offsets. */
export function adjacent(cps: readonly string[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!/\s/u.test(cps[i]!) || cps[i] === '\n') return false;
  return true;
}

const DEFAULT_ORDER: PlaceKind[] = [
  'city',
  'town',
  'village',
  'neighbourhood',
  'facility',
  'crossing',
  'river',
  'road',
  'border',
  'district',
  'governorate',
  'region',
  'country',
];

/** Kinds a cue word agrees with: a settlement cue any settlement, an admin cue any admin unit. */
export function familyOf(kind: PlaceKind): string {
  if (kind === 'city' || kind === 'town' || kind === 'village') return 'settlement';
  if (kind === 'governorate' || kind === 'district' || kind === 'region') return 'admin';
  if (kind === 'facility' || kind === 'crossing') return 'facility';
  return kind;
}

/** The places the rest of the article names: what an ambiguous or world-index name is near to. */
export interface Anchors {
  points: [number, number][];
  /** Boxes of the countries and regions named ([west, south, east, north]). */
  boxes?: [number, number, number, number][];
  /** ISO 3166-1 alpha-2 codes of the countries named or holding a named place. */
  countries: Set<string>;
  /**
   * The countries named only in passing (see match-anchors.ts `passingCountries`), by code or, for an
   * entry without one, by box: near for their cities only.
   */
  passing?: Set<string>;
  passingBoxes?: [number, number, number, number][];
  /** The country of the last of these places before the name: it decides between namesake units. */
  recent?: string;
}

/**
 * Within reach of the article's other places: 300 km of one, in a country it names, or inside (half
 * a degree around) a named country's or region's box; a country named in passing counts less.
 */
export const NEAR_KM = 300;
/** Degrees around a named country's box that still count as near it (Gaza beside Egypt). */
export const BOX_MARGIN = 0.5;

export function isNear(e: GazetteerEntry, anchors: Anchors | undefined, strict = false): boolean {
  if (!anchors) return false;
  if (e.country && anchors.countries.has(e.country)) return true;
  const [x, y] = e.point;
  // A place that lies in another country (its code says so) is near a named country only inside its
  // box, not in the band around it: Herceg Novi (Montenegro; Italian: Castelnuovo) lies just east of
  // Italy's box, Muqêr (Afghanistan) just west of India's.
  const m = e.country ? 0 : BOX_MARGIN;
  const inside = (b: readonly number[]) =>
    x >= b[0]! - m && x <= b[2]! + m && y >= b[1]! - m && y <= b[3]! + m;
  // A country named in passing vouches for its cities (Miami, when the United States sent help),
  // not for its towns and villages (Onna, Japan, in a report from Italy), and in `strict` mode (the
  // ranking of readings) for nothing: Moscow, Idaho, is not nearer than Moscow.
  if (!strict && e.kind === 'city') {
    if (e.country && anchors.passing?.has(e.country)) return true;
    if (anchors.passingBoxes?.some(inside)) return true;
  }
  if (anchors.boxes?.some(inside)) return true;
  return anchors.points.some((p) => km(p, e.point) < NEAR_KM);
}

/**
 * 0 for a place in a country the article names (or holds a named place in) or within
 * `ACROSS_BORDER_KM` of one of its places, 1 for one that lies elsewhere: a town inside a named country's box but across
 * its border and far from every place of the article (Bühl, Germany, inside France's box, in a story
 * from Chad) loses to a namesake in the article's own country (Bol, Chad), whatever their
 * populations. Only where the article has places of its own to judge by (a country alone says too
 * little: Rafah beside Egypt); a shipped entry or one without a country code, 0 (no evidence).
 */
/** A place across a border from the article's places is of the article this far from one, at most. */
export const ACROSS_BORDER_KM = 150;

export function inArticleGeography(e: GazetteerEntry, anchors: Anchors | undefined): number {
  if (!anchors?.points.length || !e.country || !e.world) return 0;
  if (anchors.countries.has(e.country)) return 0;
  return anchors.points.some((p) => km(p, e.point) < ACROSS_BORDER_KM) ? 0 : 1;
}

/** The bare name of a world river ("Mekong" of "Mekong River"), or null for any other entry. */
export function bareRiver(e: GazetteerEntry): string | null {
  if (!e.world || e.kind !== 'river') return null;
  const first = e.names.en[0] ?? '';
  const bare = first.replace(/ River$/u, '');
  return bare !== first && bare.length >= 4 ? bare : null;
}

/** A world place known without context: a capital or a city of five million. */
export function wellKnown(e: GazetteerEntry): boolean {
  return !!e.actor || (e.population ?? 0) >= 5_000_000;
}

/** A cue word vouches for a world place this far from the article's other places, at most. */
export const CUE_KM = 500;

const hasAnchors = (a: Anchors | undefined) =>
  !!a && (a.points.length > 0 || a.countries.size > 0 || (a.boxes?.length ?? 0) > 0);

/**
 * A neighbourhood is proposed without a cue only near the article's other places (when it names
 * any): «التقدم» ("the advance") is a quarter of al-Hasakah, not a word of a report from Yemen.
 * A world-index entry (GeoNames) is proposed only in context: near the article's other places
 * (300 km, or in a country it names), a capital or a city of five million, or after a cue word and
 * within 500 km of the other places (anywhere when there are none). A city of a million is not
 * enough: many such cities have Arabic names that are common words (هزة). A world first-level unit
 * without a cue is proposed only in a country the article names or holds a place of.
 */
export function acceptable(e: GazetteerEntry, anchors: Anchors | undefined, cue?: Cue): boolean {
  if (e.kind === 'neighbourhood' && !cue && !e.article && hasAnchors(anchors) && !isNear(e, anchors))
    return false;
  // A world first-level unit named bare (Tigray, Minas Gerais) only in a country the article names
  // or holds a place of: nearness alone would take a neighbour's province.
  if (e.world && e.kind === 'governorate' && !cue) return !!e.country && !!anchors?.countries.has(e.country);
  if (!e.world || wellKnown(e) || isNear(e, anchors) || lineNear(e, anchors)) return true;
  if (!cue) return false;
  // With its cue, a first-level unit of a country the article names, even in passing ("Brazil
  // reported arrivals in Roraima state").
  if (e.kind === 'governorate' && e.country && anchors?.passing?.has(e.country)) return true;
  const none = !anchors || (anchors.points.length === 0 && anchors.countries.size === 0);
  const at = e.vertices ?? [e.point];
  return none || (anchors?.points.some((p) => at.some((v) => km(p, v) < CUE_KM)) ?? false);
}

/** A river whose line passes near the article's places or through a country it names (the Mekong in Laos). */
function lineNear(e: GazetteerEntry, anchors: Anchors | undefined): boolean {
  return !!e.vertices && e.vertices.some((v) => isNear({ ...e, point: v }, anchors));
}

/**
 * The point of a river's line (one of its `vertices`) nearest the article's other places (the least
 * summed distance to them, within reach of one), and its distance to the nearest of them as the
 * point's precision (at least `MIN_RIVER_PRECISION_M`, at most the river's own); with no place but a
 * named country's box, the first vertex inside it. Null for an entry without vertices or when the
 * line meets none of them.
 */
export function riverPoint(
  e: GazetteerEntry,
  anchors: Anchors | undefined,
): { point: [number, number]; precision_m: number } | null {
  if (!e.vertices?.length || !anchors) return null;
  // The vertex with the least summed distance to the places (the line's point amid them, not beside
  // one at the edge of the article's area), among those within reach of one.
  let best: [number, number] | undefined;
  let sum = Infinity;
  let d = Infinity;
  for (const v of e.vertices) {
    const ks = anchors.points.map((p) => km(p, v));
    const near = Math.min(...ks);
    const total = ks.reduce((a, b) => a + b, 0);
    if (near < NEAR_KM && total < sum) [best, sum, d] = [v, total, near];
  }
  if (best)
    return {
      point: best,
      precision_m: Math.min(e.precision_m, Math.max(MIN_RIVER_PRECISION_M, Math.round(d * 1000))),
    };
  const inside = e.vertices.find((v) => anchors.boxes?.some((b) => inBox(v, b)));
  return inside ? { point: inside, precision_m: e.precision_m } : null;
}

/** A river's placed point is no surer than the spacing of the vertices kept (about 0.1°). */
export const MIN_RIVER_PRECISION_M = 10_000;

/**
 * Candidates ranked: the cue's kind (ريف X: the area first; `city`: the words make it a city), a
 * country before its namesake minor GeoNames town or its own capital when there is no cue, then
 * places reviewed in an article,
 * then places near the article's other places, then the larger population, then the usual reading.
 */
export function rankCandidates(
  ids: readonly string[],
  index: MatchIndex,
  cue?: Cue,
  anchors?: Anchors,
  city = false,
): string[] {
  const want = cue ? (cue.countryside ? 'admin' : familyOf(cue.kind)) : city ? 'settlement' : undefined;
  const countries = ids.map((id) => index.entries.get(id)).filter((e) => e?.kind === 'country');
  const score = (id: string): number[] => {
    const e = index.entries.get(id);
    if (!e) return [9, 9, 9, 9, 9, 9, 0, 99];
    // Without a cue a country outranks its namesake GeoNames town ("Mozambique", a town of 54,000)
    // and its own capital named like it («الكويت», «الجزائر»), not another country's capital
    // (عمّان is Amman before Oman).
    const country =
      e.world && countries.some((c) => !wellKnown(e) || (!!e.actor && c?.country === e.country));
    return [
      want === undefined || familyOf(e.kind) === want ? 0 : 1,
      want === undefined && country ? 1 : 0,
      e.article ? 0 : 1,
      inArticleGeography(e, anchors),
      anchors && (anchors.points.length || anchors.countries.size) ? (isNear(e, anchors, true) ? 0 : 1) : 0,
      // Namesake first-level units (Limburg, in Belgium and in the Netherlands): the one in the
      // country of the last place named before ("in the Netherlands … the province of Limburg").
      e.world && e.kind === 'governorate' && anchors?.recent && e.country !== anchors.recent ? 1 : 0,
      // Namesakes in the article's country: the one within reach of its places first (Lagoa in the
      // Algarve beside Portimão, not Lagoa in the Azores, 1,400 km out at sea).
      anchors?.points.length && e.world && e.kind !== 'country'
        ? anchors.points.some((p) => km(p, e.point) < NEAR_KM)
          ? 0
          : 1
        : 0,
      // A unit of the article's country before its namesake small town elsewhere in it (Guerrero).
      minorNamesakeOfUnit(e, ids, index),
      -(e.population ?? 0),
      DEFAULT_ORDER.indexOf(e.kind),
    ];
  };
  return [...ids].sort((a, b) => {
    const sa = score(a);
    const sb = score(b);
    for (let i = 0; i < sa.length; i++) if (sa[i] !== sb[i]) return sa[i]! - sb[i]!;
    return a < b ? -1 : a > b ? 1 : 0;
  });
}

/**
 * Scoring a draft against a hand-labelled article (tests/fixtures/ingest/bench/*.json): place
 * mentions (recall and precision with the right place, headline included) and dates (accuracy).
 * Pure; bench/ingest.ts prints the figures.
 */
import type { DateMatch } from '../src/ingest/dates.ts';
import type { MatchIndex } from '../src/ingest/match.ts';
import type { DraftFolder } from '../src/ingest/pipeline.ts';
import { norm } from '../src/ingest/normalize.ts';
import { parseIsoSpan } from '../src/model/time.ts';
import { NE_SMALL_COUNTRIES_FILE } from '../scripts/gazetteer/ne-small-countries.ts';
import { NE_PHYSICAL_SOURCE } from '../scripts/gazetteer/ne-physical.ts';
import { US_COUNTIES_SOURCE } from '../scripts/gazetteer/us-counties.ts';
import { km } from '../src/ingest/gazetteer.ts';
import { KINDS } from '../src/model/validate/places.ts';
import type { GazetteerEntry } from '../src/ingest/types.ts';

/** The labels of one article. */
export interface Labels {
  /** `tuned`: used while developing; `held-out` to `held-out-55`: written and labelled before their first run (held-out-3 to held-out-55 before the round of tuning that followed them; see the fixtures README). */
  set: string;
  lang: 'ar' | 'en';
  published: string;
  /** `[exact, place]` in reading order: a gazetteer id (`geonames-<id>`, `ne-admin1-…`/`ne-river-…`/`ne-lake-…` or a shipped id) or `new:<kind>`. */
  mentions: [string, string][];
  /** `[exact, ISO date]`: date expressions that are events. */
  dates: [string, string][];
}

export interface Score {
  /**
   * Labels found with the right place (recall) and proposals that are right (precision), a `new:`
   * label with an identity (`identities.json`) standing for its source's place; `asLabelled`, the
   * same two counts with no identity (every `new:` label as its commit wrote it).
   */
  mentions: {
    want: number;
    got: number;
    found: number;
    correct: number;
    asLabelled: { found: number; correct: number };
  };
  dates: { want: number; got: number; right: number };
  /** Human-readable differences, for tuning. */
  misses: string[];
}

interface Span {
  start: number;
  end: number;
}
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

const LETTER = /\p{L}|\p{M}/u;
/**
 * What may join a label's text at its start: nothing, or Arabic proclitics and the article (وب, ال,
 * فال, a tatweel: «بـصفاقس»); «ليون» (Lyon) is never found inside «مليون» (a million).
 */
const CLITICS = /^(?:[وفبلك]{0,3}(?:ال)?)ـ?$/u;
/** The letters right before offset `i`, back to the last non-letter. */
const wordBefore = (cps: readonly string[], i: number): string => {
  let s = i;
  while (s > 0 && LETTER.test(cps[s - 1]!)) s--;
  return cps.slice(s, i).join('');
};

/**
 * The labels' spans: each exact string found at or after the previous label's end (code points),
 * ending where a word ends: «أذربيجان» is never found inside the adjective «الأذربيجانية».
 */
export function locate(text: string, labels: readonly [string, string][]): (Span & { label: string })[] {
  const cps = Array.from(text);
  const out: (Span & { label: string })[] = [];
  let cursor = 0;
  for (const [exact, label] of labels) {
    const want = Array.from(exact);
    let at = -1;
    for (let i = cursor; i + want.length <= cps.length && at < 0; i++)
      if (
        want.every((ch, j) => cps[i + j] === ch) &&
        !LETTER.test(cps[i + want.length] ?? ' ') &&
        CLITICS.test(wordBefore(cps, i))
      )
        at = i;
    if (at < 0) throw new Error(`label "${exact}" not found after offset ${cursor}`);
    out.push({ start: at, end: at + want.length, label });
    cursor = at + want.length;
  }
  return out;
}

const SET = /^(tuned|held-out(-\d+)?)$/u;
/**
 * The ids the world index gives Natural Earth's first-level units, rivers and lakes
 * (`ne-admin1-kwt-1665`, `ne-river-senegal`) and the US Census counties (`us-county-21193`, FIPS).
 */
const WORLD_ID = /^(?:ne-(?:admin1|river|lake)-[a-z0-9_-]+|us-county-\d{5})$/u;
const PRECISION = { 4: 'year', 7: 'month', 10: 'day' } as const;
const pairs = (v: unknown): v is [string, string][] =>
  Array.isArray(v) &&
  v.every((p) => Array.isArray(p) && p.length === 2 && p.every((x) => typeof x === 'string' && x !== ''));

/**
 * What is wrong with one article's labels, as `field: problem` lines (none when they are sound): the
 * set's name, the language, the publication date, each mention's place (an id of `shipped`,
 * `geonames-<digits>`, a Natural Earth unit, river or lake of the world index, `ne-admin1-…`,
 * `ne-river-…`, `ne-lake-…`, or `new:<a place kind>`), each date (ISO 8601 to the day, month or year), and
 * every exact text found in reading order. GeoNames and Natural Earth ids are not looked up here (the world index takes
 * seconds to build); a wrong one shows in the bench as a miss.
 */
export function labelIssues(text: string, raw: unknown, shipped: ReadonlySet<string>): string[] {
  if (typeof raw !== 'object' || raw === null) return ['labels: not an object'];
  const l = raw as Record<string, unknown>;
  const out: string[] = [];
  if (typeof l.set !== 'string' || !SET.test(l.set))
    out.push(`set: ${JSON.stringify(l.set)} is not tuned or held-out[-N]`);
  if (l.lang !== 'ar' && l.lang !== 'en') out.push(`lang: ${JSON.stringify(l.lang)} is not ar or en`);
  if (typeof l.published !== 'string' || !parseIsoSpan(l.published, 'day') || l.published.length !== 10)
    out.push(`published: ${JSON.stringify(l.published)} is not a YYYY-MM-DD date`);
  for (const key of ['mentions', 'dates'] as const) {
    const list = l[key];
    if (!pairs(list)) {
      out.push(`${key}: not a list of [exact text, label] pairs`);
      continue;
    }
    list.forEach(([, label], i) => {
      const bad =
        key === 'dates'
          ? !(label.length in PRECISION) ||
            !parseIsoSpan(label, PRECISION[label.length as keyof typeof PRECISION])
          : label.startsWith('new:')
            ? !(KINDS as readonly string[]).includes(label.slice(4))
            : !/^geonames-\d+$/u.test(label) && !WORLD_ID.test(label) && !shipped.has(label);
      if (bad)
        out.push(
          `${key}[${i}]: ${JSON.stringify(label)} is not ${key === 'dates' ? 'an ISO date' : 'a place'}`,
        );
    });
    try {
      locate(text, list);
    } catch (e) {
      out.push(`${key}: ${(e as Error).message}`);
    }
  }
  return out;
}

/** The file of identities beside the articles' labels (tests/fixtures/ingest/bench/); not an article. */
export const IDENTITIES_FILE = 'identities.json';

/**
 * An identity: the place a source in the bench's index has for a `new:` label, written when a later
 * source (or a label written in another script) showed that the place is not new. Labels are never
 * edited after their commit; an identity is added beside them, by a reader who decides from the
 * article's text and the sources only, without the matcher's output. `id: null` records a place
 * looked up and not found (or not the same place), with the reason.
 */
export interface Identity {
  /** The article's file name without `.json`. */
  article: string;
  /** The label's index in the article's `mentions`, its exact text and its `new:<kind>` label. */
  mention: number;
  exact: string;
  label: string;
  id: string | null;
  /** The source's English name and country (ISO alpha-2), for the reader. */
  name?: string;
  country?: string;
  reason: string;
}

const identityList = (raw: unknown): unknown[] | undefined => {
  const list = (raw as { identities?: unknown } | null)?.identities;
  return Array.isArray(list) ? list : undefined;
};

/**
 * What is wrong with the identities file, as `identities[i]: problem` lines: each names an article
 * with labels, a mention index that exists, that mention's exact text and its `new:` label, an id
 * the index has (`known`: the world index's and the shipped gazetteer's ids) or `null`, and a reason;
 * one identity per label. Its seat readings (`seats`) are checked too (`seatIssues`), their places'
 * names and countries read from `entries`.
 */
export function identityIssues(
  raw: unknown,
  labels: ReadonlyMap<string, Labels>,
  known: ReadonlySet<string>,
  entries: ReadonlyMap<string, SeatPlace> = new Map(),
): string[] {
  const list = identityList(raw);
  if (!list) return ['identities: not a list'];
  const out: string[] = seatIssues(raw, labels, known, entries);
  const seen = new Set<string>();
  list.forEach((x, i) => {
    const at = `identities[${i}]`;
    const y = (x ?? {}) as Partial<Identity>;
    const l = labels.get(String(y.article));
    if (!l) return void out.push(`${at}: article ${JSON.stringify(y.article)} has no labels`);
    const m = Number.isInteger(y.mention) ? l.mentions[y.mention!] : undefined;
    if (!m) return void out.push(`${at}: ${y.article} has no mentions[${y.mention}]`);
    const where = `${y.article} mentions[${y.mention}]`;
    if (!m[1].startsWith('new:'))
      return void out.push(`${at}: ${where} is ${JSON.stringify(m[1])}, not a new: label`);
    if (m[0] !== y.exact)
      out.push(`${at}: ${where} is ${JSON.stringify(m[0])}, not ${JSON.stringify(y.exact)}`);
    if (m[1] !== y.label)
      out.push(`${at}: ${where} is labelled ${JSON.stringify(m[1])}, not ${JSON.stringify(y.label)}`);
    if (y.id !== null && !(typeof y.id === 'string' && known.has(y.id)))
      out.push(`${at}: ${JSON.stringify(y.id)} is not in the index`);
    if (typeof y.reason !== 'string' || !y.reason.trim()) out.push(`${at}: no reason`);
    if (seen.has(where)) out.push(`${at}: ${where} already has an identity`);
    seen.add(where);
  });
  return out;
}

/**
 * A seat reading: for a label (a city, or a first-level unit) whose bare name is both a first-level
 * unit and its seat city (Basra, Limassol, Piura, Kano), what the article's words mean, read from its
 * text alone by a reader who never saw the matcher's output. The older sets (tuned to held-out-11)
 * often labelled such a name with the city where the text means the unit; labels are never edited, so
 * the reading is written beside them, keyed like an identity. `means`: the text means this other place
 * (the unit, or the city), and only it meets the label; `either`: `[the label, the other place]`, the
 * words fit both, and either meets it. Decisions that agree with the label have no entry.
 */
export interface SeatReading {
  article: string;
  mention: number;
  exact: string;
  /** The label as committed: a place id, never `new:` (a `new:` label takes an identity). */
  label: string;
  means?: string;
  either?: [string, string];
  /** One line quoting the words that decide. */
  reason: string;
}

/** What a seat reading's check reads of a place: its names, kind and country. */
export type SeatPlace = Pick<GazetteerEntry, 'names' | 'kind' | 'country'>;

const seatList = (raw: unknown): unknown => (raw as { seats?: unknown } | null)?.seats;
const SETTLEMENT = new Set(['city', 'town', 'village']);
/** A first-level unit: a Natural Earth admin-1 id, or a shipped governorate. */
export const isUnit = (id: string, e: SeatPlace): boolean =>
  id.startsWith('ne-admin1-') || (!id.startsWith('geonames-') && e.kind === 'governorate');
/**
 * A name's core for namesakes: no diacritics, case, Arabic or Latin article, nor a unit's or
 * city's cue word («محافظة البصرة», "Al Başrah", "Kano State" → basra…, kano).
 */
export const seatKey = (n: string): string =>
  norm(n.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase())
    .replace(/^(?:محافظه|ولايه|اقليم|منطقه|مقاطعه|مدينه)\s+/u, '')
    .replace(/\s+(?:governorate|province|state|region|district|department|city|prefecture)$/u, '')
    .replace(/^(?:al|el|ad|ar|as|ash|an|at|az|ath|adh)[ -]/u, '')
    .replace(/^ال/u, '')
    .replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Whether two places are a first-level unit and a settlement that share a name (its core, `seatKey`)
 * in the same country: the unit and the seat city a bare name can mean.
 */
export function seatNamesakes(a: string, b: string, entries: ReadonlyMap<string, SeatPlace>): boolean {
  const x = entries.get(a);
  const y = entries.get(b);
  if (!x || !y) return false;
  const [unit, city] = isUnit(a, x) ? [x, y] : isUnit(b, y) ? [y, x] : [undefined, undefined];
  if (!unit || !city || isUnit(a, x) === isUnit(b, y) || !SETTLEMENT.has(city.kind)) return false;
  if (unit.country && city.country && unit.country !== city.country) return false;
  const names = (e: SeatPlace) =>
    new Set([...e.names.ar, ...e.names.en].map(seatKey).filter((k) => k.length > 1));
  const u = names(unit);
  return [...names(city)].some((k) => u.has(k));
}

/**
 * What is wrong with the seat readings (`seats` of the identities file), as `seats[i]: problem`
 * lines: each names an article with labels, a mention index that exists, its exact text and its label
 * (not `new:`), exactly one of `means` (another place) or `either` (`[the label, another place]`), a
 * place the index has (`known`) that is the label's namesake unit or seat city (`seatNamesakes`), and
 * a reason; one reading per label.
 */
export function seatIssues(
  raw: unknown,
  labels: ReadonlyMap<string, Labels>,
  known: ReadonlySet<string>,
  entries: ReadonlyMap<string, SeatPlace>,
): string[] {
  const list = seatList(raw);
  if (list === undefined) return [];
  if (!Array.isArray(list)) return ['seats: not a list'];
  const out: string[] = [];
  const seen = new Set<string>();
  list.forEach((x, i) => {
    const at = `seats[${i}]`;
    const y = (x ?? {}) as Partial<SeatReading>;
    const l = labels.get(String(y.article));
    if (!l) return void out.push(`${at}: article ${JSON.stringify(y.article)} has no labels`);
    const m = Number.isInteger(y.mention) ? l.mentions[y.mention!] : undefined;
    if (!m) return void out.push(`${at}: ${y.article} has no mentions[${y.mention}]`);
    const where = `${y.article} mentions[${y.mention}]`;
    if (m[1].startsWith('new:'))
      return void out.push(
        `${at}: ${where} is ${JSON.stringify(m[1])}: a new: label takes an identity, not a seat reading`,
      );
    if (m[0] !== y.exact)
      out.push(`${at}: ${where} is ${JSON.stringify(m[0])}, not ${JSON.stringify(y.exact)}`);
    if (m[1] !== y.label)
      out.push(`${at}: ${where} is labelled ${JSON.stringify(m[1])}, not ${JSON.stringify(y.label)}`);
    let other: unknown;
    if (y.means !== undefined && y.either !== undefined) out.push(`${at}: has both means and either`);
    else if (y.means !== undefined) {
      if (y.means === m[1]) out.push(`${at}: means the label itself`);
      else other = y.means;
    } else if (y.either !== undefined) {
      if (!Array.isArray(y.either) || y.either.length !== 2 || y.either[0] !== m[1])
        out.push(`${at}: either must be [the label, the other place]`);
      else other = y.either[1];
    } else out.push(`${at}: has neither means nor either`);
    if (other !== undefined) {
      if (typeof other !== 'string' || !known.has(other))
        out.push(`${at}: ${JSON.stringify(other)} is not in the index`);
      else if (!seatNamesakes(m[1], other, entries))
        out.push(`${at}: ${m[1]} and ${other} are not a unit and its namesake city`);
    }
    if (typeof y.reason !== 'string' || !y.reason.trim()) out.push(`${at}: no reason`);
    if (seen.has(where)) out.push(`${at}: ${where} already has a seat reading`);
    seen.add(where);
  });
  return out;
}

/** One article's seat readings: mention index → the places that meet the label (`[means]` or `either`). */
export function seatsOf(raw: unknown, article: string): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const list = seatList(raw);
  for (const x of Array.isArray(list) ? list : []) {
    const y = x as SeatReading;
    if (y.article !== article) continue;
    if (typeof y.means === 'string') out.set(y.mention, [y.means]);
    else if (Array.isArray(y.either)) out.set(y.mention, [...y.either]);
  }
  return out;
}

/** One article's identities: mention index → the source's id (identities with `id: null` left out). */
export function identitiesOf(raw: unknown, article: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const x of identityList(raw) ?? []) {
    const y = x as Identity;
    if (y.article === article && typeof y.id === 'string') out.set(y.mention, y.id);
  }
  return out;
}

/** The GeoNames number of an id: its own (`geonames-<n>`) or its entry's. */
const geonamesOf = (id: string, index: MatchIndex): number | undefined => {
  const g = /^geonames-(\d+)$/u.exec(id);
  return g ? Number(g[1]) : index.entries.get(id)?.geonames;
};

/** A first-level unit's cue word around a label's text («ولاية بورنو», "Sofala province", "province of Limburg"). */
const UNIT_CUE =
  /^(?:(?:ولاية|محافظة|إقليم|مقاطعة|منطقة|قطاع)\s+|(?:the )?(?:province|state|region|governorate) of )|\s+(?:province|state|regions?|governorate)$/giu;

/** A feature word a label may put after a physical feature's name ("Rote Island", "Sahel region"). */
const FEATURE_WORD =
  /\s+(?:island|islands|isle|group|peninsula|sea|gulf|bay|ocean|strait|channel|mountains|range|region|desert|delta|valley|plain|plains|plateau|basin)$/iu;

/** How far (km) a physical feature may lie from another place the article's labels name. */
export const PHYSICAL_NEAR_KM = 300;

/** Distance (km) from a point to an entry's bbox (0 inside it), or to its point without one. */
const kmToArea = (e: GazetteerEntry, p: readonly [number, number]) => {
  const b = e.bbox;
  if (!b) return km(e.point, p);
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  return km([clamp(p[0], b[0], b[2]), clamp(p[1], b[1], b[3])], p);
};

/**
 * Whether a Natural Earth physical label (a sea, island or range, `scripts/gazetteer/ne-physical.ts`)
 * is the place of a `new:region` label written before the gazetteer had it: one of its names, English
 * or Arabic (Natural Earth v5's, `ne_v5_physical_names_ar.tsv`), is the label's text, normalised, without a leading "the" and without a trailing feature word its name
 * lacks ("Rote Island" / "Rote"), and it lies within `PHYSICAL_NEAR_KM` of another place the
 * article's labels name (`near`), so a namesake elsewhere does not count.
 */
function physicalMeets(
  e: GazetteerEntry | undefined,
  label: string,
  exact: string,
  near: readonly (readonly [number, number])[],
): boolean {
  if (!e || e.source.title !== NE_PHYSICAL_SOURCE.title || label !== 'new:region') return false;
  const text = exact.replace(/^the\s+/iu, '');
  const forms = new Set([norm(text), norm(text.replace(FEATURE_WORD, ''))]);
  const named = [...e.names.en, ...e.names.ar].some((n) => forms.has(norm(n)));
  return named && near.some((p) => kmToArea(e, p) <= PHYSICAL_NEAR_KM);
}

/**
 * Whether a US Census county (`scripts/gazetteer/us-counties.ts`) is the place of a `new:district`
 * label written before the index had it: the label's text, without a leading "the", is its name
 * ("Perry County", "Orleans Parish"), or its name with the suffix in the plural ("Letcher counties")
 * or without it ("Knott" of "Knott and Letcher counties"), and it lies within `PHYSICAL_NEAR_KM` of
 * another place the article's labels name (`near`), so a namesake in another state does not count.
 */
function countyMeets(
  e: GazetteerEntry | undefined,
  label: string,
  exact: string,
  near: readonly (readonly [number, number])[],
): boolean {
  if (!e || e.source.title !== US_COUNTIES_SOURCE.title || label !== 'new:district') return false;
  const text = norm(exact.replace(/^the\s+/iu, ''));
  const plural = /^(.+) (count|parish)(?:ies|es)$/u.exec(text);
  const names = e.names.en.map(norm);
  const named = plural
    ? names.includes(`${plural[1]} ${plural[2] === 'count' ? 'county' : 'parish'}`)
    : names.includes(text) || names.some((n) => n.replace(/ (?:county|parish)$/u, '') === text);
  return named && near.some((p) => kmToArea(e, p) <= PHYSICAL_NEAR_KM);
}

/**
 * Whether a proposed place is the labelled one. A `new:<kind>` label was written when no source had
 * the place; a Natural Earth river or lake added to the world index later (`ne-river-…`,
 * `ne-lake-…`, `waterEntries`) meets it when it has that kind and one of its names, without the
 * river word, is the labelled text ("Sava" → "Sava River"); a Natural Earth first-level unit
 * (`ne-admin1-…`, `admin1Entries`) meets a `new:` governorate, region or district label when one of
 * its names is the labelled text without its cue word and it lies in `countries`, those of the
 * labelled places nearest before and after it (`labelCountries`); a country Natural Earth leaves out at
 * 1:110m, added from 1:10m later (`scripts/gazetteer/ne-small-countries.ts`: Dominica, the Turks and
 * Caicos Islands), meets a `new:` country or region label that is one of its names; a Natural Earth
 * sea, island or range near the article's other labelled places (`near`, `physicalMeets`) meets a
 * `new:region` label that names it, and a US Census county near them (`countyMeets`) a `new:district`
 * label that names it: labels are never edited after their commit. A `new:` label with an `identity` (`identities.json`: the source's place a
 * reader found for it) is that place: it is met by that id or the same GeoNames place, and by the
 * name rules above, but no longer by an unknown place (`new_…`) the editor would have to place by hand.
 */
export function samePlace(
  label: string,
  placeId: string,
  folder: DraftFolder,
  index: MatchIndex,
  exact = '',
  countries?: ReadonlySet<string>,
  identity?: string,
  near: readonly (readonly [number, number])[] = [],
): boolean {
  if (label.startsWith('new:')) {
    if (identity) {
      if (placeId === identity) return true;
      const g = geonamesOf(identity, index);
      if (g !== undefined && geonamesOf(placeId, index) === g) return true;
      if (placeId.startsWith('new_')) return false;
    }
    const f = folder.places.features.find((x) => x.id === placeId);
    if (placeId.startsWith('new_')) return f?.properties.kind === label.slice(4);
    if (placeId.startsWith('ne-admin1-')) {
      const u = index.entries.get(placeId);
      const name = norm(exact.replace(UNIT_CUE, ''));
      return (
        !!u &&
        ['governorate', 'region', 'district'].includes(label.slice(4)) &&
        (!countries || (!!u.country && countries.has(u.country))) &&
        [...u.names.ar, ...u.names.en].some((n) => norm(n) === name)
      );
    }
    const c = index.entries.get(placeId);
    if (physicalMeets(c, label, exact, near) || countyMeets(c, label, exact, near)) return true;
    if (c?.kind === 'country' && c.ref?.file === NE_SMALL_COUNTRIES_FILE)
      return (
        ['country', 'region'].includes(label.slice(4)) &&
        [...c.names.ar, ...c.names.en].some((n) => norm(n) === norm(exact))
      );
    const e = /^ne-(river|lake)-/u.test(placeId) ? index.entries.get(placeId) : undefined;
    const bare = (n: string) => norm(n.replace(/^River | River$/u, ''));
    return !!e && e.kind === label.slice(4) && e.names.en.some((n) => bare(n) === norm(exact));
  }
  if (placeId === label) return true;
  const g = /^geonames-(\d+)$/u.exec(label);
  return !!g && index.entries.get(placeId)?.geonames === Number(g[1]);
}

/**
 * For each label, the countries (ISO alpha-2, as the world index has them) where a `new:` unit label
 * may lie: those of the article's labelled places; when first-level units of that name lie in
 * several of them (Limburg, in Belgium and the Netherlands), only the country of the labelled place
 * nearest to it in the text.
 */
export function labelCountries(
  spans: readonly (Span & { label: string; exact: string })[],
  index: MatchIndex,
): Set<string>[] {
  const own = spans.map(({ label }) => {
    const e = index.entries.get(label);
    if (e?.country) return e.country;
    const g = /^geonames-(\d+)$/u.exec(label);
    if (!g) return undefined;
    for (const x of index.entries.values()) if (x.geonames === Number(g[1]) && x.country) return x.country;
    return undefined;
  });
  const all = new Set(own.filter((c): c is string => !!c));
  const units = [...index.entries.values()].filter((e) => e.id.startsWith('ne-admin1-'));
  return spans.map((w) => {
    if (!/^new:(governorate|region|district)$/u.test(w.label)) return all;
    const name = norm(w.exact.replace(UNIT_CUE, ''));
    const named = new Set(
      units
        .filter(
          (u) =>
            u.country && all.has(u.country) && [...u.names.ar, ...u.names.en].some((n) => norm(n) === name),
        )
        .map((u) => u.country!),
    );
    if (named.size < 2) return all;
    let best: string | undefined;
    let gap = Infinity;
    spans.forEach((x, j) => {
      const d = Math.min(Math.abs(x.start - w.end), Math.abs(w.start - x.end));
      if (own[j] && x !== w && d < gap) [best, gap] = [own[j], d];
    });
    return new Set(best ? [best] : []);
  });
}

/** The point of each label's place in the index (a gazetteer id or a GeoNames id), or undefined (`new:`). */
function labelPoints(spans: readonly { label: string }[], index: MatchIndex) {
  const byGeonames = new Map<number, [number, number]>();
  const wanted = new Set(spans.map(({ label }) => Number(/^geonames-(\d+)$/u.exec(label)?.[1])));
  for (const x of index.entries.values())
    if (x.geonames !== undefined && wanted.has(x.geonames)) byGeonames.set(x.geonames, x.point);
  return spans.map(({ label }): [number, number] | undefined => {
    const e = index.entries.get(label);
    if (e) return e.point;
    const g = /^geonames-(\d+)$/u.exec(label);
    return g ? byGeonames.get(Number(g[1])) : undefined;
  });
}

/**
 * Scores one draft (and the dates found in its text) against its labels: with `identities` (mention
 * index → the source's id for a `new:` label, `identitiesOf`) and `seats` (mention index → the places
 * that meet a label whose bare name is a unit and its seat city, `seatsOf`) and, in `asLabelled`,
 * without either. `misses` lists the differences with them.
 */
export function score(
  text: string,
  labels: Labels,
  folder: DraftFolder,
  dates: readonly DateMatch[],
  index: MatchIndex,
  identities: ReadonlyMap<number, string> = new Map(),
  seats: ReadonlyMap<number, readonly string[]> = new Map(),
): Score {
  const misses: string[] = [];
  const cps = Array.from(text);
  const located = locate(text, labels.mentions).map((w) => ({
    ...w,
    exact: cps.slice(w.start, w.end).join(''),
  }));
  const countries = labelCountries(located, index);
  const points = labelPoints(located, index);
  const want = located.map((w, i) => ({
    ...w,
    near: points.filter((p, j): p is [number, number] => !!p && j !== i),
    country: countries[i],
    identity: identities.get(i),
    seat: seats.get(i),
  }));
  const got = folder.mentions.filter((m) => m.role !== 'anaphor');
  const span = (m: (typeof got)[number]) => ({ start: m.selector[0].start, end: m.selector[0].end });
  const meets = (m: (typeof got)[number], w: (typeof want)[number], withIdentity: boolean) =>
    overlaps(span(m), w) &&
    (withIdentity && w.seat
      ? w.seat.some((id) => samePlace(id, m.placeId, folder, index, w.exact, w.country))
      : samePlace(
          w.label,
          m.placeId,
          folder,
          index,
          w.exact,
          w.country,
          withIdentity ? w.identity : undefined,
          w.near,
        ));
  const counts = (withIdentity: boolean) => ({
    found: want.filter((w) => got.some((m) => meets(m, w, withIdentity))).length,
    correct: got.filter((m) => want.some((w) => meets(m, w, withIdentity))).length,
  });
  for (const w of want)
    if (!got.some((m) => meets(m, w, true))) {
      const near = got.find((m) => overlaps(span(m), w));
      misses.push(
        `  missed "${w.exact}" → ${w.label}${w.identity ? ` = ${w.identity}` : ''}${w.seat ? ` (read as ${w.seat.join(' or ')})` : ''}${near ? ` (proposed ${near.placeId}, rule ${near.proposal?.rule})` : ''}`,
      );
    }
  for (const m of got)
    if (!want.some((w) => meets(m, w, true)))
      misses.push(`  wrong "${m.selector[1].exact}" → ${m.placeId} (rule ${m.proposal?.rule})`);
  const wantDates = locate(text, labels.dates);
  let datesRight = 0;
  for (const w of wantDates) {
    const d = dates.find((x) => overlaps(x, w));
    if (d && d.date === w.label) datesRight++;
    else
      misses.push(
        `  date "${Array.from(text).slice(w.start, w.end).join('')}" → ${w.label}: ${d ? `${d.date} (${d.rule}: ${d.reasoning})` : 'not found'}`,
      );
  }
  for (const d of dates)
    if (!wantDates.some((w) => overlaps(d, w))) misses.push(`  extra date "${d.exact}" → ${d.date}`);
  return {
    mentions: { want: want.length, got: got.length, ...counts(true), asLabelled: counts(false) },
    dates: { want: wantDates.length, got: dates.length, right: datesRight },
    misses,
  };
}

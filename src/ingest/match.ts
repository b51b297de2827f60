/**
 * Place-name matching over a text: gazetteer names and organisation names, found in normalised
 * form (see normalize.ts) and reported at their original code-point offsets.
 *
 * - Arabic proclitics و ف ب ل ك and the article ال (and their combinations: وال، بال، لل، فال، وب،
 *   ول…) are stripped only when the rest is a known name; the span covers the name without the
 *   clitic (with its article, as written).
 * - All matches are collected, then claimed longest first: شمال شرقي سوريا before سوريا, and an
 *   organisation name (قوات سوريا الديمقراطية) claims its range so the place inside it is no mention.
 * - A cue word before the name (محافظة، مدينة، حي، معبر…; "… governorate", "city of …") joins the
 *   span and decides between readings; an ambiguous name keeps its candidates.
 * - A cue word followed by an unknown name proposes a place without geometry.
 * - A country or capital in a statement's subject position (أن واشنطن…, دعوات أمريكا, "Washington
 *   said") is proposed with role `actor`.
 */
import {
  AR_ACTOR_AFTER,
  AR_ACTOR_BEFORE,
  AR_CUE,
  AR_STOP,
  EN_ACTOR_AFTER,
  EN_ACTOR_BEFORE,
  EN_ACTOR_POSSESSED,
  EN_CUE_AFTER,
  EN_CUE_BEFORE,
  EN_STOP,
  type Cue,
} from './cues.ts';
import { norm, normalise, tokens, type Normalised, type Token } from './normalize.ts';
import type { GazetteerEntry, PlaceKind, OrganisationName } from './types.ts';

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
  /** For an unknown name: the kind its cue word says, and the name as written. */
  kind?: PlaceKind;
  name?: string;
}

interface Pattern {
  toks: string[];
  /** The name's first word starts with the article ال (Arabic). */
  article: boolean;
  entryIds: string[];
  org?: OrganisationName;
}

/** The lookup structure built once from a gazetteer. */
export interface MatchIndex {
  byFirst: Map<string, Pattern[]>;
  entries: Map<string, GazetteerEntry>;
}

const ARABIC = /[\u0600-\u06ff]/u;
const ARTICLE = 'ال';

function nameTokens(name: string): string[] {
  return tokens(normalise(name)).map((t) => t.n);
}

/** First-token key: Arabic without the article, English without a leading "the". */
function keyOf(toks: string[]): { toks: string[]; article: boolean } {
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
): MatchIndex {
  const byFirst = new Map<string, Pattern[]>();
  const byKey = new Map<string, Pattern>();
  const add = (name: string, entryId: string | null, org?: OrganisationName) => {
    const k = keyOf(nameTokens(name));
    if (k.toks.length === 0 || k.toks[0]!.length < 2) return;
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
  for (const e of entries) for (const n of [...e.names.ar, ...e.names.en]) add(n, e.id);
  for (const o of organisations) for (const n of o.names) add(n, null, o);
  return { byFirst, entries: new Map(entries.map((e) => [e.id, e])) };
}

interface Split {
  /** Normalised characters of clitics before the span start. */
  skip: number;
  rest: string;
  /** The text's word had the article (as written or merged into لل). */
  article: boolean;
  clitic: string;
}

const C1 = ['', 'و', 'ف'];
const C2 = ['', 'ب', 'ل', 'ك'];

/** Every reading of a word as clitics + (article) + rest; the bare word first. */
export function splits(word: string): Split[] {
  const out: Split[] = [{ skip: 0, rest: word, article: false, clitic: '' }];
  if (!ARABIC.test(word)) return out;
  for (const c1 of C1)
    for (const c2 of C2) {
      const c = c1 + c2;
      if (!word.startsWith(c)) continue;
      const after = word.slice(c.length);
      if (c && after.length >= 2) out.push({ skip: c.length, rest: after, article: false, clitic: c });
      if (after.startsWith(ARTICLE) && after.length > 3)
        out.push({ skip: c.length, rest: after.slice(2), article: true, clitic: c });
      // ل + ال is written لل: the article's alef is not written.
      if (c2 === 'ل' && after.startsWith('ل') && after.length > 2)
        out.push({ skip: c.length, rest: after.slice(1), article: true, clitic: c });
    }
  return out;
}

interface Hit {
  t0: number;
  t1: number; // exclusive
  start: number;
  end: number;
  pattern: Pattern;
  clitic: string;
}

function isUpper(ch: string | undefined): boolean {
  return !!ch && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Only spaces (no punctuation) between two original offsets. */
function adjacent(cps: readonly string[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!/\s/u.test(cps[i]!)) return false;
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
const FAMILY: Partial<Record<PlaceKind, PlaceKind[]>> = {
  city: ['city', 'town'],
  town: ['town', 'city', 'village'],
  village: ['village', 'town'],
  district: ['district', 'governorate', 'region'],
  governorate: ['governorate', 'district'],
  facility: ['facility', 'crossing'],
  crossing: ['crossing', 'facility'],
};

/** Candidates ranked: the cue's kind, then places reviewed in an article, then the usual reading. */
export function rankCandidates(ids: readonly string[], index: MatchIndex, cue?: Cue): string[] {
  const kinds = cue && !cue.countryside ? (FAMILY[cue.kind] ?? [cue.kind]) : [];
  const score = (id: string): number[] => {
    const e = index.entries.get(id);
    if (!e) return [9, 9, 99];
    const k = kinds.indexOf(e.kind);
    return [k < 0 ? kinds.length : k, e.article ? 0 : 1, DEFAULT_ORDER.indexOf(e.kind)];
  };
  return [...ids].sort((a, b) => {
    const sa = score(a);
    const sb = score(b);
    for (let i = 0; i < sa.length; i++) if (sa[i] !== sb[i]) return sa[i]! - sb[i]!;
    return a < b ? -1 : a > b ? 1 : 0;
  });
}

/** Options for {@link matchPlaces}. */
export interface MatchOptions {
  lang: 'ar' | 'en';
  /** Only spans inside these ranges are reported (the article body). Default: the whole text. */
  within?: readonly { start: number; end: number }[];
}

/** Every proposed place mention of `text`, in reading order, non-overlapping. */
export function matchPlaces(text: string, index: MatchIndex, options: MatchOptions): PlaceMatch[] {
  const nt = normalise(text);
  const toks = tokens(nt);
  const hits = collectHits(nt, toks, index, options.lang);
  // Longest first (words, then characters), bare words before clitic readings, then position.
  hits.sort(
    (a, b) =>
      b.t1 - b.t0 - (a.t1 - a.t0) ||
      b.end - b.start - (a.end - a.start) ||
      (a.clitic ? 1 : 0) - (b.clitic ? 1 : 0) ||
      a.start - b.start,
  );
  const taken = new Uint8Array(toks.length);
  const claimed: Hit[] = [];
  for (const h of hits) {
    let free = true;
    for (let t = h.t0; t < h.t1; t++) if (taken[t]) free = false;
    if (!free) continue;
    for (let t = h.t0; t < h.t1; t++) taken[t] = 1;
    claimed.push(h);
  }
  claimed.sort((a, b) => a.start - b.start);
  const out: PlaceMatch[] = [];
  for (const h of claimed) {
    const m = toMatch(h, nt, toks, index, options.lang, taken);
    if (m) out.push(m);
  }
  out.push(...unknownNames(nt, toks, taken, options.lang));
  out.sort((a, b) => a.start - b.start);
  const within = options.within;
  return within ? out.filter((m) => within.some((r) => r.start <= m.start && m.end <= r.end)) : out;
}

function collectHits(nt: Normalised, toks: Token[], index: MatchIndex, lang: 'ar' | 'en'): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i]!;
    for (const sp of splits(tok.n)) {
      const list = index.byFirst.get(sp.rest);
      if (!list) continue;
      for (const p of list) {
        if (p.toks.length > 1) {
          if (i + p.toks.length > toks.length) continue;
          let ok = true;
          for (let j = 1; j < p.toks.length; j++) if (toks[i + j]!.n !== p.toks[j]) ok = false;
          if (!ok) continue;
        }
        // A name written with the article is not read from a clitic-less bare word that lacks it
        // unless the name itself has no article.
        if (sp.clitic && p.article !== sp.article && p.article) continue;
        // A name without the article is not read inside a word that has one: السورية is "the
        // Syrian" (an adjective), not سورية.
        if (sp.article && !p.article) continue;
        const last = toks[i + p.toks.length - 1]!;
        const start = nt.map[tok.ni + sp.skip]!;
        if (lang === 'en' || !ARABIC.test(tok.n)) {
          // English: some word of the name capitalised as written (not "turkey", "china").
          const words = toks.slice(i, i + p.toks.length);
          if (!p.org && !words.some((w) => isUpper(nt.cps[w.start]))) continue;
        }
        hits.push({ t0: i, t1: i + p.toks.length, start, end: last.end, pattern: p, clitic: sp.clitic });
      }
    }
  }
  return hits;
}

function cueBefore(
  nt: Normalised,
  toks: Token[],
  t0: number,
  start: number,
  lang: 'ar' | 'en',
): { cue: Cue; start: number; t: number } | null {
  if (lang === 'ar') {
    const prev = toks[t0 - 1];
    if (!prev || !adjacent(nt.cps, prev.end, start)) return null;
    for (const sp of splits(prev.n)) {
      if (sp.article) continue;
      const cue = AR_CUE.get(sp.rest);
      if (cue) return { cue, start: nt.map[prev.ni + sp.skip]!, t: t0 - 1 };
    }
    return null;
  }
  const p1 = toks[t0 - 1];
  const p2 = toks[t0 - 2];
  if (p1 && p2 && adjacent(nt.cps, p1.end, start)) {
    const cue = EN_CUE_BEFORE.get(`${p2.n} ${p1.n}`);
    if (cue && adjacent(nt.cps, p2.end, p1.start)) return { cue, start: p2.start, t: t0 - 2 };
  }
  if (p1 && adjacent(nt.cps, p1.end, start)) {
    const cue = EN_CUE_BEFORE.get(p1.n);
    if (cue && isUpper(nt.cps[p1.start])) return { cue, start: p1.start, t: t0 - 1 };
  }
  return null;
}

function cueAfterEn(
  nt: Normalised,
  toks: Token[],
  t1: number,
  end: number,
): { cue: Cue; end: number; t: number } | null {
  const next = toks[t1];
  if (!next || !adjacent(nt.cps, end, next.start)) return null;
  const cue = EN_CUE_AFTER.get(next.n);
  return cue ? { cue, end: next.end, t: t1 } : null;
}

function actorContext(nt: Normalised, toks: Token[], h: Hit, lang: 'ar' | 'en'): string | null {
  const prev = toks[h.t0 - 1];
  const next = toks[h.t1];
  if (lang === 'ar') {
    if (h.clitic && h.clitic !== 'و') return null; // بواشنطن، لأمريكا: a place or a recipient, not a subject
    const bare = (t: Token | undefined) =>
      t
        ? splits(t.n)
            .filter((s) => !s.article && (s.clitic === '' || s.clitic === 'و' || s.clitic === 'ف'))
            .map((s) => s.rest)
        : [];
    if (prev && adjacent(nt.cps, prev.end, h.start) && bare(prev).some((w) => AR_ACTOR_BEFORE.has(w)))
      return `actor:before:${prev.n}`;
    if (next && adjacent(nt.cps, h.end, next.start) && bare(next).some((w) => AR_ACTOR_AFTER.has(w)))
      return `actor:after:${next.n}`;
    return null;
  }
  const possessive = nt.cps[h.end] === "'" || nt.cps[h.end] === '’';
  if (possessive && next && EN_ACTOR_POSSESSED.has(next.n)) return `actor:possessive:${next.n}`;
  if (next && !possessive && adjacent(nt.cps, h.end, next.start) && EN_ACTOR_AFTER.has(next.n))
    return `actor:after:${next.n}`;
  const p2 = toks[h.t0 - 2];
  if (prev && p2 && prev.n === 'the' && EN_ACTOR_BEFORE.has(p2.n)) return `actor:before:${p2.n}`;
  if (prev && p2 && prev.n === 'of' && EN_ACTOR_BEFORE.has(p2.n)) return `actor:before:${p2.n}`;
  const p3 = toks[h.t0 - 3];
  if (prev?.n === 'the' && p2?.n === 'of' && p3 && EN_ACTOR_BEFORE.has(p3.n)) return `actor:before:${p3.n}`;
  return null;
}

function toMatch(
  h: Hit,
  nt: Normalised,
  toks: Token[],
  index: MatchIndex,
  lang: 'ar' | 'en',
  taken: Uint8Array,
): PlaceMatch | null {
  const p = h.pattern;
  if (p.org) {
    const inner = p.org.inner;
    if (!inner) return null;
    const span = nt.cps.slice(h.start, h.end).join('');
    const at = innerOffset(span, inner.exact);
    if (at < 0) return null;
    return {
      start: h.start + at,
      end: h.start + at + Array.from(inner.exact).length,
      placeId: inner.placeId,
      role: 'name-part',
      rule: 'organisation-name',
      candidates: [inner.placeId],
      note: `inside the name ${p.org.names[0]} (${p.org.why})`,
    };
  }
  let start = h.start;
  let end = h.end;
  const rules: string[] = [h.clitic ? `clitic:${h.clitic}` : 'name'];
  let cue: Cue | undefined;
  const before = cueBefore(nt, toks, h.t0, h.start, lang);
  if (before && !taken[before.t]) {
    cue = before.cue;
    start = before.start;
    taken[before.t] = 1;
    rules.push('cue-before');
  } else if (lang === 'en') {
    const after = cueAfterEn(nt, toks, h.t1, h.end);
    if (after && !taken[after.t]) {
      cue = after.cue;
      end = after.end;
      taken[after.t] = 1;
      rules.push('cue-after');
    }
  }
  const candidates = rankCandidates(p.entryIds, index, cue);
  const placeId = candidates[0] ?? null;
  if (!placeId) return null;
  const entry = index.entries.get(placeId)!;
  const notes: string[] = [];
  if (candidates.length > 1) {
    rules.push('ambiguous');
    notes.push(`could also be ${candidates.slice(1).join(', ')}`);
  }
  if (cue?.countryside)
    notes.push('the countryside around the place, not the place itself: consider a district or area');
  let role: MatchRole = 'place';
  if (entry.actor) {
    const why = actorContext(nt, toks, h, lang);
    if (why) {
      role = 'actor';
      rules.push(why);
      notes.push('the name may stand for a government');
    }
  }
  return {
    start,
    end,
    placeId,
    role,
    rule: rules.join(' '),
    candidates,
    ...(notes.length ? { note: notes.join('; ') } : {}),
  };
}

/** Offset (code points) of `exact` in `span`, compared in normalised form; -1 if absent. */
function innerOffset(span: string, exact: string): number {
  const ns = normalise(span);
  const ne = norm(exact);
  const at = ns.chars.join('').indexOf(ne);
  return at < 0 ? -1 : ns.map[at]!;
}

const isNisba = (w: string) => w.startsWith(ARTICLE) && (w.endsWith('ي') || w.endsWith('يه'));
const isNumber = (w: string) => /^\p{N}+$/u.test(w);

/** Cue word + unknown name → a proposed place without geometry. */
function unknownNames(nt: Normalised, toks: Token[], taken: Uint8Array, lang: 'ar' | 'en'): PlaceMatch[] {
  const out: PlaceMatch[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (taken[i]) continue;
    const tok = toks[i]!;
    if (lang === 'ar') {
      let cue: Cue | undefined;
      let skip = 0;
      for (const sp of splits(tok.n)) {
        if (sp.article) continue;
        const c = AR_CUE.get(sp.rest);
        if (c) {
          cue = c;
          skip = sp.skip;
          break;
        }
      }
      if (!cue?.proposes) continue;
      const n1 = toks[i + 1];
      if (!n1 || taken[i + 1] || !adjacent(nt.cps, tok.end, n1.start)) continue;
      if (AR_STOP.has(n1.n) || isNumber(n1.n) || isNisba(n1.n) || !ARABIC.test(n1.n)) continue;
      if (AR_CUE.has(n1.n) || AR_CUE.has(n1.n.replace(/^ال/u, ''))) continue;
      let last = i + 1;
      const n2 = toks[i + 2];
      if (
        n2 &&
        !taken[i + 2] &&
        !n1.n.startsWith(ARTICLE) &&
        adjacent(nt.cps, n1.end, n2.start) &&
        ARABIC.test(n2.n) &&
        !AR_STOP.has(n2.n) &&
        !isNisba(n2.n) &&
        !/^[وف]ال/u.test(n2.n)
      )
        last = i + 2;
      for (let t = i; t <= last; t++) taken[t] = 1;
      const start = nt.map[tok.ni + skip]!;
      const end = toks[last]!.end;
      const name = nt.cps.slice(toks[i + 1]!.start, end).join('');
      out.push({
        start,
        end,
        placeId: null,
        role: 'place',
        rule: 'cue-unknown-name',
        candidates: [],
        kind: cue.kind,
        name,
        note: 'the cue word introduces a name the gazetteer does not know: place it on the map',
      });
      i = last;
    } else {
      const cue = EN_CUE_AFTER.get(tok.n);
      if (!cue?.proposes || i === 0) continue;
      // Capitalised words right before the cue word ("Ghwayran neighbourhood", "al-Sina'a prison").
      let s = i;
      while (s > 0 && s > i - 3 && !taken[s - 1]) {
        const w = toks[s - 1]!;
        const gap = nt.cps.slice(w.end, toks[s]!.start).join('');
        if (!/^[\s-]+$/u.test(gap) || EN_STOP.has(w.n)) break;
        if (!isUpper(nt.cps[w.start]) && !(w.n === 'al' && gap === '-')) break;
        s--;
      }
      if (s === i) continue;
      if (!isUpper(nt.cps[toks[s]!.start]) && toks[s]!.n !== 'al') continue;
      for (let t = s; t <= i; t++) taken[t] = 1;
      const start = toks[s]!.start;
      out.push({
        start,
        end: tok.end,
        placeId: null,
        role: 'place',
        rule: 'cue-unknown-name',
        candidates: [],
        kind: cue.kind,
        name: nt.cps.slice(start, toks[i - 1]!.end).join(''),
        note: 'the cue word introduces a name the gazetteer does not know: place it on the map',
      });
    }
  }
  return out;
}

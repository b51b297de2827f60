/**
 * The matcher's lookup structure and word-level readings, shared by match.ts (the pass over a text)
 * and match-context.ts (the words around a name): the index of gazetteer and organisation names by
 * first word, the clitic/article readings of an Arabic word, candidate ranking.
 */
import type { Cue } from './cues.ts';
import { normalise, tokens } from './normalize.ts';
import type { GazetteerEntry, OrganisationName, PlaceKind } from './types.ts';

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
  entries: Map<string, GazetteerEntry>;
}

export const ARABIC = /[\u0600-\u06ff]/u;
export const ARTICLE = 'ال';

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

export interface Split {
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

/**
 * The review page's gazetteer search (pure; run by the dev server, `review.plugin.ts`): the shipped
 * entries with the world index (GeoNames, `withWorld`), searched in Arabic and English with the
 * ingest tool's normalisation (`norm`: alef forms, ta marbuta, alef maqsura, vowel marks, case) and
 * its readings of an Arabic word's proclitics and article (`splits`: «بأنطاكية», «والحسكة»).
 *
 * Ranking: how well a name matches (whole name, then a name starting with the query, then containing
 * it; a reading without a clitic before one with), then population and nearness to the article's
 * located places (`near`), so «طرابلس» near Beirut is the Lebanese city, and the Libyan one far from
 * any. A shipped entry (curated, or reviewed in an article) counts as if ten times as populous.
 *
 * The index is ~68,000 places and ~220,000 names: built once, on the first search, in the dev server
 * only; the page receives a few results at a time and never the index.
 */
import { km } from '../ingest/gazetteer.ts';
import { splits } from '../ingest/clitics.ts';
import { norm } from '../ingest/normalize.ts';
import type { GazetteerEntry } from '../ingest/types.ts';

/** One search result, as the page shows it. */
export interface PlaceHit {
  id: string;
  /** The preferred names first (at most three of each). */
  names: { ar: string[]; en: string[] };
  kind: string;
  point: [number, number];
  /** ISO 3166-1 alpha-2 (GeoNames), when known. */
  country?: string;
  population?: number;
  /** Where the place (its point) comes from, with its licence. */
  source: { title: string; licence?: string };
  /** From the world index rather than the shipped gazetteer. */
  world: boolean;
}

export interface SearchIndex {
  entries: readonly GazetteerEntry[];
  /** Normalised names of `entries[i]`. */
  keys: readonly (readonly string[])[];
  byId: ReadonlyMap<string, GazetteerEntry>;
}

/** Normalised, with runs of white space (and ـ - ' between words) as one space. */
const key = (s: string) =>
  norm(s)
    .replace(/[\s-]+/gu, ' ')
    .trim();

export function searchIndex(entries: readonly GazetteerEntry[]): SearchIndex {
  return {
    entries,
    keys: entries.map((e) => [...new Set([...e.names.ar, ...e.names.en].map(key))].filter(Boolean)),
    byId: new Map(entries.map((e) => [e.id, e])),
  };
}

/** The query's readings: as typed, then with the first word's proclitics (and article) taken off. */
export function readings(query: string): { text: string; clitic: boolean }[] {
  const q = key(query);
  if (!q) return [];
  const [first, ...rest] = q.split(' ');
  const out = new Map<string, boolean>();
  for (const s of splits(first!)) {
    const text = [s.rest, ...rest].join(' ');
    if (text.length >= 2 && !out.has(text)) out.set(text, s.skip > 0 || s.article);
  }
  return [...out].map(([text, clitic]) => ({ text, clitic }));
}

/** Search request limits. */
export const MAX_QUERY = 100;
export const MAX_NEAR = 200;
export const MAX_LIMIT = 30;

export interface SearchRequest {
  query: string;
  /** The article's located places, [lon, lat]. */
  near: [number, number][];
  limit: number;
}

/** The request body checked: the request, or what is wrong with it (path and value). */
export function parseSearchRequest(body: unknown): SearchRequest | string {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return 'expected a JSON object { query, near?, limit? }';
  const b = body as Record<string, unknown>;
  const unknown = Object.keys(b).filter((k) => !['query', 'near', 'limit'].includes(k));
  if (unknown.length) return `unknown key ${JSON.stringify(unknown[0])} (expected query, near, limit)`;
  if (typeof b.query !== 'string') return `query: expected a string, got ${JSON.stringify(b.query)}`;
  if (Array.from(b.query).length > MAX_QUERY) return `query: longer than ${MAX_QUERY} characters`;
  const near = b.near ?? [];
  if (!Array.isArray(near) || near.length > MAX_NEAR)
    return `near: expected at most ${MAX_NEAR} [lon, lat] positions`;
  for (const [i, p] of near.entries()) {
    const ok =
      Array.isArray(p) &&
      p.length === 2 &&
      typeof p[0] === 'number' &&
      typeof p[1] === 'number' &&
      Math.abs(p[0]) <= 180 &&
      Math.abs(p[1]) <= 90;
    if (!ok) return `near[${i}]: expected [lon, lat] in range, got ${JSON.stringify(p)}`;
  }
  const limit = b.limit ?? 10;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT)
    return `limit: expected an integer 1–${MAX_LIMIT}, got ${JSON.stringify(limit)}`;
  return { query: b.query, near: near as [number, number][], limit };
}

/** How well `k` (a normalised name) matches `q`: 3 the whole name, 2 its start (or a word's), 1 inside it. */
function quality(k: string, q: string): number {
  if (k === q) return 3;
  if (k.startsWith(q)) return 2;
  const at = k.indexOf(q);
  if (at < 0) return -1;
  return k[at - 1] === ' ' ? 2 : q.length >= 3 ? 1 : -1;
}

/** Population and nearness as one number (log scale); larger is better. */
function weight(e: GazetteerEntry, near: readonly [number, number][]): number {
  const pop = (e.population ?? 0) * (e.world ? 1 : 10) + (e.world ? 0 : 10_000);
  let w = Math.log10(1 + pop);
  if (near.length) {
    const d = Math.min(...near.map((p) => km(p, e.point)));
    w -= 1.5 * Math.log10(1 + d / 50);
  }
  return w;
}

export function hit(e: GazetteerEntry): PlaceHit {
  return {
    id: e.id,
    names: { ar: e.names.ar.slice(0, 3), en: e.names.en.slice(0, 3) },
    kind: e.kind,
    point: e.point,
    ...(e.country ? { country: e.country } : {}),
    ...(e.population ? { population: e.population } : {}),
    source: { title: e.source.title, ...(e.source.licence ? { licence: e.source.licence } : {}) },
    world: !!e.world,
  };
}

/** The best `limit` places for a request. */
export function searchPlaces(index: SearchIndex, req: SearchRequest): PlaceHit[] {
  const rs = readings(req.query);
  if (!rs.length) return [];
  const found: { e: GazetteerEntry; q: number; w: number }[] = [];
  for (let i = 0; i < index.entries.length; i++) {
    let best = -1;
    for (const k of index.keys[i]!)
      for (const r of rs) {
        const q = quality(k, r.text);
        if (q > 0) best = Math.max(best, q - (r.clitic ? 0.5 : 0));
      }
    if (best > 0) found.push({ e: index.entries[i]!, q: best, w: 0 });
  }
  for (const f of found) f.w = weight(f.e, req.near);
  found.sort((a, b) => b.q - a.q || b.w - a.w || (a.e.id < b.e.id ? -1 : 1));
  return found.slice(0, req.limit).map((f) => hit(f.e));
}

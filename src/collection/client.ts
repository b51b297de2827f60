/**
 * Reading the collection's static files in the browser (or in node with an injected fetch): the
 * summary first (the map fetches its own tiles), then a place shard, a list page, search shards,
 * the points, events or rows file when needed,
 * each fetched once and kept. Every fetch is bounded; a failure rejects with the file's path.
 * Search itself is pure ({@link searchLoaded}), so it is timed apart from the fetch.
 */
import {
  COLLECTION_DIR,
  placeShardOf,
  tilePath,
  type CardItem,
  type EventsFile,
  type ListEntry,
  type ListPage,
  type PlaceHead,
  type PlaceRecord,
  type PlaceShard,
  type PointsFile,
  type SearchShard,
  type Summary,
} from './format.ts';
import type { RowsFile } from './rows.ts';
import { queryForms, shardFile, shardOf } from './search-text.ts';

/** How long one file may take. */
export const COLLECTION_TIMEOUT_MS = 10_000;

/** A search shard ready for queries: terms sorted, their articles by position in `ids`. */
export interface LoadedShard {
  terms: string[];
  docs: number[][];
  ids: string[];
}

/** First index whose term is ≥ `x`. */
function lower(terms: readonly string[], x: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function loadShard(s: SearchShard): LoadedShard {
  const sorted = [...s.terms].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { terms: sorted.map((t) => t[0]), docs: sorted.map((t) => t[1]), ids: s.docs };
}

/** The search shards a query needs (prefixes that exist). */
export function shardsFor(query: string, existing: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  for (const forms of queryForms(query))
    for (const f of forms) if (existing.has(shardOf(f))) out.add(shardOf(f));
  return [...out];
}

/**
 * Ids of the articles matching every word of `query` (a word matches a term it is a prefix of,
 * under any of its readings), unordered (the list orders them); `[]` for a query with no word of
 * two letters.
 */
export function searchLoaded(query: string, shards: ReadonlyMap<string, LoadedShard>): string[] {
  const words = queryForms(query);
  if (!words.length) return [];
  let result: Set<string> | null = null;
  for (const forms of words) {
    const hits = new Set<string>();
    for (const f of forms) {
      const s = shards.get(shardOf(f));
      if (!s) continue;
      for (let i = lower(s.terms, f); i < s.terms.length && s.terms[i]!.startsWith(f); i++)
        for (const d of s.docs[i]!) hits.add(s.ids[d]!);
    }
    if (result === null) result = hits;
    else {
      const prev: Set<string> = result;
      result = new Set([...hits].filter((id) => prev.has(id)));
    }
    if (result.size === 0) return [];
  }
  return [...result!];
}

export class CollectionClient {
  readonly #base: string;
  readonly #fetch: typeof fetch;
  #summary: Promise<Summary> | null = null;
  readonly #files = new Map<string, Promise<unknown>>();
  readonly #places = new Map<number, Promise<Map<string, PlaceRecord>>>();
  readonly #search = new Map<string, LoadedShard>();
  readonly #heads = new Map<string, PlaceHead>();

  /** `base`: the app's root URL (ending with `/`). */
  constructor(base: string, fetchFn: typeof fetch = (...a) => fetch(...a)) {
    this.#base = base;
    this.#fetch = fetchFn;
  }

  async #json<T>(path: string): Promise<T> {
    let p = this.#files.get(path) as Promise<T> | undefined;
    if (!p) {
      const url = new URL(`geodata/${COLLECTION_DIR}/${path}`, this.#base).href;
      p = (async () => {
        const res = await this.#fetch(url, { signal: AbortSignal.timeout(COLLECTION_TIMEOUT_MS) });
        if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
        return (await res.json()) as T;
      })();
      p.catch(() => this.#files.delete(path)); // a failure may be retried
      this.#files.set(path, p);
    }
    return p;
  }

  summary(): Promise<Summary> {
    this.#summary ??= this.#json<Summary>('summary.json');
    return this.#summary;
  }

  /** A place's record (names, every article reporting it), or null when the key is unknown. */
  async place(key: string): Promise<PlaceRecord | null> {
    const s = await this.summary();
    const n = placeShardOf(key, s.placeShards);
    let shard = this.#places.get(n);
    if (!shard) {
      shard = this.#json<PlaceShard>(`places/${n}.json`).then((rows) => new Map(rows));
      this.#places.set(n, shard);
      shard.catch(() => this.#places.delete(n));
    }
    return (await shard).get(key) ?? null;
  }

  /**
   * Starts fetching `key`'s shard (a pointer over a place, a place focused), so the card that
   * usually follows is drawn from memory; a failure is left for {@link place} to report.
   */
  prefetchPlace(key: string): void {
    this.place(key).catch(() => {});
  }

  /** Every article reporting `key`, newest first ([] for an unknown place). */
  async placeIds(key: string): Promise<string[]> {
    const rec = await this.place(key);
    if (!rec) return [];
    if (rec.n <= rec.items.length) return rec.items.map((i) => i.a);
    return this.#json<string[]>(`place-items/${key}/ids.json`);
  }

  /** Page `n` of the list (newest first); page 0 comes with the summary. Its places' heads are kept. */
  async page(n: number): Promise<ListEntry[]> {
    const s = await this.summary();
    if (n === 0) {
      this.#keepHeads(s.heads);
      return s.first;
    }
    if (n < 0 || n >= s.pages) return [];
    const p = await this.#json<ListPage>(`articles/${n}.json`);
    this.#keepHeads(p.heads);
    return p.rows;
  }

  #keepHeads(heads: readonly PlaceHead[]): void {
    for (const h of heads) this.#heads.set(h[0], h);
  }

  /**
   * What a card can draw at once for `key` (its count and newest reports without quotes), from a
   * list page already fetched, or null.
   */
  headNow(key: string): PlaceHead | null {
    return this.#heads.get(key) ?? null;
  }

  /** Fetches the shards `query` needs (once each). */
  async prepare(query: string): Promise<void> {
    const s = await this.summary();
    const need = shardsFor(query, new Set(s.searchShards)).filter((p) => !this.#search.has(p));
    await Promise.all(
      need.map(async (p) => {
        const shard = await this.#json<SearchShard>(`search/${shardFile(p)}.json`);
        this.#search.set(p, loadShard(shard));
      }),
    );
  }

  /** Search over the shards already fetched (call {@link prepare} first). */
  searchNow(query: string): string[] {
    return searchLoaded(query, this.#search);
  }

  async search(query: string): Promise<string[]> {
    await this.prepare(query);
    return this.searchNow(query);
  }

  /** Page `n` of a place's reports (only for a place with more than the shard's first ones). */
  placeItems(key: string, n: number): Promise<CardItem[]> {
    return this.#json<CardItem[]>(`place-items/${key}/${n}.json`);
  }

  events(): Promise<EventsFile> {
    return this.#json<EventsFile>('events.json');
  }

  /** Every place with its point, count and names (after the first view: the time filter, export). */
  points(): Promise<PointsFile> {
    return this.#json<PointsFile>('points.json');
  }

  /** Every article's list row, compact (after the first view: a filtered list draws from it). */
  rows(): Promise<RowsFile> {
    return this.#json<RowsFile>('rows.json');
  }

  /**
   * The map's tiles as a URL template (`{z}/{x}/{y}` left as they are: `new URL` would escape the
   * braces), absolute so MapLibre's worker resolves it.
   */
  tiles(): string {
    return `${new URL(`geodata/${COLLECTION_DIR}/`, this.#base).href}${tilePath(0, 0, 0).replace('0/0/0', '{z}/{x}/{y}')}`;
  }
}

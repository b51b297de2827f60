/**
 * The collection's indexes from article digests (pure: digests in, `path → JSON text` out). See
 * `format.ts` for the files. Output is a function of the digests only and every file is written in
 * a stable order, so an added article changes only the files it touches: the summary, the list
 * pages from its place in the date order onwards, the place shards of its places, the search
 * shards of its terms, the points, events and rows files, and the map tiles of its places and of the
 * clusters they are in (`build-tiles.ts`) (`writeCollection` in `build-node.ts` compares contents
 * and rewrites only those).
 */
import type { ArticleDigest } from './digest.ts';
import {
  CARD_FIRST,
  CARD_PAGE,
  FORMAT_VERSION,
  HEAD_ITEMS,
  MAX_POSTINGS,
  PAGE_SIZE,
  placeShardCount,
  placeShardOf,
  type CardItem,
  type EventsFile,
  type ListEntry,
  type ListPage,
  type PlaceHead,
  type PlaceAll,
  type PlaceRecord,
  type PlaceShard,
  type PointsFile,
  type SearchShard,
  type Summary,
  type SummaryPlace,
} from './format.ts';
import { clusterTiles } from './build-tiles.ts';
import { compactRows } from './rows.ts';
import { PlaceIdentity } from './identity.ts';
import { shardFile, shardOf } from './search-text.ts';

export interface BuildOptions {
  /** Whether `embed/<id>-card.png` exists for an article. */
  hasCard?: (id: string) => boolean;
  /** Articles left out (invalid), counted in the summary. */
  skipped?: number;
}

/** Newest first, then by id (a stable order for equal dates). */
export function byNewest(a: { day: number; id: string }, b: { day: number; id: string }): number {
  return b.day - a.day || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Every file of the collection, by path under `collection/`: JSON text, or bytes for a tile. */
export function buildCollection(
  digests: readonly ArticleDigest[],
  o: BuildOptions = {},
): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>();
  const identity = new PlaceIdentity();
  // Keys are assigned in article-id order so they do not depend on dates.
  const inIdOrder = [...digests].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const keyOf = new Map<ArticleDigest, Map<string, string>>();
  const records = new Map<string, PlaceAll>();
  let mentions = 0;
  for (const d of inIdOrder) {
    const keys = new Map<string, string>();
    for (const p of d.places) {
      const key = identity.key(p);
      keys.set(p.id, key);
      const known = records.get(key);
      // An English article may leave a world place's Arabic name empty; another article may have it.
      if (known && !known.name_ar && p.name_ar) known.name_ar = p.name_ar;
      if (known && !known.name_en && p.name_en) known.name_en = p.name_en;
      if (!known)
        records.set(key, {
          name_ar: p.name_ar,
          name_en: p.name_en,
          kind: p.kind,
          point: p.point,
          items: [],
          ids: [],
        });
    }
    keyOf.set(d, keys);
  }
  const newest = [...digests].sort(byNewest);
  const entries: ListEntry[] = newest.map((d) => {
    const places = d.places.map((p) => keyOf.get(d)!.get(p.id)!);
    return {
      id: d.id,
      lang: d.lang,
      title: d.title,
      outlet: d.outlet,
      date: d.date,
      places,
      names: places.map((k): [string, string] => [records.get(k)!.name_ar, records.get(k)!.name_en]),
      synthetic: d.synthetic,
      card: o.hasCard?.(d.id) ?? false,
    };
  });
  for (const d of newest) {
    mentions += d.mentions;
    for (const p of d.places) {
      const item: CardItem = { a: d.id, p: p.id, l: d.lang, t: d.title, d: d.date, q: p.quote };
      if (p.quoteEn) item.qe = p.quoteEn;
      const rec = records.get(keyOf.get(d)!.get(p.id)!)!;
      rec.items.push(item);
      rec.ids.push(d.id);
    }
  }

  // Place shards.
  const keys = [...records.keys()].sort();
  const shards = placeShardCount(keys.length);
  const byShard: PlaceShard[] = Array.from({ length: shards }, () => []);
  for (const k of keys) {
    const r = records.get(k)!;
    const { ids, ...rest } = r;
    const rec: PlaceRecord = { ...rest, items: r.items.slice(0, CARD_FIRST), n: ids.length };
    byShard[placeShardOf(k, shards)]!.push([k, rec]);
    if (r.items.length > CARD_FIRST) {
      files.set(`place-items/${k}/ids.json`, JSON.stringify(ids));
      for (let n = 0; n * CARD_PAGE < r.items.length; n++)
        files.set(
          `place-items/${k}/${n}.json`,
          JSON.stringify(r.items.slice(n * CARD_PAGE, (n + 1) * CARD_PAGE)),
        );
    }
  }
  byShard.forEach((s, i) => files.set(`places/${i}.json`, JSON.stringify(s)));

  // List pages with their places' card heads (page 0 is also inside the summary).
  const pages = Math.max(1, Math.ceil(entries.length / PAGE_SIZE));
  const listPage = (i: number): ListPage => {
    const rows = entries.slice(i * PAGE_SIZE, (i + 1) * PAGE_SIZE);
    const heads = [...new Set(rows.flatMap((e) => e.places))].map((k): PlaceHead => {
      const r = records.get(k)!;
      return [k, r.ids.length, r.items.slice(0, HEAD_ITEMS).map(({ a, p, l, t, d }) => ({ a, p, l, t, d }))];
    });
    return { rows, heads };
  };
  const first = listPage(0);
  for (let i = 0; i < pages; i++) files.set(`articles/${i}.json`, JSON.stringify(i ? listPage(i) : first));

  // Search shards: term → newest-first article positions, capped.
  const postings = new Map<string, number[]>();
  newest.forEach((d, i) => {
    for (const t of d.terms) {
      let list = postings.get(t);
      if (!list) postings.set(t, (list = []));
      if (list.length < MAX_POSTINGS) list.push(i);
    }
  });
  const byPrefix = new Map<string, string[]>();
  for (const t of [...postings.keys()].sort()) {
    const p = shardOf(t);
    let list = byPrefix.get(p);
    if (!list) byPrefix.set(p, (list = []));
    list.push(t);
  }
  for (const [prefix, terms] of byPrefix) {
    const local = new Map<number, number>();
    const docs: string[] = [];
    const shard: SearchShard = {
      terms: terms.map((t) => [
        t,
        postings.get(t)!.map((g) => {
          let l = local.get(g);
          if (l === undefined) {
            local.set(g, (l = docs.length));
            docs.push(entries[g]!.id);
          }
          return l;
        }),
      ]),
      docs,
    };
    files.set(`search/${shardFile(prefix)}.json`, JSON.stringify(shard));
  }

  // Events, sorted by start.
  const placeIndex = new Map(keys.map((k, i) => [k, i]));
  const articleIds = entries.map((e) => e.id);
  const articleIndex = new Map(articleIds.map((id, i) => [id, i]));
  const ev: number[][] = [];
  for (const d of newest) {
    const km = keyOf.get(d)!;
    for (const e of d.events) {
      const ps = e.placeIds.map((id) => km.get(id)).filter((k): k is string => k != null);
      ev.push([e.start, e.end, articleIndex.get(d.id)!, ...ps.map((k) => placeIndex.get(k)!)]);
    }
  }
  ev.sort((a, b) => a[0]! - b[0]! || a[2]! - b[2]!);
  const events: EventsFile = { articles: articleIds, places: keys, ev };
  files.set('events.json', JSON.stringify(events));

  const counts = new Map<string, number>();
  for (const e of entries) for (const k of new Set(e.places)) counts.set(k, (counts.get(k) ?? 0) + 1);
  const points: PointsFile = keys.map((k): SummaryPlace => {
    const r = records.get(k)!;
    return [k, r.point[0], r.point[1], counts.get(k) ?? 0, r.name_ar, r.name_en];
  });
  files.set('points.json', JSON.stringify(points));
  files.set('rows.json', JSON.stringify(compactRows(entries, placeIndex)));
  for (const [path, bytes] of clusterTiles(
    points.map(([key, lon, lat, n, name_ar, name_en]) => ({ key, point: [lon, lat], n, name_ar, name_en })),
  ))
    files.set(path, bytes);
  const summary: Summary = {
    v: FORMAT_VERSION,
    counts: {
      articles: entries.length,
      places: keys.length,
      mentions,
      events: ev.length,
      skipped: o.skipped ?? 0,
    },
    first: first.rows,
    heads: first.heads,
    pages,
    placeShards: shards,
    searchShards: [...byPrefix.keys()].sort(),
    span: ev.length ? [ev[0]![0]!, ev.reduce((m, e) => Math.max(m, e[1]!), -Infinity)] : null,
  };
  files.set('summary.json', JSON.stringify(summary));
  return files;
}

/**
 * The collection's static files (written by `build-index.ts`, read by `client.ts`): their shapes
 * and paths under `geodata/collection/`. Ids from data are values in arrays, never object keys.
 */
import type { ContentLang, Lang } from '../model/types.ts';
import { contentLang } from '../languages.ts';

export const COLLECTION_DIR = 'collection';
export const FORMAT_VERSION = 1;
/** Articles per page of the list (the first page is inside the summary). */
export const PAGE_SIZE = 24;
/** At most this many articles per search term, newest first. */
export const MAX_POSTINGS = 200;

/** An article in the list: what the start page shows. */
export interface ListEntry {
  id: string;
  lang: ContentLang;
  /** The original title when the article is Arabic; the English one (the project's or the original) always. */
  title: { ar?: string; en: string };
  outlet: string;
  date: string;
  /** Atlas keys of its places, in article order. */
  places: string[];
  /** Those places' names, `[ar, en]` in the same order (the list names them without the points file). */
  names: [ar: string, en: string][];
  synthetic: boolean;
  /** `embed/<id>-card.png` exists (the build draws it for the shipped articles). */
  card: boolean;
}

/** A place of the atlas in the summary: key, [lon, lat], articles mentioning it, names. */
export type SummaryPlace = [key: string, lon: number, lat: number, articles: number, ar: string, en: string];

/**
 * `collection/summary.json`: what the first view needs besides the map's tiles. It lists no place:
 * at 20,000 places that list alone weighed 479 KB gzip. The map draws `tiles/` (clustered per zoom
 * at build time, `build-tiles.ts`); every place is in `points.json`, loaded after the first view.
 */
export interface Summary {
  v: typeof FORMAT_VERSION;
  counts: { articles: number; places: number; mentions: number; events: number; skipped: number };
  /** Newest first: the first page of the list. */
  first: ListEntry[];
  /** The card heads of the first page's places (see {@link ListPage}). */
  heads: PlaceHead[];
  pages: number;
  /** Number of place shards (`places/<n>.json`). */
  placeShards: number;
  /** Search shards that exist (prefixes), so a query never asks for a missing file. */
  searchShards: string[];
  /** First and last day of any event, epoch ms (half-open), or null without events. */
  span: [number, number] | null;
}

/**
 * `collection/points.json` (loaded after the first view, with the events file, or at once for a
 * filter): every place with its point, count and names, for the time brush (which re-clusters the
 * places it keeps in the browser) and the atlas export.
 */
export type PointsFile = SummaryPlace[];

/** The tiles' one layer (the map's style reads it: `carto/cluster-layers.ts`, equal in a test). */
export const TILE_LAYER = 'places';
/** Tiles are written for z 0 to this (one past the last clustered zoom); MapLibre overzooms beyond. */
export const TILE_MAX_ZOOM = 10;
/** Tile extent: supercluster's radius is in these units, 512 per MapLibre's 512-px tile. */
export const TILE_EXTENT = 512;
/** Where tile z/x/y is, under `collection/`. */
export const tilePath = (z: number, x: number, y: number) => `tiles/${z}/${x}/${y}.pbf`;

/**
 * What a place card draws before the place's shard arrives: the place's count of articles and its
 * newest {@link HEAD_ITEMS} reports without their quotes (`[key, n, reports]`). A list page carries
 * the heads of the places it names, so a click on one draws its card at once.
 */
export type PlaceHead = [key: string, n: number, reports: CardHead[]];
export type CardHead = Omit<CardItem, 'q' | 'qe'>;
/** Reports in a {@link PlaceHead}. */
export const HEAD_ITEMS = 3;

/** `articles/<n>.json`: page n of the list (newest first) and the card heads of its places. */
export interface ListPage {
  rows: ListEntry[];
  heads: PlaceHead[];
}

/** One article's report of a place, in a place card: newest first. */
export interface CardItem {
  /** Article id, the place's id in it, the article's language, title and date. */
  a: string;
  p: string;
  l: ContentLang;
  t: { ar?: string; en: string };
  d: string;
  q: string;
  qe?: string;
}

/** `places/<n>.json`: `[key, {name_ar, name_en, kind, items}]` for the keys of shard n. */
export type PlaceShard = [key: string, PlaceRecord][];
export interface PlaceRecord {
  name_ar: string;
  name_en: string;
  kind: string;
  point: [number, number];
  /** The newest {@link CARD_FIRST} reports; the rest are in `place-items/<key>/<n>.json`. */
  items: CardItem[];
  /**
   * How many reports the place has. The ids of every article reporting it (the list's place
   * filter) are `items`' own when `n ≤ items.length`, else in `place-items/<key>/ids.json`: a
   * shard stays a few KB however many articles report its places (the card's first paint waits
   * for it).
   */
  n: number;
}

/** What the build gathers per place before it writes the shard and the pages. */
export interface PlaceAll extends Omit<PlaceRecord, 'n'> {
  ids: string[];
}

/** Reports a place shard carries per place. */
export const CARD_FIRST = 20;
/** Reports per page of `place-items/<key>/<n>.json` (page n holds reports [n·size, (n+1)·size)). */
export const CARD_PAGE = 50;

/** `search/<hex>.json`: terms of one prefix with their articles (indexes into `docs`, article ids). */
export interface SearchShard {
  terms: [term: string, docs: number[]][];
  docs: string[];
}

/**
 * `events.json` (loaded after the first view): every event of every article, sorted by start:
 * `[start, end, article index, ...atlas place indexes]`, indexes into `articles` and `places`.
 */
export interface EventsFile {
  articles: string[];
  places: string[];
  ev: number[][];
}

/** FNV-1a hash of a string (32-bit): which shard a place key lives in. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Places per shard: small, so a cold shard arrives within the card's 100 ms (about 16 records of at
 * most {@link CARD_FIRST} reports each) at the cost of more files.
 */
export const PLACES_PER_SHARD = 16;

/** Place shards for `n` places: a power of two near n/16, so it changes only when the atlas doubles. */
export function placeShardCount(n: number): number {
  let s = 1;
  while (s * PLACES_PER_SHARD < n) s *= 2;
  return s;
}

export const placeShardOf = (key: string, shards: number) => fnv1a(key) % shards;

/** The title to show in `lang`: the Arabic original for an Arabic reader when there is one. */
export const titleIn = (t: { ar?: string; en: string }, lang: Lang) =>
  contentLang(lang) === 'ar' && t.ar ? t.ar : t.en;

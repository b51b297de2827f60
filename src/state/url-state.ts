/**
 * The URL is a projection of app state through this one schema: each key has a parser and a
 * formatter. Unknown keys are ignored; a bad value is dropped with a notice (never thrown), so a
 * shared link can never break the page.
 */
import { isValidId } from '../model/ids.ts';
import type { Lang } from '../model/types.ts';

export type Theme = 'light' | 'dark';
export type Digits = 'latn' | 'arab';
export type TimeDirection = 'auto' | 'ltr' | 'rtl';

export interface MapView {
  /** [lon, lat] */
  center: [number, number];
  zoom: number;
}

/** Everything the URL can carry. Absent keys are `undefined`. */
export interface UrlState {
  article?: string;
  lang?: Lang;
  theme?: Theme;
  place?: string;
  event?: string;
  view?: MapView;
  /** Half-open time range in epoch ms. */
  time?: { start: number; end: number };
  /** A MapLibre style URL to use instead of the offline basemap. */
  style?: string;
  digits?: Digits;
  tdir?: TimeDirection;
}

/** What the parser needs to know to accept ids. */
export interface UrlContext {
  articles?: readonly string[];
  placeIds?: ReadonlySet<string>;
  eventIds?: ReadonlySet<string>;
}

export interface UrlNotice {
  key: string;
  value: string;
  message: string;
}

const num = (s: string): number | null => (/^-?\d+(\.\d+)?$/.test(s) ? Number(s) : null);
const round = (n: number, d: number) => Number(n.toFixed(d));

function parseDay(s: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(t).toISOString().slice(0, 10) === s ? t : null;
}
const formatDay = (t: number) => new Date(t).toISOString().slice(0, 10);

/** A parser's verdict: the value, or why the raw string was rejected. */
type Parsed<T> = { ok: T } | { reject: string };
type Parser<T> = (raw: string, ctx: UrlContext) => Parsed<T>;
const ok = <T>(v: T): Parsed<T> => ({ ok: v });
const reject = (why: string): { reject: string } => ({ reject: why });

const parsers: { [K in keyof UrlState]-?: Parser<NonNullable<UrlState[K]>> } = {
  article: (raw, ctx) =>
    !isValidId(raw)
      ? reject('not a valid article id')
      : ctx.articles && !ctx.articles.includes(raw)
        ? reject('no such article')
        : ok(raw),
  lang: (raw) => (raw === 'ar' || raw === 'en' ? ok(raw) : reject('language must be ar or en')),
  theme: (raw) => (raw === 'light' || raw === 'dark' ? ok(raw) : reject('theme must be light or dark')),
  place: (raw, ctx) =>
    !isValidId(raw)
      ? reject('not a valid place id')
      : ctx.placeIds && !ctx.placeIds.has(raw)
        ? reject('no such place')
        : ok(raw),
  event: (raw, ctx) =>
    !isValidId(raw)
      ? reject('not a valid event id')
      : ctx.eventIds && !ctx.eventIds.has(raw)
        ? reject('no such event')
        : ok(raw),
  view: (raw) => {
    const parts = raw.split(',');
    if (parts.length !== 3) return reject('view must be lon,lat,zoom');
    const [lon, lat, zoom] = parts.map(num);
    if (lon == null || lat == null || zoom == null) return reject('view must be three numbers');
    if (lon < -180 || lon > 180) return reject(`longitude ${lon} out of range`);
    if (lat < -85 || lat > 85) return reject(`latitude ${lat} out of range`);
    if (zoom < 0 || zoom > 22) return reject(`zoom ${zoom} out of range`);
    return ok({ center: [lon, lat], zoom });
  },
  time: (raw) => {
    const [a, b, extra] = raw.split('/');
    if (a == null || b == null || extra != null)
      return reject('time must be start/end (YYYY-MM-DD/YYYY-MM-DD)');
    const start = parseDay(a);
    const end = parseDay(b);
    if (start == null || end == null) return reject('time must be start/end (YYYY-MM-DD/YYYY-MM-DD)');
    if (end <= start) return reject('time range end must be after its start');
    return ok({ start, end });
  },
  style: (raw) => {
    // Only https (or plain http on this machine, for a local tile server): a shared link must not
    // send readers' browsers to an unencrypted third-party host.
    const local = new Set(['localhost', '127.0.0.1', '[::1]']);
    try {
      const u = new URL(raw);
      return u.protocol === 'https:' || (u.protocol === 'http:' && local.has(u.hostname))
        ? ok(u.href)
        : reject('style must be an https URL');
    } catch {
      return reject('style must be an https URL');
    }
  },
  digits: (raw) => (raw === 'latn' || raw === 'arab' ? ok(raw) : reject('digits must be latn or arab')),
  tdir: (raw) =>
    raw === 'auto' || raw === 'ltr' || raw === 'rtl' ? ok(raw) : reject('tdir must be auto, ltr or rtl'),
};

const formatters: { [K in keyof UrlState]-?: (v: NonNullable<UrlState[K]>) => string } = {
  article: (v) => v,
  lang: (v) => v,
  theme: (v) => v,
  place: (v) => v,
  event: (v) => v,
  view: (v) => `${round(v.center[0], 5)},${round(v.center[1], 5)},${round(v.zoom, 2)}`,
  time: (v) => `${formatDay(v.start)}/${formatDay(v.end)}`,
  style: (v) => v,
  digits: (v) => v,
  tdir: (v) => v,
};

/** The keys in the order they are written. */
export const URL_KEYS = Object.keys(parsers) as (keyof UrlState)[];

/** Parses a query string. Unknown keys are ignored; bad values are dropped and reported. */
export function parseUrlState(
  search: string,
  ctx: UrlContext = {},
): { state: UrlState; notices: UrlNotice[] } {
  const params = new URLSearchParams(search);
  const state: Record<string, unknown> = {};
  const notices: UrlNotice[] = [];
  for (const key of URL_KEYS) {
    const raw = params.get(key);
    if (raw == null) continue;
    const parsed = (parsers[key] as Parser<unknown>)(raw, ctx);
    if ('ok' in parsed) state[key] = parsed.ok;
    else notices.push({ key, value: raw, message: parsed.reject });
  }
  return { state: state as UrlState, notices };
}

/** Formats state as a query string (with leading `?`, or `''` when empty), keys in schema order. */
export function formatUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  for (const key of URL_KEYS) {
    const v = state[key];
    if (v == null) continue;
    params.set(key, (formatters[key] as (v: unknown) => string)(v));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

// embed: the embed page's keys (issue 9), through the same parse/format machinery. The embed reads
// every key of the full app plus these; `theme` additionally accepts `auto` there (following
// `prefers-color-scheme`). Pym.js hosts pass the frame's id as `childId`.

export type EmbedTheme = Theme | 'auto';
/** Panels an embed can show besides the map. */
export const EMBED_PANELS = ['quote', 'timeline', 'list'] as const;
export type EmbedPanel = (typeof EMBED_PANELS)[number];

export interface EmbedUrlState extends Omit<UrlState, 'theme'> {
  theme?: EmbedTheme;
  /** Which panels show (`panels=quote,timeline`; `panels=none` for the map alone). */
  panels?: EmbedPanel[];
  /** `1`: the live map loads when the embed is in view; `0`: a poster only (print, AMP). */
  interactive?: boolean;
  /** Host origins whose commands the embed obeys (exact scheme, host and port). */
  origins?: string[];
  /** The embed's id in resize messages (`id`, or Pym's `childId`). */
  id?: string;
}

/** At most this many host origins (a longer list is a mistake or an attack). */
export const MAX_EMBED_ORIGINS = 16;

/** An exact web origin (`https://news.example`, `http://localhost:8080`); `null` otherwise. */
export function parseOrigin(raw: string): string | null {
  try {
    const u = new URL(raw);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    return u.origin === raw ? raw : null;
  } catch {
    return null;
  }
}

type EmbedKey = 'theme' | 'panels' | 'interactive' | 'origins' | 'id' | 'childId';
const embedParsers: { [K in EmbedKey]: Parser<unknown> } = {
  theme: (raw) =>
    raw === 'light' || raw === 'dark' || raw === 'auto'
      ? ok(raw)
      : reject('theme must be light, dark or auto'),
  panels: (raw) => {
    if (raw === 'none') return ok([]);
    const items = raw.split(',');
    if (!items.every((p): p is EmbedPanel => (EMBED_PANELS as readonly string[]).includes(p)))
      return reject(`panels must be none or a list of ${EMBED_PANELS.join(', ')}`);
    return ok([...new Set(items)]);
  },
  interactive: (raw) =>
    raw === '1' ? ok(true) : raw === '0' ? ok(false) : reject('interactive must be 1 or 0'),
  origins: (raw) => {
    const items = raw.split(/[\s,]+/).filter(Boolean);
    if (items.length === 0) return reject('origins must list at least one origin');
    if (items.length > MAX_EMBED_ORIGINS) return reject(`at most ${MAX_EMBED_ORIGINS} origins`);
    const bad = items.find((o) => parseOrigin(o) == null);
    if (bad != null) return reject(`${bad} is not an exact origin such as https://news.example`);
    return ok([...new Set(items)]);
  },
  id: (raw) => (isValidId(raw) ? ok(raw) : reject('not a valid embed id')),
  childId: (raw) => (isValidId(raw) ? ok(raw) : reject('not a valid embed id')),
};

/** Embed keys in the order they are written (after the full app's keys). */
export const EMBED_URL_KEYS = ['panels', 'interactive', 'origins', 'id'] as const;

/** Parses an embed URL: the full app's keys (theme widened to `auto`), then the embed's own. */
export function parseEmbedUrlState(
  search: string,
  ctx: UrlContext = {},
): { state: EmbedUrlState; notices: UrlNotice[] } {
  const params = new URLSearchParams(search);
  const theme = params.get('theme');
  params.delete('theme');
  const { state: base, notices } = parseUrlState(params.toString(), ctx);
  const state: Record<string, unknown> = { ...base };
  if (theme != null) params.set('theme', theme);
  for (const key of Object.keys(embedParsers) as EmbedKey[]) {
    const raw = params.get(key);
    if (raw == null) continue;
    const parsed = embedParsers[key](raw, ctx);
    if ('ok' in parsed) state[key === 'childId' ? 'id' : key] ??= parsed.ok;
    else notices.push({ key, value: raw, message: parsed.reject });
  }
  return { state: state as EmbedUrlState, notices };
}

/** Formats embed state as a query string: the app's keys (in their order), then the embed's. */
export function formatEmbedUrlState(state: EmbedUrlState): string {
  const { theme, panels, interactive, origins, id, ...rest } = state;
  // The theme formatter writes its value as is, `auto` included.
  const params = new URLSearchParams(formatUrlState({ ...rest, theme: theme as Theme | undefined }).slice(1));
  if (panels) params.set('panels', panels.length ? panels.join(',') : 'none');
  if (interactive != null) params.set('interactive', interactive ? '1' : '0');
  if (origins?.length) params.set('origins', origins.join(','));
  if (id) params.set('id', id);
  const out = params.toString();
  return out ? `?${out}` : '';
}

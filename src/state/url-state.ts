/**
 * The URL is a projection of app state through this one schema: each key has a parser and a
 * formatter. Unknown keys are ignored; a bad value is dropped with a notice (never thrown), so a
 * shared link can never break the page.
 */
import type { StringKey } from '../i18n.ts';
import { isLanguage } from '../languages.ts';
import { isValidId } from '../model/ids.ts';
import type { Digits, MapView, Theme, TimeDirection } from '../model/prefs.ts';
import type { Lang } from '../model/types.ts';

/** Re-exported for older imports; new code imports these from `model/prefs.ts`. */
export type { Digits, MapView, Theme, TimeDirection };

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
  /** The atlas (issue 20): the search words of the article list. */
  q?: string;
  /** The atlas: the page of the article list (0 = first, newest). */
  page?: number;
}

/** Longest search the URL keeps (a longer one is a mistake or an attack). */
export const MAX_QUERY = 200;

/** What the parser needs to know to accept ids. */
export interface UrlContext {
  articles?: readonly string[];
  placeIds?: ReadonlySet<string>;
  eventIds?: ReadonlySet<string>;
}

/** Why a URL value was dropped: an interface string key (rendered in the reader's language) and its values. */
export interface UrlReason {
  reason: StringKey;
  vars?: Record<string, string | number>;
}

/** A dropped parameter: its key, its raw value (untrusted, any length) and why it was dropped. */
export interface UrlNotice extends UrlReason {
  key: string;
  value: string;
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
export type Parsed<T> = { ok: T } | { reject: UrlReason };
export type Parser<T> = (raw: string, ctx: UrlContext) => Parsed<T>;
export const ok = <T>(v: T): Parsed<T> => ({ ok: v });
export const reject = (reason: StringKey, vars?: Record<string, string | number>): { reject: UrlReason } => ({
  reject: vars ? { reason, vars } : { reason },
});

const parsers: { [K in keyof UrlState]-?: Parser<NonNullable<UrlState[K]>> } = {
  article: (raw, ctx) =>
    !isValidId(raw)
      ? reject('url_badArticleId')
      : ctx.articles && !ctx.articles.includes(raw)
        ? reject('url_noArticle')
        : ok(raw),
  lang: (raw) => (isLanguage(raw) ? ok(raw) : reject('url_badLang')),
  theme: (raw) => (raw === 'light' || raw === 'dark' ? ok(raw) : reject('url_badTheme')),
  place: (raw, ctx) =>
    !isValidId(raw)
      ? reject('url_badPlaceId')
      : ctx.placeIds && !ctx.placeIds.has(raw)
        ? reject('url_noPlace')
        : ok(raw),
  event: (raw, ctx) =>
    !isValidId(raw)
      ? reject('url_badEventId')
      : ctx.eventIds && !ctx.eventIds.has(raw)
        ? reject('url_noEvent')
        : ok(raw),
  view: (raw) => {
    const parts = raw.split(',');
    if (parts.length !== 3) return reject('url_viewParts');
    const [lon, lat, zoom] = parts.map(num);
    if (lon == null || lat == null || zoom == null) return reject('url_viewNumbers');
    if (lon < -180 || lon > 180) return reject('url_lonRange', { n: lon });
    if (lat < -85 || lat > 85) return reject('url_latRange', { n: lat });
    if (zoom < 0 || zoom > 22) return reject('url_zoomRange', { n: zoom });
    return ok({ center: [lon, lat], zoom });
  },
  time: (raw) => {
    const [a, b, extra] = raw.split('/');
    if (a == null || b == null || extra != null) return reject('url_timeFormat');
    const start = parseDay(a);
    const end = parseDay(b);
    if (start == null || end == null) return reject('url_timeFormat');
    if (end <= start) return reject('url_timeOrder');
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
        : reject('url_style');
    } catch {
      return reject('url_style');
    }
  },
  digits: (raw) => (raw === 'latn' || raw === 'arab' ? ok(raw) : reject('url_digits')),
  tdir: (raw) => (raw === 'auto' || raw === 'ltr' || raw === 'rtl' ? ok(raw) : reject('url_tdir')),
  q: (raw) =>
    Array.from(raw).length > MAX_QUERY
      ? reject('url_queryLong', { n: MAX_QUERY })
      : raw.trim()
        ? ok(raw)
        : reject('url_queryEmpty'),
  page: (raw) => (/^\d{1,6}$/.test(raw) ? ok(Number(raw)) : reject('url_page')),
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
  q: (v) => v,
  page: (v) => String(v),
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
    else notices.push({ key, value: raw, ...parsed.reject });
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

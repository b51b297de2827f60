/**
 * The embed page's URL keys (issue 9), through the full app's parse/format machinery
 * (`url-state.ts`): the embed reads every key of the full app plus these; `theme` additionally
 * accepts `auto` there (following `prefers-color-scheme`). Pym.js hosts pass the frame's id as
 * `childId`. Kept apart so the reader's first view does not carry the embed's keys (issue 16.3).
 */
import { isValidId } from '../model/ids.ts';
import type { Theme } from '../model/prefs.ts';
import {
  formatUrlState,
  ok,
  parseUrlState,
  reject,
  type Parser,
  type UrlContext,
  type UrlNotice,
  type UrlState,
} from './url-state.ts';

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
  theme: (raw) => (raw === 'light' || raw === 'dark' || raw === 'auto' ? ok(raw) : reject('url_embedTheme')),
  panels: (raw) => {
    if (raw === 'none') return ok([]);
    const items = raw.split(',');
    if (!items.every((p): p is EmbedPanel => (EMBED_PANELS as readonly string[]).includes(p)))
      return reject('url_embedPanels', { list: EMBED_PANELS.join(', ') });
    return ok([...new Set(items)]);
  },
  interactive: (raw) => (raw === '1' ? ok(true) : raw === '0' ? ok(false) : reject('url_embedInteractive')),
  origins: (raw) => {
    const items = raw.split(/[\s,]+/).filter(Boolean);
    if (items.length === 0) return reject('url_embedOriginsEmpty');
    if (items.length > MAX_EMBED_ORIGINS) return reject('url_embedOriginsMany', { n: MAX_EMBED_ORIGINS });
    const bad = items.find((o) => parseOrigin(o) == null);
    if (bad != null) return reject('url_embedOrigin', { value: bad.slice(0, 80) });
    return ok([...new Set(items)]);
  },
  id: (raw) => (isValidId(raw) ? ok(raw) : reject('url_embedId')),
  childId: (raw) => (isValidId(raw) ? ok(raw) : reject('url_embedId')),
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
    else notices.push({ key, value: raw, ...parsed.reject });
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

/**
 * The URL rule (`url-policy.ts`) over an online style: every URL the style names, and those the rule
 * refuses. Only an online basemap style needs this (`map/style-online.ts`, loaded on first use).
 */
import { isAllowedUrl, type UrlPolicy } from './url-policy.ts';

/** Every URL a style names: its sprite(s), glyphs, font faces, and each source's TileJSON, tiles and data. */
export function styleUrls(style: unknown): string[] {
  const out: string[] = [];
  const push = (v: unknown) => {
    if (typeof v === 'string') out.push(v);
  };
  if (style == null || typeof style !== 'object') return out;
  const s = style as Record<string, unknown>;
  push(s.glyphs);
  if (Array.isArray(s.sprite)) for (const sp of s.sprite) push((sp as { url?: unknown })?.url);
  else push(s.sprite);
  const faces = s['font-faces'];
  if (faces && typeof faces === 'object')
    for (const v of Object.values(faces)) {
      const list = Array.isArray(v) ? v : [v];
      for (const f of list) push(typeof f === 'string' ? f : (f as { url?: unknown })?.url);
    }
  const sources = s.sources;
  if (sources && typeof sources === 'object')
    for (const src of Object.values(sources)) {
      if (!src || typeof src !== 'object') continue;
      const o = src as Record<string, unknown>;
      push(o.url);
      if (typeof o.data === 'string') push(o.data);
      if (Array.isArray(o.tiles)) o.tiles.forEach(push);
      if (Array.isArray(o.urls)) o.urls.forEach(push);
    }
  return out;
}

/**
 * A URL inside a style with its `{z}`-style tokens filled, so that it parses: tokens are not part of
 * the host or scheme, which is all the rule looks at.
 */
const fillTokens = (url: string) => url.replace(/\{[^}]*\}/g, '0');

/** The URLs in `style` that break the rule (resolved against the style's own URL). */
export function refusedUrls(style: unknown, policy: UrlPolicy, styleUrl: string): string[] {
  return styleUrls(style).filter((u) => !isAllowedUrl(fillTokens(u), policy, styleUrl));
}

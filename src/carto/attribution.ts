/**
 * Credits as data, never HTML: each credit is plain text with at most one link, and a link only from
 * a URL that parses as https. The credits control renders them as text nodes (Svelte text), so markup
 * in the data (`<img src=…>`, `<a href=…>`) shows as the characters it is and is never fetched or followed.
 */
import type { PlaceFeature } from '../model/types.ts';

export interface Credit {
  text: string;
  /** An https URL, or absent. */
  href?: string;
}

/** The offline basemap's credits (the same as `geodata/basemap/attribution.json`, as data). */
export const BASEMAP_CREDITS: readonly Credit[] = [
  { text: '© OpenStreetMap contributors', href: 'https://www.openstreetmap.org/copyright' },
  { text: 'geoBoundaries (ODbL)', href: 'https://www.geoboundaries.org' },
  { text: 'Arabic names: UN OCHA' },
  { text: 'Made with Natural Earth', href: 'https://www.naturalearthdata.com' },
];

/** `url` when it is an absolute https URL without credentials; undefined otherwise. */
export function safeHref(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && !u.username && !u.password ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** Collapses whitespace and caps the length: a credit is a line, not a page. */
export function creditText(s: string, max = 200): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Credits of the article's place geometries: one per distinct text, linked when the source has an https URL. */
export function placeCredits(places: readonly PlaceFeature[]): Credit[] {
  const byText = new Map<string, Credit>();
  for (const p of places) {
    const src = p.properties.geometry_source;
    const raw = src?.attribution ?? src?.title;
    if (typeof raw !== 'string' || !raw.trim()) continue;
    const text = creditText(raw);
    if (!byText.has(text)) byText.set(text, { text, href: safeHref(src.url) });
  }
  return [...byText.values()];
}

/**
 * Credits of an online style's sources. Their `attribution` is HTML by convention: it becomes text
 * (tags dropped, common entities decoded); its links are dropped (the text names the source).
 */
export function styleCredits(style: { sources?: Record<string, unknown> } | null | undefined): Credit[] {
  const out = new Map<string, Credit>();
  for (const src of Object.values(style?.sources ?? {})) {
    const a = (src as { attribution?: unknown } | null)?.attribution;
    if (typeof a !== 'string') continue;
    const text = creditText(htmlToText(a));
    if (text) out.set(text, { text });
  }
  return [...out.values()];
}

const ENTITIES = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['copy', '©'],
  ['nbsp', ' '],
]);

/** Plain text of an HTML fragment, without a DOM (tags removed, a few entities decoded). */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x?[0-9a-f]+|\w+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m;
      }
      return ENTITIES.get(e.toLowerCase()) ?? m;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

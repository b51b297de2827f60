/**
 * The static link-preview documents of an article (issue 9.6), pure: its oEmbed JSON (type
 * "rich": the embed iframe) and the `<head>` tags that point to it and to the prebuilt poster
 * (`og:` and Twitter cards). Every value is escaped; text stays text.
 */
import { iframeSnippet, SNIPPET_HEIGHT } from './snippet.ts';
import { contentLang } from '../languages.ts';

export const PROVIDER = 'Article Atlas';
/** The poster image: Open Graph's recommended 1.91:1 at 1200 px. */
export const CARD_SIZE = { width: 1200, height: 630 };

const attr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface CardInput {
  title: string;
  description: string;
  /** The full app at the article's opening view. */
  pageUrl: string;
  /** The embed page for the same view. */
  embedUrl: string;
  imageUrl: string;
  imageAlt: string;
  oembedUrl: string;
  /** The app's root URL. */
  providerUrl: string;
  lang: 'ar' | 'en';
}

/** oEmbed 1.0, type "rich" (https://oembed.com/ §2.3.4.4): html, width and height are required. */
export function oembedDoc(c: CardInput): Record<string, string | number> {
  return {
    version: '1.0',
    type: 'rich',
    title: c.title,
    provider_name: PROVIDER,
    provider_url: c.providerUrl,
    html: iframeSnippet(c.embedUrl, c.title, SNIPPET_HEIGHT),
    width: 700,
    height: SNIPPET_HEIGHT,
    thumbnail_url: c.imageUrl,
    thumbnail_width: CARD_SIZE.width,
    thumbnail_height: CARD_SIZE.height,
  };
}

/** The tags for `<head>`: oEmbed discovery, Open Graph, Twitter card. */
export function cardTags(c: CardInput): string {
  const meta = (k: 'property' | 'name', n: string, v: string) => `<meta ${k}="${n}" content="${attr(v)}" />`;
  return [
    `<link rel="alternate" type="application/json+oembed" href="${attr(c.oembedUrl)}" title="${attr(c.title)}" />`,
    meta('property', 'og:type', 'website'),
    meta('property', 'og:site_name', PROVIDER),
    meta('property', 'og:title', c.title),
    meta('property', 'og:description', c.description),
    meta('property', 'og:url', c.pageUrl),
    meta('property', 'og:locale', contentLang(c.lang) === 'ar' ? 'ar_AR' : 'en_GB'),
    meta('property', 'og:image', c.imageUrl),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', String(CARD_SIZE.width)),
    meta('property', 'og:image:height', String(CARD_SIZE.height)),
    meta('property', 'og:image:alt', c.imageAlt),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', c.title),
    meta('name', 'twitter:description', c.description),
    meta('name', 'twitter:image', c.imageUrl),
    meta('name', 'twitter:image:alt', c.imageAlt),
  ].join('\n    ');
}

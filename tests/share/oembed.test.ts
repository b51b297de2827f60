import { describe, expect, it } from 'vitest';
import { DOMParser } from '@xmldom/xmldom';
import { CARD_SIZE, cardTags, oembedDoc, type CardInput } from '../../src/share/oembed.ts';

const card: CardInput = {
  title: 'A "quoted" <title> & more',
  description: 'Places & passages',
  pageUrl: 'https://atlas.example/?article=a',
  embedUrl: 'https://atlas.example/embed.html?article=a',
  imageUrl: 'https://atlas.example/embed/a-card.png',
  imageAlt: 'Map: a',
  oembedUrl: 'https://atlas.example/embed/a.oembed.json',
  providerUrl: 'https://atlas.example/',
  lang: 'ar',
};

describe('oEmbed document', () => {
  it('is a type "rich" oEmbed 1.0 with the iframe html, its size and the poster as thumbnail', () => {
    const d = oembedDoc(card);
    expect(d).toMatchObject({
      version: '1.0',
      type: 'rich',
      provider_name: 'Article Atlas',
      title: card.title,
    });
    expect(d.html).toMatch(
      /^<iframe title="A &quot;quoted&quot; &lt;title&gt; &amp; more" src="https:\/\/atlas.example\/embed.html\?article=a"/,
    );
    expect(typeof d.width).toBe('number');
    expect(typeof d.height).toBe('number');
    expect([d.thumbnail_url, d.thumbnail_width, d.thumbnail_height]).toEqual([
      card.imageUrl,
      CARD_SIZE.width,
      CARD_SIZE.height,
    ]);
  });
});

describe('card tags', () => {
  const html = `<head>${cardTags(card)}</head>`;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const meta = (k: string) =>
    [...Array.from(doc.getElementsByTagName('meta'))]
      .find((m) => m.getAttribute('property') === k || m.getAttribute('name') === k)
      ?.getAttribute('content');
  it('announces the oEmbed document', () => {
    const link = doc.getElementsByTagName('link')[0]!;
    expect([link.getAttribute('rel'), link.getAttribute('type'), link.getAttribute('href')]).toEqual([
      'alternate',
      'application/json+oembed',
      card.oembedUrl,
    ]);
  });
  it.each([
    ['og:title', card.title],
    ['og:image', card.imageUrl],
    ['og:image:width', '1200'],
    ['og:url', card.pageUrl],
    ['twitter:card', 'summary_large_image'],
    ['twitter:image', card.imageUrl],
    ['twitter:image:alt', 'Map: a'],
  ])('%s = %s (escaped in the markup)', (k, v) => {
    expect(meta(k)).toBe(v);
  });
  it('never writes a raw < from the data', () => {
    expect(cardTags(card)).not.toContain('<title>');
  });
});

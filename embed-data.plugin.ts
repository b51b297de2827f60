/**
 * Build step of the embed's light path (issue 9.2): for every valid article, `embed/<id>.json` (the
 * compact article of `src/embed/data.ts`) and two subset woff2 fonts, `embed/<id>-ar.woff2` and
 * `embed/<id>-latin.woff2`, covering every character the embed can show before the live map loads:
 * the article's names, title, quotes and events, the basemap's labels, the interface strings and the
 * digits of both languages. `subset-font` (harfbuzz hb-subset as wasm) keeps the shaping tables, so
 * Arabic still joins. In dev the files are made on request; `vite build` writes them into `dist/embed/`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import subsetFont from 'subset-font';
import type { Plugin } from 'vite';
import { readArticleFromDisk } from './src/model/read-node.ts';
import { hasErrors, validateBundle } from './src/model/validate.ts';
import { buildModel } from './src/model/build.ts';
import { embedText, toEmbedArticle, type EmbedArticle } from './src/embed/data.ts';
import { ALWAYS, splitCharset, unicodeRange } from './src/embed/charset.ts';
import { STRINGS } from './src/i18n.ts';
import { posterCard } from './src/embed/card-node.ts';
import { cardTags, oembedDoc, type CardInput } from './src/share/oembed.ts';
import { embedUrl, permalink } from './src/share/snippet.ts';

/**
 * Where the build will be served (`ATLAS_PUBLIC_URL=https://atlas.example/maps/`): oEmbed and card
 * tags need absolute URLs. Unset, they are relative to the page (fine for same-site tools, not for
 * outside consumers); the build says so once.
 */
export function publicBase(u = process.env.ATLAS_PUBLIC_URL, name = 'ATLAS_PUBLIC_URL'): string {
  if (!u) return './';
  let url: URL;
  try {
    url = new URL(u);
  } catch {
    throw new Error(`${name} must be an absolute http(s) URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`${name} must be http(s)`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** A URL under `base`, which may be the relative `./`. */
const under = (base: string, path: string) => (base === './' ? `./${path}` : new URL(path, base).href);

/** The embed's interface strings: a virtual module holding only the keys the embed can show. */
export const EMBED_STRINGS_ID = 'virtual:atlas-embed-strings';
const EMBED_STRING_KEY = /^(embed|url_|ml[A-Z])/;

export function embedStrings(): Record<string, unknown> {
  return Object.fromEntries(Object.entries(STRINGS).filter(([k]) => EMBED_STRING_KEY.test(k)));
}

const ROOT = import.meta.dirname;
const GEODATA = resolve(ROOT, 'geodata');
const FONTS = resolve(ROOT, 'public/fonts');

/** Every label (`name*` property) in the basemap tiles: ~1,400 tiles, decoded in ~0.3 s. */
function basemapNames(dir = join(GEODATA, 'basemap/tiles')): string {
  const out = new Set<string>();
  if (!existsSync(dir)) return '';
  for (const z of readdirSync(dir))
    for (const x of readdirSync(join(dir, z)))
      for (const f of readdirSync(join(dir, z, x))) {
        const tile = new VectorTile(new PbfReader(readFileSync(join(dir, z, x, f))));
        for (const layer of Object.values(tile.layers))
          for (let i = 0; i < layer.length; i++)
            for (const [k, v] of Object.entries(layer.feature(i).properties))
              if (k.startsWith('name') && typeof v === 'string') out.add(v);
      }
  return [...out].join('');
}

/** Article ids with an `article.json`, sorted (as `geodata.plugin.ts` lists them). */
function articleIds(): string[] {
  return readdirSync(GEODATA)
    .filter((d) => existsSync(join(GEODATA, d, 'article.json')))
    .sort();
}

export interface EmbedFiles {
  /** By file name under `embed/`. */
  files: Map<string, Buffer | string>;
  /** What the article's link-preview tags say. */
  card: CardInput;
}

/**
 * The files of one article's embed: compact article, subset fonts, poster card PNG and oEmbed JSON;
 * null when the article is invalid.
 */
export async function embedFiles(
  id: string,
  names: string,
  base = publicBase(),
  withCard = true,
): Promise<EmbedFiles | null> {
  const { bundle } = readArticleFromDisk(join(GEODATA, id));
  if (!bundle || hasErrors(validateBundle(bundle))) return null;
  const model = buildModel(bundle);
  const article = toEmbedArticle(model);
  // Every interface string of the app (a superset of the embed's), every plural form.
  const ui = JSON.stringify(Object.values(STRINGS));
  const { arabic, latin } = splitCharset(embedText(article) + names + ui + ALWAYS);
  const files = new Map<string, Buffer | string>();
  const fonts: EmbedArticle['fonts'] = [];
  for (const [suffix, source, cps] of [
    ['ar', 'noto-sans-arabic-arabic-400-normal.woff2', arabic],
    ['latin', 'noto-sans-arabic-latin-400-normal.woff2', latin],
  ] as const) {
    const text = String.fromCodePoint(...cps);
    const woff2 = await subsetFont(readFileSync(join(FONTS, source)), text, { targetFormat: 'woff2' });
    const file = `${id}-${suffix}.woff2`;
    files.set(file, Buffer.from(woff2));
    fonts.push({ file, unicodeRange: unicodeRange(cps) });
  }
  const full: EmbedArticle = { ...article, fonts };
  files.set(`${id}.json`, JSON.stringify(full));
  // The card is drawn with English labels: resvg anchors right-to-left labels differently from
  // browsers (edge-indicator names ran off the image); the Arabic title is in the tags.
  if (withCard) files.set(`${id}-card.png`, Buffer.from((await posterCard(model, ROOT, 'en')).png));
  const state = { article: id };
  const card: CardInput = {
    title: article.title.ar,
    description: `${article.title.en} — a map of the ${model.places.length} places the article names, each linked to its verbatim passage.`,
    pageUrl: base === './' ? `./?article=${id}` : permalink(base, state),
    embedUrl: base === './' ? `./embed.html?article=${id}` : embedUrl(base, state),
    imageUrl: under(base, `embed/${id}-card.png`),
    imageAlt: `Map: ${article.title.en}`,
    oembedUrl: under(base, `embed/${id}.oembed.json`),
    providerUrl: base,
    lang: 'ar',
  };
  files.set(`${id}.oembed.json`, JSON.stringify(oembedDoc(card)));
  return { files, card };
}

const TYPES: Record<string, string> = {
  json: 'application/json',
  woff2: 'font/woff2',
  png: 'image/png',
};

export function embedDataPlugin(): Plugin {
  let names: string | null = null;
  let warned = false;
  let building = false;
  const cache = new Map<string, Promise<EmbedFiles | null>>();
  /** Without the card (seconds to draw) unless asked: the dev server serves the embed at once. */
  const filesOf = (id: string, withCard = true) => {
    names ??= basemapNames();
    const key = `${id}|${withCard}`;
    let p = cache.get(key);
    if (!p) cache.set(key, (p = embedFiles(id, names, publicBase(), withCard)));
    return p;
  };
  return {
    name: 'article-atlas-embed-data',
    configResolved(config) {
      building = config.command === 'build';
    },
    resolveId(id) {
      return id === EMBED_STRINGS_ID ? `\0${EMBED_STRINGS_ID}` : null;
    },
    load(id) {
      return id === `\0${EMBED_STRINGS_ID}` ? `export default ${JSON.stringify(embedStrings())};` : null;
    },
    configureServer(server) {
      server.middlewares.use('/embed/', (req, res, next) => {
        const file = decodeURIComponent((req.url ?? '').split('?')[0]!.replace(/^\//, ''));
        const m =
          /^([a-z0-9][a-z0-9_-]{0,79}?)(?:\.json|\.oembed\.json|-ar\.woff2|-latin\.woff2|-card\.png)$/i.exec(
            file,
          );
        if (!m || !articleIds().includes(m[1]!)) return next();
        filesOf(m[1]!, /-card\.png$|\.oembed\.json$/.test(file)).then(
          (out) => {
            const body = out?.files.get(file);
            if (body == null) return next();
            res.setHeader('content-type', TYPES[file.split('.').pop()!] ?? 'application/octet-stream');
            res.end(body);
          },
          (e: unknown) => next(e),
        );
      });
    },
    // The app is static: the built index.html describes the default article (the first id), the
    // one it opens without `?article=`.
    async transformIndexHtml(html, ctx) {
      // Only the build: the tags are for published pages, and the card takes seconds to draw.
      if (!building || !/(^|\/)index\.html$/.test(ctx.path)) return html;
      const first = articleIds().find((id) => existsSync(join(GEODATA, id, 'article.json')));
      const out = first ? await filesOf(first) : null;
      if (!out) return html;
      if (publicBase() === './' && !warned) {
        warned = true;
        console.warn('[embed] ATLAS_PUBLIC_URL is not set: oEmbed and card URLs are relative.');
      }
      return html.replace('</head>', `    ${cardTags(out.card)}\n  </head>`);
    },
    async generateBundle() {
      for (const id of articleIds()) {
        const out = await filesOf(id);
        if (!out) continue;
        for (const [file, source] of out.files)
          this.emitFile({ type: 'asset', fileName: `embed/${file}`, source });
      }
    },
  };
}

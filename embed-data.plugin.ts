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

/** The embed's interface strings: a virtual module holding only the keys the embed can show. */
export const EMBED_STRINGS_ID = 'virtual:atlas-embed-strings';
const EMBED_STRING_KEY = /^(embed|url_)/;

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

/** The files of one article's embed, by file name under `embed/`; null when the article is invalid. */
export async function embedFiles(id: string, names: string): Promise<Map<string, Buffer | string> | null> {
  const { bundle } = readArticleFromDisk(join(GEODATA, id));
  if (!bundle || hasErrors(validateBundle(bundle))) return null;
  const article = toEmbedArticle(buildModel(bundle));
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
  return files;
}

export function embedDataPlugin(): Plugin {
  let names: string | null = null;
  const cache = new Map<string, Promise<Map<string, Buffer | string> | null>>();
  const filesOf = (id: string) => {
    names ??= basemapNames();
    let p = cache.get(id);
    if (!p) cache.set(id, (p = embedFiles(id, names)));
    return p;
  };
  return {
    name: 'article-atlas-embed-data',
    resolveId(id) {
      return id === EMBED_STRINGS_ID ? `\0${EMBED_STRINGS_ID}` : null;
    },
    load(id) {
      return id === `\0${EMBED_STRINGS_ID}` ? `export default ${JSON.stringify(embedStrings())};` : null;
    },
    configureServer(server) {
      server.middlewares.use('/embed/', (req, res, next) => {
        const file = decodeURIComponent((req.url ?? '').split('?')[0]!.replace(/^\//, ''));
        const m = /^([a-z0-9][a-z0-9_-]{0,79})(?:\.json|-ar\.woff2|-latin\.woff2)$/i.exec(file);
        if (!m || !articleIds().includes(m[1]!)) return next();
        filesOf(m[1]!).then(
          (files) => {
            const body = files?.get(file);
            if (body == null) return next();
            res.setHeader('content-type', file.endsWith('.json') ? 'application/json' : 'font/woff2');
            res.end(body);
          },
          (e: unknown) => next(e),
        );
      });
    },
    async generateBundle() {
      for (const id of articleIds()) {
        const files = await filesOf(id);
        if (!files) continue;
        for (const [file, source] of files)
          this.emitFile({ type: 'asset', fileName: `embed/${file}`, source });
      }
    },
  };
}

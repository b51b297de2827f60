/**
 * What every export says about itself: title, permalink, the article's source, the sources and
 * attributions with their licences, the export time and the product version. One function feeds
 * the PNG's iTXt chunks, the SVG's `<metadata>` and the PDF's document properties. Pure.
 */
import { version } from '../../package.json';
import basemapAttribution from '../../geodata/basemap/attribution.json';
import type { ArticleModel, Lang, PlaceFeature } from '../model/types.ts';
import { contentLang } from '../languages.ts';
import { articleTitle as titleIn } from '../model/titles.ts';

export const PRODUCT = `Article Atlas ${version}`;

/** The basemap's own credits, with licences (from geodata/basemap/ATTRIBUTION.md). */
export const BASEMAP_CREDITS = [
  { text: '© OpenStreetMap contributors, geoBoundaries', licence: 'ODbL 1.0' },
  { text: 'Made with Natural Earth', licence: 'public domain' },
  { text: 'Arabic names: UN OCHA via HDX', licence: 'licence unconfirmed' },
  { text: 'Arabic city names: GeoNames', licence: 'CC BY 4.0' },
  { text: 'Font: Noto Sans Arabic', licence: 'SIL OFL 1.1' },
] as const;

/** The one-line basemap credit as the map shows it. */
export const BASEMAP_ATTRIBUTION: string = basemapAttribution.text;

export interface CitationInput {
  model: ArticleModel;
  lang: Lang;
  /** The places drawn (credits list only what is shown). */
  places: readonly PlaceFeature[];
  /** The view's public address; empty when none can work (the CLI without a public URL). */
  permalink: string;
  /** ISO 8601 export time. */
  exported: string;
}

/** The article's title in a language: the original in its language, or the project's English. */
export function articleTitle(model: ArticleModel, lang: Lang): string {
  return titleIn(model.meta, contentLang(lang));
}

/** Credits of the places drawn: one line per distinct source, with its licence. */
export function placeCredits(places: readonly PlaceFeature[]): string[] {
  const lines = new Set<string>();
  for (const p of places) {
    const s = p.properties.geometry_source;
    lines.add(`${s.attribution ?? s.title}${s.licence ? ` (${s.licence})` : ''}`);
  }
  return [...lines];
}

/** The article's source: outlet (as delivered, and the identified publisher), date, URL. */
export function sourceLine(model: ArticleModel, lang: Lang, date: string): string {
  const o = model.meta.outlet;
  const name = o.match ? (contentLang(lang) === 'ar' ? o.match.name : o.match.name_en) : o.asDelivered;
  // The URL is isolated (LRI … PDI) so a right-to-left line does not move its slashes.
  return [name, date, o.match?.url && `\u2066${o.match.url}\u2069`].filter(Boolean).join(' · ');
}

/** Written instead of a permalink when the export has no public address to point at. */
export const NO_PERMALINK =
  'No permalink: exported without a public address (set ATLAS_PUBLIC_URL or --public-url to add one)';

/**
 * Keyword → text, in the order they are written (PNG keywords are Latin-1, ≤ 79 bytes). Without a
 * permalink, a `Comment` says why instead: a link to a temporary local server would be dead.
 */
export function citation(input: CitationInput): [string, string][] {
  const { model } = input;
  const credits = [
    ...BASEMAP_CREDITS.map((c) => `Basemap: ${c.text} (${c.licence})`),
    ...placeCredits(input.places).map((c) => `Places: ${c}`),
  ];
  const sources = [
    ...new Set(
      input.places.flatMap((p) =>
        [p.properties.geometry_source, p.properties.name_source]
          .filter((s) => s != null)
          .map((s) => [s!.title, s!.url, s!.licence].filter(Boolean).join(' · ')),
      ),
    ),
  ];
  return [
    ['Title', articleTitle(model, input.lang)],
    input.permalink ? ['Permalink', input.permalink] : ['Comment', NO_PERMALINK],
    ['Source URL', model.meta.outlet.match?.url ?? ''],
    ['Source', sourceLine(model, 'en', model.meta.published.date).replace(/[\u2066-\u2069]/g, '')],
    ['Copyright', credits.join('\n')],
    ['Sources', sources.join('\n')],
    ['Creation Time', input.exported],
    ['Software', PRODUCT],
  ];
}

/**
 * "All our coverage of a place" (issue 20.4), pure: what the embed shows for an atlas place (a key
 * of the collection, `embed.html?coverage=<key>`): the place as a point feature for the static
 * renderer, its count of articles and its newest reports, each linking to the article at that place.
 * Everything comes from the collection's static files (`src/collection/format.ts`); nothing is
 * invented (a place with no Arabic name is named in English, as the atlas card does).
 */
import type { CardItem, PlaceRecord } from '../collection/format.ts';
import { titleIn } from '../collection/format.ts';
import type { Lang, PlaceFeature, PlaceKind } from '../model/types.ts';
import { contentLang } from '../languages.ts';
import { formatUrlState } from '../state/url-state.ts';
import type { Theme } from '../state/url-state.ts';

/** How many of the newest reports the embed lists. */
export const COVERAGE_ITEMS = 3;

/** The query key of the place embed. */
export const COVERAGE_KEY = 'coverage';

export interface CoverageItem {
  article: string;
  title: string;
  /** The title's language (an Arabic title for an Arabic reader of an Arabic article). */
  titleLang: 'ar' | 'en';
  date: string;
  quote: string;
  quoteLang: 'ar' | 'en';
  /** The project's English translation of an Arabic quote, for an English reader. */
  translation?: string;
  /** The article opened at this place, relative to the app's base. */
  href: string;
}

export interface CoverageView {
  key: string;
  name: string;
  count: number;
  items: CoverageItem[];
  /** The atlas at this place (every report, the map, the timeline), relative to the app's base. */
  atlasHref: string;
  /** The place drawn by the static renderer (the key is its id). */
  feature: PlaceFeature;
}

/** The place's name in the reader's language, the other one when that is empty. */
export function coverageName(r: Pick<PlaceRecord, 'name_ar' | 'name_en'>, lang: Lang): string {
  return contentLang(lang) === 'ar' ? r.name_ar || r.name_en : r.name_en || r.name_ar;
}

/** What the embed shows for the atlas place `key` with record `r`. */
export function coverageView(
  key: string,
  r: PlaceRecord,
  s: { lang: Lang; theme?: Theme },
  n = COVERAGE_ITEMS,
): CoverageView {
  const en = contentLang(s.lang) === 'en';
  const items = [...r.items]
    .sort((a, b) => (a.d < b.d ? 1 : a.d > b.d ? -1 : 0))
    .slice(0, n)
    .map((it: CardItem): CoverageItem => {
      const title = titleIn(it.t, s.lang);
      return {
        article: it.a,
        title,
        titleLang: title === it.t.ar ? 'ar' : 'en',
        date: it.d,
        quote: it.q,
        quoteLang: it.l,
        ...(en && it.qe ? { translation: it.qe } : {}),
        href: `./${formatUrlState({ article: it.a, lang: s.lang, theme: s.theme, place: it.p })}`,
      };
    });
  return {
    key,
    name: coverageName(r, s.lang),
    count: r.n,
    items,
    atlasHref: `./atlas.html${formatUrlState({ lang: s.lang, theme: s.theme, place: key })}`,
    feature: {
      type: 'Feature',
      id: key,
      geometry: { type: 'Point', coordinates: r.point },
      properties: {
        name_ar: r.name_ar || r.name_en,
        name_en: r.name_en || r.name_ar,
        kind: r.kind as PlaceKind,
        precision_m: 1000,
        certainty: 'medium',
        note: 'The atlas point of the place.',
        geometry_source: { title: 'The articles of the collection', licence: 'see each article' },
      },
    },
  };
}

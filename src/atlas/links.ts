/**
 * Links out of the atlas (pure): an article opened at a place, in the reader's language, through
 * the app's one URL schema; the atlas's own permalink.
 */
import { formatUrlState, type UrlState } from '../state/url-state.ts';

/** `./?article=…&lang=…&place=…`: a plain link a reader can open in a new tab or share. */
export function articleHref(article: string, s: Pick<UrlState, 'lang' | 'theme' | 'place'> = {}): string {
  return `./${formatUrlState({ article, lang: s.lang, theme: s.theme, place: s.place })}`;
}

/** The atlas's state as its query string (schema order). */
export function atlasSearch(s: UrlState): string {
  return formatUrlState({
    lang: s.lang,
    theme: s.theme,
    place: s.place,
    time: s.time,
    q: s.q,
    page: s.page || undefined,
  });
}

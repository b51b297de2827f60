/** Pure descriptions of a place for cards and lists. */
import { t, type StringKey } from '../i18n.ts';
import type { Lang, PlaceFeature } from '../model/types.ts';

/** "within 500 m", "within 2 km", or "area (boundary)" for polygons. */
export function precisionLabel(place: PlaceFeature, lang: Lang): string {
  const m = place.properties.precision_m;
  if (m == null) return t(lang, 'area');
  return m >= 1000 ? t(lang, 'withinKm', { n: +(m / 1000).toFixed(1) }) : t(lang, 'withinM', { n: m });
}

export function kindLabel(place: PlaceFeature, lang: Lang): string {
  return t(lang, `kind_${place.properties.kind}` as StringKey);
}

/** The place's name in `lang`, else in the other language (a place needs a name only in the article's). */
export function placeLabel(place: PlaceFeature, lang: Lang): string {
  const { name_ar, name_en } = place.properties;
  return lang === 'ar' ? name_ar || name_en : name_en || name_ar;
}

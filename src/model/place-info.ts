/**
 * Pure descriptions of a place for cards and lists, as interface-string keys and values: the
 * model knows no interface language, and a view renders a {@link Phrase} with `t(lang, key, vars)`
 * in the language of the moment. Every key here is a key of `src/i18n.ts` (checked where views
 * pass it to `t`, and in `tests/model/place-info.test.ts`).
 */
import type { ContentLang, PlaceFeature, PlaceKind } from './types.ts';

/** An interface string to render: its key and the values of its placeholders. */
export interface Phrase<K extends string = PlaceInfoKey> {
  key: K;
  vars?: Record<string, number>;
}

export type PlaceInfoKey = 'area' | 'withinKm' | 'withinM' | `kind_${PlaceKind}`;

/** "within 500 m", "within 2 km", or "area (boundary)" for polygons. */
export function precisionPhrase(place: PlaceFeature): Phrase {
  const m = place.properties.precision_m;
  if (m == null) return { key: 'area' };
  return m >= 1000
    ? { key: 'withinKm', vars: { n: +(m / 1000).toFixed(1) } }
    : { key: 'withinM', vars: { n: m } };
}

/** The place's kind ("town", "river"). */
export function kindPhrase(place: PlaceFeature): Phrase {
  return { key: `kind_${place.properties.kind}` };
}

/**
 * The place's name as the article's data gives it in `content` (Arabic or English), else in the
 * other language: a place needs a name only in the article's own language (an English article's
 * new place may have `name_ar: ""`).
 */
export function placeName(place: PlaceFeature, content: ContentLang): string {
  const { name_ar, name_en } = place.properties;
  return content === 'ar' ? name_ar || name_en : name_en || name_ar;
}

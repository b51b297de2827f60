/**
 * Arabic plural and dual cue words (split from cues.ts, which re-exports them): a list of names of
 * that kind follows, joined by و («أحياء الجميزة ومار مخايل والأشرفية»، «محافظتا سوهاج وقنا»).
 * In matching form (see normalize.ts).
 */
import { norm } from './normalize.ts';
import type { PlaceKind } from './types.ts';

/** Arabic plural cue words: a list of names follows, joined by و («أحياء الجميزة ومار مخايل والأشرفية»). */
export const AR_PLURAL_CUE = new Map<string, PlaceKind>(
  (
    [
      ['أحياء', 'neighbourhood'],
      ['بلدات', 'town'],
      ['قرى', 'village'],
      ['مدن', 'city'],
      ['مخيمات', 'facility'],
      ['جزر', 'region'],
      // Duals: two names follow («جزيرتي مايوركا ومينوركا»، «مدينتي إدلب وأريحا»).
      ['جزيرتي', 'region'],
      ['مدينتي', 'city'],
      ['بلدتي', 'town'],
      ['قريتي', 'village'],
      ['محافظات', 'governorate'],
      ['ولايات', 'governorate'],
      ['مقاطعات', 'governorate'],
      ['محافظتي', 'governorate'],
      ['ولايتي', 'governorate'],
      // The nominative duals («تضررت محافظتا سوهاج وقنا»; round 22), not «مخيما», «إقليما»: the
      // accusative of one («أقاموا مخيما»).
      ['جزيرتا', 'region'],
      ['مدينتا', 'city'],
      ['بلدتا', 'town'],
      ['قريتا', 'village'],
      ['محافظتا', 'governorate'],
      ['ولايتا', 'governorate'],
      ['مديريتا', 'district'],
      ['مخيمي', 'facility'],
      ['مديريات', 'district'],
      ['مديريتي', 'district'],
    ] as [string, PlaceKind][]
  ).map(([w, k]) => [norm(w), k]),
);

/** The duals among the plural cue words: a list of two. */
export const AR_DUAL_CUE = new Set(
  [
    ...['جزيرتي', 'مدينتي', 'بلدتي', 'قريتي', 'محافظتي', 'ولايتي', 'مخيمي', 'مديريتي'],
    ...['جزيرتا', 'مدينتا', 'بلدتا', 'قريتا', 'محافظتا', 'ولايتا', 'مديريتا'],
  ].map(norm),
);

/** Label text of the offline basemap: one spelling per place, in the reader's language. */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { BasemapLang } from './basemap-style.ts';

/**
 * One spelling per place. The tiles mix sources (Natural Earth cities, OCHA governorates), so the same
 * place is "Dahuk" beside "Dohuk" and "Irbil" beside "Erbil": each is shown in the spelling the
 * governorates (and the articles) use.
 */
export const NAME_FIXES_EN: ReadonlyMap<string, string> = new Map([
  ['Al Hasakah', 'Al-Hasakah'],
  ['Al Qamishli', 'Qamishli'],
  ['Dahuk', 'Duhok'],
  ['Dohuk', 'Duhok'],
  ['Irbil', 'Erbil'],
  ['Ar Raqqah', 'Ar-Raqqah'],
  ['Hims', 'Homs'],
  ['Hamah', 'Hama'],
  ['Dayr az Zawr', 'Deir ez-Zor'],
  ['Al Ladhiqiyah', 'Latakia'],
  ["Dar'a", 'Daraa'],
  ['As Suwayda', 'As-Suwayda'],
  ['As Sulaymaniyah', 'Sulaymaniyah'],
  ['Al Qunaytirah', 'Quneitra'],
  ['Al Anbar', 'Anbar'],
  // Natural Earth v4 (world cities) keeps the pre-2019 romanisation; news style writes Kyiv.
  ['Kiev', 'Kyiv'],
]);
/** Arabic spellings with the hamza the other sources write. */
export const NAME_FIXES_AR: ReadonlyMap<string, string> = new Map([
  ['اربيل', 'أربيل'],
  ['الانبار', 'الأنبار'],
  ['اعزاز', 'أعزاز'],
]);

/** `['get', key]` with the spellings in `fixes` replaced. */
function fixed(key: string, fixes: ReadonlyMap<string, string>): ExpressionSpecification {
  return ['match', ['get', key], ...[...fixes].flat(), ['get', key]] as unknown as ExpressionSpecification;
}

/** Label text in `lang` (one spelling per place), falling back to the other language's name. */
export function nameExpr(lang: BasemapLang): ExpressionSpecification {
  const en = fixed('name_en', NAME_FIXES_EN);
  const ar = fixed('name_ar', NAME_FIXES_AR);
  return lang === 'ar' ? ['case', ['has', 'name_ar'], ar, en] : ['case', ['has', 'name_en'], en, ar];
}

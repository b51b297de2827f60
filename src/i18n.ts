/** Interface strings in both languages. Article content comes from the data, never from here. */
import type { Lang } from './model/types.ts';

const strings = {
  appName: { ar: 'أطلس المقال', en: 'Article Atlas' },
  language: { ar: 'اللغة', en: 'Language' },
  switchLang: { ar: 'English', en: 'العربية' },
  theme: { ar: 'المظهر', en: 'Theme' },
  dark: { ar: 'داكن', en: 'Dark' },
  light: { ar: 'فاتح', en: 'Light' },
  article: { ar: 'المقال', en: 'Article' },
  places: { ar: 'الأماكن', en: 'Places' },
  events: { ar: 'الأحداث', en: 'Events' },
  timeline: { ar: 'الخط الزمني', en: 'Timeline' },
  sources: { ar: 'المصادر', en: 'Sources' },
  source: { ar: 'المصدر', en: 'Source' },
  outlet: { ar: 'المصدر كما ورد', en: 'Outlet as delivered' },
  identifiedAs: { ar: 'مطابق لـ', en: 'Identified as' },
  published: { ar: 'تاريخ النشر', en: 'Published' },
  inferred: { ar: 'مستنتج', en: 'inferred' },
  certainty: { ar: 'درجة اليقين', en: 'Certainty' },
  high: { ar: 'عالية', en: 'high' },
  medium: { ar: 'متوسطة', en: 'medium' },
  low: { ar: 'منخفضة', en: 'low' },
  precision: { ar: 'الدقة', en: 'Precision' },
  withinM: { ar: 'ضمن {n} م', en: 'within {n} m' },
  withinKm: { ar: 'ضمن {n} كم', en: 'within {n} km' },
  area: { ar: 'مساحة (حدود)', en: 'area (boundary)' },
  approximate: { ar: 'تقريبي', en: 'approximate' },
  kind: { ar: 'النوع', en: 'Kind' },
  projectTranslation: { ar: 'ترجمة المشروع', en: "Project's translation" },
  original: { ar: 'النص الأصلي', en: 'Original (Arabic)' },
  statedInArticle: { ar: 'وارد في المقال', en: 'stated in the article' },
  context: { ar: 'سياق من خارج المقال', en: 'context from outside the article' },
  mentionedIn: { ar: 'ورد في {n} فقرة', en: 'Mentioned in {n} passage(s)' },
  mentionsCount: { ar: '{n} إشارة', en: '{n} mention(s)' },
  clearSelection: { ar: 'إلغاء التحديد', en: 'Clear selection' },
  dataInvalid: { ar: 'بيانات المقال غير صالحة', en: 'The article data is invalid' },
  dataInvalidHelp: {
    ar: 'لم يُعرض المقال لأن ملفات البيانات لم تجتز التحقق. المشكلات:',
    en: 'The article is not shown because its data files failed validation. Issues:',
  },
  loadFailed: { ar: 'تعذّر تحميل المقال', en: 'The article could not be loaded' },
  loading: { ar: 'جارٍ التحميل…', en: 'Loading…' },
  dismiss: { ar: 'إغلاق', en: 'Dismiss' },
  asActor: { ar: 'بمعنى الحكومة', en: 'as the government' },
  nameOnly: { ar: 'ضمن اسم', en: 'in a name' },
  role_actor: { ar: 'فاعل', en: 'actor' },
  kind_city: { ar: 'مدينة', en: 'city' },
  kind_facility: { ar: 'منشأة', en: 'facility' },
  kind_neighbourhood: { ar: 'حي', en: 'neighbourhood' },
  kind_crossing: { ar: 'معبر', en: 'border crossing' },
  kind_governorate: { ar: 'محافظة', en: 'governorate' },
  kind_region: { ar: 'منطقة', en: 'region' },
  kind_country: { ar: 'دولة', en: 'country' },
  geometrySource: { ar: 'مصدر الموقع', en: 'Location source' },
  about: { ar: 'عن البيانات', en: 'About the data' },
  noWebgl: {
    ar: 'لا يمكن عرض الخريطة: متصفحك لا يدعم WebGL. قائمة الأماكن والمقال متاحان أدناه.',
    en: 'The map cannot be shown: this browser has no WebGL. The place list and the article are below.',
  },
  mapError: {
    ar: 'تعذّر عرض الخريطة. قائمة الأماكن والمقال متاحان.',
    en: 'The map could not be drawn. The place list and the article are still available.',
  },
  noStreets: {
    ar: 'خريطة إقليمية: لا تتضمن شوارع بهذا التكبير',
    en: 'Regional basemap: no streets at this zoom',
  },
  offMap: { ar: 'خارج الخريطة', en: 'Off the map' },
  placeListLabel: { ar: 'أماكن المقال', en: "The article's places" },
  map: { ar: 'الخريطة', en: 'Map' },
  kmAway: { ar: '{n} كم', en: '{n} km' },
} as const satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof strings;

/** The interface string `key` in `lang`, with `{name}` placeholders filled from `vars`. */
export function t(lang: Lang, key: StringKey, vars: Record<string, string | number> = {}): string {
  return strings[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}

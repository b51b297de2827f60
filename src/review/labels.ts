/** Interface text of the review page, Arabic and English. */
export type ReviewLang = 'ar' | 'en';
const L = {
  title: { en: 'Review', ar: 'مراجعة' },
  proposals: { en: 'proposals left', ar: 'اقتراحات متبقية' },
  save: { en: 'Save', ar: 'حفظ' },
  saved: { en: 'Saved; the previous version is kept.', ar: 'حُفظ؛ والنسخة السابقة محفوظة.' },
  notSaved: { en: 'Not saved', ar: 'لم يُحفظ' },
  accept: { en: 'Accept', ar: 'قبول' },
  reject: { en: 'Reject', ar: 'رفض' },
  role: { en: 'Role', ar: 'الدور' },
  place: { en: 'Place', ar: 'المكان' },
  candidates: { en: 'Candidates', ar: 'احتمالات' },
  search: { en: 'Search the gazetteer', ar: 'ابحث في المعجم الجغرافي' },
  placeOnMap: { en: 'Click the map to place this name', ar: 'انقر على الخريطة لوضع هذا الاسم' },
  precision: { en: 'Precision (m)', ar: 'الدقة (م)' },
  note: { en: 'Editor’s note', ar: 'ملاحظة المحرر' },
  events: { en: 'Events', ar: 'الأحداث' },
  translation: { en: 'English translation', ar: 'الترجمة الإنكليزية' },
  issues: { en: 'Validation', ar: 'التحقق' },
  noIssues: { en: 'No errors.', ar: 'لا أخطاء.' },
  rule: { en: 'Rule', ar: 'القاعدة' },
  places: { en: 'Places', ar: 'الأماكن' },
  noGeometry: { en: 'no geometry yet', ar: 'بلا موقع بعد' },
  selectMention: { en: 'Select a highlighted name in the text.', ar: 'اختر اسماً مظللاً في النص.' },
  lang: { en: 'العربية', ar: 'English' },
  put: { en: 'Place on map', ar: 'ضع على الخريطة' },
} as const;
export type ReviewKey = keyof typeof L;
export const t = (k: ReviewKey, lang: ReviewLang): string => L[k][lang];

/**
 * Interface strings in both languages. Article content comes from the data, never from here. The
 * build ships only the reader's language in the first view ({@link loadStrings}).
 * A string may be plural: one form per `Intl.PluralRules` category, chosen by the number `vars.n`
 * (Arabic has six: zero, one, two, few, many, other; English two: one, other).
 */
import type { Digits } from './model/prefs.ts';
import type { Lang } from './model/types.ts';

import { makeTranslator, type Entry, type Part, type Vars } from './i18n-core.ts';

export type { Part, Vars };

const strings = {
  appName: { ar: 'أطلس المقال', en: 'Article Atlas' },
  language: { ar: 'اللغة', en: 'Language' },
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
  tlPublished: { ar: 'النشر', en: 'Published' },
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
  mentionedIn: {
    ar: {
      zero: 'لم يرد في أي فقرة',
      one: 'ورد في فقرة واحدة',
      two: 'ورد في فقرتين',
      few: 'ورد في {n} فقرات',
      many: 'ورد في {n} فقرة',
      other: 'ورد في {n} فقرة',
    },
    en: { one: 'Mentioned in {n} passage', other: 'Mentioned in {n} passages' },
  },
  mentionsCount: {
    ar: {
      zero: 'لا إشارات',
      one: 'إشارة واحدة',
      two: 'إشارتان',
      few: '{n} إشارات',
      many: '{n} إشارة',
      other: '{n} إشارة',
    },
    en: { one: '{n} mention', other: '{n} mentions' },
  },
  clearSelection: { ar: 'إلغاء التحديد', en: 'Clear selection' },
  // lead: the phone sheet.
  sheetHint: {
    ar: 'اسحب للأعلى أو للأسفل، أو استخدم مفتاحي الأسهم',
    en: 'Drag up or down, or use the arrow keys',
  },
  dataInvalid: { ar: 'بيانات المقال غير صالحة', en: 'The article data is invalid' },
  dataInvalidHelp: {
    ar: 'لم يُعرض المقال لأن ملفات البيانات لم تجتز التحقق. المشكلات:',
    en: 'The article is not shown because its data files failed validation. Issues:',
  },
  loadFailed: { ar: 'تعذّر تحميل المقال', en: 'The article could not be loaded' },
  partLoadFailed: {
    ar: 'تعذّر تحميل هذا الجزء من التطبيق؛ أعد المحاولة',
    en: 'This part of the app could not be loaded; try again',
  },
  loading: { ar: 'جارٍ التحميل…', en: 'Loading…' },
  dismiss: { ar: 'إغلاق', en: 'Dismiss' },
  // reader: notices (stored as key + values, rendered in the language of the moment)
  ignoredParam: {
    ar: 'تم تجاهل معامل الرابط {param}: {reason}',
    en: 'Ignored URL parameter {param}: {reason}',
  },
  cut: { ar: '…(مقتطع)', en: '…(cut)' },
  noticesLabel: { ar: 'تنبيهات', en: 'Notices' },
  // reader: translation and panel
  translatorsNote: { ar: 'ملاحظة المترجم', en: "Translator's note" },
  projectWording: { ar: 'من صياغة المشروع', en: "the project's own" },
  provenance: { ar: 'المصدر الكامل (بالإنجليزية)', en: 'Full provenance' },
  licenceUnconfirmed: { ar: 'الترخيص غير مؤكد', en: 'licence not confirmed' },
  thePassages: { ar: 'الفقرات', en: 'The passages' },
  url_badArticleId: { ar: 'ليس معرّف مقال صالحًا', en: 'not a valid article id' },
  url_noArticle: { ar: 'لا يوجد مقال بهذا المعرّف', en: 'no such article' },
  url_badLang: { ar: 'اللغة إما ar أو en', en: 'language must be ar or en' },
  url_badTheme: { ar: 'المظهر إما light أو dark', en: 'theme must be light or dark' },
  url_badPlaceId: { ar: 'ليس معرّف مكان صالحًا', en: 'not a valid place id' },
  url_noPlace: { ar: 'لا يوجد مكان بهذا المعرّف', en: 'no such place' },
  url_badEventId: { ar: 'ليس معرّف حدث صالحًا', en: 'not a valid event id' },
  url_noEvent: { ar: 'لا يوجد حدث بهذا المعرّف', en: 'no such event' },
  url_viewParts: { ar: 'صيغة العرض lon,lat,zoom', en: 'view must be lon,lat,zoom' },
  url_viewNumbers: { ar: 'العرض ثلاثة أرقام', en: 'view must be three numbers' },
  url_lonRange: { ar: 'خط الطول {n} خارج النطاق', en: 'longitude {n} out of range' },
  url_latRange: { ar: 'خط العرض {n} خارج النطاق', en: 'latitude {n} out of range' },
  url_zoomRange: { ar: 'مستوى التكبير {n} خارج النطاق', en: 'zoom {n} out of range' },
  url_timeFormat: {
    ar: 'صيغة الفترة بداية/نهاية (YYYY-MM-DD/YYYY-MM-DD)',
    en: 'time must be start/end (YYYY-MM-DD/YYYY-MM-DD)',
  },
  url_timeOrder: { ar: 'نهاية الفترة يجب أن تأتي بعد بدايتها', en: 'time range end must be after its start' },
  url_style: { ar: 'رابط النمط يجب أن يبدأ بـ https', en: 'style must be an https URL' },
  url_digits: { ar: 'الأرقام إما latn أو arab', en: 'digits must be latn or arab' },
  url_tdir: { ar: 'اتجاه الزمن auto أو ltr أو rtl', en: 'tdir must be auto, ltr or rtl' },
  url_queryLong: { ar: 'البحث q أطول من {n} حرفاً', en: 'q is longer than {n} characters' },
  url_queryEmpty: { ar: 'البحث q فارغ', en: 'q is empty' },
  url_page: { ar: 'الصفحة page عدد صحيح', en: 'page must be a whole number' },
  // The atlas (issue 20): every article on one map and one timeline.
  atlas_title: { ar: 'كل المقالات', en: 'All articles' },
  atlas_switch: { ar: 'المقالات', en: 'Articles' },
  atlas_skip: { ar: 'تخطَّ إلى قائمة المقالات', en: 'Skip to the article list' },
  atlas_search: { ar: 'ابحث في المقالات', en: 'Search the articles' },
  atlas_searchHint: {
    ar: 'العناوين وأسماء الأماكن والنص، بالعربية والإنجليزية',
    en: 'Titles, place names and text, in Arabic and English',
  },
  atlas_count: {
    ar: {
      zero: 'لا مقالات',
      one: 'مقال واحد',
      two: 'مقالان',
      few: '{n} مقالات',
      many: '{n} مقالاً',
      other: '{n} مقال',
    },
    en: { one: '{n} article', other: '{n} articles' },
  },
  atlas_reportedIn: {
    ar: {
      zero: 'لم يرد في أي مقال',
      one: 'ورد في مقال واحد',
      two: 'ورد في مقالين',
      few: 'ورد في {n} مقالات',
      many: 'ورد في {n} مقالاً',
      other: 'ورد في {n} مقال',
    },
    en: { one: 'Reported in {n} article', other: 'Reported in {n} articles' },
  },
  atlas_noResults: { ar: 'لا مقالات تطابق البحث', en: 'No article matches' },
  atlas_place: { ar: 'المكان', en: 'Place' },
  atlas_clearPlace: { ar: 'إلغاء تصفية المكان', en: 'Clear the place filter' },
  atlas_from: { ar: 'من', en: 'From' },
  atlas_to: { ar: 'إلى', en: 'To' },
  atlas_clearTime: { ar: 'إلغاء تصفية الزمن', en: 'Clear the time filter' },
  atlas_prev: { ar: 'الصفحة السابقة', en: 'Previous page' },
  atlas_next: { ar: 'الصفحة التالية', en: 'Next page' },
  atlas_pageOf: { ar: 'صفحة {p} من {n}', en: 'Page {p} of {n}' },
  atlas_openAt: { ar: 'افتح المقال عند هذا المكان', en: 'Open the article at this place' },
  atlas_synthetic: { ar: 'اصطناعي', en: 'synthetic' },
  atlas_map: { ar: 'خريطة كل أماكن المقالات', en: 'Map of every place of every article' },
  atlas_mapTargets: { ar: 'الأماكن الظاهرة على الخريطة', en: 'Places shown on the map' },
  atlas_clusterTarget: {
    ar: {
      zero: 'لا أماكن',
      one: 'مكان واحد، قرّب',
      two: 'مكانان، قرّب',
      few: '{n} أماكن، قرّب',
      many: '{n} مكاناً، قرّب',
      other: '{n} مكان، قرّب',
    },
    en: { one: '{n} place, zoom in', other: '{n} places, zoom in' },
  },
  atlas_timeline: { ar: 'الخط الزمني لكل الأحداث', en: 'Timeline of every event' },
  atlas_loadFailed: { ar: 'تعذّر تحميل الأطلس', en: 'The atlas could not be loaded' },
  atlas_more: { ar: 'المزيد (بقي {n})', en: 'More ({n} left)' },
  atlas_exporting: { ar: 'جارٍ تصدير صفحة الأطلس…', en: 'Exporting the atlas page…' },
  atlas_embedPlace: { ar: 'تضمين تغطية هذا المكان', en: 'Embed our coverage of this place' },
  atlas_embedTitle: { ar: 'تغطيتنا لـ{name}', en: 'Our coverage of {name}' },
  atlas_closeCard: { ar: 'إغلاق بطاقة المكان', en: 'Close the place card' },
  atlas_placesOf: { ar: 'أماكن المقال', en: 'Places of the article' },
  styleFallback: {
    ar: 'تعذّر تحميل نمط الخريطة المطلوب؛ تُعرض الخريطة الأساسية المدمجة.',
    en: 'The requested map style could not be loaded; showing the built-in offline basemap.',
  },
  asActor: { ar: 'بمعنى الحكومة', en: 'as the government' },
  actorNote: {
    ar: 'يرد الاسم في المقال بمعنى الحكومة (فاعل)، لا بمعنى المكان. الموقع على الخريطة للمدينة أو الدولة نفسها.',
    en: 'The article uses this name for the government (as an actor), not for the location; the map shows the city or country itself.',
  },
  kind_city: { ar: 'مدينة', en: 'city' },
  kind_facility: { ar: 'منشأة', en: 'facility' },
  kind_neighbourhood: { ar: 'حي', en: 'neighbourhood' },
  kind_crossing: { ar: 'معبر', en: 'border crossing' },
  kind_governorate: { ar: 'محافظة', en: 'governorate' },
  kind_region: { ar: 'منطقة', en: 'region' },
  kind_country: { ar: 'دولة', en: 'country' },
  kind_town: { ar: 'بلدة', en: 'town' },
  kind_village: { ar: 'قرية', en: 'village' },
  kind_district: { ar: 'منطقة إدارية', en: 'district' },
  kind_river: { ar: 'نهر', en: 'river' },
  kind_road: { ar: 'طريق', en: 'road' },
  kind_border: { ar: 'حدود', en: 'border' },
  geometrySource: { ar: 'مصدر الموقع', en: 'Location source' },
  noWebgl: {
    ar: 'متصفحك لا يدعم WebGL، فهذه خريطة ثابتة: انقر مكانًا لاختياره. قائمة الأماكن والمقال يعملان كالمعتاد.',
    en: 'This browser has no WebGL, so this is a still map: click a place to choose it. The place list and the article work as usual.',
  },
  mapError: {
    ar: 'تعذّر عرض الخريطة. قائمة الأماكن والمقال متاحان.',
    en: 'The map could not be drawn. The place list and the article are still available.',
  },
  noStreets: {
    ar: 'خريطة إقليمية: لا تتضمن شوارع بهذا التكبير',
    en: 'Regional basemap: no streets at this zoom',
  },
  placeListLabel: { ar: 'أماكن المقال', en: "The article's places" },
  map: { ar: 'الخريطة', en: 'Map' },
  skipLinks: { ar: 'انتقال سريع', en: 'Skip to' },
  skipToMap: { ar: 'إلى الخريطة', en: 'The map' },
  skipToArticle: { ar: 'إلى المقال', en: 'The article' },
  skipToTimeline: { ar: 'إلى الخط الزمني', en: 'The timeline' },
  kmAway: { ar: '{n} كم', en: '{n} km' },
  tlShowing: { ar: 'عرض الأحداث من {a} إلى {b}', en: 'Showing events from {a} to {b}' },
  // timeline: counts agree with the total `n` ({total} is it formatted); {k} is how many are in range.
  tlShowingCount: {
    ar: {
      zero: 'لا أحداث',
      one: '{k} من حدث واحد',
      two: '{k} من حدثين',
      few: '{k} من {total} أحداث',
      many: '{k} من {total} حدثًا',
      other: '{k} من {total} حدث',
    },
    en: { one: '{k} of {total} event', other: '{k} of {total} events' },
  },
  tlClear: { ar: 'مسح', en: 'Clear' },
  tlClearLabel: { ar: 'مسح فلتر الوقت', en: 'Clear the time filter' },
  tlBrushHint: {
    ar: 'اسحب على الخط الزمني لتصفية الأحداث حسب التاريخ',
    en: 'Drag across the timeline to filter by date',
  },
  tlPlay: { ar: 'تشغيل الأحداث بالترتيب', en: 'Play the events in order' },
  tlPause: { ar: 'إيقاف مؤقت', en: 'Pause' },
  tlPrev: { ar: 'الحدث السابق', en: 'Previous event' },
  tlNext: { ar: 'الحدث التالي', en: 'Next event' },
  tlRunsLtr: { ar: 'الزمن يسير من اليسار إلى اليمين', en: 'Time runs left to right' },
  tlRunsRtl: { ar: 'الزمن يسير من اليمين إلى اليسار', en: 'Time runs right to left' },
  tlFlip: { ar: 'عكس اتجاه الزمن', en: 'Flip the direction of time' },
  tlDigitsArab: { ar: 'أرقام عربية مشرقية (١٢٣)', en: 'Arabic-Indic digits (١٢٣)' },
  tlStory: { ar: 'القصة', en: 'Story' },
  tlAll: { ar: 'الكل', en: 'All' },
  tlShowStory: { ar: 'عرض فترة القصة', en: 'Show the story period' },
  tlShowAll: { ar: 'عرض كل الأحداث', en: 'Show every event' },
  tlZoomHint: {
    ar: 'عجلة الفأرة أو القرص للتكبير؛ اسحب المحور للتحريك',
    en: 'Wheel or pinch to zoom; drag the axis to pan',
  },
  tlStated: { ar: 'وارد في المقال', en: 'in the article' },
  tlContext: { ar: 'سياق خارجي', en: 'context' },
  tlCertainty: { ar: 'اليقين', en: 'certainty' },
  tlEventsKeys: {
    ar: 'الأحداث: الأسهم للتنقل، Enter للتحديد',
    en: 'Events: arrow keys to move, Enter to select',
  },
  // timeline:
  tlLegend: { ar: 'مفتاح الرموز', en: 'Legend' },
  tlLarge: {
    ar: {
      zero: 'لا أحداث',
      one: 'حدث واحد',
      two: 'حدثان',
      few: '{total} أحداث (مجمّعة لكل عمود بكسل)',
      many: '{total} حدثًا (مجمّعة لكل عمود بكسل)',
      other: '{total} حدث (مجمّعة لكل عمود بكسل)',
    },
    en: { one: '{total} event', other: '{total} events (binned per pixel column)' },
  },
  why: { ar: 'كيف عرفنا ذلك (بالإنجليزية)', en: 'How we know' },
  // embed:
  embedOpenFull: { ar: 'افتح الخريطة كاملة', en: 'Open the full map' },
  embedCredits: { ar: 'مصادر الخريطة', en: 'Map credits' },
  embedExplore: { ar: 'استكشف الخريطة', en: 'Explore the map' },
  embedLoading: { ar: 'جارٍ تحميل الخريطة…', en: 'Loading the map…' },
  embedPickPlace: {
    ar: 'اختر مكانًا على الخريطة لقراءة ما قاله المقال عنه.',
    en: 'Pick a place on the map to read what the article says about it.',
  },
  embedIgnored: {
    ar: 'تم تجاهل الخيار {key}={value}: {message}',
    en: 'Ignored option {key}={value}: {message}',
  },
  embedMapOf: { ar: 'خريطة: {title}', en: 'Map: {title}' },
  embedTranslation: { ar: 'ترجمة المشروع', en: "Project's translation" },
  embedNoMap: {
    ar: 'الخريطة التفاعلية غير متاحة هنا؛ تُعرض صورة ثابتة.',
    en: 'The interactive map is not available here; showing a still image.',
  },
  embedLoadError: { ar: 'تعذّر تحميل المقال.', en: 'The article could not be loaded.' },
  embedCoverageError: { ar: 'تعذّر تحميل المكان.', en: 'The place could not be loaded.' },
  embedCoverageCount: {
    ar: {
      zero: 'لم يرد في أي مقال',
      one: 'ورد في مقال واحد',
      two: 'ورد في مقالين',
      few: 'ورد في {n} مقالات',
      many: 'ورد في {n} مقالاً',
      other: 'ورد في {n} مقال',
    },
    en: { one: 'Reported in {n} article', other: 'Reported in {n} articles' },
  },
  embedCoverageAll: { ar: 'كل التغطية في الأطلس', en: 'All our coverage in the atlas' },
  url_embedTheme: { ar: 'المظهر: light أو dark أو auto', en: 'theme must be light, dark or auto' },
  url_embedPanels: { ar: 'اللوحات: none أو قائمة من {list}', en: 'panels must be none or a list of {list}' },
  url_embedInteractive: { ar: 'interactive: القيمة 1 أو 0', en: 'interactive must be 1 or 0' },
  url_embedOriginsEmpty: { ar: 'origins: أصل واحد على الأقل', en: 'origins must list at least one origin' },
  url_embedOriginsMany: { ar: 'origins: {n} أصلًا على الأكثر', en: 'at most {n} origins' },
  url_embedOrigin: {
    ar: '{value} ليس أصلًا دقيقًا مثل https://news.example',
    en: '{value} is not an exact origin such as https://news.example',
  },
  url_embedId: { ar: 'معرّف تضمين غير صالح', en: 'not a valid embed id' },
  share: { ar: 'مشاركة وتضمين', en: 'Share & embed' },
  shareLink: { ar: 'رابط هذا العرض', en: 'Link to this view' },
  shareEmbed: { ar: 'رمز التضمين', en: 'Embed code' },
  shareHostScript: {
    ar: 'سطر السكربت للموقع المضيف (اختياري: تغيير الحجم تلقائيًا)',
    en: 'Host script line (optional: automatic height)',
  },
  shareCopy: { ar: 'نسخ', en: 'Copy' },
  shareCopied: { ar: 'تم النسخ', en: 'Copied' },
  sharePreview: { ar: 'معاينة', en: 'Preview' },
  shareClose: { ar: 'إغلاق', en: 'Close' },
  shareCopyFailed: {
    ar: 'النسخ غير مسموح هنا: النص محدد، اضغط Ctrl+C (أو ⌘C).',
    en: 'Copying is not allowed here: the text is selected, press Ctrl+C (or ⌘C).',
  },
  sharePreviewTitle: { ar: 'معاينة التضمين', en: 'Embed preview' },
  // export:
  exExport: { ar: 'تصدير', en: 'Export' },
  exTitle: { ar: 'تصدير الخريطة والبيانات', en: 'Export the map and data' },
  exFormat: { ar: 'الصيغة', en: 'Format' },
  exSize: { ar: 'الحجم', en: 'Size' },
  exScreen: { ar: 'حجم الشاشة ×{n}', en: 'Screen size ×{n}' },
  exCustomPx: { ar: 'مخصص (بكسل)', en: 'Custom (px)' },
  exCustomMm: { ar: 'مخصص (مم)', en: 'Custom (mm)' },
  exWidth: { ar: 'العرض', en: 'Width' },
  exHeight: { ar: 'الارتفاع', en: 'Height' },
  exDpi: { ar: 'نقطة في البوصة', en: 'dpi' },
  exPortrait: { ar: 'عمودي', en: 'portrait' },
  exLandscape: { ar: 'أفقي', en: 'landscape' },
  exSocial: { ar: 'بطاقة للتواصل الاجتماعي', en: 'Social card' },
  exOptions: { ar: 'الخيارات', en: 'Options' },
  exWithQuote: { ar: 'المكان المحدد واقتباسه', en: 'Selected place and its quote' },
  exWithLegend: { ar: 'المفتاح', en: 'Legend' },
  exScope: { ar: 'نطاق البيانات', en: 'Data scope' },
  exScopeAll: { ar: 'المقال كاملاً', en: 'The whole article' },
  exScopeFilter: { ar: 'فلتر الوقت الحالي', en: 'The current time filter' },
  exDownload: { ar: 'تنزيل', en: 'Download' },
  exCancel: { ar: 'إغلاق', en: 'Close' },
  exWorking: { ar: 'جارٍ التصدير… {done} من {total}', en: 'Exporting… {done} of {total}' },
  exDone: { ar: 'تم التصدير: {name}', en: 'Exported: {name}' },
  exFailed: { ar: 'تعذّر التصدير: {why}', en: 'The export failed: {why}' },
  exPrint: { ar: 'طباعة / حفظ PDF', en: 'Print / Save as PDF' },
  exFrameHint: {
    ar: 'الإطار المرسوم على الخريطة هو المنطقة التي ستُصدَّر.',
    en: 'The frame drawn on the map is the area that will be exported.',
  },
  exPixels: { ar: '{w} × {h} بكسل', en: '{w} × {h} px' },
  exTiles: { ar: 'تُرسم على {n} أجزاء', en: 'drawn in {n} tiles' },
  exLegend: { ar: 'مفتاح الخريطة', en: 'Legend' },
  exLegendPoint: { ar: 'مكان (نقطة)', en: 'Place (point)' },
  exLegendCluster: {
    ar: 'أماكن متقاربة بهذا المقياس؛ الرقم عددها',
    en: 'Places close together at this scale; the number is how many',
  },
  exLegendSized: {
    ar: 'مكان؛ كلما كبرت النقطة زاد عدد المقالات التي تذكره',
    en: 'A place; the larger the dot, the more articles report it',
  },
  exAtlasTitle: {
    ar: {
      zero: 'أطلس المقالات: لا مقالات',
      one: 'أطلس المقالات: كل أماكن مقال واحد',
      two: 'أطلس المقالات: كل أماكن مقالين',
      few: 'أطلس المقالات: كل أماكن {n} مقالات',
      many: 'أطلس المقالات: كل أماكن {n} مقالاً',
      other: 'أطلس المقالات: كل أماكن {n} مقال',
    },
    en: {
      one: 'Article Atlas: every place of {n} article',
      other: 'Article Atlas: every place of {n} articles',
    },
  },
  exAtlasCounts: {
    ar: 'المقالات: {articles} · الأماكن: {places} · الإشارات: {mentions}',
    en: 'Articles: {articles} · places: {places} · mentions: {mentions}',
  },
  exAtlasSource: {
    ar: 'المصدر: كل مقالات الموقع، بالأماكن التي روجعت في كل منها',
    en: 'Source: every article of the site, with the places reviewed in each',
  },
  exAtlasPlaces: {
    ar: 'الأماكن: مصادر كل مقال مذكورة في صفحته',
    en: "Places: each article's sources are credited on its page",
  },
  exLegendApprox: { ar: 'موقع تقريبي', en: 'Approximate location' },
  exLegendCircle: {
    ar: 'دائرة الدقة: الموقع الحقيقي ضمنها',
    en: 'Precision circle: the true location lies within',
  },
  exLegendArea: { ar: 'منطقة (حدود)', en: 'Area (boundary)' },
  exLegendSelected: { ar: 'المكان المحدد', en: 'Selected place' },
  exLegendDimmed: { ar: 'خارج فلتر الوقت', en: 'Outside the time filter' },
  exKinds: { ar: 'الأنواع: {list}', en: 'Kinds: {list}' },
  exCertainty: {
    ar: 'يقين المواقع: عالية {high} · متوسطة {medium} · منخفضة {low}',
    en: 'Location certainty: high {high} · medium {medium} · low {low}',
  },
  exNorth: { ar: 'ش', en: 'N' },
  exSourceLine: { ar: 'المصدر: {s}', en: 'Source: {s}' },
  exExportedAt: { ar: 'صُدِّرت في {t} · {p}', en: 'Exported {t} · {p}' },
  exOffMap: { ar: 'خارج الخريطة: {list}', en: 'Off the map: {list}' },
  exTimeFilter: { ar: 'فلتر الوقت: {a} – {b}', en: 'Time filter: {a} – {b}' },
  exTranslationNote: { ar: 'ترجمة المشروع', en: "project's translation" },
  // vector: the timeline strip of map exports.
  exWithTimeline: { ar: 'شريط الخط الزمني', en: 'Timeline strip' },
  exStripHeading: { ar: 'الخط الزمني: {a} – {b}', en: 'Timeline: {a} – {b}' },
  exStripSelected: { ar: 'المحدد: {d}، {title}', en: 'Selected: {d}, {title}' },
  exStripApprox: { ar: 'حوالي {d}', en: 'c. {d}' },
  exStripKey: {
    ar: 'معيّن: وارد في المقال · دائرة: سياق خارجي · شريط: مدة · مصمت: يقين عالٍ، باهت: متوسط، مفرغ متقطع: منخفض · «حوالي»: تاريخ تقريبي',
    en: 'Diamond: stated in the article · circle: context · bar: a span · solid: high certainty, pale: medium, hollow dashed: low · “c.”: approximate date',
  },
  exStripUnlabelled: {
    ar: {
      zero: '',
      one: '(تاريخ واحد بلا تسمية لضيق المكان)',
      two: '(تاريخان بلا تسمية لضيق المكان)',
      few: '({n} تواريخ بلا تسمية لضيق المكان)',
      many: '({n} تاريخًا بلا تسمية لضيق المكان)',
      other: '({n} تاريخ بلا تسمية لضيق المكان)',
    },
    en: { one: '({n} date not labelled: no room)', other: '({n} dates not labelled: no room)' },
  },
  exStripFiscal: { ar: 'السنة المالية {y}', en: 'FY {y}' },
  // vector:
  vePageMm: { ar: '{w} × {h} مم، خطوط ونصوص قابلة للتحرير', en: '{w} × {h} mm, editable paths and text' },
  vePrintRaster: {
    ar: 'تُطبع الخريطة صورةً لأن الصفحة المتجهية تعذّرت: {why}',
    en: 'The map is printed as an image because the vector page could not be made: {why}',
  },
  // map:
  mapTilesFailed: {
    ar: 'تعذّر تحميل بعض أجزاء الخريطة الأساسية؛ قد تبدو ناقصة.',
    en: 'Some basemap tiles could not be loaded; the map may look incomplete.',
  },
  styleInvalid: {
    ar: 'نمط الخريطة المطلوب غير صالح؛ تُعرض الخريطة الأساسية المدمجة.',
    en: 'The requested map style is not valid; showing the built-in offline basemap.',
  },
  styleNotAllowed: {
    ar: 'هذا الموقع لا يسمح بأنماط خرائط من ذلك الخادم؛ تُعرض الخريطة الأساسية المدمجة.',
    en: 'This site does not allow map styles from that server; showing the built-in offline basemap.',
  },
  styleRefused: {
    ar: 'نمط الخريطة المطلوب يطلب عناوين غير آمنة؛ تُعرض الخريطة الأساسية المدمجة.',
    en: 'The requested map style asks for insecure addresses; showing the built-in offline basemap.',
  },
  mapStalled: {
    ar: 'الخريطة لا تكتمل (قد يكون الاتصال أو بطاقة الرسوم السبب). المقال متاح.',
    en: 'The map is not finishing loading (the network or the graphics may be at fault). The article is available.',
  },
  mapRetry: { ar: 'إعادة المحاولة', en: 'Retry' },
  mapZoomIn: { ar: 'تكبير', en: 'Zoom in' },
  mapZoomOut: { ar: 'تصغير', en: 'Zoom out' },
  mapShowAll: { ar: 'عرض كل الأماكن', en: 'Show all places' },
  mapCredits: { ar: 'مصادر الخريطة', en: 'Map credits' },
  mapCreditsBasemap: { ar: 'الخريطة والأماكن:', en: 'Map and places:' },
  mapChooser: { ar: 'عدة أماكن هنا', en: 'Several places here' },
  // the inset locator of a far place (carto/locator.ts)
  farLocator: {
    ar: 'موقع المكان البعيد بالنسبة إلى منطقة المقال',
    en: "Where the far place lies from the article's region",
  },
  farCaption: {
    ar: '{place}: على بعد {km} كم من منطقة المقال',
    en: "{place}: {km} km from the article's region",
  },
  farRegion: { ar: 'منطقة المقال', en: "The article's region" },
  // end map
  // ingest: reader notices from article.json, the draft badge
  noticeSyntheticDemo: { ar: 'نص تجريبي مصطنع', en: 'Synthetic demo text' },
  draftBadge: { ar: 'مسودة', en: 'Draft' },
  draftNote: {
    ar: {
      zero: 'لا مقترحات للمراجعة',
      one: 'مقترح واحد لم يراجَع بعد',
      two: 'مقترحان لم يراجَعا بعد',
      few: '{n} مقترحات لم تراجَع بعد',
      many: '{n} مقترحاً لم يراجَع بعد',
      other: '{n} مقترح لم يراجَع بعد',
    },
    en: { one: '{n} proposal not reviewed yet', other: '{n} proposals not reviewed yet' },
  },
  // end ingest
  // data:
  retry: { ar: 'إعادة المحاولة', en: 'Retry' },
  // MapLibre's own controls (src/carto/camera.ts MAP_UI_KEYS):
  mlMap: { ar: 'الخريطة', en: 'Map' },
  mlZoomIn: { ar: 'تكبير', en: 'Zoom in' },
  mlZoomOut: { ar: 'تصغير', en: 'Zoom out' },
  mlResetBearing: { ar: 'إعادة الاتجاه إلى الشمال', en: 'Reset bearing to north' },
  mlToggleAttribution: { ar: 'إظهار المصادر أو إخفاؤها', en: 'Toggle attribution' },
  mlMetres: { ar: 'م', en: 'm' },
  mlKilometres: { ar: 'كم', en: 'km' },
  mlCtrlScroll: { ar: 'استخدم Ctrl مع التمرير لتكبير الخريطة', en: 'Use Ctrl + scroll to zoom the map' },
  mlCmdScroll: { ar: 'استخدم ⌘ مع التمرير لتكبير الخريطة', en: 'Use ⌘ + scroll to zoom the map' },
  mlTwoFingers: { ar: 'استخدم إصبعين لتحريك الخريطة', en: 'Use two fingers to move the map' },
  fiscalYear: { ar: 'السنة المالية {y}', en: 'Fiscal year {y}' },
} as const satisfies Record<string, Entry>;

export type StringKey = keyof typeof strings;

/** True when `key` names an interface string (for keys that arrive as data, e.g. from the URL). */
export function isStringKey(key: string): key is StringKey {
  return Object.hasOwn(strings, key);
}

const translator = makeTranslator<StringKey>(strings);

/**
 * The interface string `key` in `lang` as parts, so a view can isolate each filled value
 * (`<bdi>`): a URL value or a Latin name inside an Arabic sentence keeps its own direction.
 * Numbers are formatted in `lang` with `digits`; the plural form is chosen by `vars.n`.
 */
export const tParts: (lang: Lang, key: StringKey, vars?: Vars, digits?: Digits) => Part[] = translator.tParts;

/** The interface string `key` in `lang`, with `{name}` placeholders filled from `vars`. */
export const t: (lang: Lang, key: StringKey, vars?: Vars, digits?: Digits) => string = translator.t;

/**
 * Makes `lang`'s strings ready; call it before switching to `lang`, so nothing shows a key. Here
 * (dev, tests) every built-in table is in this module and it does nothing; the build
 * (`i18n-split.plugin.ts`) ships each built-in language as its own chunk and makes this load one.
 */
export async function loadStrings(lang: Lang): Promise<void> {
  void lang;
}

/**
 * Resolves once the reader's first language (the URL's `lang=`, else Arabic) is ready: a page's
 * entry mounts after it. Resolved at once here; in the build it loads that language's chunk.
 */
export const stringsReady: Promise<void> = Promise.resolve();

/** The whole table, for build steps that pick a subset (the embed's strings, its font subset). */
export const STRINGS: Readonly<Record<StringKey, Entry>> = strings;

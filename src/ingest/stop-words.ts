/**
 * Word lists that end or exclude a place name (split from cues.ts): words that cannot be part of an
 * unknown name after a cue word, adjectives after a name, English words that start no name, and common
 * words that are GeoNames names but almost never places in a news text, the names of languages. All
 * in matching form (see normalize.ts).
 */
import { AR_MONTHS, EN_MONTHS, EN_WEEKDAYS } from './dates/words.ts';
import { norm } from './normalize.ts';

/** Words that cannot be (part of) an unknown place name after a cue word. */
export const AR_STOP = new Set(
  [
    'في',
    'من',
    'على',
    'إلى',
    'الى',
    'عن',
    'مع',
    'بين',
    'الذي',
    'التي',
    'الذين',
    'هذا',
    'هذه',
    'ذلك',
    'تلك',
    'كل',
    'أو',
    'ثم',
    'قد',
    'لقد',
    'كان',
    'كانت',
    // "said": a verb of saying ends a list of places («زافنتم، قال …»: not Geel, round 28).
    'قال',
    'قالت',
    'هو',
    'هي',
    'عند',
    'حيث',
    'منذ',
    'خلال',
    // "across", "via"; "capital of" (in apposition: «مدينة سيتوي عاصمة الولاية»).
    'عبر',
    'عاصمة',
    'بعد',
    'قبل',
    // "Shortly before", "shortly after" (round 27).
    'قبيل',
    'بعيد',
    'حتى',
    // "while" (Penama, Vanuatu, is بينما).
    'بينما',
    'أي',
    'لا',
    'لم',
    'لن',
    'ما',
    'إن',
    'أن',
    'كبيرة',
    'كبير',
    'صغيرة',
    'صغير',
    'جديد',
    'جديدة',
    'سكني',
    'واحد',
    'واحدة',
    'آخر',
    'أخرى',
    'حول',
    'قرب',
    'داخل',
    'خارج',
    'شمال',
    'جنوب',
    'شرق',
    'غرب',
    'وسط',
    // «ولاية صحم شمالي البلاد»: a direction of the country ends the name (round 12).
    'شمالي',
    'جنوبي',
    'شرقي',
    'غربي',
    'بأكملها',
    'بأكمله',
    'بكاملها',
    'كلها',
    'جميعها',
    'عدة',
    'كثيرة',
    'مجاورة',
    // Words of time: «لجزيرة سومطرة صباح الأحد» ends the name.
    'صباح',
    'مساء',
    'ليل',
    'ليلة',
    'فجر',
    'ظهر',
    'يوم',
    'اليوم',
    // «في بحر الأسبوع» ("within the week") is no sea.
    'الأسبوع',
    'الشهر',
    'العام',
    'السنة',
    'الأيام',
    // Round 16: a verb opens a relative clause after an indefinite cue word («بلدة تقع على بعد …», a
    // town that lies; «قاعدة تستخدمها شركات»), an ordinal counts («ولاية سادسة», a sixth state).
    ...['تقع', 'يقع', 'تبعد', 'يبعد', 'تطل', 'يطل', 'تضم', 'يضم', 'تحيط', 'يحيط'],
    ...['تستخدم', 'يستخدم', 'تستخدمها', 'يستخدمها', 'تشهد', 'يشهد', 'تعد', 'يعد'],
    ...['ثانية', 'ثالثة', 'رابعة', 'خامسة', 'سادسة', 'سابعة', 'ثامنة', 'تاسعة', 'عاشرة'],
    // Round 18: a feast or a holiday («لقضاء العيد», to spend the feast: «قضاء» is also a district) and the
    // battle («ساحة المعركة», the battlefield).
    ...['العيد', 'عيد', 'العطلة', 'عطلة', 'الإجازة', 'إجازة'],
    ...['المعركة', 'المعارك', 'معركة', 'القتال', 'قتال'],
    // Round 29: a quantifier («ولاية معظم أعضاء البرلمان», the term of most members) counts, never names.
    ...['معظم', 'أغلب', 'غالبية', 'بعض', 'جميع', 'كل', 'كافة'],
  ].map(norm),
);

/**
 * Arabic particles as written, hamza included (round 18): «إن», «أنه», «إذا». Folded for matching they
 * spell places («وإن» is Van's «وان», «إنه» Anhée's «أنه»), so they are read in the original spelling,
 * after the proclitics و ف ب ل ك («لأن», «وإن», «فإنه»), not in matching form.
 */
export const AR_PARTICLES: ReadonlySet<string> = new Set([
  ...['إن', 'أن', 'إنه', 'أنه', 'إنها', 'أنها', 'إنهم', 'أنهم', 'إنهما', 'أنهما', 'إنهن', 'أنهن'],
  ...['إنما', 'أنما', 'إننا', 'أننا', 'إني', 'أني', 'إنني', 'أنني', 'إنك', 'أنك'],
  ...['إذ', 'إذا', 'إذن', 'لئن', 'إلا', 'ألا', 'أما', 'إما', 'أي', 'أو', 'أيضا', 'أيضاً'],
  // Round 27: «الآن» ("now", with its madda; GeoNames' «الان» stays) and «دون» ("without", «من دون»).
  ...['الآن', 'دون'],
]);

/** Arabic adjectives that follow a name and are not part of it ("نورداغ القريبة"). */
export const AR_ADJECTIVES = new Set(
  [
    'القريبة',
    'القريب',
    'المجاورة',
    'المجاور',
    'المنكوبة',
    'المنكوب',
    'المدمرة',
    'الكبرى',
    'الصغرى',
    'كبرى',
    'صغرى',
    'الكبيرة',
    'الصغيرة',
    'المحاصرة',
    'المحاصر',
    'نفسها',
    'نفسه',
    // Temporary: «مخيم مؤقت»، «مخيمات مؤقتة».
    'مؤقت',
    'مؤقتة',
    // Participles of place (round 18): «حي … المطل على المرفأ», «بلدة … الواقعة على الساحل».
    ...[
      'المطل',
      'المطلة',
      'الواقع',
      'الواقعة',
      'المحاذي',
      'المحاذية',
      'المتاخم',
      'المتاخمة',
      'الممتد',
      'الممتدة',
    ],
    // Ordinals (round 13): «بولاية ثانية» (a second term of office), «مدينة ثالثة» (a third city).
    ...['ثان', 'ثاني', 'ثانية', 'ثالث', 'ثالثة', 'رابع', 'رابعة', 'خامس', 'خامسة', 'أولى', 'أخيرة'],
    // Indefinite adjectives of distance, size and density, and participles of a place's state (round
    // 20): «حي قريب» (a nearby district), «قرية نائية», «ساحة مكتظة بالمصلين», «بلدة مهجورة».
    ...['قريب', 'قريبة', 'بعيد', 'بعيدة', 'مجاور', 'مجاورة', 'نائي', 'نائية', 'كبير', 'كبيرة'],
    ...['صغير', 'صغيرة', 'واسع', 'واسعة', 'كثيف', 'كثيفة', 'مكتظ', 'مكتظة', 'مزدحم', 'مزدحمة'],
    ...['مأهول', 'مأهولة', 'مهجور', 'مهجورة', 'مدمر', 'مدمرة', 'منكوب', 'منكوبة', 'محاصر', 'محاصرة'],
    // Round 22: the dual and plural that agree with a dual or plural cue after its list («بلدتي كنيك
    // وقرقاغاتش المجاورتين», «قرى … المنكوبة»): no word of the last name.
    ...['المجاورتين', 'المجاورتان', 'المجاورين', 'المجاوران', 'المجاورات'],
    ...['القريبتين', 'القريبتان', 'القريبين', 'القريبان', 'القريبات'],
    ...['المنكوبتين', 'المنكوبتان', 'المنكوبين', 'المنكوبان', 'المنكوبات'],
    ...['الساحليتين', 'الساحليتان', 'الحدوديتين', 'الحدوديتان'],
    // Indefinite adjectives of use, kind and ground (round 22): «حقل زراعي» (a farm field), «مطار
    // عسكري», «مخيم عسكري», «منطقة جبلية»: a kind of place, not its name.
    ...['زراعي', 'زراعية', 'سكني', 'سكنية', 'صناعي', 'صناعية', 'تجاري', 'تجارية', 'عسكري', 'عسكرية'],
    ...['ميداني', 'ميدانية', 'حكومي', 'حكومية', 'ريفي', 'ريفية', 'جبلي', 'جبلية', 'ساحلي', 'ساحلية'],
    ...['صحراوي', 'صحراوية', 'حدودي', 'حدودية', 'نفطي', 'نفطية', 'مدني', 'مدنية', 'جديد', 'جديدة'],
  ].map(norm),
);

/**
 * Arabic verbs of where a place lies or who lives in it, in the imperfect (round 20): after an
 * indefinite cue word they open a clause about it, not its name («مدينة تقع على النهر», «قرية يسكنها
 * مزارعون»; `match-cue-clause.ts` also reads any imperfect verb with a pronoun referring back).
 */
export const AR_PLACE_VERBS: ReadonlySet<string> = new Set(
  [
    ...['تقع', 'يقع', 'تبعد', 'يبعد', 'تضم', 'يضم', 'تطل', 'يطل', 'تحيط', 'يحيط', 'تمتد', 'يمتد'],
    ...['تسكن', 'يسكن', 'يقطن', 'تقطن', 'يعيش', 'تعيش', 'تؤوي', 'يؤوي', 'تستضيف', 'يستضيف'],
  ].map(norm),
);

/** English words that do not start a place name (capitalised at the start of a sentence). */
export const EN_STOP = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'in',
  'of',
  'on',
  'at',
  'and',
  'or',
  'its',
  'their',
]);

/**
 * English prepositions that open a sentence ("Along Range Line Road, …", "Across the river, …"):
 * capitalised there only because they open it, never the first word of a place's name.
 */
export const EN_OPENING_PREPOSITIONS = new Set([
  'along',
  'across',
  'through',
  'beside',
  'beyond',
  'behind',
  'around',
  'between',
  'among',
  'amid',
  'toward',
  'towards',
  'throughout',
  'despite',
  'during',
  'inside',
  'outside',
  'within',
  'into',
  'onto',
  'upon',
  'via',
  'against',
]);

/**
 * Words that are names in GeoNames (المدينة is Medina, Hope is a town) but in a news text are almost
 * always common words or people's names: never read as a place name on their own.
 */
export const COMMON_WORDS = new Set(
  [
    'المدينة',
    'مدينة',
    'السجن',
    'الشمال',
    'الجنوب',
    'الشرق',
    'الغرب',
    'الوسط',
    'السلام',
    'النصر',
    'الحرية',
    'الثورة',
    'الوحدة',
    'الجديدة',
    'الجديد',
    'القديمة',
    'القصر',
    'المطار',
    'المركز',
    // "centres" («إلى مراكز إيواء»; GeoNames' Al Markaz, round 13).
    'المراكز',
    'الساحل',
    // "the beach", "the islands" (Ash Shati, Libya; Lantau Island's «الجزر», round 19).
    'الشاطئ',
    'الجزر',
    'البحر',
    'الجبل',
    'السوق',
    'البلد',
    'البلدة',
    'القرية',
    'المخيم',
    'الحدود',
    'الجسر',
    'العاصمة',
    'الميناء',
    'المحطة',
    'الرئيس',
    'الدولة',
    'الجيش',
    'الشعب',
    'المعبر',
    'الطريق',
    'الكرامة',
    'الشهداء',
    'الخميس',
    'الجمعة',
    'السبت',
    'الأحد',
    'الاثنين',
    'الثلاثاء',
    'الأربعاء',
    'اليوم',
    'الأمل',
    // "torrents" (plural of سيل), in every flood report; GeoNames also writes Seoul so (and سئول).
    'سيول',
    'باب',
    'كان',
    'كانت',
    'بين',
    'بعد',
    'قبل',
    'عند',
    'president',
    'prime',
    'minister',
    'red',
    'cross',
    'crescent',
    'police',
    'army',
    'union',
    'hope',
    'mercy',
    'aid',
    'news',
    'reuters',
    // Round 30: platforms, institutions, holidays and events a text sets after "on" or "at the"
    // ("posted on Telegram", "called on Congress", "on Thanksgiving", "at the Olympics"), never an island.
    ...['facebook', 'twitter', 'instagram', 'telegram', 'youtube', 'tiktok', 'whatsapp', 'weibo'],
    ...[
      'parliament',
      'congress',
      'senate',
      'commons',
      'lords',
      'christmas',
      'thanksgiving',
      'easter',
      'ramadan',
    ],
    ...['olympics', 'paralympics', 'oscars'],
    // Day and month names (the date tables' own), never a place.
    ...EN_WEEKDAYS.keys(),
    ...EN_MONTHS,
    // The Arabic months of one word («مايو» is Mayo, «تموز» Tammuz; round 25).
    ...AR_MONTHS.map(([m]) => m).filter((m) => !/\s/u.test(m)),
    'ali',
    'hassan',
    'hasan',
    'hussein',
    'omar',
    'said',
    'ahmed',
    'mohammed',
    'muhammad',
    'mustafa',
    'abbas',
    'khalifa',
    'haftar',
    'salem',
    'amal',
    'national',
    'central',
    'state',
    'islamic',
  ].map(norm),
);

/**
 * The English names of the world's languages (ISO 639-1, from the runtime's CLDR data through
 * `Intl.DisplayNames`), lower case: "Thai", "Lao", "Dutch". Such a word is a people's or a language's
 * name ("the Thai company"), never a place of its own: GeoNames has a Thai in Malaysia.
 */
export const LANGUAGE_WORDS: ReadonlySet<string> = (() => {
  const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  const out = new Set<string>();
  const a = 'abcdefghijklmnopqrstuvwxyz';
  for (const x of a)
    for (const y of a) {
      const n = names.of(x + y);
      if (n && /^\p{L}+$/u.test(n)) out.add(n.toLowerCase());
    }
  return out;
})();

/**
 * Word lists the matcher reads: cue words that decide a reading or introduce an unknown name (the
 * words after which a place name stands for a government are in actor-words.ts, the words that end or
 * exclude a name in stop-words.ts).
 * All in matching form (see normalize.ts): أ/إ/آ → ا, ة → ه, ى → ي.
 */
import { norm } from './normalize.ts';
import type { PlaceKind } from './types.ts';
import { AR_BOYCOTTED, AR_OFFICE_OF, AR_PRODUCTS, AR_STATION_OF } from './cues-ar-not-names.ts';

export { AR_ADJECTIVES, AR_STOP, COMMON_WORDS, EN_STOP } from './stop-words.ts';
export { AR_DUAL_CUE, AR_PLURAL_CUE } from './cues-ar-plural.ts';

/** What a cue word says about the name after it. `countryside`: ريف X = the area around X. */
export interface Cue {
  kind: PlaceKind;
  countryside?: boolean;
  /** The cue also introduces names the gazetteer does not know (proposed without geometry). */
  proposes: boolean;
  /**
   * Physical geography (an island, a valley, a forest, a sea…): a region of its own, never the
   * administrative unit named like it («وادي فرغانة» is not Fergana province).
   */
  physical?: boolean;
  /** Nouns after which the cue word is a common noun, naming nothing («منفذ الهجوم», the attacker). */
  notBefore?: ReadonlySet<string>;
  /**
   * The cue names the facility even after a town's name («منفذ العبدلي», a port of entry): not the
   * town, as a crossing cue otherwise reads it («معبر رفح», as reviewed).
   */
  ownPlace?: boolean;
  /**
   * The cue word is also a verbal noun that takes an object (round 20: «مقاطعة», a province and a
   * boycott): before a country's name it is the act («مقاطعة قطر», boycotting Qatar), and the country
   * is read alone (`match-verbal-cue.ts`).
   */
  actBeforeCountry?: boolean;
}

/**
 * English words for a natural feature that follow its name ("Taroko Gorge", "the Coyuca lagoon", "Ha
 * Long Bay"): the feature, a region of its own, never the town it is named after; an unknown name
 * before one is proposed. Each is a noun news uses of a place, not a verb or an office's word.
 */
const FEATURES_AFTER = [
  'gorge',
  'gorges',
  'canyon',
  'lagoon',
  'bay',
  'reef',
  'waterfall',
  'marshes',
  'wetlands',
  'plateau',
  'glacier',
  'fjord',
  'highlands',
  // Round 13: "the northern Shan hills", "the Nuba hills": the hills, not the unit they are named after.
  'hills',
  'basin',
  'archipelago',
  'atoll',
  'oasis',
  'estuary',
];

/** Arabic words for a natural feature before its name («واحة سيوة»، «مضيق هرمز»، «هضبة الجولان»). */
const AR_FEATURES = ['واحة', 'مضيق', 'هضبة', 'كهف', 'مغارة', 'شلالات', 'أرخبيل', 'بركان'];

/**
 * The English word a Natural Earth feature's name carries for an Arabic feature cue (round 24):
 * «هضبة» Plateau (of Tibet), «بحيرة» Lake (Nasser), «خليج» Gulf or Bay; a feature with no Arabic
 * name is found by that word and the key of the rest of its name. Not mountains: their Arabic names
 * are often Arabic words, not heard English («جبال الحجر», the Hajar; «جبال الأطلس»).
 */
export const AR_FEATURE_EN = new Map<string, readonly string[]>(
  (
    [
      ['هضبة', ['plateau']],
      ['بحيرة', ['lake']],
      ['خليج', ['gulf', 'bay']],
      ['مضيق', ['strait']],
      ['صحراء', ['desert']],
      ['بحر', ['sea']],
      ['أرخبيل', ['archipelago']],
      ['بركان', ['volcano']],
      ['شلالات', ['falls']],
    ] as const
  ).map(([ar, en]) => [norm(ar), en]),
);

/** Physical-geography cue words, both languages (matching form). */
const PHYSICAL = new Set(
  [
    'جزيرة',
    'غابة',
    'جبل',
    'صحراء',
    'خليج',
    'وادي',
    'جبال',
    'بحر',
    'island',
    'islands',
    'valley',
    'ocean',
    'sea',
    'forest',
    'desert',
    'mountains',
    'peninsula',
    'delta',
    // A feature named after a place (round 9): "Mozambique Channel", "Mount Mulanje", «بحيرة تشاد».
    'بحيرة',
    'channel',
    'strait',
    'cave',
    'caves',
    'range',
    'lake',
    'mount',
    // Round 12: more features named after a town ("the Colca canyon", "Ha Long Bay", «واحة سيوة»).
    ...FEATURES_AFTER,
    ...AR_FEATURES,
  ].map(norm),
);
const physical = (w: string): { physical?: true } => (PHYSICAL.has(norm(w)) ? { physical: true } : {});

const AR_CUES: [string, PlaceKind, boolean][] = [
  ['محافظة', 'governorate', false],
  ['ولاية', 'governorate', true],
  // A province or a county named so (Kenya's counties, Kyrgyzstan's oblasts, Canada's provinces;
  // round 20): the unit, not the town named like it.
  ['مقاطعة', 'governorate', true],
  ['مدينة', 'city', true],
  ['بلدة', 'town', true],
  ['قرية', 'village', true],
  ['حي', 'neighbourhood', true],
  ['ساحة', 'facility', true],
  ['معبر', 'crossing', true],
  ['سجن', 'facility', true],
  ['مخيم', 'facility', true],
  ['مطار', 'facility', true],
  ['ميناء', 'facility', true],
  // «مرفأ بيروت»: the Levant's word for a port (round 30).
  ['مرفأ', 'facility', true],
  ['كلية', 'facility', true],
  ['جامعة', 'facility', true],
  ['مستشفى', 'facility', true],
  ['متحف', 'facility', true],
  // A hotel, a stadium, a theatre, a hall, a gate (round 25): «فندق أوبروي»، «ملعب فرنسا»، «مسرح
  // باتاكلان», one building even when its name holds a country's or a town's.
  ['فندق', 'facility', true],
  ['ملعب', 'facility', true],
  ['استاد', 'facility', true],
  ['مسرح', 'facility', true],
  ['قاعة', 'facility', true],
  ['بوابة', 'facility', false],
  // A mosque (round 20): named by its definite adjective («المسجد الحرام», `match-mosques.ts`); as a cue
  // it only closes a name («ساحة المسجد» is the mosque's courtyard) and proposes none.
  ['مسجد', 'facility', false],
  ['جامع', 'facility', false],
  // A camp (also Mascara in Algeria, which GeoNames writes so: a cue word is no place on its own).
  ['معسكر', 'facility', true],
  ['جسر', 'facility', true],
  ['سد', 'facility', true],
  ['قاعدة', 'facility', true],
  // A station named after a place («محطة فوكوشيما دايتشي», «محطة بوشهر النووية»; round 22) is the
  // station; what it makes or serves, said instead of a name, is none (`AR_STATION_OF`).
  ['محطة', 'facility', true],
  ['نهر', 'river', true],
  ['ناحية', 'district', true],
  ['منطقة', 'district', false],
  ['قضاء', 'district', true],
  // A district below the province («مديرية صرواح» in Yemen, «مديرية هودن» in Somalia, Afghanistan's
  // districts; round 20): the district, even when a town has its name. An office is also a «مديرية»
  // («مديرية الأمن», «مديرية الصحة»): `AR_OFFICE_OF`.
  ['مديرية', 'district', true],
  ['إقليم', 'region', true],
  ['قطاع', 'region', false],
  ['دولة', 'country', false],
  ['شارع', 'road', true],
  ['طريق', 'road', false],
  // A canal named after a known place («قناة السويس»): a place of its own, not the city. It proposes
  // no unknown name: «قناة» is also a TV channel.
  ['قناة', 'river', false],
  // Physical geography: a place of its own, proposed without geometry (no source has its shape).
  ['جزيرة', 'region', true],
  ['غابة', 'region', true],
  ['جبل', 'region', true],
  ['صحراء', 'region', true],
  ['خليج', 'region', true],
  ['وادي', 'region', true],
  // A lake named after a place («بحيرة تشاد», Lake Chad): the lake, never the country or town.
  ['بحيرة', 'region', true],
  // A suburb; mountains, a sea named without the article («جبال الحجر»، «بحر العرب»; «البحر الأحمر»
  // is read by `AR_DEFINITE_FEATURE`). A coast is below.
  ['ضاحية', 'neighbourhood', true],
  ['جبال', 'region', true],
  ['بحر', 'region', true],
  ...AR_FEATURES.map((w): [string, PlaceKind, boolean] => [w, 'region', true]),
];

/**
 * Seas, oceans and gulfs written with the article and an adjective after it: «المحيط الهندي»،
 * «البحر الأحمر»، «الخليج العربي» are one named region (the noun alone is a common word).
 */
export const AR_DEFINITE_FEATURE = new Set(['محيط', 'بحر', 'خليج', 'صحراء'].map(norm));

/**
 * Arabic words for an administrative unit, one list for every rule that asks whether a word names a
 * unit (normalised, without the article): first-level units («ولاية كاتسينا»، «محافظة البحيرة»،
 * «شعبية مرزق») and, in `AR_UNIT_WORDS_BELOW`, the units below them («قضاء تكناف»، «لواء ذيبان»،
 * «مديرية زنده جان»). Each rule says which of the two it reads.
 */
export const AR_UNIT_WORDS = new Set(['محافظة', 'ولاية', 'إقليم', 'منطقة', 'مقاطعة', 'شعبية'].map(norm));
export const AR_UNIT_WORDS_BELOW = new Set(['قضاء', 'لواء', 'مديرية'].map(norm));

/** The spellings of each Arabic cue word, as written (hamza seats, ى), by its matching form. */
export const AR_CUE_SPELLINGS = new Map<string, string[]>();
for (const [w] of AR_CUES) AR_CUE_SPELLINGS.set(norm(w), [...(AR_CUE_SPELLINGS.get(norm(w)) ?? []), w]);

/** Arabic cue words by matching form. */
export const AR_CUE = new Map<string, Cue>(
  AR_CUES.map(([w, kind, proposes]) => [norm(w), { kind, proposes, ...physical(w) }]),
);
AR_CUE.set(norm('ريف'), { kind: 'district', countryside: true, proposes: false });
// A coast: of an unknown name, a region («ساحل الباطنة»); of a known place, the area of that place
// («قبالة ساحل غزة» is off Gaza).
AR_CUE.set(norm('ساحل'), { kind: 'region', countryside: true, proposes: true });
// A border crossing, a port of entry («منفذ الوديعة», «منفذ العبدلي»; issue 18, round 14): the
// facility, even when a town has its name; but «منفذ الهجوم» is the attacker: a verbal noun of an act
// after it names nothing.
AR_CUE.set(norm('منفذ'), {
  kind: 'crossing',
  proposes: true,
  ownPlace: true,
  notBefore: new Set(
    ['الهجوم', 'الهجمات', 'العملية', 'التفجير', 'الاعتداء', 'الجريمة', 'المجزرة', 'الطعن', 'إطلاق'].map(norm),
  ),
});

AR_CUE.set(norm('مديرية'), { ...AR_CUE.get(norm('مديرية'))!, notBefore: new Set(AR_OFFICE_OF.map(norm)) });

for (const w of ['حقل', 'معمل', 'مصفاة'])
  AR_CUE.set(norm(w), {
    kind: 'facility',
    proposes: true,
    ownPlace: true,
    notBefore: new Set(AR_PRODUCTS.map(norm)),
  });

AR_CUE.set(norm('محطة'), { ...AR_CUE.get(norm('محطة'))!, notBefore: new Set(AR_STATION_OF.map(norm)) });

AR_CUE.set(norm('مقاطعة'), {
  ...AR_CUE.get(norm('مقاطعة'))!,
  notBefore: new Set(AR_BOYCOTTED.map(norm)),
  actBeforeCountry: true,
});

/** Two English words that follow a name as one cue ("the Nikola Tesla power station"). */
export const EN_CUE_AFTER_PAIR = new Map<string, Cue>([
  ...[
    'power station',
    'power plant',
    'nuclear plant',
    'police station',
    'railway station',
    'bus station',
    // A steelworks named after its company or town ("the Azovstal steel works"; round 28).
    'steel works',
    'steel plant',
    'steel mill',
    // A mine named after its town or mountain ("the Grasberg copper mine"; round 14): "mine" alone is
    // also the pronoun.
    ...['gold', 'copper', 'coal', 'cobalt', 'iron', 'lithium', 'nickel', 'diamond'].map((m) => `${m} mine`),
    // An air or naval base named after its town ("the Hindon air base" in India; round 29b).
    'air base',
    'naval base',
    'military base',
    'army base',
  ].map((w): [string, Cue] => [w, { kind: 'facility', proposes: true }]),
  // "the Torkham border post", "the X and Y border crossings".
  ...['border post', 'border posts', 'border crossing', 'border crossings'].map((w): [string, Cue] => [
    w,
    { kind: 'crossing', proposes: true },
  ]),
]);

/** English cue words that follow a name ("Semalka crossing", "al-Hasakah governorate"). */
export const EN_CUE_AFTER = new Map<string, Cue>(
  (
    [
      ['governorate', 'governorate', false],
      ['province', 'governorate', true],
      ['city', 'city', false],
      ['town', 'town', false],
      ['village', 'village', false],
      ['neighbourhood', 'neighbourhood', true],
      ['neighborhood', 'neighbourhood', true],
      // "the Roma and Condesa neighbourhoods" (round 22): a list before the plural.
      ['neighbourhoods', 'neighbourhood', true],
      ['neighborhoods', 'neighbourhood', true],
      ['district', 'district', true],
      ['prison', 'facility', true],
      ['camp', 'facility', true],
      ['airport', 'facility', true],
      // A railway station or a steelworks named after its place ("Shinjuku station"; round 28).
      ['station', 'facility', true],
      ['steelworks', 'facility', true],
      ['university', 'facility', true],
      ['college', 'facility', true],
      ['hospital', 'facility', true],
      ['square', 'facility', true],
      ['bridge', 'facility', true],
      ['dam', 'facility', true],
      ['crossing', 'crossing', true],
      ['river', 'river', true],
      ['rivers', 'river', true],
      // A small river, as North America and Australia name them ("Troublesome Creek"):
      // a river of its own, not the town named like it (round 20).
      ['creek', 'river', true],
      ['creeks', 'river', true],
      ['region', 'region', true],
      ['island', 'region', true],
      ['islands', 'region', true],
      ['provinces', 'governorate', true],
      ['districts', 'district', true],
      ['regions', 'region', true],
      ['state', 'governorate', true],
      // First-level units named so in much of the world (Colombia's and France's departments, Kenya's
      // counties, Japan's prefectures, Russia's oblasts). "Department" is also an office's word (the
      // Kenya Meteorological Department): it proposes no unknown name.
      ['department', 'governorate', false],
      // A county is a unit below the state in most countries that have them (the United States,
      // Taiwan, Liberia, Hungary): a district, the bench sets' convention (round 20).
      ['county', 'district', true],
      ['prefecture', 'governorate', true],
      // Bangladesh's first-level units, and Myanmar's before 2008 ("Rajshahi division", "Sagaing
      // Division"; round 21). Also an army's word: it proposes no unknown name.
      ['division', 'governorate', false],
      ['oblast', 'governorate', true],
      ['departments', 'governorate', false],
      ['counties', 'district', true],
      ['prefectures', 'governorate', true],
      // Indonesia's second-level units ("Donggala regency"): a district (round 12).
      ['regency', 'district', true],
      ['regencies', 'district', true],
      ['valley', 'region', true],
      ['ocean', 'region', true],
      ['sea', 'region', true],
      ['forest', 'region', true],
      ['desert', 'region', true],
      ['mountains', 'region', true],
      ['peninsula', 'region', true],
      ['delta', 'region', true],
      // A feature named after a place ("the Mozambique Channel", "the Tham Luang cave"): the feature,
      // not the place. "Channel" and "Strait" only capitalised (a TV channel): `EN_CUE_AFTER_CAPITAL`.
      ['channel', 'region', true],
      ['strait', 'region', true],
      ['cave', 'region', true],
      ['caves', 'region', true],
      ['range', 'region', true],
      ['lake', 'region', true],
      ...FEATURES_AFTER.map((w): [string, PlaceKind, boolean] => [w, 'region', true]),
    ] as [string, PlaceKind, boolean][]
  ).map(([w, kind, proposes]) => [w, { kind, proposes, ...physical(w) }]),
);

/**
 * English words after a name that make it a road ("Front Street", "the Coquihalla Highway"; round
 * 20), capitalised only: "the road", "a street" name none.
 */
const EN_ROADS = [
  ...['highway', 'street', 'avenue', 'boulevard', 'road', 'motorway', 'freeway', 'expressway'],
  // Round 29b: "the Ingraham Trail" (Canada), "the Blue Ridge Parkway".
  ...['trail', 'parkway'],
];
for (const w of EN_ROADS) EN_CUE_AFTER.set(w, { kind: 'road', proposes: true });

/** English cue words after a name that are cues only when capitalised ("Mozambique Channel"). */
export const EN_CUE_AFTER_CAPITAL = new Set(['channel', 'strait', ...EN_ROADS]);
// A suburb and a volcano after a name ("the Kisenyi suburb", "the Nyamuragira volcano"); a coast:
// of an unknown name a region ("the Batinah coast"), of a known place that place's area ("the Kenya
// coast"), as «ساحل».
EN_CUE_AFTER.set('suburb', { kind: 'neighbourhood', proposes: true });
EN_CUE_AFTER.set('volcano', { kind: 'region', proposes: true, physical: true });
EN_CUE_AFTER.set('coast', { kind: 'region', countryside: true, proposes: true });

/**
 * Head nouns of places no source has, capitalised after their name (round 24): "the Grand Canal", "the
 * Ninth Ward", "Palace Pier", "the Sussex Shore", "Hunts Point", "the Mangla Reservoir". The name and its head noun are one
 * unknown place, not a gazetteer place read from one of its words ("Industrial", "Jersey"). Lower-case
 * they are common nouns ("the hospital ward", "at one point").
 */
export const EN_HEADS = new Map<string, PlaceKind>([
  ['canal', 'river'],
  ['ward', 'neighbourhood'],
  ['pier', 'facility'],
  ['shore', 'region'],
  ['point', 'neighbourhood'],
  // "Addicks Reservoir", "the Mangla Reservoir" (Pakistan); "Buffalo Bayou", a slow river of the US Gulf coast.
  ['reservoir', 'facility'],
  ['bayou', 'river'],
  // Chinese "shan", a mountain or a range, after its name as English writes it ("the Tian Shan", "the
  // Qilian Shan"): the range, not a town named like one of its words.
  ['shan', 'region'],
]);
for (const [w, kind] of EN_HEADS) {
  EN_CUE_AFTER.set(w, { kind, proposes: true });
  EN_CUE_AFTER_CAPITAL.add(w);
}
// The plural after a list names each, written in lower case ("the Mangla and Tarbela reservoirs").
EN_CUE_AFTER.set('reservoirs', { kind: 'facility', proposes: true });

/**
 * English cue phrases before a name: "the city of X", "the village of X", "the river X". With an
 * unknown name they propose it ("the district of Chimanimani"); a plural one ("the islands of") also
 * the names joined to it by "and" or a comma ("the coastal towns of Constitución and Dichato").
 */
export const EN_CUE_BEFORE = new Map<string, Cue>([
  ['city of', { kind: 'city', proposes: true }],
  ['town of', { kind: 'town', proposes: true }],
  ['village of', { kind: 'village', proposes: true }],
  ['cities of', { kind: 'city', proposes: true }],
  ['towns of', { kind: 'town', proposes: true }],
  ['villages of', { kind: 'village', proposes: true }],
  // Round 29b: "the hamlet of Kanchi" (Nepal), "the Dene communities of A and B" (Canada).
  ['hamlet of', { kind: 'village', proposes: true }],
  ['hamlets of', { kind: 'village', proposes: true }],
  ['community of', { kind: 'village', proposes: true }],
  ['communities of', { kind: 'village', proposes: true }],
  ['university of', { kind: 'facility', proposes: true }],
  ['province of', { kind: 'governorate', proposes: true }],
  ['governorate of', { kind: 'governorate', proposes: true }],
  ['district of', { kind: 'district', proposes: true }],
  // "the neighbourhoods of A, B and C", "the seaside suburbs of A and B" (a list, as after "towns of").
  ['neighbourhoods of', { kind: 'neighbourhood', proposes: true }],
  ['neighborhoods of', { kind: 'neighbourhood', proposes: true }],
  ['neighbourhood of', { kind: 'neighbourhood', proposes: true }],
  ['neighborhood of', { kind: 'neighbourhood', proposes: true }],
  ['suburbs of', { kind: 'neighbourhood', proposes: true }],
  ['suburb of', { kind: 'neighbourhood', proposes: true }],
  ['region of', { kind: 'region', proposes: true }],
  ['island of', { kind: 'region', proposes: true, physical: true }],
  ['islands of', { kind: 'region', proposes: true, physical: true }],
  ['state of', { kind: 'governorate', proposes: true }],
  // Round 12: "the prefecture of Nagano", "the regency of Bantul" ("the County of …" is often an
  // authority's name, as "the Regional Municipality of Wood Buffalo": no cue).
  ['prefecture of', { kind: 'governorate', proposes: true }],
  ['regency of', { kind: 'district', proposes: true }],
  ['gulf of', { kind: 'region', proposes: true, physical: true }],
  ['sea of', { kind: 'region', proposes: true, physical: true }],
  ['bay of', { kind: 'region', proposes: true, physical: true }],
  ['countryside of', { kind: 'district', countryside: true, proposes: false }],
  // A city has outskirts: "the outskirts of Lima" is the city, not the region named after it (round 25b).
  ['outskirts of', { kind: 'city', proposes: false }],
  // "the river X"; "the River Idle", as British rivers are named, proposes an unknown name (round 16).
  ['river', { kind: 'river', proposes: true }],
  // Round 13: "the Port of Durban", capitalised, is the port (a facility named after its city); "the
  // port of Beira" is the city (`EN_CUE_BEFORE_CAPITAL`).
  ['port of', { kind: 'facility', proposes: true }],
  // Capitalised only (see `cueBefore`): "Mount Mulanje", "Lake Kariba" are the feature, not the town;
  // one capitalised word before the name, which it proposes when unknown.
  ['mount', { kind: 'region', proposes: true, physical: true }],
  ['lake', { kind: 'region', proposes: true, physical: true }],
]);

/** English two-word cue phrases that are cues only when capitalised ("the Port of Durban"). */
export const EN_CUE_BEFORE_CAPITAL = new Set(['port of']);

/**
 * Abbreviations that open a place's name, their full stop inside it: "the island of St. Vincent",
 * "Mt. Hood", "Ft. Myers" (round 30). Tokens are lower case, without the stop.
 */
export const EN_NAME_ABBREVIATIONS = new Set(['st', 'ste', 'mt', 'ft', 'pt']);

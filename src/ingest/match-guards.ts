/**
 * The matcher's reading guards: checks of a hit's context that decide whether a name is read as a
 * place, and as which (`match.ts` calls them while it turns hits into matches). A capital named like
 * its country (`cityContext`), a common word that is also a minor place (`commonNounRisk`), a foreign
 * name right before a date (`timeBeforeDate`), a common English word opening a sentence
 * (`commonAtSentenceStart`), a ship's name (`vesselName`), an Arabic word with tanween
 * (`indefiniteWord`), a name inside an agency's, an organisation's or a historical region's (`ownedName`,
 * `organisationAfterEn`, `organisationPartEn`).
 */
import commonEnglish from '@nkzw/safe-word-list';
import { isNisbaForm } from './match-context.ts';
import {
  adjacent,
  ARTICLE,
  familyOf,
  isUpper,
  nameTokens,
  splits,
  type Hit,
  type MatchIndex,
  type Pattern,
} from './match-index.ts';
import type { GazetteerEntry } from './types.ts';
import { norm, type Normalised, type Token } from './normalize.ts';
import { AR_STOP } from './cues.ts';
import { arMonthAt } from './dates/ar.ts';
import { AR_WEEKDAYS } from './dates/words.ts';
/** «العاصمة» ("the capital") right after a name: «الجزائر العاصمة» is the city. */
const AR_CAPITAL_AFTER = norm('العاصمة');

/**
 * The words make the name a city: it opens a dateline (the first words of a line, before a dash:
 * «الجزائر —», "SANTIAGO, Chile —"), «العاصمة» follows it, or «العاصمة» or "the capital" comes right
 * before it («وفي العاصمة تونس», «إلى العاصمة جيبوتي», "in the capital, Djibouti"; round 20).
 */
export function cityContext(nt: Normalised, toks: readonly Token[], h: Hit, lang: 'ar' | 'en'): boolean {
  const next = toks[h.t1];
  if (lang === 'ar' && next?.n === AR_CAPITAL_AFTER && adjacent(nt.cps, h.end, next.start)) return true;
  return capitalBefore(nt, toks, h, lang) || opensDateline(nt, h.start, h.end);
}

/**
 * The name at `[start, end)` opens a dateline: the first words of a line, before a dash. A credit in
 * parentheses may be long and hold commas («(وكالة الأنباء الجيبوتية، نقلاً عن مراسلها)»; round 22).
 */
export function opensDateline(nt: Normalised, start: number, end: number): boolean {
  let s = start - 1;
  while (s >= 0 && nt.cps[s] !== '\n' && /\s/u.test(nt.cps[s]!)) s--;
  if (s >= 0 && nt.cps[s] !== '\n') return false;
  const rest = nt.cps
    .slice(end, end + 160)
    .join('')
    .replace(DATELINE_CREDIT, '');
  return /^[^\n.!?؟،;:—–]{0,30}[—–]/u.test(rest);
}

/** A credit or a note in parentheses after a dateline's name, with the space around it. */
export const DATELINE_CREDIT = /\s*\([^()\n]{0,120}\)/gu;

/** «العاصمة» (with «و», «في», «بـ», «لـ») or "the capital" (a comma between) right before the name. */
function capitalBefore(nt: Normalised, toks: readonly Token[], h: Hit, lang: 'ar' | 'en'): boolean {
  const prev = toks[h.t0 - 1];
  if (!prev || h.clitic) return false;
  const gap = nt.cps.slice(prev.end, h.start).join('');
  if (lang === 'ar')
    return (
      /^\s+$/u.test(gap) && splits(prev.n).some((sp) => sp.article && ARTICLE + sp.rest === AR_CAPITAL_AFTER)
    );
  return prev.n === 'capital' && toks[h.t0 - 2]?.n === 'the' && /^,?\s+$/u.test(gap);
}

/**
 * Countries whose places have Arabic names that may be written with the article («الإسكندرونة» in
 * Hatay, «الأهواز»): the Arab League's, and Turkey, Iran, Israel, Chad and Eritrea. Elsewhere an Arabic
 * name is a transcription, never written with «ال»: «السيول» is "the floods", not Seoul («سيول»).
 */
export const ARTICLE_COUNTRIES = new Set(
  'AE BH DJ DZ EG EH IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN YE TR IR IL TD ER'.split(' '),
);

/** A GeoNames place this small, or of unknown population, is "minor". */
export const MINOR_POPULATION = 5_000;
/** Arabic words of place before a name: في، إلى، قرب… (من is left out: «بدعم من التحالف»). */
export const AR_LOCATIVE = new Set(
  [
    ...['في', 'إلى', 'الى', 'قرب', 'نحو', 'باتجاه', 'داخل', 'حول', 'عند'],
    ...['بلدتي', 'قريتي', 'مدينتي', 'بلدتا', 'قريتا', 'مدينتا'],
  ].map(norm),
);

/**
 * A minor world village or town whose name is one Arabic word with the article (الحكومة "the
 * government", التحالف "the coalition" are villages in GeoNames) is read as a place only after a word
 * of place (في، إلى، قرب، بـ): otherwise it is the common noun.
 */
export function commonNounRisk(e: GazetteerEntry, h: Hit, nt: Normalised, toks: readonly Token[]): boolean {
  if (!e.world || h.t1 - h.t0 !== 1 || (e.population ?? 0) >= MINOR_POPULATION) return false;
  if (e.kind !== 'village' && e.kind !== 'town' && e.kind !== 'neighbourhood') return false;
  const word = toks[h.t0]!.n.slice(h.clitic.length);
  const withArticle = word.startsWith(ARTICLE) || (h.clitic.endsWith('ل') && word.startsWith('ل'));
  // A word without the article right before a noun with it is the first term of a construct: «مقر
  // الهيئة» ("the authority's headquarters"; Muqêr is a town in Afghanistan), even after في.
  const next = toks[h.t1];
  if (
    !withArticle &&
    next &&
    next.n.startsWith(ARTICLE) &&
    adjacent(nt.cps, h.end, next.start) &&
    !isNisbaForm(next.n)
  )
    return true;
  if (!withArticle || h.clitic.includes('ب')) return false;
  const prev = toks[h.t0 - 1];
  return !(prev && AR_LOCATIVE.has(prev.n));
}

/**
 * A one-word world name right before a date or a weekday, with no word of place before it, is a
 * word of time: «ليل 14 نيسان» ("on the night of 14 April"), «ليل الجمعة» (Lille is ليل). After
 * في، إلى or بـ, or with a cue word, it stays the place.
 */
export function timeBeforeDate(e: GazetteerEntry, h: Hit, nt: Normalised, toks: readonly Token[]): boolean {
  if (!e.world || h.t1 - h.t0 !== 1 || h.clitic.includes('ب')) return false;
  const next = toks[h.t1];
  if (!next || !adjacent(nt.cps, h.end, next.start)) return false;
  const date =
    AR_WEEKDAYS.has(next.n) || (/^\d{1,2}$/u.test(next.n) && !!arMonthAt(toks as Token[], h.t1 + 1));
  const prev = toks[h.t0 - 1];
  return date && !(prev && AR_LOCATIVE.has(prev.n));
}

/** Tanween (ً ٌ ٍ): an indefinite common word, never a proper name («ثلاثون بريطانياً»: thirty Britons). */
const TANWEEN = /[\u064B-\u064D]/u;

/** The hit's words carry a tanween: an adjective or a noun, not the place («بريطانياً» is no Britain). */
export function indefiniteWord(nt: Normalised, h: Hit): boolean {
  return nt.cps.slice(h.start, h.end).some((c) => TANWEEN.test(c));
}

/**
 * Words after which a place name is part of another name: a news agency's or a paper's («وكالة تونس
 * أفريقيا للأنباء»، «صحيفة الأهرام»), or a historical region's, «بلاد» ("the lands of": «بلاد الشام» is
 * the Levant, «بلاد المغرب» the Maghreb, not Damascus or Morocco).
 */
export const AR_NAME_OWNER = new Set(
  [
    'وكالة',
    'صحيفة',
    'جريدة',
    'بلاد',
    // An organisation named after the place: «شرطة عمان السلطانية» (the Royal Oman Police), «مجموعة
    // مينسك» (the Minsk Group), «مرصد …» (an observatory), «منتخب …» (a national team).
    'شرطة',
    'مجموعة',
    'مرصد',
    'منتخب',
    // A municipality's council or its building («بلدية المنامة», «أعلنت بلدية مبور»; round 16).
    'بلدية',
    // A company named after its country or city («شركة مصر للطيران»; round 20).
    'شركة',
    // An armed force named after a place («فيلق القدس», the Quds Force; «سرايا القدس»; round 20).
    'فيلق',
    'سرايا',
    // A virus or a fever named after a place («فيروس زيكا», «حمى لاسا»; round 27).
    'فيروس',
    'حمى',
  ].map(norm),
);

/** «شركة» ("company") two words before: «شركة أرامكو السعودية», «شركة نفط الكويت» name the company. */
const AR_COMPANY = norm('شركة');

/** «بعثة» (a mission) a few words before «في X»: «بعثة الأمم المتحدة للدعم في ليبيا» names the mission. */
const AR_MISSION = norm('بعثة');

/** The Arabic name right after «وكالة», «صحيفة» or «بلاد» (with their clitics) is part of that name. */
export function ownedName(nt: Normalised, toks: readonly Token[], h: Hit): boolean {
  if (missionName(nt, toks, h)) return true;
  const prev = toks[h.t0 - 1];
  if (!prev || !adjacent(nt.cps, prev.end, h.start) || h.clitic) return false;
  if (splits(prev.n).some((sp) => !sp.article && AR_NAME_OWNER.has(sp.rest))) return true;
  // «شركة W X»: one word without the article between, no preposition or stop word (round 20).
  const owner = toks[h.t0 - 2];
  return (
    !!owner &&
    adjacent(nt.cps, owner.end, prev.start) &&
    !prev.n.startsWith(ARTICLE) &&
    !AR_STOP.has(prev.n) &&
    splits(owner.n).some((sp) => !sp.article && sp.rest === AR_COMPANY)
  );
}

/**
 * «بعثة <up to four words> في X», with no punctuation between: X ends the mission's name («بعثة الأمم
 * المتحدة للدعم في ليبيا», UNSMIL), it is no mention of the place.
 */
function missionName(nt: Normalised, toks: readonly Token[], h: Hit): boolean {
  const prev = toks[h.t0 - 1];
  if (!prev || prev.n !== 'في' || h.clitic || !adjacent(nt.cps, prev.end, h.start)) return false;
  let body = false;
  for (let t = h.t0 - 2; t >= 0 && t >= h.t0 - 6; t--) {
    if (!adjacent(nt.cps, toks[t]!.end, toks[t + 1]!.start)) return false;
    if (MISSION_BODY.has(toks[t]!.n)) body = true;
    if (splits(toks[t]!.n).some((sp) => !sp.article && sp.rest === AR_MISSION)) return body;
  }
  return false;
}

/** Words of a mission's name («بعثة الأمم المتحدة …», «بعثة الاتحاد الأفريقي»): «بعثة طبية في غزة» is no name. */
const MISSION_BODY = new Set(['الأمم', 'الاتحاد', 'للدعم', 'للمساعدة', 'حفظ', 'لحفظ'].map(norm));

/** The 2,700 most common English words (npm `@nkzw/safe-word-list`, MIT), lower case. */
export const COMMON_EN = new Set(commonEnglish);

/** The word at `start` opens a sentence (or a line): its capital letter says nothing. */
export function atSentenceStart(cps: readonly string[], start: number): boolean {
  let s = start - 1;
  while (s >= 0 && /[\s"“‘'(«]/u.test(cps[s]!) && cps[s] !== '\n') s--;
  return s < 0 || /[\n.!?]/u.test(cps[s]!);
}

/**
 * A one-word name that opens a sentence and is a common English word ("Many families left…": Many
 * is a village in Louisiana) is read as a place only where the text also writes it capitalised
 * inside a sentence; otherwise only a country, a capital or a city of five million keeps it.
 */
export function commonAtSentenceStart(nt: Normalised, toks: readonly Token[], h: Hit): boolean {
  if (h.t1 - h.t0 !== 1) return false;
  const w = toks[h.t0]!;
  if (!COMMON_EN.has(w.n) || !atSentenceStart(nt.cps, w.start)) return false;
  return !toks.some((t) => t.n === w.n && isUpper(nt.cps[t.start]) && !atSentenceStart(nt.cps, t.start));
}

/** Buildings news names after a place (capitalised after the name): its place is part of the name. */
const BUILDING_WORDS = [
  'church',
  'cathedral',
  'mosque',
  'temple',
  'shrine',
  'basilica',
  'synagogue',
  'chapel',
  'hotel',
  // Round 24: a hall named after its town or city ("Kensington Town Hall", "Leeds City Hall").
  'hall',
];

/** Organisation words after a name: "Japan Airlines", "the Goma Volcano Observatory", "the Minsk Group". */
const EN_ORG_WORDS = new Set([
  'airlines',
  'airways',
  'observatory',
  'police',
  'group',
  'railways',
  // Round 25b: "the Montreal, Maine and Atlantic Railway" (a company; "Kano railway station" is lower case).
  'railway',
  'times',
  'post',
  'herald',
  'tribune',
  'gazette',
  // A building named after a place: "the Zion Church in Batticaloa", "the Kano Central Mosque" (round 12).
  ...BUILDING_WORDS,
  // Round 16: public bodies and companies ("Angus Council", "the Hawke's Bay Regional Council", "the
  // Rwanda Meteorology Agency", "Southern Cross University"); labels never count the place inside.
  ...['council', 'agency', 'authority', 'commission', 'ministry', 'institute'],
  ...['corporation', 'company', 'society', 'committee', 'service'],
  // Round 17: "the Kenya Red Cross Board", "Unicoi County Hospital", "the Punjab Irrigation Directorate".
  ...['board', 'hospital', 'directorate', 'bureau'],
  // Natural Earth's islands and peninsulas name companies and offices too: "the Korea Meteorological
  // Administration", "Kyushu Electric Power", "Korea Western Power".
  ...['administration', 'power'],
  // Round 23: "the US Coast Guard", "the Washington National Guard", "the Border Guard".
  'guard',
  // Round 29b: "the San Antonio Water System", "the Lagos State Health System".
  'system',
]);

/** "Department" closes an office's name only after another word ("the Kenya Meteorological Department"). */
const EN_ORG_AFTER_WORD = 'department';

/**
 * A word that closes an organisation's or a building's name (lower case), "department" included:
 * the one list, read here and by `match-org-name.ts` for the longer names it reads after matching.
 */
export function closesOrganisationEn(w: string): boolean {
  return EN_ORG_WORDS.has(w) || w === EN_ORG_AFTER_WORD;
}

/**
 * A university or college is a place where someone is ("at Mosul University", a new facility) after
 * a preposition of place, and the body that acts otherwise ("Kisumu University closed its campus").
 */
const EN_SCHOOL_WORDS = new Set(['university', 'college']);

/** Prepositions after which a school's name is the place someone is in ("at Mosul University"). */
const PLACE_PREPOSITIONS_EN = new Set(['at', 'in', 'from', 'to', 'near', 'outside', 'inside', 'into']);

/** The lower-case word before the capitalised run that ends at token `t1` (exclusive). */
function wordBeforeName(nt: Normalised, toks: readonly Token[], t1: number): string | undefined {
  let t = t1 - 1;
  while (t > 0 && isUpper(nt.cps[toks[t - 1]!.start]) && adjacent(nt.cps, toks[t - 1]!.end, toks[t]!.start))
    t--;
  return t > 0 && adjacent(nt.cps, toks[t - 1]!.end, toks[t]!.start) ? toks[t - 1]!.n : undefined;
}

/** An organisation's word, or a school's that does not follow a preposition of place. */
export function organisationWordEn(nt: Normalised, toks: readonly Token[], t1: number, w: string): boolean {
  if (EN_ORG_WORDS.has(w)) return true;
  if (!EN_SCHOOL_WORDS.has(w)) return false;
  const before = wordBeforeName(nt, toks, t1);
  return !before || !PLACE_PREPOSITIONS_EN.has(before);
}

/**
 * The name at tokens [t0, t1) opens an organisation's name: up to three capitalised words right after
 * it end with an organisation word ("Japan Airlines", "Goma Volcano Observatory"). The place is part
 * of that name, no mention of its own.
 */
export function organisationAfterEn(
  nt: Normalised,
  toks: readonly Token[],
  t1: number,
  end: number,
): boolean {
  let prevEnd = end;
  for (let t = t1; t < t1 + 3 && t < toks.length; t++) {
    const w = toks[t]!;
    if (!adjacent(nt.cps, prevEnd, w.start) || !isUpper(nt.cps[w.start])) return false;
    if (organisationWordEn(nt, toks, t1, w.n) || (t > t1 && w.n === EN_ORG_AFTER_WORD)) return true;
    prevEnd = w.end;
  }
  return false;
}

/**
 * The hit is an organisation word closing a capitalised name ("Washington Post": Post is a town in
 * Texas) or a name after "Air" ("Air France", an airline): part of an organisation's name.
 */
export function organisationPartEn(nt: Normalised, toks: readonly Token[], h: Hit): boolean {
  const prev = toks[h.t0 - 1];
  if (!prev || !adjacent(nt.cps, prev.end, h.start) || !isUpper(nt.cps[prev.start])) return false;
  return prev.n === 'air' || (h.t1 - h.t0 === 1 && EN_ORG_WORDS.has(toks[h.t0]!.n));
}

/** Words that introduce a ship's name: "USS Carl Vinson", "the carrier George Washington". */
const VESSEL = new Set([
  'uss',
  'hms',
  'rfa',
  'ins',
  'mv',
  'ss',
  'rv',
  'carrier',
  'ship',
  'warship',
  'vessel',
  'frigate',
  'destroyer',
  'cruiser',
  'submarine',
  'tanker',
  'ferry',
]);

/**
 * The name at token `t0` ends a ship's name: the capitalised words right before it (at most three,
 * none) follow a vessel word ("aircraft carrier George Washington", "USS Washington").
 */
export function vesselName(nt: Normalised, toks: readonly Token[], t0: number): boolean {
  let s = t0;
  while (s > 0 && t0 - s < 3) {
    const w = toks[s - 1]!;
    if (!adjacent(nt.cps, w.end, toks[s]!.start)) return false;
    if (VESSEL.has(w.n)) return true;
    if (!isUpper(nt.cps[w.start])) return false;
    s--;
  }
  return false;
}

/** Lower-case first words of Latin place names ("al-Hasakah", "de Gaulle", "la Paz"). */
const PARTICLES = new Set([
  'al',
  'el',
  'ad',
  'an',
  'ar',
  'as',
  'at',
  'az',
  'ash',
  'de',
  'del',
  'der',
  'di',
  'du',
  'la',
  'le',
  'les',
  'los',
  'van',
  'von',
  'den',
  'da',
  'do',
  'dos',
]);

/** The world name `p` read from a lower-case first word that is no particle. */
export function lowerStart(nt: Normalised, first: Token, p: Pattern, index: MatchIndex): boolean {
  if (isUpper(nt.cps[first.start]) || PARTICLES.has(first.n)) return false;
  return p.entryIds.every((id) => {
    const e = index.entries.get(id);
    return !!e?.world && e.kind !== 'river';
  });
}

/** An article-less single-word settlement name (≥ 4 letters) may be read with the article. */
export function articleOptional(p: Pattern, rest: string, index: MatchIndex): boolean {
  // Not an adjective (السورية) nor a feminine plural (السلطات "the authorities", not Settat, سلطات).
  if (p.org || p.toks.length !== 1 || rest.length < 4 || /(ي|يه|ات)$/u.test(rest)) return false;
  return p.entryIds.every((id) => {
    const e = index.entries.get(id);
    const k = e?.kind;
    // Only a world place's first Arabic name: an alternate one read with an article it lacks is
    // often a common noun («السياحة», "tourism", for Annaba's «سياحة»).
    if (e?.world && nameTokens(e.names.ar[0] ?? '')[0] !== p.toks[0]) return false;
    // Nor a place where Arabic names take no article: «السيول» is "the floods", not Seoul («سيول»).
    if (e?.world && e.country && !ARTICLE_COUNTRIES.has(e.country)) return false;
    return k === 'city' || k === 'town' || k === 'village';
  });
}

/**
 * «ولاية X» in Oman: a wilayah is a second-level unit named after its town and around it («ولاية
 * السويق» is As Suwayq's), so the town the gazetteer has under that name is proposed. Elsewhere (Algeria,
 * Tunisia, Sudan, Turkey, Nigeria) «ولاية» is a province, a place of its own (`cue-other-kind`).
 */
export function wilayahOfTown(cueToken: Token, entry: GazetteerEntry): boolean {
  if (entry.country !== 'OM' || familyOf(entry.kind) !== 'settlement') return false;
  return splits(cueToken.n).some((sp) => !sp.article && sp.rest === WILAYAH);
}
const WILAYAH = norm('ولاية');

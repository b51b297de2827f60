/**
 * Where an unknown Arabic name after a cue word ends (issue 18, round 29): words that carry the
 * sentence on are no word of the name, wherever the name is from.
 *
 * - A verb joined by «و»: «و», the imperfect prefix ت and a stem of three letters or more
 *   (`joinedVerb`): «قوات تتوغل في مقاطعة كورسك وتسيطر على …» (Russia), «اجتاحت المياه بلدة
 *   كاسامانس وتقول السلطات …» (Senegal). Guard: not the prefix ي, which names of the West written
 *   with «وي» share («نيو ويستمنستر», Westminster, as «ويستخدم», and he uses).
 * - A preposition's ل or ب before a verbal noun of purpose (`purposeWord`): ل with ت or the article
 *   («بحيرة لتجميع المياه», «قاعدة للتدريب»), ل with a bare stem of three letters («جسور على نهر سيم
 *   لقطع الإمداد», Russia; «سد على نهر كونار لري الحقول» would be one of two), or ل before the word it
 *   governs, a definite noun that is no adjective («محطة لقياس الغاز» in Russia, «مركز لعلاج المصابين» in Sudan).
 *   Guard: a name of the form ل + vowel letters (لاغوس, ليون, لوس) keeps its long vowels, and one
 *   followed by its adjective («ليون الفرنسية») is left.
 * - A preposition's ب or ل before a name the text also writes alone (`prepositionBefore`): «حي كاويني
 *   بمامودزو» after «في مامودزو» (Mayotte), «حي بيليران ببيتيون فيل» after «بيتيون فيل» (Haiti).
 * - And where one starts (`stopFirst`): a number or a stop word opens no name, but the article of a Romance name
 *   does, before a word that is no verb in the imperfect («جزيرة لا سيتيه», France; «بلدة لوس
 *   ريوس», Chile, in the tests), never «لا سيما» (especially) nor «إقليم لا تزال» (a province that still
 *   …); and not a name the index knows (`withoutKnownRomanceNames`).
 * - A common noun (`commonFirstWord`): an indefinite first word the text also writes with the article
 *   («أكبر حي صفيح» then «أحياء الصفيح», shanty towns, in Mayotte; «بلدة أشباح» then «الأشباح» in
 *   Kenya), as `arabicCommonNoun` reads a keyed word: a foreign name is never written with «ال».
 */
import { isNisbaForm } from './match-context.ts';
import { ARTICLE } from './clitics.ts';
import { keyOf, nameTokens, type MatchIndex, type PlaceMatch } from './match-index.ts';
import { arabicCommonNoun, definiteWords } from './match-common-noun.ts';
import { AR_STOP } from './stop-words.ts';
import { norm } from './normalize.ts';
import type { Token } from './normalize.ts';

const definiteOf = new WeakMap<readonly Token[], Set<string>>();

/** The first word after a cue word, indefinite, is a noun the text writes with the article (`arabicCommonNoun`). */
export function commonFirstWord(w: string, toks: readonly Token[]): boolean {
  if (w.startsWith(ARTICLE)) return false;
  let definite = definiteOf.get(toks);
  if (!definite) definiteOf.set(toks, (definite = definiteWords(toks)));
  // Only by the text's own article: a word common elsewhere («قصر», a palace; «جزر», islands) may
  // open a name («بلدة قصر بن غشير», «أرخبيل جزر الكناري»).
  return arabicCommonNoun(w, definite) && !arabicCommonNoun(w, NONE);
}

const NONE: ReadonlySet<string> = new Set();

/** «و», then a verb in the imperfect: ت and three letters or more. */
export const joinedVerb = (w: string): boolean => /^وت[\u0621-\u064a]{3,}$/u.test(w);

/** A word of purpose (ل, a verbal noun) after a cue word or a name: «لتجميع», «للتدريب», «لقطع», «لقياس الغاز». */
export function purposeWord(w: string, next: Token | undefined): boolean {
  if (/^ل[تل]/u.test(w)) return true;
  if (!/^ل[\u0621-\u064a]{3,}$/u.test(w)) return false;
  // A bare stem governs a word after it («لقطع خطوط»); «نيو لندن في …» ends on the name.
  if (/^ل[^اويى][^اويى][^اويىه]$/u.test(w))
    return !!next && /^[\u0621-\u064a]+$/u.test(next.n) && !AR_STOP.has(next.n);
  return !!next && next.n.startsWith(ARTICLE) && !isNisbaForm(next.n) && /^ل[^اوي]/u.test(w);
}

/** «ب» or «ل» before a word the text also writes alone: the preposition and a name of its own. */
export function prepositionBefore(w: string, toks: readonly Token[]): boolean {
  const rest = w.slice(1);
  return /^[بل]/u.test(w) && rest.length >= 4 && toks.some((t) => t.n === rest);
}

/**
 * Token `k`, after a name's first word, ends it: «وال»/«فال» (a new noun), a verb with «و», a word of
 * purpose, a preposition before a name of its own.
 */
export const endsName = (toks: readonly Token[], k: number): boolean => {
  const w = toks[k]!.n;
  return /^[وف]ال/u.test(w) || joinedVerb(w) || purposeWord(w, toks[k + 1]) || prepositionBefore(w, toks);
};

/** The articles of Romance names, as Arabic writes them (La Cité, Los Ríos, Las Tunas, Le Havre). */
const ROMANCE_ARTICLES = new Set(['لا', 'لو', 'لوس', 'لاس'].map(norm));

/** A word after «لا» that makes it the negation or an idiom, not an article. */
const NOT_A_NAME = new Set(['سيما', 'بد', 'شيء', 'غير'].map(norm));

/** Word `w` after a cue word opens no name: a number, a stop word unless a Romance article before a name (`next`). */
export function stopFirst(w: string, next: Token | undefined): boolean {
  if (/^\p{N}+$/u.test(w)) return true;
  if (!AR_STOP.has(w)) return false;
  if (!ROMANCE_ARTICLES.has(w) || !next || !/^[\u0621-\u064a]{3,}$/u.test(next.n)) return true;
  return (
    /^[يتنا]/u.test(next.n) || AR_STOP.has(next.n) || NOT_A_NAME.has(next.n) || next.n.startsWith(ARTICLE)
  );
}

/**
 * The proposals left once an unknown name that opens on a Romance article and that the index knows
 * is dropped: the gazetteer's reading was turned down by the article's context («جزيرة لا ريونيون»
 * where no French place anchors Réunion), so the name is no new place either.
 */
export function withoutKnownRomanceNames(out: readonly PlaceMatch[], index: MatchIndex): PlaceMatch[] {
  return out.filter((m) => {
    if (m.placeId !== null || m.rule !== 'cue-unknown-name' || !m.after) return true;
    const toks = nameTokens(m.after);
    if (toks.length < 2 || !ROMANCE_ARTICLES.has(toks[0]!)) return true;
    const key = keyOf(toks).toks;
    return !(index.byFirst.get(key[0]!) ?? []).some((p) => p.toks.join(' ') === key.join(' '));
  });
}

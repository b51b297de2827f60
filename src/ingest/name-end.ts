/**
 * Where an unknown Arabic name after a cue word ends (issue 18, round 29): words that carry the
 * sentence on are no word of the name, wherever the name is from.
 *
 * - A verb joined by «و»: «و», the imperfect prefix ت or ي and a stem of three letters or more
 *   (`joinedVerb`): «قوات تتوغل في مقاطعة كورسك وتسيطر على …» (Russia), «اجتاحت المياه بلدة
 *   كاسامانس ويقول السكان …» (Senegal). Guard: a name of the West written with و (ويلز, 2 letters
 *   after ي) stays.
 * - A preposition's ل or ب before a verbal noun of purpose (`purposeWord`): ل with ت or the article
 *   («بحيرة لتجميع المياه», «قاعدة للتدريب»), ل with a bare stem of three letters («جسور على نهر سيم
 *   لقطع الإمداد», Russia; «سد على نهر كونار لري الحقول» would be one of two), or ل before the word it
 *   governs, a definite noun that is no adjective («محطة لقياس الغاز» in Russia, «مركز لعلاج المصابين» in Sudan).
 *   Guard: a name of the form ل + vowel letters (لاغوس, ليون, لوس) keeps its long vowels, and one
 *   followed by its adjective («ليون الفرنسية») is left.
 * - A preposition's ب or ل before a name the text also writes alone (`prepositionBefore`): «حي كاويني
 *   بمامودزو» after «في مامودزو» (Mayotte), «حي بيليران ببيتيون فيل» after «بيتيون فيل» (Haiti).
 * - A common noun (`commonFirstWord`): an indefinite first word the text also writes with the article
 *   («أكبر حي صفيح» then «أحياء الصفيح», shanty towns, in Mayotte; «بلدة أشباح» then «الأشباح» in
 *   Kenya), as `arabicCommonNoun` reads a keyed word: a foreign name is never written with «ال».
 */
import { isNisbaForm } from './match-context.ts';
import { ARTICLE } from './clitics.ts';
import { arabicCommonNoun, definiteWords } from './match-common-noun.ts';
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

/** «و», then a verb in the imperfect: ت or ي and three letters or more. */
export const joinedVerb = (w: string): boolean => /^و[تي][\u0621-\u064a]{3,}$/u.test(w);

/** A word of purpose (ل, a verbal noun) after a cue word or a name: «لتجميع», «للتدريب», «لقطع», «لقياس الغاز». */
export function purposeWord(w: string, next: Token | undefined): boolean {
  if (/^ل[تل]/u.test(w)) return true;
  if (!/^ل[\u0621-\u064a]{3,}$/u.test(w)) return false;
  if (/^ل[^اويى][^اويى][^اويىه]$/u.test(w)) return true;
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

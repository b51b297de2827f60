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
 */
import { isNisbaForm } from './match-context.ts';
import { ARTICLE } from './clitics.ts';
import type { Token } from './normalize.ts';

/** «و», then a verb in the imperfect: ت or ي and three letters or more. */
export const joinedVerb = (w: string): boolean => /^و[تي][\u0621-\u064a]{3,}$/u.test(w);

/** A word of purpose (ل, a verbal noun) after a cue word or a name: «لتجميع», «للتدريب», «لقطع», «لقياس الغاز». */
export function purposeWord(w: string, next: Token | undefined): boolean {
  if (/^ل[تل]/u.test(w)) return true;
  if (!/^ل[\u0621-\u064a]{3,}$/u.test(w)) return false;
  if (/^ل[^اويى][^اويى][^اويىه]$/u.test(w)) return true;
  return !!next && next.n.startsWith(ARTICLE) && !isNisbaForm(next.n) && /^ل[^اوي]/u.test(w);
}

/** A word after a name's first that ends it: «وال»/«فال» (a new noun), a verb with «و», a word of purpose. */
export const endsName = (w: string, next: Token | undefined): boolean =>
  /^[وف]ال/u.test(w) || joinedVerb(w) || purposeWord(w, next);

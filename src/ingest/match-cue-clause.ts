/**
 * An Arabic cue word followed by a clause, not a name (issue 18, round 20): an indefinite noun of
 * place is often described by a verb clause, «مدينة يسكنها مدنيون» (a city civilians live in), «قرية
 * تقع على الحدود» (a village on the border). Trigger: an unknown name proposed after a cue word
 * (`cue-unknown-name`, `camp-name`) whose first word, as written, is an imperfect verb: one of
 * `AR_PLACE_VERBS` (lies, borders, houses), or ي/ت, a stem of two letters or more and a pronoun
 * referring back to the place (ها، ه، هم، هن: «يسكنها», «يقطنه»). Guard: the pronoun's ه is the
 * letter as written, never a tā' marbūṭa (ة, folded to ه for matching): «بلدة تاجة» stays a name.
 * Examples: «قصفت الطائرات قرية يسكنها رعاة قرب الحدود» (Sudan), «نزحت العائلات إلى مدينة تقع
 * على الساحل» (Mozambique); a name stays: «مدينة تعز» (Yemen), «بلدة تل تمر» (Syria).
 */
import type { PlaceMatch } from './match-index.ts';
import { norm } from './normalize.ts';
import { AR_PLACE_VERBS } from './stop-words.ts';

const DIACRITICS = /[\u064B-\u0652\u0670\u0640]/gu;
/** ي or ت, a stem, and a pronoun suffix referring back (the letter ه as written). */
const VERB_WITH_PRONOUN = /^[يت][\u0621-\u064a]{2,}(?:ها|هم|هن|ه)$/u;

/** Whether `word`, as written, opens a verb clause. */
export function isClauseVerb(word: string): boolean {
  const w = word.replace(DIACRITICS, '');
  return AR_PLACE_VERBS.has(norm(w)) || VERB_WITH_PRONOUN.test(w);
}

/** The proposals left once those whose name opens with a verb are dropped. */
export function withoutCueClauses(out: readonly PlaceMatch[]): PlaceMatch[] {
  return out.filter(
    (m) =>
      m.placeId !== null ||
      !/^(?:cue-unknown-name|camp-name)$/u.test(m.rule) ||
      !isClauseVerb((m.after ?? '').split(/\s+/u)[0] ?? ''),
  );
}

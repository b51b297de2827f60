/**
 * An unknown Arabic word that is a common noun, not another spelling of a foreign place (round 13).
 * GeoNames writes many Arabic places only in Latin letters, and their names are often common words
 * (Al Markaz "the centre", Al Munayzilah "the little houses"), so a word after a preposition whose
 * consonant key matches one («إلى مركز للمهاجرين», «إلى مراكز إيواء», «في منازلها») is read as that
 * village. It is a common noun when its form with the article is a common word (`COMMON_WORDS`:
 * «المركز», «المراكز»), or when the text itself writes it, or its stem without a possessive pronoun
 * suffix («منازلـها»), with the article («المنازل»): a foreign name is never written with «ال»; or a
 * cue word («مدينة», «مدن»).
 */
import { AR_CUE, AR_PLURAL_CUE, COMMON_WORDS } from './cues.ts';
import { ARTICLE, splits } from './match-index.ts';
import type { Token } from './normalize.ts';

/** Possessive pronoun suffixes, longest first («منازلهم», «بيوتها», «مدارسنا»). */
const SUFFIXES = ['هما', 'كما', 'هم', 'هن', 'ها', 'كم', 'كن', 'نا', 'ه'];

/** The words the text writes with the article, without clitics or the article («والمنازل»: «منازل»). */
export function definiteWords(toks: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (const t of toks) for (const s of splits(t.n)) if (s.article) out.add(s.rest);
  return out;
}

/** `w` (an unknown Arabic word, without clitics) is a common noun, by `definite` of its text. */
export function arabicCommonNoun(w: string, definite: ReadonlySet<string>): boolean {
  const stems = [
    w,
    ...SUFFIXES.filter((s) => w.endsWith(s) && w.length - s.length >= 3).map((s) => w.slice(0, -s.length)),
  ];
  // A cue word, singular or plural («مدن», cities; round 16), is a common noun too.
  return stems.some(
    (s) => COMMON_WORDS.has(ARTICLE + s) || definite.has(s) || AR_CUE.has(s) || AR_PLURAL_CUE.has(s),
  );
}

/**
 * Token `t` governs the definite word right after it («مقر المنطقة», "the district's seat"; «أحياء
 * المدينة»): a noun in construct, not a foreign name, unless that word is a place itself
 * (`placed`). Round 22.
 */
export function inConstruct(
  toks: readonly Token[],
  t: number,
  gap: (t: number) => string,
  placed: (t: number) => boolean,
): boolean {
  const next = toks[t + 1];
  // A relative adjective after it («فوروخ الطاجيكي») describes the name: no construct.
  const nisba = /ي(?:ه|ين|ون|ات)?$/u.test(next?.n ?? '');
  return !!next && gap(t) === ' ' && next.n.startsWith(ARTICLE) && !nisba && !placed(t + 1);
}

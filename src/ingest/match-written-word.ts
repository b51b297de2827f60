/**
 * A word the matching form reads as a name or a cue, which its written letters say is another word
 * (issue 18, round 29). Matching folds hamza seats and drops vowel marks (`normalize.ts`), so:
 *
 * - a verb of form II in the imperfect, its middle letter doubled by a written shadda, is no place:
 *   «ضربة تدمّر جزءاً من الكاتدرائية» ("a strike destroys part of …") is no Tadmur (Syria), «قوات
 *   تحرّر البلدة» no town «تحرر» (`shaddaVerb`);
 * - a cue word written with two letters its spelling lacks is another word: «وأدى أرييل هنري
 *   اليمين» ("and Ariel Henry took the oath", Haiti) is no «وادي» (a valley), «وأدى اللاعب …»
 *   (Kenya, in the tests) neither (`hamzaCue`).
 *
 * Trigger: a one-word reading without a cue word (the verb); an unknown name after a cue word (the
 * cue). Guard: the shadda is written on the third of four letters after ت or ي; a cue written
 * one letter otherwise («إستاد», «وادى») stays.
 */
import { AR_CUE, AR_CUE_SPELLINGS } from './cues.ts';
import { splits, type PlaceMatch } from './match-index.ts';
import { norm, type Normalised } from './normalize.ts';

const SHADDA = '\u0651';
const MARKS = /[\u064B-\u0650\u0652\u0670\u0640]/gu;

/** ت or ي, two letters, a shadda, a letter: the imperfect of a doubled verb («تدمّر», «يحرّر»). */
export const shaddaVerb = (written: string): boolean =>
  new RegExp(`^[تي][\\u0621-\\u064a]{2}${SHADDA}[\\u0621-\\u064a]$`, 'u').test(written.replace(MARKS, ''));

/**
 * The first word of a cue's name, as written, is another word: after its clitics it differs from
 * every spelling of that cue in two letters or more that matching folds (a hamza seat and ى: «وأدى»,
 * not «وادي»). One such letter is a variant spelling («إستاد», «وادى»).
 */
export function hamzaCue(written: string): boolean {
  const w = Array.from(written.replace(MARKS, '').replace(/\u0651/gu, ''));
  const cues = splits(norm(w.join(''))).filter((sp) => !sp.article && AR_CUE.has(sp.rest));
  const apart = (a: string[], b: string[]) => a.filter((c, k) => c !== b[k]).length;
  return (
    cues.length > 0 &&
    cues.every((sp) => {
      const rest = w.slice(w.length - Array.from(sp.rest).length);
      const spellings = AR_CUE_SPELLINGS.get(sp.rest) ?? [];
      return spellings.length > 0 && spellings.every((c) => apart(rest, Array.from(c)) >= 2);
    })
  );
}

export function withoutMisreadWords(nt: Normalised, out: readonly PlaceMatch[]): PlaceMatch[] {
  const text = (m: PlaceMatch) => nt.cps.slice(m.start, m.end).join('');
  return out.filter((m) => {
    if (m.placeId && !/\bcue/u.test(m.rule) && shaddaVerb(text(m).trim())) return false;
    if (m.placeId === null && m.rule === 'cue-unknown-name') return !hamzaCue(text(m).split(/\s+/u)[0] ?? '');
    return true;
  });
}

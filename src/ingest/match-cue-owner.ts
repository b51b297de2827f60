/**
 * Whose cue word it is in "the Kochchikade neighbourhood of Colombo" (issue 18, round 12): the
 * capitalised name right before the cue word owns it ("Kochchikade neighbourhood", a cue after a
 * name), and the place after "of" is the larger one the name lies in, read without the cue. "The
 * neighbourhood of Kibera" keeps its cue: only a name, not "the" or an adjective, takes it; nor
 * does a people's adjective ("the Argentine city of Mendoza", "the Kenyan town of …").
 */

/** The shape of an English people's adjective: Kenyan, Turkish, Congolese, Argentine. */
const ADJECTIVE_SHAPE = /(?:an|ish|ese|ine)$/u;
import { EN_STOP } from './cues.ts';
import { LANGUAGE_WORDS } from './stop-words.ts';
import { adjacent, isUpper } from './match-index.ts';
import type { Normalised, Token } from './normalize.ts';

/** True when the token before the cue word at `t` is a capitalised name joined to it. */
export function cueOfNameBefore(nt: Normalised, toks: readonly Token[], t: number): boolean {
  const prev = toks[t - 1];
  const cueWord = toks[t];
  if (!prev || !cueWord || !adjacent(nt.cps, prev.end, cueWord.start)) return false;
  if (!isUpper(nt.cps[prev.start]) || EN_STOP.has(prev.n) || /^\d/u.test(prev.n)) return false;
  return !ADJECTIVE_SHAPE.test(prev.n) && !LANGUAGE_WORDS.has(prev.n);
}

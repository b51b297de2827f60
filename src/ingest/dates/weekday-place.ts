/**
 * A weekday name that is part of a place's name (issue 18, round 19): towns and markets are named
 * after their market day — «الأربعاء» (Larbaâ, Algeria), «سوق الأربعاء الغرب» (Souk El Arbaa,
 * Morocco), «سوق الثلاثاء». Trigger: a weekday written bare (no «يوم», «مساء», «ليلة» before it)
 * right after a word of place: a place cue (بلدة، مدينة، قرية، ولاية… `AR_CUE`), «سوق», or a
 * preposition that only places take (قرب، نحو، باتجاه، داخل، حول). Guard: «في», «إلى», «حتى», «من»
 * are left out, since they also open a time («من الاثنين إلى الأربعاء»).
 */
import { AR_CUE } from '../cues.ts';
import { norm } from '../normalize.ts';
import { bare } from './words.ts';

const AR_PLACE_BEFORE = new Map(
  ['سوق', 'قرب', 'نحو', 'باتجاه', 'داخل', 'حول', ...AR_CUE.keys()].map((w) => [norm(w), true]),
);

/** Whether a bare weekday whose word before is `before` names a place. */
export function weekdayNamesPlace(before: string | undefined): boolean {
  return bare(before, AR_PLACE_BEFORE) === true;
}

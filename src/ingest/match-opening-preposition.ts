/**
 * A preposition that opens a sentence is capitalised, not a name's first word (issue 18, round 23):
 * "Along Range Line Road, shops were flattened" (the town Along in India, then "Range" read as its
 * range), "Across Ring Road, shops in Accra were flooded" (Ghana), "Beyond Lake Road, …".
 *
 * Trigger (English): a match whose first word opens a sentence (the text's start, or after ". ", "! ",
 * "? " or a line break) and is one of `EN_OPENING_PREPOSITIONS`. An unknown name of more words is
 * proposed without it ("Ring Road"); any other such match (a known place named like the preposition,
 * or a cue reading named after one) is dropped.
 */
import type { PlaceMatch } from './match-index.ts';
import type { Normalised } from './normalize.ts';
import { EN_OPENING_PREPOSITIONS } from './stop-words.ts';

/** Whether the sentence opens at `start`. */
function opensSentence(cps: readonly string[], start: number): boolean {
  const before = cps.slice(Math.max(0, start - 3), start).join('');
  return start === 0 || /(?:[.!?]["”’]?\s+|\n\s*)$/u.test(before);
}

export function withoutOpeningPrepositions(nt: Normalised, out: readonly PlaceMatch[]): PlaceMatch[] {
  return out.flatMap((m) => {
    const first = /^\p{L}+/u.exec(nt.cps.slice(m.start, m.end).join(''))?.[0];
    if (!first || !EN_OPENING_PREPOSITIONS.has(first.toLowerCase()) || !opensSentence(nt.cps, m.start))
      return [m];
    const rest = m.placeId === null && m.after ? /^\p{L}+ (.+)$/u.exec(m.after)?.[1] : undefined;
    if (!rest || m.namedAfter || !m.name) return [];
    const skip = Array.from(first).length + 1;
    return [
      {
        ...m,
        start: m.start + skip,
        name: Array.from(m.name).slice(skip).join(''),
        after: rest,
        note: `${m.note ?? ''} (without the preposition that opens the sentence)`.trim(),
      },
    ];
  });
}

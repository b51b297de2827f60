/**
 * A later occurrence follows its first reading (issue 18, round 22): a word read by its consonant key
 * is read so again wherever the text repeats it (`same-name-later`), and when a guard later drops
 * that first reading as a common word far from the article («وسقطت في حقل», "and it fell into a
 * field", keyed as Scott City; `withoutStrayWords`), the repeats, which only echoed it, go too.
 *
 * Trigger: a reading by key (`latin-spelling` in its rule) marked `same-name-later`.
 * Guard: no other reading of the same place is left in the proposals.
 * Examples: «وسقطت في حقل … بعد أن سقطت طائرة» (Ethiopia, a US town), «مبنى» ("a building") keyed
 * as a town of a country named in passing (Japan, Iraq).
 */
import type { PlaceMatch } from './match-index.ts';

const LATER = /latin-spelling.* same-name-later|same-name-later.*latin-spelling/u;

export function withoutOrphanLaterReadings(out: readonly PlaceMatch[]): PlaceMatch[] {
  const firsts = new Set(
    out.filter((m) => m.placeId && !/same-name-later/u.test(m.rule)).map((m) => m.placeId),
  );
  return out.filter((m) => !m.placeId || !LATER.test(m.rule) || firsts.has(m.placeId));
}

/**
 * A road named by its number is a road (issue 18, round 24): "the A10 motorway" (Italy), "the M4
 * motorway" (England), "the N2 highway" (South Africa). No source has roads; the number and its road
 * word are proposed as an unknown road for the editor, and so is the number where the text later
 * writes it bare after "the" ("it joined the A10"), and another number of the same letter the text
 * writes so ("… to the A7 towards Milan"), a road of the same network.
 *
 * Trigger (English): a token of one or two capital letters and one to three digits, or of one to
 * three capital letters, a hyphen and one to four digits ("the BR-163 highway", round 29b), right
 * before a road word (`ROAD_WORDS`, any case). Guards: no match holds the words; a bare number only after
 * "the", and only with the letter of a number the text wrote with a road word (a bare "the G7", "the
 * F16" is no road).
 */
import type { PlaceMatch } from './match-index.ts';
import type { Normalised, Token } from './normalize.ts';
import { unknownPlace } from './unknown-place.ts';

const ROAD_WORDS = new Set([
  'motorway',
  'highway',
  'expressway',
  'freeway',
  'autostrada',
  'autobahn',
  'autoroute',
]);
const NUMBER = /^\p{Lu}{1,2}\d{1,3}$/u;
/** The letters of a number written with a hyphen ("BR-163", "NH-44"). */
const HYPHENED = /^\p{Lu}{1,3}$/u;

export function roadNumbers(
  nt: Normalised,
  toks: readonly Token[],
  out: readonly PlaceMatch[],
): PlaceMatch[] {
  const word = (t: Token) => nt.cps.slice(t.start, t.end).join('');
  const free = (a: number, b: number) => !read.some((m) => m.start < b && a < m.end);
  const read = [...out];
  const letters = new Set<string>();
  const push = (start: number, end: number, after: string) =>
    read.push(
      unknownPlace({
        start,
        end,
        rule: 'road-number',
        kind: 'road',
        name: nt.cps.slice(start, end).join(''),
        after,
        note: 'a road named by its number: place it on the map',
      }),
    );
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i]!;
    // Round 29b: a number with a hyphen, "the BR-163 highway" (Brazil), "the NH-44 highway" (India).
    const digits = toks[i + 1]!;
    const after = toks[i + 2];
    if (
      after &&
      HYPHENED.test(word(t)) &&
      /^\d{1,4}$/u.test(word(digits)) &&
      nt.cps.slice(t.end, digits.start).join('') === '-' &&
      nt.cps.slice(digits.end, after.start).join('') === ' ' &&
      ROAD_WORDS.has(after.n) &&
      free(t.start, after.end)
    ) {
      push(t.start, after.end, nt.cps.slice(t.start, digits.end).join(''));
      i += 2;
      continue;
    }
    const next = toks[i + 1]!;
    if (!NUMBER.test(word(t)) || !ROAD_WORDS.has(next.n)) continue;
    if (nt.cps.slice(t.end, next.start).join('') !== ' ' || !free(t.start, next.end)) continue;
    letters.add(word(t).replace(/\d+$/u, ''));
    push(t.start, next.end, word(t));
  }
  if (letters.size === 0) return read.sort((a, b) => a.start - b.start);
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!;
    const w = word(t);
    if (!NUMBER.test(w) || !letters.has(w.replace(/\d+$/u, '')) || toks[i - 1]!.n !== 'the') continue;
    if (ROAD_WORDS.has(toks[i + 1]?.n ?? '') || !free(t.start, t.end)) continue;
    push(t.start, t.end, w);
  }
  return read.sort((a, b) => a.start - b.start);
}

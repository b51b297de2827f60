/**
 * A name right after a person's title is that person's name, not a place ("Governor Cláudio Castro",
 * "President Pedro Castillo", "Mayor Ana Bautista"): the capitalised words right before the name (at
 * most three, with nothing but a space between them) follow a title word, or follow it set off by a
 * comma ("the state's governor, Roy Cooper, said"; round 17). "The governor of Kano" and
 * "the president visited Lima" keep their place (a lower-case word stands between). "General" is no
 * title here (General Santos is a city).
 */
import { adjacent, isUpper } from './match-index.ts';
import type { Normalised, Token } from './normalize.ts';

const TITLES = new Set([
  'governor',
  'president',
  'mayor',
  'minister',
  'senator',
  'deputy',
  'colonel',
  'captain',
  'lieutenant',
  'sergeant',
  'judge',
  'mr',
  'mrs',
  'ms',
  'dr',
  'sheikh',
  'chancellor',
  'premier',
  'spokesman',
  'spokeswoman',
  'pope',
  'bishop',
  'archbishop',
  'cardinal',
  'commander',
  'sen',
  'gov',
  'rep',
]);

/** Whether the name at token `t0` follows a title word through capitalised words only. */
export function personAfterTitle(nt: Normalised, toks: readonly Token[], t0: number): boolean {
  let s = t0;
  while (s > 0 && t0 - s < 3) {
    const w = toks[s - 1]!;
    const gap = nt.cps.slice(w.end, toks[s]!.start).join('');
    // "The state's governor, Roy Cooper, said": a name set off by a comma after the title word.
    if (/^, $/u.test(gap) && TITLES.has(w.n)) return true;
    if (!adjacent(nt.cps, w.end, toks[s]!.start) && !/^\. $/u.test(gap)) return false;
    if (TITLES.has(w.n)) return true;
    if (!isUpper(nt.cps[w.start])) return false;
    s--;
  }
  return false;
}

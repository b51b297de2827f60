/**
 * "In April of that year", «في نيسان/أبريل من ذلك العام» (round 30): a month or day whose year the
 * text gives as "that year" («ذلك العام», «العام نفسه», «العام ذاته», «نفس العام», "that year", "the
 * same year") is of the last year printed before it, whether or not that year was an event's
 * («منذ عام 2014 … منذ نيسان/أبريل من ذلك العام» is April 2014, not the story's April); given as "the
 * following year" («من العام التالي», "of the next year"), the year after that one. The phrase
 * follows the month's words, after «من» / «في» / "of" / "in" or none. Such a month is an aside: the
 * narrative's year-less dates after it go on from the date before it (`aside`).
 */
import { norm } from '../normalize.ts';
import type { Ctx } from './values.ts';

const PHRASES: [string[], number][] = (
  [
    [['ذلك', 'العام'], 0],
    [['العام', 'نفسه'], 0],
    [['العام', 'ذاته'], 0],
    [['نفس', 'العام'], 0],
    [['تلك', 'السنة'], 0],
    [['السنة', 'نفسها'], 0],
    [['العام', 'التالي'], 1],
    [['السنة', 'التالية'], 1],
    [['that', 'year'], 0],
    [['the', 'same', 'year'], 0],
    [['the', 'following', 'year'], 1],
    [['the', 'next', 'year'], 1],
  ] as [string[], number][]
).map(([p, k]) => [p.map(norm), k]);
const LINKS = new Set(['من', 'في', 'of', 'in', 'later'].map(norm));
/** The month's own words before the phrase: at most this many («نيسان/أبريل» is two). */
const MONTH_WORDS = 3;

/** The last year printed before token `i` (1900–2100), with the code point where it starts. */
export function lastPrintedYear(ctx: Ctx, i: number): { y: number; start: number } | null {
  for (let k = i - 1; k >= 0; k--) {
    const t = ctx.toks[k]!;
    if (/^\d{4}$/u.test(t.n) && +t.n >= 1900 && +t.n <= 2100) return { y: +t.n, start: t.start };
  }
  return null;
}

export function thatYear(ctx: Ctx): { y: number; why: string; aside: true } | null {
  const at = ctx.at;
  if (at === undefined) return null;
  const { toks } = ctx;
  const phraseAt = (i: number) => PHRASES.find(([p]) => p.every((w, k) => toks[i + k]?.n === w));
  let found: [string[], number] | undefined;
  let last = 0;
  for (let k = 1; k <= MONTH_WORDS && !found; k++) {
    const i = at + k;
    const link = LINKS.has(toks[i]?.n ?? '') ? 1 : 0;
    found = phraseAt(i) ?? (link ? phraseAt(i + 1) : undefined);
    if (found) last = (phraseAt(i) ? i : i + 1) + found[0].length - 1;
  }
  const before = found && lastPrintedYear(ctx, at);
  if (!found || !before) return null;
  // The phrase is the date's own words: read with it, never again as a count of its own.
  ctx.phraseLast = last;
  const y = before.y + found[1];
  return {
    y,
    why: `"${found[1] ? 'the following year' : 'that year'}": counted from the year printed before it (${before.y})`,
    aside: true,
  };
}

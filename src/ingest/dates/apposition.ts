/**
 * "on Monday, a day after suicide bombers struck …" (issue 18, round 12): where the text gives no day
 * before it to count from, a count after a comma that follows a weekday is an apposition to that
 * weekday — it says when the event it names happened relative to the weekday, it is no date of its
 * own — and the weekday is resolved alone. With a day given before ("February 6 … On Thursday, three
 * days after the quake") the two still make one date, the weekday checking the count. Arabic likewise
 * (round 19): «يوم الخميس، بعد ثلاثة أيام من بدء الأمطار» is Thursday.
 */
import type { Token } from '../normalize.ts';
import type { Ctx } from './values.ts';
import { EN_WEEKDAYS } from './words.ts';

/** Whether a comma stands between tokens `a` and `b`. */
function commaBetween(ctx: Ctx, a: Token, b: Token): boolean {
  return /[,،]/u.test(ctx.nt.cps.slice(a.end, b.start).join(''));
}

/** The weekday at token `i` and the count at token `j` are split by a comma: they are not one date. */
export function weekdayThenComma(ctx: Ctx, i: number, j: number): boolean {
  const a = ctx.toks[i];
  const b = ctx.toks[j];
  return !!a && !!b && commaBetween(ctx, a, b);
}

/** The count at token `i` follows "<weekday>," — an apposition, no date of its own. */
export function countAfterWeekday(ctx: Ctx, i: number): boolean {
  const prev = ctx.toks[i - 1];
  const here = ctx.toks[i];
  if (!prev || !here || !EN_WEEKDAYS.has(prev.n)) return false;
  return /\p{Lu}/u.test(ctx.nt.cps[prev.start]!) && commaBetween(ctx, prev, here);
}

/** Whether a sentence ends between tokens `a` and `b`: a weekday and a count across it are two expressions. */
export function sentenceBetween(ctx: Ctx, a: number, b: number): boolean {
  const ta = ctx.toks[a];
  const tb = ctx.toks[b];
  return !!ta && !!tb && /[.!?؟\n]/u.test(ctx.nt.cps.slice(ta.end, tb.start).join(''));
}

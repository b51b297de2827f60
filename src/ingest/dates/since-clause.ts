/**
 * "Since" before a day (issue 18, round 24). A day given in a clause that "since" / «منذ» opens
 * ("the city has lived under curfew since soldiers seized the palace on May 24", «تعيش المدينة تحت
 * حظر التجول منذ استيلاء الجنود على القصر في 24 أيار») dates when a state began, as "since Thursday"
 * does (`background.ts`, `sinceDay`): once its paragraph has ended, no count ("the same day") starts
 * from it. And «منذ ذلك اليوم» ("since that day") refers back to the day given: no date of its own.
 *
 * Trigger: "on" / «في» just before the day, and "since" / «منذ» (also «ومنذ») among the
 * {@link REACH} words before it in its clause. Guards: a clause or sentence break between them ends
 * the search ("… on May 24, and curfew has held since"); a day right after "since" is `sinceDay`'s.
 */
import { norm } from '../normalize.ts';
import type { Ctx } from './values.ts';

/** How many words before the day "since" may stand. */
const REACH = 8;
const SINCE = new Set(['since', 'منذ', 'ومنذ'].map(norm));
const ON = new Set(['on', 'في'].map(norm));
const THAT_DAY = [norm('ذلك'), norm('اليوم')];

/** Whether the day at token `i` is given in a clause that "since" / «منذ» opens, after "on" / «في». */
export function sinceClause(ctx: Ctx, i: number): boolean {
  const { toks, nt } = ctx;
  if (!ON.has(toks[i - 1]?.n ?? '')) return false;
  for (let k = i - 2; k >= 0 && k >= i - 1 - REACH; k--) {
    if (/[.!?؟;؛,،:\n]/u.test(nt.cps.slice(toks[k]!.end, toks[k + 1]!.start).join(''))) return false;
    if (SINCE.has(toks[k]!.n)) return true;
  }
  return false;
}

/** Marks the last day of `ctx.days` as a state's start: a later paragraph's count passes it over. */
export function markSince(ctx: Ctx): void {
  ctx.since = (ctx.days?.length ?? 0) - 1;
}

/** «منذ ذلك اليوم» at token `i` (at «ذلك»): a reference back to the day given, no date. */
export function sinceThatDay(ctx: Ctx, i: number): boolean {
  const { toks } = ctx;
  return SINCE.has(toks[i - 1]?.n ?? '') && toks[i]?.n === THAT_DAY[0] && toks[i + 1]?.n === THAT_DAY[1];
}

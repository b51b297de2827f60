/**
 * "The following year", "the next year", "a year later", «في العام التالي», «في السنة التالية»
 * (issue 18, round 24): the year after the date the text gave before it ("the dam burst on Friday …
 * the company paid compensation the following year"), precision year, certainty medium (the year is
 * counted from the latest date read, a day or a month).
 *
 * Trigger: those words at token `i`. Guards: with no date before it, it is not read (nothing to count
 * from); "the following year's budget" (a possessive after it) is no date; a year alone ("in 1967")
 * is no anchor, as for the other counts (`ctx.prev` holds days and months only).
 */
import { norm } from '../normalize.ts';
import { lastPrintedYear } from './that-year.ts';
import type { Ctx, Value } from './values.ts';

const EN_NEXT = new Set(['following', 'next']);
const AR_YEAR = new Map([
  [norm('العام'), norm('التالي')],
  [norm('السنة'), norm('التالية')],
]);

/** The year after the previous date, read at token `i`, with the token it ends on; else null. */
export function yearAfterAt(ctx: Ctx, i: number): { last: number; value: Value } | null {
  const { toks, nt, prev } = ctx;
  const w = toks[i]!.n;
  const n1 = toks[i + 1]?.n;
  let last: number | null = null;
  if (ctx.lang === 'en') {
    if (w === 'the' && EN_NEXT.has(n1 ?? '') && toks[i + 2]?.n === 'year') last = i + 2;
    if (w === 'a' && n1 === 'year' && toks[i + 2]?.n === 'later') last = i + 2;
  } else if (n1 !== undefined && AR_YEAR.get(w) === n1) last = i + 1;
  if (last === null || !prev) return null;
  if (/^['’]/u.test(nt.cps[toks[last]!.end] ?? '')) return null;
  // Round 30: a year printed after the last date read («منذ أيلول/سبتمبر 2014») is what it counts from.
  const printed = lastPrintedYear(ctx, i);
  const from = printed && ctx.prevEnd !== undefined && printed.start >= ctx.prevEnd ? printed.y : prev.y;
  const y = from + 1;
  const said = nt.cps.slice(toks[i]!.start, toks[last]!.end).join('');
  return {
    last,
    value: {
      date: `${y}`,
      precision: 'year',
      certainty: 'medium',
      inferred: true,
      rule: `${ctx.lang}:year-after`,
      reasoning: `"${said}": the year after the date given before (${from}); check that it counts from that date`,
    },
  };
}

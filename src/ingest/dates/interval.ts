/**
 * A count that tells an interval, not a date (issue 18, round 20). "Aid reached Beira on Thursday,
 * three days after the cyclone struck": the sentence's date is Thursday; the count says how long
 * before it the cyclone came, and the day it would give is Thursday again (or, counted from a wrong
 * day, a day that never happened). Likewise «ويأتي الإعصار بعد أسبوعين من العاصفة آنا التي ضربت في
 * أواخر كانون الثاني» (the other event is dated in the sentence), "isolated for two days after the
 * bridge fell" (a duration), and a headline's "three days after the clashes" with no day to count from.
 * A count set beside a date is that date: "found nine days later, on 12 January"; «فجر 14 كانون
 * الثاني، في اليوم نفسه الذي …».
 *
 * Trigger: a count from an event ("N days/weeks/months after …", «بعد N أيام من …»; not "the day
 * after", which names its day) in a sentence that gives another date before or after it, or after
 * "for"/«لمدة», or with nothing before it to count from; any count next to a date with only a comma
 * (and "on"/«في») between. Guard: a count in a sentence of its own dates its event as before.
 */
import { norm } from '../normalize.ts';
import type { Ctx, Value } from './values.ts';

const FOR = new Set(['for', 'لمدة'].map(norm));
const ON = new Set(['on', 'في'].map(norm));

const gap = (ctx: Ctx, a: number, b: number) =>
  ctx.nt.cps.slice(ctx.toks[a]!.end, ctx.toks[b]!.start).join('');
const sentenceEnd = (s: string) => /[.!?؟\n]/u.test(s);

/** First token of the sentence of token `i`. */
function sentenceStart(ctx: Ctx, i: number): number {
  let k = i;
  while (k > 0 && !sentenceEnd(gap(ctx, k - 1, k))) k--;
  return k;
}

/**
 * Whether the count at tokens `i`…`last` tells an interval: `fromEvent` when it counts from an event
 * it names; `dateAfter(k)` reads a date at token k without changing what has been read.
 */
export function intervalCount(
  ctx: Ctx,
  i: number,
  last: number,
  value: Value,
  fromEvent: boolean,
  dateAfter: (k: number) => { last: number } | null,
): boolean {
  const { toks } = ctx;
  // Beside a date: "<date>, the same day that …", "nine days later, on 12 January".
  const prevLast = ctx.prevEnd === undefined ? -1 : toks.findIndex((t) => t.end === ctx.prevEnd);
  if (prevLast >= 0 && prevLast === i - 1 - (ON.has(toks[i - 1]?.n ?? '') ? 1 : 0)) {
    if (/^\s*[,،]\s*$/u.test(gap(ctx, prevLast, prevLast + 1)) && value.precision === 'day') return true;
  }
  if (toks[last + 1] && /^\s*[,،]\s*$/u.test(gap(ctx, last, last + 1))) {
    const k = ON.has(toks[last + 1]!.n) ? last + 2 : last + 1;
    if (toks[k] && dateAfter(k)) return true;
  }
  if (!fromEvent) return false;
  if (FOR.has(toks[i - 1]?.n ?? '')) return true;
  if (value.date === null) return true;
  const start = sentenceStart(ctx, i);
  if (ctx.prevEnd !== undefined && ctx.prevEnd > (toks[start]?.start ?? 0) && start < i) return true;
  for (let q = last + 1; q < toks.length && !sentenceEnd(gap(ctx, q - 1, q)); q++)
    if (dateAfter(q)) return true;
  return false;
}

/**
 * A holiday on a fixed day (issue 18, round 28): "New Year's Eve", "New Year's Day", "Christmas Eve",
 * "Christmas Day", "Boxing Day" are that day of the month, in the year a day printed alone would
 * take (`dayValue`: the narrative's year, never a month or more after publication), or the year
 * printed after it ("Christmas Day 2004"). "Rain fell from New Year's Eve into New Year's Day"
 * (Indonesia, published 3 January 2020) is 2019-12-31 and 2020-01-01; "the tsunami struck on Boxing
 * Day" (Sri Lanka, published December 2004) is 2004-12-26.
 *
 * Trigger: the capitalised phrase at token `i`. Guards: every word but the last capitalised ("a new
 * year's day of school" is no holiday; "Christmas day" is); a holiday whose day moves (Easter, Eid) is
 * not read.
 */
import type { Token } from '../normalize.ts';
import { num } from './words.ts';
import { type Ctx, type Value, dayValue } from './values.ts';

/** Fixed holidays: their words after the first, and their month and day. */
const HOLIDAYS: readonly { words: readonly string[]; m: number; d: number }[] = [
  { words: ['new', 'year', 'eve'], m: 12, d: 31 },
  { words: ['new', 'year', 'day'], m: 1, d: 1 },
  { words: ['christmas', 'eve'], m: 12, d: 24 },
  { words: ['christmas', 'day'], m: 12, d: 25 },
  { words: ['boxing', 'day'], m: 12, d: 26 },
];

/** The fixed holiday at token `i`, read as its day, with the token it ends on; else null. */
export function holidayAt(ctx: Ctx, i: number): { last: number; value: Value } | null {
  const { toks, nt } = ctx;
  const cap = (t: Token | undefined) => !!t && /\p{Lu}/u.test(nt.cps[t.start]!);
  const h = HOLIDAYS.find((x) =>
    x.words.every((w, k) => toks[i + k]?.n === w && (k === x.words.length - 1 || cap(toks[i + k]))),
  );
  if (!h) return null;
  let last = i + h.words.length - 1;
  const yn = /^\d{4}$/u.test(toks[last + 1]?.n ?? '') ? num(toks[last + 1]!.n) : null;
  const y = yn !== null && yn >= 1900 && yn <= 2100 ? yn : null;
  if (y !== null) last++;
  const value = dayValue(ctx, y, h.m, h.d, null, y === null ? 'en:holiday' : 'en:holiday-year');
  return value ? { last, value } : null;
}

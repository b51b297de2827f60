/**
 * A day in a past-perfect sentence is background for "the same day" (issue 18, round 12): "Otis made
 * landfall on Wednesday … It had strengthened … on Tuesday … the president tried to reach the city the
 * same day" — the same day is Wednesday, the narrative's day, not the background Tuesday. A day
 * printed in a sentence whose verb is past perfect ("had strengthened", "had already struck";
 * «وكانت كمبالا قد شهدت») after the narrative has a day of its own is marked so once its sentence
 * ends; inside the sentence it is counted from as any day («… تلاه بعد يومين»). Only "the same day"
 * skips it: a count forward ("nine days later") goes on with the story the flashback tells ("had gone
 * into the cave on June 23 … found nine days later").
 */
import { norm } from '../normalize.ts';
import { paragraphBetween } from './anchor.ts';
import type { Ctx } from './values.ts';

export interface Background {
  /** Index in `ctx.days` of the background sentence's first day (the rest of its days follow). */
  from: number;
  /** Code-point offset where the sentence ends. */
  until: number;
}

/** Irregular English past participles news uses. */
const PARTICIPLES = new Set(
  'been begun brought built come done driven fallen fled found gone grown held hit left lost made met risen run said seen sent shown spent stood struck swept taken told torn won'.split(
    ' ',
  ),
);
const participle = (w: string | undefined) =>
  !!w && (PARTICIPLES.has(w) || (/(?:ed|en)$/u.test(w) && w.length > 3));

const AR_WAS = new Set(['كان', 'كانت', 'وكان', 'وكانت'].map((w) => norm(w)));
const AR_QAD = norm('قد');

const sentenceBreak = (c: string) => /^[.!?؟\n]$/u.test(c);

/** Whether the sentence of token `i`, before it, has a past-perfect verb. */
export function pastPerfectBefore(ctx: Ctx, i: number): boolean {
  const { toks, nt } = ctx;
  let qad = false;
  for (let k = i - 1; k >= 0; k--) {
    for (let c = toks[k]!.end; c < toks[k + 1]!.start; c++) if (sentenceBreak(nt.cps[c]!)) return false;
    const w = toks[k]!.n;
    if (ctx.lang === 'en' && w === 'had') {
      const n1 = toks[k + 1]?.n;
      if (participle(n1) || (/ly$/u.test(n1 ?? '') && participle(toks[k + 2]?.n)) || n1 === 'already')
        return true;
    }
    // «وكانت فرق هندسية من الجيشين قد أزالت»: «كان» anywhere before «قد» in the sentence (round 20).
    if (ctx.lang === 'ar' && w === AR_QAD) qad = true;
    if (ctx.lang === 'ar' && qad && AR_WAS.has(w)) return true;
  }
  return false;
}

/** The background the days at token `i` (ending at `end`, `ctx.days` from index `from`) open, or null. */
export function backgroundDay(ctx: Ctx, i: number, end: number, from: number): Background | null {
  if (from === 0 || !pastPerfectBefore(ctx, i)) return null;
  let until = ctx.nt.cps.length;
  for (let k = end; k < ctx.nt.cps.length; k++)
    if (sentenceBreak(ctx.nt.cps[k]!)) {
      until = k;
      break;
    }
  return { from, until };
}

/** After the background sentence: its days are marked background. */
export function endBackground(ctx: Ctx, b: Background): void {
  for (let k = b.from; k < (ctx.days?.length ?? 0); k++) (ctx.background ??= new Set()).add(k);
}

/**
 * «منذ الخميس», "since Thursday" (issue 18, round 14): the day a state began, kept as `began` for
 * "the first day of the offensive". In a past-perfect sentence it is a background state's ("a
 * heatwave that had kept temperatures above 40C since Thursday"): no count ("the next day") starts
 * from it then, but from the narrative's day before it. An event's start in the narrative («الهجوم
 * الذي تشنه منذ الخميس … في اليوم التالي») is counted from as any day.
 */
export function sinceDay(
  ctx: Ctx,
  before: string | undefined,
  v: { precision: string; date: string | null },
) {
  if (!['since', 'منذ'].includes(before ?? '') || v.precision !== 'day' || !v.date) return;
  ctx.began = v.date;
  ctx.since = (ctx.days?.length ?? 0) - 1;
}

/**
 * The day a count starts from when the latest one is not the narrative's: for "the same day"
 * (`offset` 0) the latest day not marked background; for any count the latest day that is not a
 * background day given after "since" (`sinceDay`); for both, not a report's day (`dates/report.ts`)
 * nor a span's end or an eve's date (`dates/anchor.ts`), and not a background, "since" or counted-back
 * day (`markBack`) told in an earlier paragraph (round 20: a new paragraph goes back to the story's
 * line). Undefined when the latest day is the narrative's.
 */
/** A demonstrative that opens a count of the day given before: "that day", "that night" (the nearest). */
export const THAT: ReadonlySet<string> = new Set(['that']);

export function narrativeDay(ctx: Ctx, days: readonly string[], offset: number): string | undefined {
  // A count in a past-perfect sentence goes on with the flashback, whatever paragraph told it.
  const at = ctx.at;
  const back = at !== undefined && pastPerfectBefore(ctx, at);
  const told = (k: number) =>
    !back &&
    at !== undefined &&
    ctx.dayStarts?.[k] !== undefined &&
    paragraphBetween(ctx, ctx.dayStarts[k], ctx.toks[at]!.start);
  // Round 29b: "that day" points to the nearest day, a background one too in its own paragraph ("shot
  // dead … on July 16. Protesters were also killed that day").
  const near = (k: number) => at !== undefined && THAT.has(ctx.toks[at]!.n) && !told(k);
  const skip = (k: number) =>
    !!ctx.report?.has(k) ||
    !!ctx.other?.has(k) ||
    (!!ctx.background?.has(k) && ((offset === 0 && !near(k)) || k === ctx.since)) ||
    ((!!ctx.background?.has(k) || k === ctx.since || !!ctx.back?.has(k)) && told(k));
  if (!skip(days.length - 1)) return undefined;
  for (let k = days.length - 1; k >= 0; k--) if (!skip(k)) return days[k];
  return undefined;
}

/**
 * Round 27: marks the days `ctx.days` gained from index `from` as counted back when a count ("the day
 * before", «في اليوم السابق») landed before the day it counted from: «قال عمال إن تشققات ظهرت في اليوم
 * السابق» tells a flashback, and "the next day" in a later paragraph goes on from the story's day.
 */
export function markBack(ctx: Ctx, from: number, rule: string): void {
  const days = ctx.days ?? [];
  const was = days[from - 1];
  if (!/days-after$/u.test(rule) || was === undefined) return;
  for (let k = from; k < days.length; k++) if (days[k]! < was) (ctx.back ??= new Set()).add(k);
}

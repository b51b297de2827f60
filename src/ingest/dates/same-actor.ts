/**
 * "The same day" said of the one who spoke on a day (issue 18, round 24): «قالت الشرطة يوم الأحد إن
 * مسلحين هاجموا حافلة ليل السبت … وأعلنت الشرطة في اليوم نفسه اعتقال مشتبه به», "Kenyan police said on
 * Sunday that gunmen attacked a bus on Saturday night. Police arrested a suspect the same day": the
 * same day is the police's day, Sunday, not the latest day written (Saturday, told in their words).
 *
 * Trigger: "the same day" (a count of 0 days) whose clause, in the few words before it, shares a word
 * with the few words before an earlier day of the text, in that day's clause (the actor: «الشرطة»,
 * "police"), the latest such day. Guards: function words and words of two letters are not shared
 * words; only the last {@link BACK} days are looked at, latest first (a word shared with the latest
 * day keeps it: "reached the city on Sunday … power returned to the city the same day"); a count that
 * names its event ("the same day as …") is `eventDay`'s.
 */
import { AR_STOP, EN_STOP } from '../stop-words.ts';
import { THAT } from './background.ts';
import type { Ctx } from './values.ts';

/** How many words before the count, and before an earlier day, the shared word may stand. */
const REACH = 5;
/** How many earlier days are looked at. */
const BACK = 4;

const clauseBreak = (ctx: Ctx, k: number) =>
  ctx.nt.cps.slice(ctx.toks[k]!.end, ctx.toks[k + 1]!.start).some((c) => /^[.!?؟\n,،;؛:]$/u.test(c));

/** The content words among the `REACH` words before token `at`, in its clause. */
function wordsBefore(ctx: Ctx, at: number): Set<string> {
  const out = new Set<string>();
  const stop = ctx.lang === 'ar' ? AR_STOP : EN_STOP;
  for (let k = at - 1; k >= 0 && k >= at - REACH; k--) {
    if (clauseBreak(ctx, k)) break;
    const w = ctx.toks[k]!.n;
    if (w.length > 2 && !stop.has(w) && !/\d/u.test(w)) out.add(w);
  }
  return out;
}

/** The earlier day whose actor the same-day count at `ctx.at` names, if any. */
export function actorDay(ctx: Ctx, days: readonly string[]): string | undefined {
  // "that day" points to the nearest day, whoever acted on it (round 29b).
  if (ctx.at === undefined || !ctx.dayStarts || THAT.has(ctx.toks[ctx.at]!.n)) return undefined;
  const mine = wordsBefore(ctx, ctx.at);
  if (!mine.size) return undefined;
  for (let k = days.length - 1; k >= 0 && k >= days.length - BACK; k--) {
    const t = ctx.toks.findIndex((x) => x.start >= ctx.dayStarts![k]!);
    if (t < 0) continue;
    if ([...wordsBefore(ctx, t)].some((w) => mine.has(w))) return days[k];
  }
  return undefined;
}

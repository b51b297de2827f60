/**
 * A day in the attribution of a report (issue 18, round 19): «قُتل العشرات في فيضانات ضربت مساء السبت
 * … بحسب ما أعلنت السلطات يوم الأحد» — Sunday is when the authorities said it, not a day of the
 * story, and "the next day" after it counts from Saturday. Trigger: the day stands in the clause
 * opened by «بحسب ما», «حسب ما», «حسبما», «وفق ما», «وفقاً لما» (within a few words, no clause break
 * between). Guard: only a count skips it, and only when the narrative has an earlier day that is not
 * a report's (`narrativeDay` in `background.ts`); a report day alone is counted from as any day.
 */
import { norm } from '../normalize.ts';
import type { Ctx } from './values.ts';

/** How many words before the day the attribution may open. */
const REACH = 8;

const AR_ACCORDING = new Set(['بحسب', 'حسب', 'وبحسب', 'وحسب', 'وفق', 'ووفق', 'وفقا', 'ووفقا'].map(norm));
const AR_FUSED = new Set(['حسبما', 'وحسبما', 'بحسبما'].map(norm));
const AR_WHAT = new Set(['ما', 'لما'].map(norm));

const isBreak = (ch: string | undefined) => ch !== undefined && /^[.!?؟\n,،;؛:]$/u.test(ch);

/** Whether the date at token `i` stands in the attribution clause of a report. */
export function reportDay(ctx: Ctx, i: number): boolean {
  if (ctx.lang !== 'ar') return false;
  const { toks, nt } = ctx;
  for (let k = i - 1; k >= 0 && k >= i - REACH; k--) {
    if (nt.cps.slice(toks[k]!.end, toks[k + 1]!.start).some(isBreak)) return false;
    const w = toks[k]!.n;
    if (AR_FUSED.has(w) || (AR_ACCORDING.has(w) && AR_WHAT.has(toks[k + 1]?.n ?? ''))) return true;
  }
  return false;
}

/** Marks the days `ctx.days` gained from index `from` as a report's. */
export function markReport(ctx: Ctx, from: number): void {
  for (let k = from; k < (ctx.days?.length ?? 0); k++) (ctx.report ??= new Set()).add(k);
}

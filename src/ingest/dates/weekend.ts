/**
 * "The weekend" of a past report (issue 18, round 22): "teams worked through the weekend", "said at
 * the weekend", "had warned since the weekend" tell the weekend before publication, dated by its
 * Saturday (the latest Saturday on or before the publication date; certainty low: which of its days
 * is not said). The weekend spans days, so no count ("the next day") starts from it.
 *
 * Trigger: "the weekend" or "last weekend" (English). Guards: a forecast or plan in its clause
 * (`futureCueBefore`: "more rain is expected over the weekend") is no event, unless the sentence is in
 * the past perfect ("forecasters had warned since the weekend"); "this weekend" and "next
 * weekend" are not read; "the weekend market" (a noun after it) is no date: only a clause's end or a
 * function word may follow. Without a publication date it is not read.
 */
import { pastPerfectBefore } from './background.ts';
import { futureCueBefore } from './future.ts';
import type { Ctx, Value } from './values.ts';
import { addDays, parseDay, weekday } from './words.ts';

/** Words that may follow "the weekend" when it dates the clause. */
const AFTER = new Set(
  'in on at and when which that was were had has or but as after before while to with for from into by amid'.split(
    ' ',
  ),
);
const SATURDAY = 6;

/** "the weekend" at token `i` ("the" or "last"), read as its Saturday, with the token it ends on; else null. */
export function weekendAt(ctx: Ctx, i: number): { last: number; value: Value } | null {
  const { toks, nt, published } = ctx;
  if (!published || !['the', 'last'].includes(toks[i]!.n) || toks[i + 1]?.n !== 'weekend') return null;
  const next = toks[i + 2];
  const gap = next ? nt.cps.slice(toks[i + 1]!.end, next.start).join('') : '';
  if (next && !/[,.;:!?)—–]/u.test(gap) && !AFTER.has(next.n)) return null;
  if (futureCueBefore(ctx, i) && !pastPerfectBefore(ctx, i)) return null;
  const p = parseDay(published);
  const date = addDays(published, -((weekday(p.y, p.m, p.d) - SATURDAY + 7) % 7));
  return {
    last: i + 1,
    value: {
      date,
      precision: 'day',
      certainty: 'low',
      inferred: true,
      rule: 'en:weekend',
      reasoning: `"the weekend": the weekend before the publication date ${published}, by its Saturday (the text gives no day)`,
    },
  };
}

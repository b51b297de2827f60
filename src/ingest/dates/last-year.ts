/**
 * A year-less day or month followed by "last year" / «(من) العام الماضي» / «السنة الماضية»
 * ("September 4 last year"): that day in the year before publication, whatever the narrative's year;
 * the words join the date's span. "next year" / «العام المقبل» likewise the year after.
 */
import type { Ctx, Value } from './values.ts';
import { norm } from '../normalize.ts';
import { pad, parseDay } from './words.ts';

const AR_YEAR = new Set(['العام', 'السنة', 'لعام'].map(norm));
const AR_LAST = new Set(['الماضي', 'الماضية', 'الفائت', 'المنصرم'].map(norm));
const AR_NEXT = new Set(['المقبل', 'القادم', 'المقبلة', 'القادمة'].map(norm));

/** The date `value` ending at token `last`, moved to the year the words after it say, or null. */
export function withYearAfter(ctx: Ctx, last: number, value: Value): { last: number; value: Value } | null {
  if (!ctx.published || !value.inferred || !value.date) return null;
  if (value.precision !== 'day' && value.precision !== 'month') return null;
  const { toks } = ctx;
  let k = last + 1;
  let offset = 0;
  if (ctx.lang === 'en') {
    const w = toks[k]?.n;
    if ((w === 'last' || w === 'next') && toks[k + 1]?.n === 'year') offset = w === 'last' ? -1 : 1;
    k += 1;
  } else {
    if (toks[k]?.n === 'من') k++;
    if (AR_YEAR.has(toks[k]?.n ?? '')) {
      const w = toks[k + 1]?.n ?? '';
      offset = AR_LAST.has(w) ? -1 : AR_NEXT.has(w) ? 1 : 0;
    }
    k += 1;
  }
  if (!offset) return null;
  const y = parseDay(ctx.published).y + offset;
  const date = `${y}${value.date.slice(4)}`;
  const m = Number(date.slice(5, 7));
  // The narrative's days recorded the day with the year it guessed: record it with this one.
  const days = ctx.days;
  if (days?.[days.length - 1] === value.date) days[days.length - 1] = date;
  ctx.prev = value.precision === 'day' ? { y, m, d: Number(date.slice(8, 10)) } : { y, m };
  const said = offset < 0 ? 'last year' : 'next year';
  return {
    last: k,
    value: {
      ...value,
      date,
      certainty: 'medium',
      reasoning: `"${said}": the year ${offset < 0 ? 'before' : 'after'} the publication date ${ctx.published} (${y}-${pad(m)})`,
    },
  };
}

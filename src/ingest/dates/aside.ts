/**
 * A historical aside: a date printed with its own year well before the publication (two years or
 * more) while the narrative is current («الذي حكم منذ كانون الأول/ديسمبر 1990»، "the deadliest since
 * 1987, when two quakes in March …"). Its year holds only in its own sentence; after it, year-less
 * dates take the narrative's year again, not the aside's («وفي 11 نيسان/أبريل» is of the story's year,
 * not 1991). A bare year in an aside gives its sentence's year-less months their year ("in March" is
 * March 1987). An old date with no current date before it starts the narrative (a look back) and is no
 * aside.
 */
import type { Ctx, Value } from './values.ts';
import { parseDay } from './words.ts';

export interface Aside {
  /** The narrative's last date before the aside, restored after it. */
  prev: NonNullable<Ctx['prev']>;
  /** Code-point offset where the aside's sentence ends. */
  until: number;
}

/** The aside `value` (ending at `end`) opens, or null; `before`: the previous date before it. */
export function historicalAside(ctx: Ctx, value: Value, before: Ctx['prev'], end: number): Aside | null {
  if (!ctx.published || !before || value.inferred || !value.date) return null;
  const pub = parseDay(ctx.published).y;
  const y = Number(value.date.slice(0, 4));
  if (!(y <= pub - 2) || before.y < pub - 1) return null;
  if (value.precision === 'year') ctx.prev = { y, m: 1 };
  return { prev: before, until: sentenceEnd(ctx, end) };
}

/** The offset of the first sentence end after `from` (or the text's end). */
function sentenceEnd(ctx: Ctx, from: number): number {
  const cps = ctx.nt.cps;
  for (let k = from; k < cps.length; k++) if (/^[.!?؟\n]$/u.test(cps[k]!)) return k;
  return cps.length;
}

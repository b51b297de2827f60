/**
 * A range of weekdays (issue 18, round 14): "from Sunday to Tuesday", "between Monday and
 * Wednesday", «من الأحد إلى الثلاثاء», «بين الاثنين والأربعاء». The second weekday is the first such
 * day after the first one, not the latest before the publication date; and a range that looks
 * forward (a forecast, "will …") may start on the publication day itself ("rain from Sunday" in a
 * forecast published on a Sunday is that day, not the next Sunday). Any other weekday counts from a
 * day printed before with the same weekday (`printed-weekday.ts`, round 29b), from a dated day before
 * it (`narrative-weekday.ts`, round 24) or is `weekdayAlone`.
 */
import { norm } from '../normalize.ts';
import { addDays, iso, parseDay, weekday, EN_WEEKDAY_NAMES } from './words.ts';
import { setDay, weekdayAlone, type Ctx, type Value } from './values.ts';
import { narrativeWeekday } from './narrative-weekday.ts';
import { printedWeekday } from './printed-weekday.ts';

const FROM = new Set(['from', 'between', 'من', 'بين'].map(norm));
const TO = new Set(['to', 'and', 'through', 'until', 'till', 'إلى', 'الى', 'حتى'].map(norm));

const wdOf = (iso: string) => {
  const p = parseDay(iso);
  return weekday(p.y, p.m, p.d);
};

function dayValue(ctx: Ctx, date: string, rule: string, reasoning: string): Value {
  const { y, m, d } = parseDay(date);
  setDay(ctx, y, m, d);
  return { date, precision: 'day', certainty: 'low', inferred: true, rule, reasoning };
}

/**
 * The weekday `wd` written at tokens `i`…`last` (an optional «يوم» first), `next` when a future cue
 * comes before it.
 */
export function weekdayInRange(
  ctx: Ctx,
  i: number,
  last: number,
  wd: number,
  next: boolean,
  rule: string,
): Value {
  const { toks } = ctx;
  const from = ctx.weekdayFrom;
  ctx.weekdayFrom = undefined;
  const joined = TO.has(toks[i - 1]?.n ?? '') || (ctx.lang === 'ar' && /^و/u.test(toks[i]!.n));
  if (from && joined && i - from.last <= 2) {
    const date = addDays(from.date, (wd - wdOf(from.date) + 7) % 7 || 7);
    return dayValue(
      ctx,
      date,
      `${rule}-range-end`,
      `the ${EN_WEEKDAY_NAMES[wd]} after the range's first day ${from.date}`,
    );
  }
  const opens = FROM.has(toks[i - 1]?.n ?? '');
  let v: Value;
  if (opens && next && ctx.published) {
    const date = addDays(ctx.published, (wd - wdOf(ctx.published) + 7) % 7);
    v = dayValue(
      ctx,
      date,
      `${rule}-range-start`,
      `a range looking forward from ${EN_WEEKDAY_NAMES[wd]}: that day on or after the publication date ${ctx.published}`,
    );
  } else
    v =
      sameWeekday(ctx, i, wd, next, rule) ??
      (next ? null : printedWeekday(ctx, wd, rule)) ??
      (next ? null : narrativeWeekday(ctx, wd, rule)) ??
      weekdayAlone(ctx, wd, next, rule);
  if (opens && v.date) ctx.weekdayFrom = { last, date: v.date };
  return v;
}

/**
 * A weekday alone that is the weekday of the day given just before it in its sentence is that day
 * (round 19): "The rain began on April 29 and fell from Monday to Thursday" (29 April 2024 a Monday)
 * is told in the narrative's week, not the publication's. Not after a future cue; not in a later
 * sentence, where the publication week reads as before.
 */
function sameWeekday(ctx: Ctx, i: number, wd: number, next: boolean, rule: string): Value | null {
  const day = ctx.days?.[ctx.days.length - 1];
  const p = ctx.prev;
  if (next || !day || !p?.d || iso(p.y, p.m, p.d) !== day || ctx.prevEnd === undefined) return null;
  if (wdOf(day) !== wd || (ctx.published && day > ctx.published)) return null;
  const between = ctx.nt.cps.slice(ctx.prevEnd, ctx.toks[i]!.start);
  if (between.some((c) => /^[.!?؟\n]$/u.test(c))) return null;
  return dayValue(
    ctx,
    day,
    `${rule}-same-day`,
    `the ${EN_WEEKDAY_NAMES[wd]} given just before in the sentence (${day}): the narrative's week`,
  );
}

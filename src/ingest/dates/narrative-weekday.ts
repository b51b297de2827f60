/**
 * A bare weekday after a dated day counts from the narrative (issue 18, round 24). «اندلعت الاحتجاجات
 * مساء الجمعة 18 تشرين الأول … وأعلن الرئيس حالة الطوارئ يوم السبت», in a report published weeks
 * later, means the Saturday after that Friday, not the latest Saturday before publication: once the
 * text has given a day with its month, a later weekday that falls within the six days after the
 * story's last day is that day (certainty medium: the text does not say which week; the reader counts
 * from the day it gave).
 *
 * Trigger: a weekday alone (no future cue: `weekday-range.ts` reads the rest). The day counted from is
 * the story's line (`narrativeDay`: no report's day, span's end, eve or flashback), and a day written
 * with its month (`markWritten`) stands on or before it in the text.
 * Guards: the story told no later day before ("survivors were pulled out on Tuesday … the landslide
 * buried the village on March 3 … roads reopened on Saturday": the dated day is a flashback, the
 * weekday is the lead's week); the latest date read is a day, not a month since;
 * it could be resolved; the weekday's day falls on or before publication ("the army was deployed on
 * Sunday" after "April 11" in a report of Friday 15 April is Sunday 10, as publication reads it); the
 * dated day is at most {@link REACH} days before publication ("the quake of April 25, 2015 … a new
 * tremor on Saturday" in 2025 is the publication week). Published days after the dated day, both
 * readings agree or publication wins, so the reading changes only reports published a week or more
 * later. Without a publication date the weekday counts from the dated day (it was unresolved before).
 */
import { narrativeDay } from './background.ts';
import { DAY } from '../../model/time.ts';
import { setDay, type Ctx, type Value } from './values.ts';
import { addDays, parseDay, weekday, EN_WEEKDAY_NAMES } from './words.ts';

/** How many days before publication the dated day may be for a weekday to count from it. */
const REACH = 62;
/** Rules of a day written with its month ("June 15", «3 شباط», «في 28 من الشهر نفسه»). */
const WRITTEN = /:(?:day-month|month-day|day-range|day-same-month)/u;

const utc = (iso: string) => {
  const p = parseDay(iso);
  return Date.UTC(p.y, p.m - 1, p.d);
};

/** Marks the days `ctx.days` gained from index `from` as written with their month (by their `rule`). */
export function markWritten(ctx: Ctx, from: number, rule: string): void {
  if (!WRITTEN.test(rule)) return;
  for (let k = from; k < (ctx.days?.length ?? 0); k++) (ctx.written ??= new Set()).add(k);
}

/** The weekday `wd` alone, counted from the story's last dated day; null when the guards fail. */
export function narrativeWeekday(ctx: Ctx, wd: number, rule: string): Value | null {
  const days = ctx.days ?? [];
  if (!days.length || ctx.broken || ctx.prev?.d === undefined) return null;
  const from = narrativeDay(ctx, days, 1) ?? days[days.length - 1]!;
  const at = days.lastIndexOf(from);
  const skip = (k: number) => !!ctx.report?.has(k) || !!ctx.other?.has(k) || !!ctx.background?.has(k);
  if (![...(ctx.written ?? [])].some((k) => k <= at && !skip(k) && days[k]! <= from)) return null;
  if (days.some((x) => x > from)) return null;
  const f = parseDay(from);
  const ahead = (wd - weekday(f.y, f.m, f.d) + 7) % 7;
  if (ahead === 0) return null;
  const date = addDays(from, ahead);
  const p = ctx.published;
  if (p && (date > p || utc(p) - utc(from) > REACH * DAY)) return null;
  const { y, m, d } = parseDay(date);
  setDay(ctx, y, m, d);
  return {
    date,
    precision: 'day',
    certainty: 'medium',
    inferred: true,
    rule: `${rule}-narrative`,
    reasoning: `the first ${EN_WEEKDAY_NAMES[wd]} after the story's day ${from} (a day with its month given before${p ? `, the report published ${p}` : ''}): the weekday is told in the narrative's week; check it`,
  };
}

/**
 * A weekday named bare after the text printed it with its day is that day (issue 18, round 29b):
 * «فجر الأحد 23 تموز/يوليو … عملت فرق الإنقاذ طوال يوم الأحد» in a report of 3 August is 23 July, not
 * the latest Sunday before publication; "shelling began on Friday, March 4 … by Friday evening" in a
 * report of 14 March is 4 March. A writer who gave a weekday its date means that day when naming it
 * again.
 *
 * Trigger: a weekday alone (no future cue) whose name the text printed before with a day it agrees
 * with (`Ctx.printed`, set by `dayValue`): the latest such day. Guards: that day is on or before the
 * publication date and at most {@link REACH} days before it (an anniversary's weekday years ago is no
 * narrative's); the publication week's such day (`weekdayAlone`'s reading) is not after every day the
 * text gave («من السبت 8 إلى الاثنين 10 كانون الثاني … أعلن المجلس السبت» in a report of Saturday
 * 15 January goes on with the story to that day).
 */
import { DAY } from '../../model/time.ts';
import { setDay, type Ctx, type Value } from './values.ts';
import { addDays, parseDay, weekday, EN_WEEKDAY_NAMES } from './words.ts';

/** How many days before publication the printed day may be. */
const REACH = 31;

export function printedWeekday(ctx: Ctx, wd: number, rule: string): Value | null {
  const date = ctx.printed?.get(wd);
  if (!date || ctx.broken) return null;
  const p = ctx.published;
  if (p) {
    const a = parseDay(date);
    const b = parseDay(p);
    const gap = Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d);
    if (gap < 0 || gap > REACH * DAY) return null;
    // The publication week's such day after every day the text gave goes on with the story.
    const alone = addDays(p, -((weekday(b.y, b.m, b.d) - wd + 7) % 7));
    if ((ctx.days ?? []).every((x) => x < alone)) return null;
  }
  const { y, m, d } = parseDay(date);
  setDay(ctx, y, m, d);
  return {
    date,
    precision: 'day',
    certainty: 'medium',
    inferred: true,
    rule: `${rule}-printed`,
    reasoning: `the ${EN_WEEKDAY_NAMES[wd]} the text printed before with its day (${date}): check that it is the same week`,
  };
}

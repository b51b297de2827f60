/**
 * Dates counted from the one given before (split from values.ts): "three days later", «بعد يومين»,
 * "two months after", from the previous day, month or event the text names (`eventDay`,
 * `narrativeDay`, `actorDay`), a weekday printed with it checked.
 */
import { actorDay } from './same-actor.ts';
import { eventDay, pastCount } from './anchor.ts';
import { narrativeDay } from './background.ts';
import { inferredMonth, setDay, unresolved, type Ctx, type Value } from './values.ts';
import { addDays, daysIn, EN_WEEKDAY_NAMES, iso, pad, parseDay, weekday } from './words.ts';
import type { Certainty } from '../../model/types.ts';

/**
 * N days after (or before) a day of the narrative: "the next day", «في اليوم التالي», "three days
 * later" count from the latest day given before; «بعد ثلاثة أيام من الكارثة», "three days after
 * the quake" (`fromEvent`) from the story's first day. A weekday printed with it picks the day it
 * agrees with (certainty high) or lowers the certainty.
 */
export function daysAfterPrevious(
  ctx: Ctx,
  offset: number,
  wd: number | null,
  rule: string,
  said: string,
  fromEvent = false,
  event?: string,
): Value {
  if (ctx.broken && !fromEvent)
    return unresolved('day', rule, `"${said}" counts from the date before it, which could not be resolved`);
  const days = ctx.days ?? [];
  const pastRange = ctx.afterRange === true && offset === 0 && !fromEvent && days.length > 0;
  const fromStory = fromEvent || pastRange;
  // The latest date given is a month ("in March 2021 … the same day"): the count cannot be more precise,
  // unless the month lies wholly before the latest day given, a look back in passing ("evacuated on
  // Sunday, after a fire forced them out in May. The same day, …": that Sunday; round 29b).
  const anchor = ctx.prev;
  const lastDay = days.length > 0 ? parseDay(days[days.length - 1]!) : undefined;
  const lookBack = !!anchor && !!lastDay && anchor.y * 12 + anchor.m < lastDay.y * 12 + lastDay.m;
  if (anchor && anchor.d === undefined && !(fromStory && days.length > 0) && !lookBack)
    return fromMonth(anchor.y, anchor.m, offset, rule, said);
  if (days.length === 0)
    return unresolved('day', rule, `"${said}" counts from a day the text gives before it; there is none`);
  const preferred = fromEvent
    ? eventDay(ctx, days, event)
    : pastRange
      ? days[0]!
      : pastCount(
          ctx,
          days,
          (offset === 0 ? actorDay(ctx, days) : undefined) ??
            narrativeDay(ctx, days, offset) ??
            days[days.length - 1]!,
          offset,
        );
  const order = [preferred, ...[...days].reverse().filter((x) => x !== preferred)];
  const wdOf = (iso: string) => {
    const p = parseDay(iso);
    return weekday(p.y, p.m, p.d);
  };
  const agreeing = wd === null ? undefined : order.find((b) => wdOf(addDays(b, offset)) === wd);
  const from = agreeing ?? preferred;
  const date = addDays(from, offset);
  const which =
    from === preferred && fromStory
      ? `${fromEvent ? "the event's day" : "the story's first date"}${pastRange ? ' (the date before it is a range of days, not one day)' : ''}`
      : 'a date given before';
  let certainty: Certainty = pastRange ? 'low' : 'medium';
  let reasoning = `"${said}": ${Math.abs(offset)} day(s) ${offset < 0 ? 'before' : 'after'} ${which} (${from}); check that it counts from that date`;
  if (wd !== null) {
    if (agreeing) {
      certainty = 'high';
      reasoning += `; the weekday printed (${EN_WEEKDAY_NAMES[wd]}) agrees`;
    } else {
      certainty = 'low';
      reasoning += `; the weekday printed (${EN_WEEKDAY_NAMES[wd]}) agrees with no count from an earlier date`;
    }
  }
  const { y, m, d } = parseDay(date);
  setDay(ctx, y, m, d);
  return { date, precision: 'day', certainty, inferred: true, rule, reasoning };
}

/**
 * N days from a month (not a day) of the narrative: every day of that month moved by N. When they all
 * fall in one month, that month; in one year, that year; else unresolved. Certainty low: which day of
 * the month the text counts from is not known.
 */
function fromMonth(y: number, m: number, offset: number, rule: string, said: string): Value {
  const first = parseDay(addDays(iso(y, m, 1), offset));
  const last = parseDay(addDays(iso(y, m, daysIn(y, m)), offset));
  const base = `"${said}" counts from ${y}-${pad(m)}, a month: the day it counts from is not given`;
  if (first.y === last.y && first.m === last.m)
    return inferredMonth(
      first.y,
      first.m,
      'low',
      rule,
      `${base}; every day of that month ${offset === 0 ? 'is' : `moved by ${offset} day(s) falls`} in ${first.y}-${pad(first.m)}`,
    );
  if (first.y === last.y)
    return {
      date: `${first.y}`,
      precision: 'year',
      certainty: 'low',
      inferred: true,
      rule,
      reasoning: `${base}; moved by ${offset} day(s) it may fall in ${first.y}-${pad(first.m)} or ${last.y}-${pad(last.m)}: only the year is known`,
    };
  return unresolved('day', rule, `${base}; moved by ${offset} day(s) it may fall in either of two years`);
}

/**
 * N months after a date of the narrative ("a month later", «بعد شهرين», "two months after the
 * quake" from the story's first day): a month, never a guessed day; certainty medium from a day,
 * low from a month.
 */
export function monthsAfterPrevious(
  ctx: Ctx,
  months: number,
  rule: string,
  said: string,
  fromEvent = false,
): Value {
  if (ctx.broken && !fromEvent)
    return unresolved('month', rule, `"${said}" counts from the date before it, which could not be resolved`);
  const first = fromEvent && ctx.days?.length ? parseDay(ctx.days[0]!) : undefined;
  const base = first ?? ctx.prev;
  if (!base)
    return unresolved('month', rule, `"${said}" counts from a date the text gives before it; there is none`);
  const t = new Date(Date.UTC(base.y, base.m - 1 + months, 1));
  const y = t.getUTCFullYear();
  const m = t.getUTCMonth() + 1;
  const fromDay = base.d !== undefined;
  ctx.prev = { y, m };
  return inferredMonth(
    y,
    m,
    fromDay ? 'medium' : 'low',
    rule,
    `"${said}": ${months} month(s) after ${first ? "the story's first date" : 'the date given before'} (${base.y}-${pad(base.m)}${fromDay ? `-${pad(base.d!)}` : ''}); the day is not given`,
  );
}

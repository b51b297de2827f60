/**
 * Date expressions in Arabic and English text, resolved to ISO 8601 with a precision and a
 * certainty that says how the date was worked out.
 *
 * Arabic: Levantine (كانون الثاني، شباط…) and Egyptian/Gulf (يناير، فبراير…) month names,
 * Arabic-Indic or Latin digits, ordinal day words (الرابع والعشرين، الخامس عشر), weekday names,
 * dates without a year, relative dates (أمس، اليوم، غداً، الشهر ذاته/الماضي، العام الماضي) and the
 * fiscal year (السنة المالية 2022); a month written in both calendars («مارس/آذار 2021»,
 * «آذار (مارس)») is one date; a range of days («4 و5 تشرين الأول», "June 24 to 26") is its first day,
 * and "the same day" after it counts from the story's first date; "late 2020" is a year; «اليوم الأول
 * للهجوم», "the first day of the offensive" is the day given after «منذ»/"since" before it. English likewise. Relative and year-less dates are resolved against the
 * publication date and the dates before them ("last August" counts back from publication and is no
 * anchor for "the next day"): "the same day" / «اليوم نفسه», "the next day", "two
 * weeks later", "three weeks after the disaster" (from the story's first day), "a month later" /
 * «بعد شهرين» (a month, never a guessed day); "nearly nine months after …" is a duration, not a date.
 * A count from a month stays a month (or a year when it may cross into the next). A weekday with a day and no year, and no
 * publication date, takes the first year printed in the text on which the weekday agrees; without a
 * publication date anything else relative stays unresolved (`date: null`) rather than guessed, and
 * never takes the ingest day. A date in a historical aside sets the year only of its own sentence
 * (`dates/aside.ts`); "September 4 last year" is of the year before publication (`dates/last-year.ts`).
 * Where a bare year is a date: an event named with its year ("the Ebola epidemic of 2014", "the 2005
 * earthquake", «زلزال عام 1992», "in 1819", "the floods of 1988 and 2004") is one (`dates/event-year.ts`);
 * a state that lasts "since 2014", «منذ عام 2014», is not, and is dropped below (a span of years or a
 * part of a year after it is kept, and, round 22, events told since it, «هجمات … منذ عام 2015»:
 * `dates/since-event.ts`). "The weekend" of a past report is its Saturday (`dates/weekend.ts`).
 *
 * What a count ("the next day", «في اليوم التالي») counts from (round 20, `dates/anchor.ts`): the last
 * day the story's own line of events reached, not the last date written. Passed over: a span's end
 * ("into Thursday", «حتى الاثنين»), the date of what the event came before («عشية …», "on the eve
 * of …"), a report's day (`dates/report.ts`), and a flashback's or a "since" day once its paragraph has
 * ended (unless the count is itself in a flashback). A count that names its event ("the day after the
 * quake", «اليوم التالي للغرق», "the same day as …") counts from the day the text gives that event, never
 * the day it is told; a count told as past never lands after publication (round 22, `pastCount`).
 */
import { norm, normalise, tokens } from './normalize.ts';
import { arAt, arDaysAfter } from './dates/ar.ts';
import { intervalCount } from './dates/interval.ts';
import { markAhead, markOther, otherDay } from './dates/anchor.ts';
import { futureCueBefore } from './dates/future.ts';
import { markWritten } from './dates/narrative-weekday.ts';
import { markSince, sinceClause, sinceThatDay } from './dates/since-clause.ts';
import { historicalAside, type Aside } from './dates/aside.ts';
import { backgroundDay, endBackground, markBack, sinceDay, type Background } from './dates/background.ts';
import { superlativeBefore } from './dates/event-year.ts';
import { eventSince } from './dates/since-event.ts';
import { habitualMonth } from './dates/habitual.ts';
import { withYearAfter } from './dates/last-year.ts';
import { markReport, reportDay } from './dates/report.ts';
import { enAt, enDaysAfter } from './dates/en.ts';
import type { Ctx, DateMatch, Value } from './dates/values.ts';
import { AR_WEEKDAY_NAMES, EN_WEEKDAY_NAMES, parseDay, weekday } from './dates/words.ts';

export type { DateMatch } from './dates/values.ts';

/** Options for {@link findDates}. */
export interface DateOptions {
  lang: 'ar' | 'en';
  /** Publication date, `YYYY-MM-DD`: the reference for relative and year-less dates. */
  published?: string;
  within?: readonly { start: number; end: number }[];
  /** First month of the fiscal year (10 = the US federal year, 1 October); default 1. */
  fiscalStartMonth?: number;
}

/** Every date expression of `text`, resolved in reading order. */
export function findDates(text: string, options: DateOptions): DateMatch[] {
  const nt = normalise(text);
  const toks = tokens(nt);
  const ctx: Ctx = {
    nt,
    toks,
    lang: options.lang,
    fiscalStartMonth: options.fiscalStartMonth ?? 1,
    years: toks.filter((t) => /^\d{4}$/u.test(t.n) && +t.n >= 1900 && +t.n <= 2100).map((t) => +t.n),
    ...(options.published ? { published: options.published } : {}),
  };
  const out: DateMatch[] = [];
  let aside: Aside | null = null;
  let background: Background | null = null;
  for (let i = 0; i < toks.length;) {
    if (aside && toks[i]!.start >= aside.until) {
      ctx.prev = aside.prev;
      aside = null;
    }
    if (background && toks[i]!.start >= background.until) {
      endBackground(ctx, background);
      background = null;
    }
    const before = ctx.prev;
    const daysBefore = ctx.days?.length ?? 0;
    ctx.at = i;
    const found = options.lang === 'ar' ? arAt(ctx, i) : enAt(ctx, i);
    const moved = found && withYearAfter(ctx, found.last, found.value);
    const read = found && moved ? { ...found, ...moved } : found;
    const m =
      read && ctx.phraseLast !== undefined ? { ...read, last: Math.max(read.last, ctx.phraseLast) } : read;
    ctx.phraseLast = undefined;
    if (!m) {
      i++;
      continue;
    }
    if (countsInterval(ctx, i, m, options.lang) || sinceThatDay(ctx, i)) {
      ctx.prev = before;
      ctx.days?.splice(daysBefore);
      i = m.last + 1;
      continue;
    }
    ctx.broken = m.value.date === null;
    ctx.afterRange = m.range === true;
    // "since the weekend" (`dates/weekend.ts`) records no day: no day to mark as a state's start.
    if ((ctx.days?.length ?? 0) > daysBefore) sinceDay(ctx, toks[i - 1]?.n, m.value);
    if (m.value.precision === 'day' && (ctx.days?.length ?? 0) > daysBefore && sinceClause(ctx, i))
      markSince(ctx);
    const start = toks[i]!.start;
    const end = toks[m.last]!.end;
    if (!aside) aside = historicalAside(ctx, m.value, before, end);
    const starts = (ctx.dayStarts ??= []);
    while (starts.length < (ctx.days?.length ?? 0)) starts.push(start);
    markWritten(ctx, daysBefore, m.value.rule);
    if (m.value.precision === 'day' && reportDay(ctx, i)) markReport(ctx, daysBefore);
    markBack(ctx, daysBefore, m.value.rule);
    if (m.value.precision === 'day' && otherDay(ctx, i)) markOther(ctx, daysBefore);
    if (m.value.precision === 'day' && futureCueBefore(ctx, i)) markAhead(ctx, daysBefore);
    if (!aside && !background && m.value.precision === 'day' && (ctx.days?.length ?? 0) > daysBefore)
      background = backgroundDay(ctx, i, end, daysBefore);
    const within = options.within;
    // "since 2014", «منذ عام 2014»: the start of a state, not an event.
    // A part of a year ("since late 2020") is kept: it dates when the state began; so is a span of
    // years ("the worst since 2017–2018"), an earlier event (round 15), and a year after a superlative
    // ("the deadliest since 1987": the last event as bad, `dates/event-year.ts`, round 20), and the
    // start of events the text tells ("attacks since 2015", `dates/since-event.ts`, round 22).
    const since =
      ['since', 'منذ'].includes(toks[i - 1]?.n ?? '') &&
      m.value.precision === 'year' &&
      !/(?:part-of-year|year-range)$/u.test(m.value.rule) &&
      !superlativeBefore(ctx, i - 1) &&
      !eventSince(ctx, i - 1);
    // A month that comes round every year (`dates/habitual.ts`) is no date and no anchor.
    const habit = m.value.precision === 'month' && m.value.inferred && habitualMonth(ctx, i);
    if (habit) ctx.prev = before;
    if (!since && !habit && (!within || within.some((r) => r.start <= start && end <= r.end))) {
      out.push({ start, end, exact: nt.cps.slice(start, end).join(''), ...m.value });
    }
    ctx.prevEnd = end;
    ctx.prevSince =
      ['since', 'منذ'].includes(toks[i - 1]?.n ?? '') &&
      ['day', 'month'].includes(m.value.precision) &&
      !!m.value.date;
    i = m.last + 1;
  }
  return out;
}

/** Whether the count found at token `i` tells an interval, no date of its own (`dates/interval.ts`). */
function countsInterval(ctx: Ctx, i: number, m: { last: number; value: Value }, lang: 'ar' | 'en'): boolean {
  if (!/(?:days|months)-after$/u.test(m.value.rule)) return false;
  const count = lang === 'ar' ? arDaysAfter(ctx.toks, i) : enDaysAfter(ctx.toks, i);
  if (!count || count.last !== m.last) return false;
  const named = ['the', norm('اليوم')].includes(ctx.toks[i]!.n);
  const dateAfter = (k: number) => {
    const probe: Ctx = { ...ctx, days: [...(ctx.days ?? [])] };
    const d = lang === 'ar' ? arAt(probe, k) : enAt(probe, k);
    return d && d.value.date !== null && !/(?:days|months)-after$/u.test(d.value.rule) ? d : null;
  };
  return intervalCount(ctx, i, m.last, m.value, !!count.fromEvent && !named, dateAfter);
}

/** Weekday name in the article's language (for titles). */
export function weekdayName(date: string, lang: 'ar' | 'en'): string {
  const { y, m, d } = parseDay(date);
  const wd = weekday(y, m, d);
  return lang === 'ar' ? AR_WEEKDAY_NAMES[wd]! : EN_WEEKDAY_NAMES[wd]!;
}

/** English date expressions at a token: Month D, YYYY; D Month; ordinals; yesterday/today; last/same month; years. */
import { type Token } from '../normalize.ts';
import { EVENTS, earlyYearIn, eventYear } from './event-year.ts';
import { futureCueBefore } from './future.ts';
import { countAfterWeekday, sentenceBetween, weekdayThenComma } from './apposition.ts';
import { EN_COUNTS, EN_MONTHS, EN_MONTH_ABBR, EN_WEEKDAYS, EN_ORDINAL_WORDS, num } from './words.ts';
import {
  type Ctx,
  type Value,
  dayValue,
  firstDayValue,
  firstOfRange,
  monthValue,
  lastMonthValue,
  nextMonthValue,
  relativeDay,
  sameMonth,
  yearValue,
} from './values.ts';
import { daysAfterPrevious, monthsAfterPrevious } from './counts.ts';
import { weekdayInRange } from './weekday-range.ts';
import { yearAfterAt } from './year-after.ts';
import { weekendAt } from './weekend.ts';
import { holidayAt } from './holiday.ts';

export function enMonthAt(w: string | undefined): number | null {
  if (!w) return null;
  const full = EN_MONTHS.indexOf(w);
  if (full >= 0) return full + 1;
  return EN_MONTH_ABBR.get(w) ?? null;
}

export function enDayNum(w: string | undefined): number | null {
  if (!w) return null;
  const m = /^(\d{1,2})(st|nd|rd|th)?$/u.exec(w);
  if (m) return Number(m[1]);
  return EN_ORDINAL_WORDS.get(w) ?? null;
}

/** Prepositions of time before "May" the month (round 15: "In May, …", "since May"; round 20: "the whole of May"). */
const MAY_BEFORE = new Set(['in', 'of', 'since', 'until', 'early', 'late', 'mid']);

const APPROXIMATE = new Set([
  'nearly',
  'almost',
  'about',
  'some',
  'roughly',
  'around',
  'than',
  'over',
  'only',
]);

/** Words before "that day" that make it no date: "since that day", "so that day-long …". */
const NOT_THAT_DAY = new Set(['since', 'until', 'till', 'so', 'before', 'after', 'from']);

/** Parts of a day that "the same" names as the day given before. */
const PARTS_OF_DAY = new Set(['night', 'morning', 'afternoon', 'evening']);

/**
 * "the next/following day", "the same day" (or night), "later that day", "the day after/before", "three days later/after", "a day
 * later", "two weeks later", "a month later" (`months`) at token j.
 */
export function enDaysAfter(
  toks: Token[],
  j: number,
): { last: number; offset: number; fromEvent?: boolean; event?: string; months?: number } | null {
  const w = toks[j]?.n;
  const n1 = toks[j + 1]?.n;
  const n2 = toks[j + 2]?.n;
  if (w === 'the' && (n1 === 'next' || n1 === 'following') && n2 === 'day') return { last: j + 2, offset: 1 };
  // "the next morning", "the following evening" (round 28): the day after the day given before.
  if (w === 'the' && (n1 === 'next' || n1 === 'following') && PARTS_OF_DAY.has(n2 ?? ''))
    return { last: j + 2, offset: 1 };
  // "that night", "that morning" (round 28): the day given before; "later that night" likewise.
  if (w === 'that' && PARTS_OF_DAY.has(n1 ?? '') && toks[j - 1]?.n !== 'so')
    return { last: j + 1, offset: 0 };
  if ((w === 'later' || w === 'earlier') && n1 === 'that' && PARTS_OF_DAY.has(n2 ?? ''))
    return { last: j + 2, offset: 0 };
  if ((w === 'the' || w === 'that') && n1 === 'same' && n2 === 'day') {
    // "The fire broke out on the same day as the Woolsey Fire" (round 22): the day of its own event.
    const event = toks[j + 3]?.n === 'as' ? ownEvent(toks, j) : undefined;
    return { last: j + 2, offset: 0, ...(event ? { fromEvent: true, event } : {}) };
  }
  // "the same night" (round 24), "the same morning" or "afternoon" (round 27): the day given before.
  if ((w === 'the' || w === 'that') && n1 === 'same' && PARTS_OF_DAY.has(n2 ?? '') && toks[j + 3]?.n !== 'as')
    return { last: j + 2, offset: 0 };
  // "were killed across the country that day" (round 29b): the day given before; "since that day",
  // "until that day" are references to it, no date of their own.
  if (w === 'that' && n1 === 'day' && !NOT_THAT_DAY.has(toks[j - 1]?.n ?? ''))
    return { last: j + 1, offset: 0 };
  // "later that day", "earlier the same day" (round 22): the day given before.
  if ((w === 'later' || w === 'earlier') && n1 === 'that' && n2 === 'day') return { last: j + 2, offset: 0 };
  if ((w === 'later' || w === 'earlier') && n1 === 'the' && n2 === 'same' && toks[j + 3]?.n === 'day')
    return { last: j + 3, offset: 0 };
  if (w === 'the' && n1 === 'day' && (n2 === 'after' || n2 === 'before')) {
    // "the day after the quake": from the day the text gives the event (`anchor.ts`); "the day after"
    // with no event named: the day after the previous date.
    const event =
      toks[j + 3]?.n === 'the'
        ? [4, 5, 6].map((d) => toks[j + d]?.n).find((x) => x && EVENTS.has(x))
        : undefined;
    return { last: j + 2, offset: n2 === 'after' ? 1 : -1, ...(event ? { fromEvent: true, event } : {}) };
  }
  // "nearly nine months after the offensive began": how long something lasted, not a date.
  if (APPROXIMATE.has(toks[j - 1]?.n ?? '')) return null;
  const count =
    w === 'a' || w === 'one' ? 1 : (num(w) ?? (w === undefined ? null : (EN_COUNTS.get(w) ?? null)));
  // "three days before the quake" (round 27): that many days before the event the text names.
  if (count !== null && count <= 31 && (n1 === 'day' || n1 === 'days') && n2 === 'before') {
    const event = toks[j + 3]?.n === 'the' ? toks[j + 4]?.n : undefined;
    return event && EVENTS.has(event) ? { last: j + 2, offset: -count, fromEvent: true, event } : null;
  }
  if (count !== null && count <= 31 && (n1 === 'day' || n1 === 'days') && (n2 === 'later' || n2 === 'after'))
    return { last: j + 2, offset: count, fromEvent: n2 === 'after' };
  if (
    count !== null &&
    count <= 10 &&
    (n1 === 'week' || n1 === 'weeks') &&
    (n2 === 'later' || n2 === 'after')
  )
    return { last: j + 2, offset: 7 * count, fromEvent: n2 === 'after' };
  const later = n2 === 'later' || n2 === 'after';
  if (count !== null && count <= 11 && (n1 === 'month' || n1 === 'months') && later)
    return { last: j + 2, offset: 0, months: count, fromEvent: n2 === 'after' };
  return null;
}

/** How many words before "the same day as" its own event may be named. */
const OWN_EVENT_REACH = 5;

/** The event noun among the few words before token `j` ("The quake struck on the same day as …"). */
function ownEvent(toks: Token[], j: number): string | undefined {
  for (let k = j - 1; k >= 0 && k >= j - OWN_EVENT_REACH; k--) if (EVENTS.has(toks[k]!.n)) return toks[k]!.n;
  return undefined;
}

/** Token k follows the token before it after white space only (not "26, June": a list or a clause). */
function onlySpaceBefore(ctx: Ctx, k: number): boolean {
  const a = ctx.toks[k - 1];
  const b = ctx.toks[k];
  return !a || !b || ctx.nt.cps.slice(a.end, b.start).join('').trim() === '';
}

/**
 * The second day of a range at token k, after the first day `d`: "to 26", "and 16", "through 5",
 * "-26", "–26", "to Monday 10" (`next`: the token after it).
 */
function enRangeEndAt(ctx: Ctx, k: number, d: number): { d: number; next: number } | null {
  const { toks, nt } = ctx;
  const w = toks[k]?.n;
  if (w === undefined) return null;
  const gap = nt.cps
    .slice(toks[k - 1]!.end, toks[k]!.start)
    .join('')
    .trim();
  let at = k;
  if ((gap === '-' || gap === '–') && /^\d/u.test(w)) at = k;
  else if (gap === '' && ['to', 'and', 'through', 'until', 'till'].includes(w)) at = k + 1;
  else return null;
  // Round 22: "from Saturday 8 to Monday 10 January": the second day with its weekday.
  const named = toks[at];
  if (at === k + 1 && named && EN_WEEKDAYS.has(named.n) && /\p{Lu}/u.test(nt.cps[named.start]!)) at++;
  const d2 = enDayNum(toks[at]?.n);
  if (d2 === null || !/\d/u.test(toks[at]!.n) || d2 <= d || d2 > 31) return null;
  return { d: d2, next: at + 1 };
}

export function enAt(ctx: Ctx, i: number): { last: number; value: Value; range?: boolean } | null {
  const { toks, nt } = ctx;
  const cap = (t: Token | undefined) => !!t && /\p{Lu}/u.test(nt.cps[t.start]!);
  let j = i;
  let wd: number | null = null;
  const w0 = EN_WEEKDAYS.get(toks[j]!.n);
  if (w0 !== undefined && cap(toks[j])) {
    wd = w0;
    j++;
  }
  // "Monday, a day after …" with no day given before to count from: the weekday alone; the count is
  // its apposition (`apposition.ts`).
  const apposed = wd !== null ? weekdayThenComma(ctx, i, j) && !ctx.days?.length : countAfterWeekday(ctx, i);
  // "on Thursday. Three days after …": a sentence's end parts the weekday from the count.
  const later = wd !== null && sentenceBetween(ctx, j - 1, j) ? null : enDaysAfter(toks, j);
  if (later && apposed && wd === null) return null;
  // "that night" with no day given before it: nothing to date it by.
  if (later && toks[j]?.n === 'that' && !ctx.days?.length) return null;
  if (later && !apposed) {
    const said = nt.cps.slice(toks[i]!.start, toks[later.last]!.end).join('');
    return {
      last: later.last,
      value: later.months
        ? monthsAfterPrevious(ctx, later.months, 'en:months-after', said, later.fromEvent)
        : daysAfterPrevious(ctx, later.offset, wd, 'en:days-after', said, later.fromEvent, later.event),
    };
  }
  const yearAfter = yearAfterAt(ctx, i);
  if (yearAfter) return yearAfter;
  // "the first day of the offensive": the day the text said it began ("since Thursday").
  if (
    toks[i]!.n === 'the' &&
    toks[i + 1]?.n === 'first' &&
    toks[i + 2]?.n === 'day' &&
    toks[i + 3]?.n === 'of'
  ) {
    const last = toks[i + 4]?.n === 'the' ? i + 5 : i + 4;
    if (toks[last]) {
      const v = firstDayValue(ctx, 'en:first-day', nt.cps.slice(toks[i]!.start, toks[last]!.end).join(''));
      if (v) return { last, value: v };
    }
  }
  const weekend = wd === null ? weekendAt(ctx, i) : null;
  if (weekend) return weekend;
  const holiday = wd === null ? holidayAt(ctx, i) : null;
  if (holiday) return holiday;
  const rel = toks[j]?.n;
  if (rel === 'yesterday' || rel === 'today' || rel === 'tomorrow') {
    const offset = rel === 'yesterday' ? -1 : rel === 'today' ? 0 : 1;
    let last = j;
    if (wd === null) {
      const after = toks[j + 1];
      const w1 = after ? EN_WEEKDAYS.get(after.n) : undefined;
      if (w1 !== undefined && cap(after)) {
        wd = w1;
        last++;
      }
    }
    const said = nt.cps.slice(toks[i]!.start, toks[last]!.end).join('');
    return { last, value: relativeDay(ctx, offset, wd, 'en:relative', said) };
  }
  // Month Day(, Year) / Day Month (Year)
  const mo = cap(toks[j]) ? enMonthAt(toks[j]?.n) : null;
  // "May" is the modal verb unless a day follows or a preposition of time comes before ("In May,").
  // "the September quake", "the May floods": a month naming an event (round 20), as "the 2005 earthquake".
  const eventMonth = toks[i - 1]?.n === 'the' && EVENTS.has(toks[j + 1]?.n ?? '');
  const mayMonth = /\d/u.test(toks[j + 1]?.n ?? '') || MAY_BEFORE.has(toks[i - 1]?.n ?? '') || eventMonth;
  if (mo !== null && (toks[j]!.n !== 'may' || mayMonth)) {
    const d = enDayNum(toks[j + 1]?.n);
    if (d !== null && /\d/u.test(toks[j + 1]!.n)) {
      // "June 24 to 26", "June 24-26": the range's first day.
      const to = enRangeEndAt(ctx, j + 2, d);
      let last = to ? to.next - 1 : j + 1;
      const yn = num(toks[last + 1]?.n);
      let y: number | null = null;
      if (yn !== null && yn >= 1900 && yn <= 2100) {
        y = yn;
        last++;
      }
      const v = dayValue(
        ctx,
        y,
        mo,
        d,
        wd,
        (to ? 'en:month-day-range' : 'en:month-day') + (y ? '-year' : ''),
      );
      if (v) return { last, value: to ? firstOfRange(v, d, to.d) : v, ...(to ? { range: true } : {}) };
    }
    if (wd === null) {
      // "August 1883": four digits after a month are its year, however early ("May 1500 families"
      // is a count: "May" needs a day or a preposition before it, checked above).
      const yn = /^\d{4}$/u.test(toks[j + 1]?.n ?? '') ? num(toks[j + 1]?.n) : null;
      if (yn !== null && yn >= (toks[j]!.n === 'may' ? 1900 : 1000) && yn <= 2100)
        return { last: j + 1, value: monthValue(ctx, yn, mo, 'en:month-year') };
      if (
        (['in', 'of', 'since', 'until', 'by', 'early', 'late', 'mid'].includes(toks[i - 1]?.n ?? '') ||
          eventMonth) &&
        EN_MONTHS.includes(toks[j]!.n)
      )
        return { last: j, value: monthValue(ctx, null, mo, 'en:month') };
    }
  }
  const d = enDayNum(toks[j]?.n);
  if ((d !== null && /\d/u.test(toks[j]!.n)) || (d !== null && toks[j - 1]?.n === 'the')) {
    // "14 and 16 April", "3–5 May": the range's first day.
    const to = enRangeEndAt(ctx, j + 1, d!);
    let k = to ? to.next : j + 1;
    if (toks[k]?.n === 'of') k++;
    const m2 = cap(toks[k]) && onlySpaceBefore(ctx, k) ? enMonthAt(toks[k]?.n) : null;
    if (m2 !== null) {
      let last = k;
      const yn = num(toks[k + 1]?.n);
      let y: number | null = null;
      if (yn !== null && yn >= 1900 && yn <= 2100) {
        y = yn;
        last = k + 1;
      }
      const v = dayValue(
        ctx,
        y,
        m2,
        d!,
        wd,
        (to ? 'en:day-month-range' : 'en:day-month') + (y ? '-year' : ''),
      );
      if (v) return { last, value: to ? firstOfRange(v, d!, to.d) : v, ...(to ? { range: true } : {}) };
    }
  }
  if (wd !== null) {
    const nx = toks[j]?.n;
    const next = nx === 'next' || toks[i - 1]?.n === 'next' || futureCueBefore(ctx, i);
    return { last: j - 1, value: weekdayInRange(ctx, i, j - 1, wd, next, 'en:weekday') };
  }
  const w = toks[i]!.n;
  if ((w === 'fiscal' && toks[i + 1]?.n === 'year') || /^fy\d{4}$/u.test(w)) {
    const yn = /^fy(\d{4})$/u.exec(w) ? Number(w.slice(2)) : num(toks[i + 2]?.n);
    if (yn !== null && yn >= 1900 && yn <= 2100)
      return { last: w === 'fiscal' ? i + 2 : i, value: yearValue(ctx, yn, true, 'en:fiscal-year') };
  }
  if ((w === 'last' || w === 'this' || w === 'same') && toks[i + 1]?.n === 'month') {
    const said = nt.cps.slice(toks[i]!.start, toks[i + 1]!.end).join('');
    if (w === 'same') return { last: i + 1, value: sameMonth(ctx, 0, 'en:same-month', said) };
    return {
      last: i + 1,
      value: sameMonth({ ...ctx, prev: undefined } as Ctx, w === 'last' ? -1 : 0, `en:${w}-month`, said),
    };
  }
  // "last July": the last such month before the publication date (never with a year after it).
  const lastMonth = w === 'last' && cap(toks[i + 1]) && EN_MONTHS.includes(toks[i + 1]!.n);
  if (lastMonth && !/^\d{4}$/u.test(toks[i + 2]?.n ?? '')) {
    const said = nt.cps.slice(toks[i]!.start, toks[i + 1]!.end).join('');
    return {
      last: i + 1,
      value: lastMonthValue(ctx, enMonthAt(toks[i + 1]!.n)!, 'en:last-month-name', said),
    };
  }
  // "next March": the next such month after the publication date.
  const nextMonth = w === 'next' && cap(toks[i + 1]) && EN_MONTHS.includes(toks[i + 1]!.n);
  if (nextMonth && !/^\d{4}$/u.test(toks[i + 2]?.n ?? '')) {
    const said = nt.cps.slice(toks[i]!.start, toks[i + 1]!.end).join('');
    return {
      last: i + 1,
      value: nextMonthValue(ctx, enMonthAt(toks[i + 1]!.n)!, 'en:next-month-name', said),
    };
  }
  // "late 2020", "early 2021", "mid-2019": the year, and the part of it said in the reasoning.
  if (['early', 'late', 'mid'].includes(w) && /^\d{4}$/u.test(toks[i + 1]?.n ?? '')) {
    const yn = Number(toks[i + 1]!.n);
    if (yn >= 1900 && yn <= 2100) {
      const v = yearValue(ctx, yn, false, 'en:part-of-year');
      return {
        last: i + 1,
        value: { ...v, certainty: 'medium', reasoning: `year printed; "${w}" in it: no month is given` },
      };
    }
  }
  // "led the government from 2012 to 2020" (round 28): a span of years, dated by its first.
  const span = toks[i - 1]?.n === 'from' && /^\d{4}$/u.test(w) ? yearSpanEnd(toks, i) : null;
  if (span !== null && +w >= 1900) return { last: span, value: yearValue(ctx, +w, false, 'en:year-range') };
  if (['in', 'since', 'until', 'during'].includes(toks[i - 1]?.n ?? '') && /^\d{4}$/u.test(w)) {
    const yn = Number(w);
    if (yn >= 1900 && yn <= 2100) {
      // "since 2017–2018": a span of years names an event (an earlier epidemic), dated by its first year.
      const to = toks[i + 1];
      const dash = to && /^[–-]$/u.test(ctx.nt.cps.slice(toks[i]!.end, to.start).join(''));
      if (dash && /^\d{4}$/u.test(to.n) && +to.n > yn && +to.n <= yn + 10)
        return { last: i + 1, value: yearValue(ctx, yn, false, 'en:year-range') };
      return { last: i, value: yearValue(ctx, yn, false, 'en:year') };
    }
  }
  const early = earlyYearIn(ctx, i);
  if (early !== null) return { last: i, value: yearValue(ctx, early, false, 'en:year') };
  const ev = eventYear(ctx, i);
  if (ev) return { last: ev.last, value: yearValue(ctx, ev.year, false, 'en:event-year') };
  return null;
}

/** The token ending "from 2012 to 2020" at the first year `i`: a later year after "to"/"until"/"through"; else null. */
function yearSpanEnd(toks: Token[], i: number): number | null {
  const to = toks[i + 2]?.n ?? '';
  const y1 = +toks[i]!.n;
  if (!['to', 'until', 'through', 'till'].includes(toks[i + 1]?.n ?? '') || !/^\d{4}$/u.test(to)) return null;
  return +to > y1 && +to <= 2100 ? i + 2 : null;
}

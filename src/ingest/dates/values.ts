/** A found date expression resolved to a value: years inferred, relative days and months from publication, fiscal years (counts from a date given before: `counts.ts`). */
import type { Certainty, DatePrecision } from '../../model/types.ts';
import { DAY } from '../../model/time.ts';
import { type Normalised, type Token } from '../normalize.ts';
import { pad, iso, daysIn, weekday, addDays, parseDay, EN_WEEKDAY_NAMES } from './words.ts';
import { eventDay } from './anchor.ts';
import { futureCueBefore } from './future.ts';
import { thatYear } from './that-year.ts';

/** One date expression found in the text. Offsets in code points, half-open. */
export interface DateMatch {
  start: number;
  end: number;
  exact: string;
  /** ISO 8601 date or `start/end` interval; null when it could not be resolved. */
  date: string | null;
  precision: DatePrecision;
  certainty: Certainty;
  /** The date is worked out (relative, year or day inferred) rather than printed in full. */
  inferred: boolean;
  rule: string;
  reasoning: string;
}

export interface Ctx {
  nt: Normalised;
  toks: Token[];
  lang: 'ar' | 'en';
  published?: string;
  fiscalStartMonth: number;
  /** The last resolved day or month (for "the same month", years of year-less dates). */
  prev?: { y: number; m: number; d?: number };
  /** Every day resolved so far, in reading order (ISO): what "three days after the disaster" counts from. */
  days?: string[];
  /** Every year printed in the text, in reading order: what a weekday date with no year is checked against when there is no publication date. */
  years?: number[];
  /** The date just before could not be resolved: "the next day" after it cannot be counted from an older one. */
  broken?: boolean;
  /**
   * The date just before is a range of days («4 و5 تشرين الأول», "June 24 to 26"): "the same day"
   * after it cannot mean either of its days, and counts from the story's first date instead.
   */
  afterRange?: boolean;
  /** The last day given after «منذ» / "since" ("the offensive they have waged since Thursday"): when it began. */
  began?: string;
  /** Indices in `days` of background days (`dates/background.ts`): "the same day" after them skips them. */
  background?: Set<number>;
  /** Indices in `days` of days in a report's attribution (`dates/report.ts`): no count starts from them. */
  report?: Set<number>;
  /**
   * Indices in `days` of days reached by counting back ("the day before", «في اليوم السابق», round 27):
   * a flashback's, which a later paragraph's count passes over.
   */
  back?: Set<number>;
  /** Index in `days` of the last day given after «منذ» / "since": no count ("the next day") starts from it. */
  since?: number;
  /**
   * The date before was given after "since" / «منذ»: a span that runs to publication, so a year-less
   * date after it ("since March 2021 … the last in July") is the latest such before publication.
   */
  prevSince?: boolean;
  /** Code point where the last date found ends: whether a weekday shares its sentence. */
  prevEnd?: number;
  /** Indices in `days` of days that end a span or date what the event came before (`dates/anchor.ts`). */
  other?: Set<number>;
  /** Indices in `days` of days told as to come (`dates/anchor.ts`, `markAhead`): no past count starts there. */
  ahead?: Set<number>;
  /** Indices in `days` of days written with their month (`dates/narrative-weekday.ts`). */
  written?: Set<number>;
  /** Code point where each day in `days` was written. */
  dayStarts?: number[];
  /** Token where the expression being read starts. */
  at?: number;
  /** The first weekday of a weekday range ("from Sunday to Tuesday"): its last token and its day. */
  weekdayFrom?: { last: number; date: string };
  /** The last token of a "that year" phrase the date just read ends with (`dates/that-year.ts`, round 30). */
  phraseLast?: number;
  /** Each weekday printed with a day it agrees with ("Sunday, July 23"): its latest such day (round 29b). */
  printed?: Map<number, string>;
}

/** Records a resolved day as the previous date and in the narrative's days. */
export function setDay(ctx: Ctx, y: number, m: number, d: number): void {
  ctx.prev = { y, m, d };
  (ctx.days ??= []).push(iso(y, m, d));
}

export type Value = Omit<DateMatch, 'start' | 'end' | 'exact'>;

/** Year for a day or month printed without one: the previous date's, else the publication year (not in the future); after a date given after "since" (a span to publication, round 19), the publication year. */
export function inferYear(ctx: Ctx, m: number, d?: number): { y: number; why: string; aside?: true } | null {
  const given = thatYear(ctx);
  if (given) return given;
  const p0 = ctx.published ? parseDay(ctx.published) : null;
  const span = ctx.prevSince && ctx.prev && p0 && ctx.prev.y < p0.y;
  if (ctx.prev && !span) {
    // The narrative moves forward: "in October 2016 … in January" is the January after.
    const prev = ctx.prev;
    const before = m < prev.m || (m === prev.m && d !== undefined && prev.d !== undefined && d < prev.d);
    const next = prev.y + 1;
    const p = ctx.published ? parseDay(ctx.published) : null;
    const fits = !p || Date.UTC(next, m - 1, d ?? 1) <= Date.UTC(p.y, p.m - 1, p.d) + 31 * DAY;
    if (before && fits)
      return {
        y: next,
        why: `the first such date after the previous date in the text (${prev.y}-${pad(prev.m)}): the narrative moves forward`,
      };
    // Round 15: a month named alone is not one more than a month after the publication ("in
    // November", looking back in a January article, is of the year before), as for the publication
    // year below. Round 22: so is a day with its month («بدأت الأحداث في 17 كانون الأول» in a January
    // article), unless a future cue stands in its clause ("the vote will be held on 20 November").
    const later = p && Date.UTC(prev.y, m - 1, d ?? 1) > Date.UTC(p.y, p.m - 1, p.d) + 31 * DAY;
    const ahead = d !== undefined && ctx.at !== undefined && futureCueBefore(ctx, ctx.at);
    if (p && later && !ahead && prev.y === p.y)
      return { y: prev.y - 1, why: 'the year before the previous date: not after the publication date' };
    return { y: prev.y, why: 'year taken from the previous date in the text' };
  }
  if (!ctx.published) return null;
  const p = parseDay(ctx.published);
  let y = p.y;
  const candidate = Date.UTC(y, m - 1, d ?? 1);
  if (candidate > Date.UTC(p.y, p.m - 1, p.d) + 31 * DAY) y -= 1;
  return {
    y,
    why: `year taken from the publication date ${ctx.published}${y !== p.y ? ' (the previous year: the date would otherwise lie after publication)' : ''}`,
  };
}

/**
 * Round 29b: a day and month printed with a weekday the year inferred (`y`) disagrees with: the year
 * next to it, or to the publication's, on which the weekday agrees («يوم الاثنين 24 تموز/يوليو» after
 * «تموز/يوليو 2022», a look back, in an article of August 2023: 2023). Not after the publication date
 * (with a month's grace, as `inferYear`); undefined when the weekday agrees or no such year is near.
 */
function agreeingYear(ctx: Ctx, y: number, m: number, d: number, wd: number | null): number | undefined {
  if (wd === null || d > daysIn(y, m) || weekday(y, m, d) === wd) return undefined;
  const p = ctx.published ? parseDay(ctx.published) : null;
  const years = [y + 1, y - 1, ...(p ? [p.y, p.y - 1] : [])];
  return years.find(
    (x) =>
      d <= daysIn(x, m) &&
      weekday(x, m, d) === wd &&
      (!p || Date.UTC(x, m - 1, d) <= Date.UTC(p.y, p.m - 1, p.d) + 31 * DAY),
  );
}

/**
 * A day and month with a weekday but no year, no date before it and no publication date: the first
 * year printed anywhere in the text on which that day falls on that weekday. Never the ingest day.
 */
function narrativeYear(ctx: Ctx, m: number, d: number, wd: number | null): { y: number; why: string } | null {
  if (wd === null) return null;
  const y = ctx.years?.find((y) => d <= daysIn(y, m) && weekday(y, m, d) === wd);
  if (y === undefined) return null;
  return { y, why: `year ${y}, printed in the text, the first of its years on which the weekday agrees` };
}

export function dayValue(
  ctx: Ctx,
  y: number | null,
  m: number,
  d: number,
  wd: number | null,
  rule: string,
): Value | null {
  let certainty: Certainty = 'high';
  let inferred = false;
  const why: string[] = [];
  let year = y;
  if (year === null) {
    const inf = inferYear(ctx, m, d) ?? narrativeYear(ctx, m, d, wd);
    if (!inf)
      return {
        date: null,
        precision: 'day',
        certainty: 'low',
        inferred: true,
        rule,
        reasoning:
          wd === null || !ctx.years?.length
            ? 'no year in the text and no publication date to take it from'
            : `no year printed in the text (${[...new Set(ctx.years)].join(', ')}) agrees with the weekday (${EN_WEEKDAY_NAMES[wd]}), and there is no publication date: left for the reviewer`,
      };
    year = agreeingYear(ctx, inf.y, m, d, wd) ?? inf.y;
    inferred = true;
    certainty = 'medium';
    why.push(
      year === inf.y ? inf.why : `year ${year}, next to the narrative's, on which the weekday printed agrees`,
    );
  } else why.push('day, month and year printed');
  if (d < 1 || d > daysIn(year, m)) return null;
  if (wd !== null) {
    if (weekday(year, m, d) === wd) {
      why.push('the weekday agrees');
      (ctx.printed ??= new Map()).set(wd, iso(year, m, d));
    } else {
      certainty = 'low';
      why.push(
        `the weekday printed (${EN_WEEKDAY_NAMES[wd]}) does not agree with the date (${EN_WEEKDAY_NAMES[weekday(year, m, d)]})`,
      );
    }
  }
  setDay(ctx, year, m, d);
  return { date: iso(year, m, d), precision: 'day', certainty, inferred, rule, reasoning: why.join('; ') };
}

/**
 * «اليوم الأول للهجوم», "the first day of the offensive": the day the text said the state began
 * («منذ الخميس», "since Thursday"), or null when it gave none.
 */
export function firstDayValue(ctx: Ctx, rule: string, said: string): Value | null {
  if (!ctx.began) return null;
  const { y, m, d } = parseDay(ctx.began);
  setDay(ctx, y, m, d);
  return {
    date: ctx.began,
    precision: 'day',
    certainty: 'medium',
    inferred: true,
    rule,
    reasoning: `"${said}": the day given after «منذ»/"since" before it (${ctx.began}), when it began; check that it is the same event`,
  };
}

/**
 * «في اليوم الأول» with no noun after it (round 20): the first day of the story's event, the first day
 * given that is not the publication date (`eventDay` in `anchor.ts`). The caller checks a day was given.
 */
export function storyFirstDay(ctx: Ctx, rule: string, said: string): Value {
  const date = eventDay(ctx, ctx.days ?? []);
  const { y, m, d } = parseDay(date);
  setDay(ctx, y, m, d);
  return {
    date,
    precision: 'day',
    certainty: 'low',
    inferred: true,
    rule,
    reasoning: `"${said}": the story's first day given (${date}), not the publication date; check that it is the same event`,
  };
}

/** A day range's value: its first day (the day the events began), the range said in the reasoning. */
export function firstOfRange(v: Value, d: number, d2: number): Value {
  return { ...v, reasoning: `${v.reasoning}; the first day of the range ${d}–${d2}` };
}

export function monthValue(ctx: Ctx, y: number | null, m: number, rule: string): Value {
  let year = y;
  let certainty: Certainty = 'high';
  let reasoning = 'month and year printed';
  if (year === null) {
    const inf = inferYear(ctx, m);
    if (!inf)
      return {
        date: null,
        precision: 'month',
        certainty: 'low',
        inferred: true,
        rule,
        reasoning: 'no year in the text and no publication date to take it from',
      };
    year = inf.y;
    certainty = 'medium';
    reasoning = inf.why;
    if (inf.aside)
      return { date: `${year}-${pad(m)}`, precision: 'month', certainty, inferred: true, rule, reasoning };
  }
  ctx.prev = { y: year, m };
  return { date: `${year}-${pad(m)}`, precision: 'month', certainty, inferred: y === null, rule, reasoning };
}

/**
 * "<month> المقبل", "next March": the next such month after the publication date (the month of
 * publication itself is this one, not the next). Like {@link lastMonthValue}, it counts from when the
 * article was written, not with the narrative; without a publication date it stays unresolved.
 */
export function nextMonthValue(ctx: Ctx, m: number, rule: string, said: string): Value {
  if (!ctx.published) return unresolved('month', rule, `"${said}" needs the publication date (--published)`);
  const from = parseDay(ctx.published);
  const y = m > from.m ? from.y : from.y + 1;
  ctx.prev = { y, m };
  return inferredMonth(
    y,
    m,
    'medium',
    rule,
    `"${said}": the next such month after the publication date ${ctx.published}`,
  );
}

/**
 * "<month> الماضي", "last April": the last such month before the publication date (the month of
 * publication itself is this one, not the last), else before the previous date in the text. It counts
 * back from when the article was written, not forward with the narrative.
 */
export function lastMonthValue(ctx: Ctx, m: number, rule: string, said: string): Value {
  const from = ctx.published ? parseDay(ctx.published) : ctx.prev;
  if (!from) return unresolved('month', rule, `"${said}" needs the publication date (--published)`);
  const y = m < from.m ? from.y : from.y - 1;
  const what = ctx.published ? `the publication date ${ctx.published}` : `the previous date in the text`;
  // Background counted back from publication: it does not move the narrative's anchor ("the next day").
  return inferredMonth(y, m, 'medium', rule, `"${said}": the last such month before ${what}`);
}

/** A month worked out rather than printed in full: the one shape every inferred month value takes. */
export function inferredMonth(
  y: number,
  m: number,
  certainty: Certainty,
  rule: string,
  reasoning: string,
): Value {
  return { date: `${y}-${pad(m)}`, precision: 'month', certainty, inferred: true, rule, reasoning };
}

/** A date that needs the publication date, which was not given: reported, never guessed. */
export function unresolved(precision: DatePrecision, rule: string, reasoning: string): Value {
  return { date: null, precision, certainty: 'low', inferred: true, rule, reasoning };
}

/** Relative day offset from the publication date, with a weekday check when one is printed. */
export function relativeDay(ctx: Ctx, offset: number, wd: number | null, rule: string, said: string): Value {
  if (!ctx.published) return unresolved('day', rule, `"${said}" needs the publication date (--published)`);
  const date = addDays(ctx.published, offset);
  const { y, m, d } = parseDay(date);
  let certainty: Certainty = 'medium';
  let reasoning = `"${said}" counted from the publication date ${ctx.published}`;
  if (wd !== null) {
    if (weekday(y, m, d) === wd) {
      certainty = 'high';
      reasoning += `; the weekday printed (${EN_WEEKDAY_NAMES[wd]}) agrees`;
    } else {
      certainty = 'low';
      reasoning += `; the weekday printed (${EN_WEEKDAY_NAMES[wd]}) does not agree (${EN_WEEKDAY_NAMES[weekday(y, m, d)]}): check the publication date`;
    }
  }
  setDay(ctx, y, m, d);
  return { date, precision: 'day', certainty, inferred: true, rule, reasoning };
}

/** A weekday alone: the latest such day on or before the publication date (news reports the past). */
export function weekdayAlone(ctx: Ctx, wd: number, next: boolean, rule: string): Value {
  if (!ctx.published)
    return unresolved('day', rule, 'a weekday alone needs the publication date (--published)');
  const p = parseDay(ctx.published);
  const pw = weekday(p.y, p.m, p.d);
  const delta = next ? (wd - pw + 7) % 7 || 7 : -((pw - wd + 7) % 7);
  const date = addDays(ctx.published, delta);
  const { y, m, d } = parseDay(date);
  setDay(ctx, y, m, d);
  return {
    date,
    precision: 'day',
    certainty: 'low',
    inferred: true,
    rule,
    reasoning: `${next ? 'the next' : 'the latest'} ${EN_WEEKDAY_NAMES[wd]} ${next ? 'after' : 'on or before'} the publication date ${ctx.published} (assumed, the text gives the weekday only)`,
  };
}

export function sameMonth(ctx: Ctx, offset: number, rule: string, said: string): Value {
  const base = offset === 0 && ctx.prev ? ctx.prev : ctx.published ? parseDay(ctx.published) : null;
  if (!base) return unresolved('month', rule, `"${said}" needs a date before it or the publication date`);
  const t = new Date(Date.UTC(base.y, base.m - 1 + offset, 1));
  const y = t.getUTCFullYear();
  const m = t.getUTCMonth() + 1;
  ctx.prev = { y, m };
  const from =
    offset === 0 && ctx.prev ? 'the month of the previous date' : `the publication date ${ctx.published}`;
  return inferredMonth(y, m, 'medium', rule, `"${said}" resolved against ${from}`);
}

export function yearValue(ctx: Ctx, y: number, fiscal: boolean, rule: string): Value {
  if (fiscal) {
    const m = ctx.fiscalStartMonth;
    const from = m === 1 ? iso(y, 1, 1) : iso(y - 1, m, 1);
    const to = m === 1 ? iso(y + 1, 1, 1) : iso(y, m, 1);
    return {
      date: `${from}/${to}`,
      precision: 'fiscal-year',
      certainty: 'low',
      inferred: true,
      rule,
      reasoning: `fiscal year ${y} printed; the fiscal calendar is not stated: ${m === 1 ? 'the calendar year is assumed' : `a year starting in month ${m} is assumed (the US federal year starts 1 October)`}; check it`,
    };
  }
  return {
    date: `${y}`,
    precision: 'year',
    certainty: 'high',
    inferred: false,
    rule,
    reasoning: 'year printed',
  };
}

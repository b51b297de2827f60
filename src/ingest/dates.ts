/**
 * Date expressions in Arabic and English text, resolved to ISO 8601 with a precision and a
 * certainty that says how the date was worked out.
 *
 * Arabic: Levantine (كانون الثاني، شباط…) and Egyptian/Gulf (يناير، فبراير…) month names,
 * Arabic-Indic or Latin digits, ordinal day words (الرابع والعشرين، الخامس عشر), weekday names,
 * dates without a year, relative dates (أمس، اليوم، غداً، الشهر ذاته/الماضي، العام الماضي) and the
 * fiscal year (السنة المالية 2022). English likewise. Relative and year-less dates are resolved
 * against the publication date and the dates before them; without a publication date a relative
 * date stays unresolved (`date: null`) rather than guessed.
 */
import type { Certainty, DatePrecision } from '../model/types.ts';
import { DAY } from '../model/time.ts';
import { norm, normalise, tokens, type Normalised, type Token } from './normalize.ts';

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

const AR_MONTHS: [string, number][] = [
  ['كانون الثاني', 1],
  ['شباط', 2],
  ['آذار', 3],
  ['نيسان', 4],
  ['أيار', 5],
  ['حزيران', 6],
  ['تموز', 7],
  ['آب', 8],
  ['أيلول', 9],
  ['تشرين الأول', 10],
  ['تشرين الثاني', 11],
  ['كانون الأول', 12],
  ['يناير', 1],
  ['فبراير', 2],
  ['مارس', 3],
  ['أبريل', 4],
  ['إبريل', 4],
  ['ابريل', 4],
  ['مايو', 5],
  ['يونيو', 6],
  ['يونيه', 6],
  ['يوليو', 7],
  ['يوليه', 7],
  ['أغسطس', 8],
  ['اغسطس', 8],
  ['سبتمبر', 9],
  ['أكتوبر', 10],
  ['اكتوبر', 10],
  ['نوفمبر', 11],
  ['ديسمبر', 12],
];
const EN_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const EN_MONTH_ABBR = new Map<string, number>([
  ['jan', 1],
  ['feb', 2],
  ['mar', 3],
  ['apr', 4],
  ['jun', 6],
  ['jul', 7],
  ['aug', 8],
  ['sep', 9],
  ['sept', 9],
  ['oct', 10],
  ['nov', 11],
  ['dec', 12],
]);

/** Weekday names → 0 = Sunday … 6 = Saturday. */
const AR_WEEKDAYS = new Map(
  (
    [
      ['الأحد', 0],
      ['الاثنين', 1],
      ['الإثنين', 1],
      ['الثلاثاء', 2],
      ['الأربعاء', 3],
      ['الخميس', 4],
      ['الجمعة', 5],
      ['السبت', 6],
    ] as [string, number][]
  ).map(([w, d]) => [norm(w), d]),
);
const EN_WEEKDAYS = new Map(
  ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'].map((d, i) => [d, i]),
);

const UNITS: [string, number][] = [
  ['الأول', 1],
  ['الحادي', 1],
  ['الثاني', 2],
  ['الثالث', 3],
  ['الرابع', 4],
  ['الخامس', 5],
  ['السادس', 6],
  ['السابع', 7],
  ['الثامن', 8],
  ['التاسع', 9],
  ['العاشر', 10],
];
const AR_UNIT = new Map(UNITS.map(([w, n]) => [norm(w), n]));
const AR_TENS = new Map(
  (
    [
      ['العشرين', 20],
      ['العشرون', 20],
      ['الثلاثين', 30],
      ['الثلاثون', 30],
    ] as [string, number][]
  ).map(([w, n]) => [norm(w), n]),
);
const EN_ORDINAL_WORDS = new Map(
  [
    'first',
    'second',
    'third',
    'fourth',
    'fifth',
    'sixth',
    'seventh',
    'eighth',
    'ninth',
    'tenth',
    'eleventh',
    'twelfth',
    'thirteenth',
    'fourteenth',
    'fifteenth',
    'sixteenth',
    'seventeenth',
    'eighteenth',
    'nineteenth',
    'twentieth',
  ].map((w, i) => [w, i + 1]),
);

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const weekday = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).getUTCDay();
function addDays(date: string, n: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + n * DAY;
  return new Date(t).toISOString().slice(0, 10);
}
function parseDay(date: string): { y: number; m: number; d: number } {
  const [y, m, d] = date.split('-').map(Number);
  return { y: y!, m: m!, d: d! };
}
const AR_WEEKDAY_NAMES = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
const EN_WEEKDAY_NAMES = [...EN_WEEKDAYS.keys()];

/** Options for {@link findDates}. */
export interface DateOptions {
  lang: 'ar' | 'en';
  /** Publication date, `YYYY-MM-DD`: the reference for relative and year-less dates. */
  published?: string;
  within?: readonly { start: number; end: number }[];
  /** First month of the fiscal year (10 = the US federal year, 1 October); default 1. */
  fiscalStartMonth?: number;
}

interface Ctx {
  nt: Normalised;
  toks: Token[];
  lang: 'ar' | 'en';
  published?: string;
  fiscalStartMonth: number;
  /** The last resolved day or month (for "the same month", years of year-less dates). */
  prev?: { y: number; m: number; d?: number };
}

/** Strip a one-letter proclitic (و ف ب ل) from an Arabic word when the rest is in `set`. */
function bare<T>(w: string | undefined, set: Map<string, T>): T | undefined {
  if (w === undefined) return undefined;
  if (set.has(w)) return set.get(w);
  for (const c of ['و', 'ف', 'ب', 'ل', 'وب', 'ول', 'وف'])
    if (w.startsWith(c) && set.has(w.slice(c.length))) return set.get(w.slice(c.length));
  return undefined;
}

const AR_MONTH_SEQ = AR_MONTHS.map(([name, m]) => ({ toks: tokens(normalise(name)).map((t) => t.n), m }));

function arMonthAt(toks: Token[], i: number): { m: number; n: number } | null {
  let best: { m: number; n: number } | null = null;
  for (const seq of AR_MONTH_SEQ) {
    const first = toks[i]?.n;
    if (first === undefined) continue;
    const firstOk = first === seq.toks[0] || ['ب', 'و', 'ل', 'في'].some((c) => first === c + seq.toks[0]);
    if (!firstOk) continue;
    let ok = true;
    for (let j = 1; j < seq.toks.length; j++) if (toks[i + j]?.n !== seq.toks[j]) ok = false;
    if (ok && (!best || seq.toks.length > best.n)) best = { m: seq.m, n: seq.toks.length };
  }
  return best;
}

/** An Arabic ordinal day in words at token i: الخامس عشر، الرابع والعشرين، الثلاثين. */
function arOrdinalAt(toks: Token[], i: number): { d: number; n: number } | null {
  const w = toks[i]?.n;
  if (!w) return null;
  const tens = bare(w, AR_TENS);
  if (tens) return { d: tens, n: 1 };
  const unit = bare(w, AR_UNIT);
  if (unit === undefined) return null;
  const next = toks[i + 1]?.n;
  if (next === 'عشر') return { d: unit === 10 ? 10 : unit + 10, n: 2 };
  if (next && next.startsWith('و') && AR_TENS.has(next.slice(1)))
    return { d: unit + AR_TENS.get(next.slice(1))!, n: 2 };
  return { d: unit, n: 1 };
}

const num = (w: string | undefined) => (w !== undefined && /^\d+$/u.test(w) ? Number(w) : null);

/** Every date expression of `text`, resolved in reading order. */
export function findDates(text: string, options: DateOptions): DateMatch[] {
  const nt = normalise(text);
  const toks = tokens(nt);
  const ctx: Ctx = {
    nt,
    toks,
    lang: options.lang,
    fiscalStartMonth: options.fiscalStartMonth ?? 1,
    ...(options.published ? { published: options.published } : {}),
  };
  const out: DateMatch[] = [];
  for (let i = 0; i < toks.length;) {
    const m = options.lang === 'ar' ? arAt(ctx, i) : enAt(ctx, i);
    if (!m) {
      i++;
      continue;
    }
    const start = toks[i]!.start;
    const end = toks[m.last]!.end;
    const within = options.within;
    if (!within || within.some((r) => r.start <= start && end <= r.end)) {
      out.push({ start, end, exact: nt.cps.slice(start, end).join(''), ...m.value });
    }
    i = m.last + 1;
  }
  return out;
}

type Value = Omit<DateMatch, 'start' | 'end' | 'exact'>;

/** Year for a day or month printed without one: the previous date's, else the publication year (not in the future). */
function inferYear(ctx: Ctx, m: number, d?: number): { y: number; why: string } | null {
  if (ctx.prev) return { y: ctx.prev.y, why: 'year taken from the previous date in the text' };
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

function dayValue(
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
    const inf = inferYear(ctx, m, d);
    if (!inf)
      return {
        date: null,
        precision: 'day',
        certainty: 'low',
        inferred: true,
        rule,
        reasoning: 'no year in the text and no publication date to take it from',
      };
    year = inf.y;
    inferred = true;
    certainty = 'medium';
    why.push(inf.why);
  } else why.push('day, month and year printed');
  if (d < 1 || d > daysIn(year, m)) return null;
  if (wd !== null) {
    if (weekday(year, m, d) === wd) why.push('the weekday agrees');
    else {
      certainty = 'low';
      why.push(
        `the weekday printed (${EN_WEEKDAY_NAMES[wd]}) does not agree with the date (${EN_WEEKDAY_NAMES[weekday(year, m, d)]})`,
      );
    }
  }
  ctx.prev = { y: year, m, d };
  return { date: iso(year, m, d), precision: 'day', certainty, inferred, rule, reasoning: why.join('; ') };
}

function monthValue(ctx: Ctx, y: number | null, m: number, rule: string): Value {
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
  }
  ctx.prev = { y: year, m };
  return { date: `${year}-${pad(m)}`, precision: 'month', certainty, inferred: y === null, rule, reasoning };
}

/** Relative day offset from the publication date, with a weekday check when one is printed. */
function relativeDay(ctx: Ctx, offset: number, wd: number | null, rule: string, said: string): Value {
  if (!ctx.published)
    return {
      date: null,
      precision: 'day',
      certainty: 'low',
      inferred: true,
      rule,
      reasoning: `"${said}" needs the publication date (--published)`,
    };
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
  ctx.prev = { y, m, d };
  return { date, precision: 'day', certainty, inferred: true, rule, reasoning };
}

/** A weekday alone: the latest such day on or before the publication date (news reports the past). */
function weekdayAlone(ctx: Ctx, wd: number, next: boolean, rule: string): Value {
  if (!ctx.published)
    return {
      date: null,
      precision: 'day',
      certainty: 'low',
      inferred: true,
      rule,
      reasoning: 'a weekday alone needs the publication date (--published)',
    };
  const p = parseDay(ctx.published);
  const pw = weekday(p.y, p.m, p.d);
  const delta = next ? (wd - pw + 7) % 7 || 7 : -((pw - wd + 7) % 7);
  const date = addDays(ctx.published, delta);
  const { y, m, d } = parseDay(date);
  ctx.prev = { y, m, d };
  return {
    date,
    precision: 'day',
    certainty: 'low',
    inferred: true,
    rule,
    reasoning: `${next ? 'the next' : 'the latest'} ${EN_WEEKDAY_NAMES[wd]} ${next ? 'after' : 'on or before'} the publication date ${ctx.published} (assumed, the text gives the weekday only)`,
  };
}

function sameMonth(ctx: Ctx, offset: number, rule: string, said: string): Value {
  const base = offset === 0 && ctx.prev ? ctx.prev : ctx.published ? parseDay(ctx.published) : null;
  if (!base)
    return {
      date: null,
      precision: 'month',
      certainty: 'low',
      inferred: true,
      rule,
      reasoning: `"${said}" needs a date before it or the publication date`,
    };
  const t = new Date(Date.UTC(base.y, base.m - 1 + offset, 1));
  const y = t.getUTCFullYear();
  const m = t.getUTCMonth() + 1;
  ctx.prev = { y, m };
  const from =
    offset === 0 && ctx.prev ? 'the month of the previous date' : `the publication date ${ctx.published}`;
  return {
    date: `${y}-${pad(m)}`,
    precision: 'month',
    certainty: 'medium',
    inferred: true,
    rule,
    reasoning: `"${said}" resolved against ${from}`,
  };
}

function yearValue(ctx: Ctx, y: number, fiscal: boolean, rule: string): Value {
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

function arAt(ctx: Ctx, i: number): { last: number; value: Value } | null {
  const { toks } = ctx;
  const w = toks[i]!.n;
  let j = i;
  // Optional يوم + weekday before a date: "يوم السبت ٢٢ كانون الثاني".
  let wd: number | null = null;
  if (bare(w, new Map([['يوم', 1]]))) j++;
  const wdHere = bare(toks[j]?.n, AR_WEEKDAYS);
  if (wdHere !== undefined) {
    wd = wdHere;
    j++;
  }
  // Relative: (يوم) أمس (الأول) (weekday)
  const rel = toks[j]?.n;
  const relWord =
    rel === undefined
      ? undefined
      : bare(
          rel,
          new Map([
            [norm('أمس'), -1],
            [norm('البارحة'), -1],
            [norm('اليوم'), 0],
            [norm('غداً'), 1],
            [norm('غدا'), 1],
          ]),
        );
  if (relWord !== undefined && (j === i ? true : wd === null)) {
    let last = j;
    let offset = relWord;
    if (relWord === -1 && toks[j + 1]?.n === norm('الأول')) {
      offset = -2;
      last++;
    }
    const after = bare(toks[last + 1]?.n, AR_WEEKDAYS);
    if (after !== undefined) {
      wd = after;
      last++;
    }
    // "اليوم" alone is often "nowadays": only take it after يوم/في or with a weekday.
    if (relWord === 0 && j === i && wd === null && !['في', 'حتى'].includes(toks[i - 1]?.n ?? '')) return null;
    const said = ctx.nt.cps.slice(toks[i]!.start, toks[last]!.end).join('');
    return { last, value: relativeDay(ctx, offset, wd, 'ar:relative', said) };
  }
  // Day: digits or ordinal words, optional "من" / "شهر", month, optional year.
  let d: number | null = null;
  let k = j;
  const dn = num(toks[k]?.n);
  if (dn !== null && dn >= 1 && dn <= 31) {
    d = dn;
    k++;
  } else {
    const ord = arOrdinalAt(toks, k);
    if (ord) {
      d = ord.d;
      k += ord.n;
    }
  }
  if (d !== null) {
    let k2 = k;
    if (toks[k2]?.n === 'من') k2++;
    if (toks[k2]?.n === 'شهر') k2++;
    if (
      toks[k2]?.n === norm('الشهر') &&
      [norm('ذاته'), norm('نفسه')].includes(toks[k2 + 1]?.n ?? '') &&
      ctx.prev
    ) {
      const v = dayValue(ctx, ctx.prev.y, ctx.prev.m, d, wd, 'ar:day-same-month');
      if (v)
        return {
          last: k2 + 1,
          value: {
            ...v,
            certainty: 'medium',
            inferred: true,
            reasoning: 'month and year of the previous date in the text',
          },
        };
    }
    const mo = arMonthAt(toks, k2);
    if (mo) {
      let last = k2 + mo.n - 1;
      let y: number | null = null;
      let k3 = last + 1;
      if (['عام', 'العام', 'سنه', 'لعام', 'من'].includes(toks[k3]?.n ?? '')) k3++;
      if (toks[k3]?.n === 'عام') k3++;
      const yn = num(toks[k3]?.n);
      if (yn !== null && yn >= 1900 && yn <= 2100) {
        y = yn;
        last = k3;
      }
      const v = dayValue(ctx, y, mo.m, d, wd, 'ar:day-month' + (y ? '-year' : ''));
      if (v) return { last, value: v };
    }
  }
  // Month (شهر) + optional year.
  {
    let k2 = j;
    if (bare(toks[k2]?.n, new Map([['شهر', 1]]))) k2++;
    const mo = arMonthAt(toks, k2);
    if (mo && wd === null) {
      let last = k2 + mo.n - 1;
      let y: number | null = null;
      let k3 = last + 1;
      if (['عام', 'العام', 'لعام', 'من'].includes(toks[k3]?.n ?? '')) k3++;
      const yn = num(toks[k3]?.n);
      if (yn !== null && yn >= 1900 && yn <= 2100) {
        y = yn;
        last = k3;
      }
      // A bare month name that is also a common word (مارس "practises", آب "August"/"father") needs شهر or a year.
      const ambiguousWord = ['مارس', 'اب', 'مايو'].includes(toks[k2]!.n);
      if (!(ambiguousWord && y === null && k2 === j))
        return { last, value: monthValue(ctx, y, mo.m, 'ar:month' + (y ? '-year' : '')) };
    }
  }
  // Weekday alone: (يوم) السبت (المقبل/القادم/الماضي)
  if (wd !== null) {
    let last = j - 1;
    const nx = toks[j]?.n;
    let next = false;
    if (nx === norm('المقبل') || nx === norm('القادم')) {
      next = true;
      last = j;
    } else if (nx === norm('الماضي') || nx === norm('الفائت')) last = j;
    return { last, value: weekdayAlone(ctx, wd, next, 'ar:weekday') };
  }
  // The same / last month, last year.
  if (bare(w, new Map([[norm('الشهر'), 1]]))) {
    const nx = toks[i + 1]?.n;
    const said = () => ctx.nt.cps.slice(toks[i]!.start, toks[i + 1]!.end).join('');
    if (nx === norm('ذاته') || nx === norm('نفسه'))
      return { last: i + 1, value: sameMonth(ctx, 0, 'ar:same-month', said()) };
    if (nx === norm('الماضي') || nx === norm('الفائت'))
      return {
        last: i + 1,
        value: sameMonth({ ...ctx, prev: undefined } as Ctx, -1, 'ar:last-month', said()),
      };
    if (nx === norm('الجاري') || nx === norm('الحالي'))
      return {
        last: i + 1,
        value: sameMonth({ ...ctx, prev: undefined } as Ctx, 0, 'ar:this-month', said()),
      };
  }
  // Year: عام 2022، العام 2022، سنة 2022، السنة المالية 2022
  {
    const yw = bare(
      w,
      new Map([
        ['عام', 1],
        ['العام', 1],
        ['سنه', 1],
        ['السنه', 1],
        ['للسنه', 1],
        ['للعام', 1],
      ]),
    );
    if (yw) {
      let k2 = i + 1;
      let fiscal = false;
      if (toks[k2]?.n === norm('المالية')) {
        fiscal = true;
        k2++;
      }
      const yn = num(toks[k2]?.n);
      if (yn !== null && yn >= 1900 && yn <= 2100)
        return { last: k2, value: yearValue(ctx, yn, fiscal, fiscal ? 'ar:fiscal-year' : 'ar:year') };
    }
  }
  return null;
}

function enMonthAt(w: string | undefined): number | null {
  if (!w) return null;
  const full = EN_MONTHS.indexOf(w);
  if (full >= 0) return full + 1;
  return EN_MONTH_ABBR.get(w) ?? null;
}

function enDayNum(w: string | undefined): number | null {
  if (!w) return null;
  const m = /^(\d{1,2})(st|nd|rd|th)?$/u.exec(w);
  if (m) return Number(m[1]);
  return EN_ORDINAL_WORDS.get(w) ?? null;
}

function enAt(ctx: Ctx, i: number): { last: number; value: Value } | null {
  const { toks, nt } = ctx;
  const cap = (t: Token | undefined) => !!t && /\p{Lu}/u.test(nt.cps[t.start]!);
  let j = i;
  let wd: number | null = null;
  const w0 = EN_WEEKDAYS.get(toks[j]!.n);
  if (w0 !== undefined && cap(toks[j])) {
    wd = w0;
    j++;
  }
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
  if (mo !== null && !(toks[j]!.n === 'may' && !/\d/u.test(toks[j + 1]?.n ?? ''))) {
    const d = enDayNum(toks[j + 1]?.n);
    if (d !== null && /\d/u.test(toks[j + 1]!.n)) {
      let last = j + 1;
      const yn = num(toks[j + 2]?.n);
      let y: number | null = null;
      if (yn !== null && yn >= 1900 && yn <= 2100) {
        y = yn;
        last = j + 2;
      }
      const v = dayValue(ctx, y, mo, d, wd, 'en:month-day' + (y ? '-year' : ''));
      if (v) return { last, value: v };
    }
    if (wd === null) {
      const yn = num(toks[j + 1]?.n);
      if (yn !== null && yn >= 1900 && yn <= 2100)
        return { last: j + 1, value: monthValue(ctx, yn, mo, 'en:month-year') };
      if (
        ['in', 'of', 'since', 'until', 'by', 'early', 'late', 'mid'].includes(toks[i - 1]?.n ?? '') &&
        EN_MONTHS.includes(toks[j]!.n)
      )
        return { last: j, value: monthValue(ctx, null, mo, 'en:month') };
    }
  }
  const d = enDayNum(toks[j]?.n);
  if ((d !== null && /\d/u.test(toks[j]!.n)) || (d !== null && toks[j - 1]?.n === 'the')) {
    let k = j + 1;
    if (toks[k]?.n === 'of') k++;
    const m2 = cap(toks[k]) ? enMonthAt(toks[k]?.n) : null;
    if (m2 !== null) {
      let last = k;
      const yn = num(toks[k + 1]?.n);
      let y: number | null = null;
      if (yn !== null && yn >= 1900 && yn <= 2100) {
        y = yn;
        last = k + 1;
      }
      const v = dayValue(ctx, y, m2, d!, wd, 'en:day-month' + (y ? '-year' : ''));
      if (v) return { last, value: v };
    }
  }
  if (wd !== null) {
    const nx = toks[j]?.n;
    const next = nx === 'next' || toks[i - 1]?.n === 'next';
    return { last: j - 1, value: weekdayAlone(ctx, wd, next, 'en:weekday') };
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
  if (['in', 'since', 'until', 'during'].includes(toks[i - 1]?.n ?? '') && /^\d{4}$/u.test(w)) {
    const yn = Number(w);
    if (yn >= 1900 && yn <= 2100) return { last: i, value: yearValue(ctx, yn, false, 'en:year') };
  }
  return null;
}

/** Weekday name in the article's language (for titles). */
export function weekdayName(date: string, lang: 'ar' | 'en'): string {
  const { y, m, d } = parseDay(date);
  const wd = weekday(y, m, d);
  return lang === 'ar' ? AR_WEEKDAY_NAMES[wd]! : EN_WEEKDAY_NAMES[wd]!;
}

/** Arabic date expressions at a token: day + month (+ year), months, relative days, weekdays, years. */
import { norm, normalise, tokens, type Token } from '../normalize.ts';
import { sentenceBetween, weekdayThenComma } from './apposition.ts';
import { futureCueBefore } from './future.ts';
import { AR_COUNTS, AR_MONTHS, AR_WEEKDAYS, AR_UNIT, AR_TENS, bare, num } from './words.ts';
import {
  type Ctx,
  type Value,
  dayValue,
  firstDayValue,
  storyFirstDay,
  firstOfRange,
  monthValue,
  lastMonthValue,
  nextMonthValue,
  relativeDay,
  sameMonth,
  yearValue,
} from './values.ts';
import { daysAfterPrevious, monthsAfterPrevious } from './counts.ts';
import { weekdayNamesPlace } from './weekday-place.ts';
import { weekdayInRange } from './weekday-range.ts';
import { yearAfterAt } from './year-after.ts';

export const AR_MONTH_SEQ = AR_MONTHS.map(([name, m]) => ({
  toks: tokens(normalise(name)).map((t) => t.n),
  m,
}));

export function arMonthAt(toks: Token[], i: number): { m: number; n: number } | null {
  let best: { m: number; n: number } | null = null;
  for (const seq of AR_MONTH_SEQ) {
    const first = toks[i]?.n;
    if (first === undefined) continue;
    // A clitic before آب is never read as "in August": باب is "door", واب/لاب are other words.
    const firstOk =
      first === seq.toks[0] ||
      (seq.toks[0] !== 'اب' && ['ب', 'و', 'ل', 'في'].some((c) => first === c + seq.toks[0]));
    if (!firstOk) continue;
    let ok = true;
    for (let j = 1; j < seq.toks.length; j++) if (toks[i + j]?.n !== seq.toks[j]) ok = false;
    if (ok && (!best || seq.toks.length > best.n)) best = { m: seq.m, n: seq.toks.length };
  }
  return best;
}

/** An Arabic ordinal day in words at token i: الخامس عشر، الرابع والعشرين، الثلاثين. */
export function arOrdinalAt(toks: Token[], i: number): { d: number; n: number } | null {
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

const DAYS = new Set([norm('أيام'), norm('يوماً'), norm('يوما')]);
const WEEKS = new Set([norm('أسابيع'), norm('اسابيع')]);
const MONTHS = new Set([norm('أشهر'), norm('شهور')]);
/**
 * Prepositions of time: after them a month name that is also a word («مايو», «مارس», «آب») is the month
 * («خلال مايو», «منذ مارس»; round 13).
 */
const AR_TIME_PREPOSITIONS = new Set(
  ['في', 'خلال', 'منذ', 'حتى', 'بحلول', 'مطلع', 'أوائل', 'أواخر', 'منتصف', 'نهاية', 'بداية'].map(norm),
);
const SAME = [norm('نفسه'), norm('ذاته')];
const SAME_F = [norm('نفسها'), norm('ذاتها')];
const NIGHT_DAY = [norm('اليوم'), norm('الليلة')];
/** Parts of a day said "the same" (round 27): «في الصباح نفسه», «الظهيرة نفسها», «نفس المساء». */
const PART_OF_DAY = [norm('الصباح'), norm('المساء'), norm('الظهر'), norm('العصر')];
const PART_OF_DAY_F = [norm('الليلة'), norm('الظهيرة'), norm('الأمسية')];

/**
 * A month name at token i, and its other calendar's name after a slash or in brackets, «مارس/آذار»,
 * «آذار (مارس)»: one month, `n` tokens in all. Two different months are not a pair.
 */
export function arMonthPairAt(ctx: Ctx, i: number): { m: number; n: number } | null {
  const { toks } = ctx;
  const mo = arMonthAt(toks, i);
  if (!mo) return null;
  const a = toks[i + mo.n - 1]!;
  const b = toks[i + mo.n];
  if (!b) return mo;
  const gap = ctx.nt.cps.slice(a.end, b.start).join('').trim();
  if (gap !== '/' && gap !== '(') return mo;
  const other = arMonthAt(toks, i + mo.n);
  if (!other || other.m !== mo.m) return mo;
  return { m: mo.m, n: mo.n + other.n };
}

/**
 * A word that names what a day is counted from: «للكارثة», «لوصول» (the preposition ل fused to a noun);
 * not a verb after ل («ليشمل», «لتصل»: "so as to include") nor «لا».
 */
const namesEvent = (t: Token | undefined) =>
  !!t && t.n.length > 3 && (t.n.startsWith('لل') || (t.n.startsWith('ل') && !/^ل[يتن]/u.test(t.n)));

/** «اليوم التالي/السابق»، «اليوم الذي تلاه»، «بعد ثلاثة أيام»، «بعد يومين» at token j: the offset in days. */
export function arDaysAfter(
  toks: Token[],
  j: number,
): { last: number; offset: number; fromEvent?: boolean; event?: string; months?: number } | null {
  const w = toks[j]?.n;
  if (w === undefined) return null;
  // «في نفس اليوم» (and «نفس الليلة», round 24); «في ذلك اليوم» ("on that day", round 20): the day given before.
  if (
    bare(w, new Map([['نفس', 1]])) &&
    [...NIGHT_DAY, ...PART_OF_DAY, ...PART_OF_DAY_F].includes(toks[j + 1]?.n ?? '')
  )
    return { last: j + 1, offset: 0 };
  // «في الليلة نفسها» ("the same night", round 24), «في الصباح نفسه» ("the same morning", round 27):
  // the day given before.
  if (PART_OF_DAY_F.includes(w) && SAME_F.includes(toks[j + 1]?.n ?? '')) return { last: j + 1, offset: 0 };
  if (PART_OF_DAY.includes(w) && SAME.includes(toks[j + 1]?.n ?? '')) return { last: j + 1, offset: 0 };
  if (w === norm('ذلك') && toks[j + 1]?.n === norm('اليوم')) return { last: j + 1, offset: 0 };
  // «تلك الليلة», «ذلك المساء» ("that night", "that evening"; round 29b): the day given before.
  if (w === norm('تلك') && PART_OF_DAY_F.includes(toks[j + 1]?.n ?? '')) return { last: j + 1, offset: 0 };
  if (w === norm('ذلك') && PART_OF_DAY.includes(toks[j + 1]?.n ?? '')) return { last: j + 1, offset: 0 };
  if (bare(w, new Map([[norm('اليوم'), 1]]))) {
    const nx = toks[j + 1]?.n;
    // «اليوم التالي للإعصار», «… لاندلاعه»: from the day of the event it names (`anchor.ts`).
    if (nx === norm('التالي'))
      return {
        last: j + 1,
        offset: 1,
        ...(namesEvent(toks[j + 2]) ? { fromEvent: true, event: toks[j + 2]!.n.replace(/^لل|^ل/u, '') } : {}),
      };
    if (nx !== undefined && SAME.includes(nx)) return { last: j + 1, offset: 0 };
    if (nx === norm('السابق')) return { last: j + 1, offset: -1 };
    if (nx === norm('الذي') && toks[j + 2]?.n === norm('تلاه')) return { last: j + 2, offset: 1 };
    return null;
  }
  // «قبل يوم» ("a day before"): the day before the date given before it; not «قبل يوم الأحد» nor
  // «قبل يوم 5 أيار» ("before Sunday", "before 5 May").
  if (bare(w, new Map([['قبل', 1]])) && toks[j + 1]?.n === 'يوم') {
    const n2 = toks[j + 2]?.n;
    const dated = bare(n2, AR_WEEKDAYS) !== undefined || num(n2) !== null || !!arMonthAt(toks, j + 2);
    return dated ? null : { last: j + 1, offset: -1 };
  }
  // «قبل ثلاثة أيام من الكارثة», «قبل يومين من الهجوم» (round 27): that many days before the event
  // the story is about. Without «من» it counts back from publication ("three days ago"): not here.
  if (bare(w, new Map([['قبل', 1]]))) {
    const n1 = toks[j + 1]?.n;
    const count =
      n1 === norm('يومين') ? 2 : (num(n1) ?? (n1 === undefined ? undefined : AR_COUNTS.get(n1)) ?? null);
    const last = n1 === norm('يومين') ? j + 1 : j + 2;
    if (count === null || count > 31 || (last === j + 2 && !DAYS.has(toks[j + 2]?.n ?? ''))) return null;
    // Round 29b: the event's noun after «من» names the day it counts from («قبل يومين من مقتله»).
    const event = toks[last + 2]?.n;
    return toks[last + 1]?.n === 'من'
      ? { last, offset: -count, fromEvent: true, ...(event ? { event } : {}) }
      : null;
  }
  if (!bare(w, new Map([[norm('بعد'), 1]]))) return null;
  const n1 = toks[j + 1]?.n;
  // «… من الكارثة»: counted from the event the story is about.
  const fromEvent = (k: number) => toks[k + 1]?.n === 'من';
  if (n1 === norm('يومين')) return { last: j + 1, offset: 2, fromEvent: fromEvent(j + 1) };
  if (n1 === norm('أسبوع')) return { last: j + 1, offset: 7, fromEvent: fromEvent(j + 1) };
  // «بعد شهر (من …)», «بعد شهرين»; not «بعد شهر آذار» ("after the month of March").
  if (n1 === 'شهر' && !arMonthAt(toks, j + 2))
    return { last: j + 1, offset: 0, months: 1, fromEvent: fromEvent(j + 1) };
  if (n1 === 'شهرين') return { last: j + 1, offset: 0, months: 2, fromEvent: fromEvent(j + 1) };
  if (n1 === norm('أسبوعين')) return { last: j + 1, offset: 14, fromEvent: fromEvent(j + 1) };
  const count = num(n1) ?? (n1 === undefined ? undefined : AR_COUNTS.get(n1)) ?? null;
  if (count !== null && count <= 31 && DAYS.has(toks[j + 2]?.n ?? ''))
    return { last: j + 2, offset: count, fromEvent: fromEvent(j + 2) };
  if (count !== null && count <= 10 && WEEKS.has(toks[j + 2]?.n ?? ''))
    return { last: j + 2, offset: 7 * count, fromEvent: fromEvent(j + 2) };
  if (count !== null && count <= 11 && MONTHS.has(toks[j + 2]?.n ?? ''))
    return { last: j + 2, offset: 0, months: count, fromEvent: fromEvent(j + 2) };
  return null;
}

/**
 * The second day of a range after a day at token k: «و5», «و 5», «إلى 7», «حتى 7», later in the same
 * month (`next`: the token after it); round 22: with its weekday, «من السبت 8 إلى الاثنين 10».
 */
function arRangeEndAt(toks: Token[], k: number, d: number): { d: number; next: number } | null {
  const w = toks[k]?.n;
  if (w === undefined) return null;
  let d2: number | null = null;
  let next = k + 1;
  if (w.startsWith('و') && w.length > 1) d2 = num(w.slice(1));
  else if (['و', 'الي', 'الى', 'حتي', 'حتى'].includes(w)) {
    const named = bare(toks[k + 1]?.n, AR_WEEKDAYS) !== undefined ? 1 : 0;
    d2 = num(toks[k + 1 + named]?.n);
    next = k + 2 + named;
  }
  return d2 !== null && d2 > d && d2 <= 31 ? { d: d2, next } : null;
}

/** Words for a part of a year before it: late, early, the middle, the start, the end. */
const AR_PART_OF_YEAR = new Map(
  ['أواخر', 'أوائل', 'مطلع', 'منتصف', 'أواسط', 'بداية', 'نهاية'].map((x) => [norm(x), 1]),
);

export function arAt(ctx: Ctx, i: number): { last: number; value: Value; range?: boolean } | null {
  const { toks } = ctx;
  const w = toks[i]!.n;
  let j = i;
  // Optional يوم + weekday before a date: "يوم السبت ٢٢ كانون الثاني".
  let wd: number | null = null;
  if (bare(w, new Map([['يوم', 1]]))) j++;
  const wdHere = bare(toks[j]?.n, AR_WEEKDAYS);
  if (wdHere !== undefined && j === i && weekdayNamesPlace(toks[i - 1]?.n)) return null;
  if (wdHere !== undefined) {
    wd = wdHere;
    j++;
  }
  const yearAfter = wd === null ? yearAfterAt(ctx, i) : null;
  if (yearAfter) return yearAfter;
  // Days after the previous date: في اليوم التالي، (يوم الخميس،) بعد ثلاثة أيام (من الكارثة).
  const later = wd !== null && sentenceBetween(ctx, j - 1, j) ? null : arDaysAfter(toks, j);
  // «يوم الخميس، بعد ثلاثة أيام من بدء الأمطار» with no day before it: an apposition (`apposition.ts`).
  if (later && wd !== null && !later.months && !ctx.days?.length && weekdayThenComma(ctx, j - 1, j))
    return {
      last: later.last,
      value: weekdayInRange(ctx, i, j - 1, wd, futureCueBefore(ctx, i), 'ar:weekday'),
    };
  if (later) {
    const said = ctx.nt.cps.slice(toks[i]!.start, toks[later.last]!.end).join('');
    return {
      last: later.last,
      value: later.months
        ? monthsAfterPrevious(ctx, later.months, 'ar:months-after', said, later.fromEvent)
        : daysAfterPrevious(ctx, later.offset, wd, 'ar:days-after', said, later.fromEvent, later.event),
    };
  }
  // «اليوم الأول للهجوم» / «اليوم الأول من الهجوم»: the day the text said it began.
  if (w === norm('اليوم') && toks[i + 1]?.n === norm('الأول')) {
    const nx = toks[i + 2]?.n ?? '';
    // «قتلوا في اليوم الأول» with no noun (round 20): the story's first day, never today.
    if (nx !== 'من' && !nx.startsWith('لل')) {
      if (!ctx.days?.length) return null;
      const said = ctx.nt.cps.slice(toks[i]!.start, toks[i + 1]!.end).join('');
      return { last: i + 1, value: storyFirstDay(ctx, 'ar:first-day', said) };
    }
    if (nx === 'من' || (nx.startsWith('لل') && nx.length > 3)) {
      const last = nx === 'من' ? i + 3 : i + 2;
      if (toks[last]) {
        const said = ctx.nt.cps.slice(toks[i]!.start, toks[last]!.end).join('');
        const v = firstDayValue(ctx, 'ar:first-day', said);
        if (v) return { last, value: v };
      }
    }
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
  // A day range, «4 و5 تشرين الأول», «بين 14 و16 أبريل», «من 3 إلى 7 آذار»: its first day.
  const to = d === null ? null : arRangeEndAt(toks, k, d);
  if (to) k = to.next;
  if (d !== null) {
    let k2 = k;
    if (toks[k2]?.n === 'من') k2++;
    if (toks[k2]?.n === 'شهر') k2++;
    // «العشرين من الشهر نفسه», and «في التاسع منه» ("on the ninth of it", round 27): the month of
    // the date before.
    const sameMonthWords =
      toks[k2]?.n === norm('الشهر') && [norm('ذاته'), norm('نفسه')].includes(toks[k2 + 1]?.n ?? '')
        ? 2
        : toks[k]?.n === norm('منه')
          ? 1
          : 0;
    if (sameMonthWords && ctx.prev) {
      const v = dayValue(ctx, ctx.prev.y, ctx.prev.m, d, wd, 'ar:day-same-month');
      if (v)
        return {
          last: sameMonthWords === 2 ? k2 + 1 : k,
          value: {
            ...v,
            certainty: 'medium',
            inferred: true,
            reasoning: 'month and year of the previous date in the text',
          },
        };
    }
    const mo = arMonthPairAt(ctx, k2);
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
      const v = dayValue(ctx, y, mo.m, d, wd, (to ? 'ar:day-range' : 'ar:day-month') + (y ? '-year' : ''));
      if (v) return { last, value: to ? firstOfRange(v, d, to.d) : v, ...(to ? { range: true } : {}) };
    }
  }
  // Month (شهر) + optional year.
  {
    let k2 = j;
    if (bare(toks[k2]?.n, new Map([['شهر', 1]]))) k2++;
    const mo = arMonthPairAt(ctx, k2);
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
      const ambiguousWord = ['مارس', 'اب', 'مايو'].includes(toks[k2]!.n) && mo.n === 1;
      // «أبريل الماضي» ("last April") counts back from the publication date.
      const after = toks[last + 1]?.n;
      if (y === null && (after === norm('الماضي') || after === norm('الفائت')))
        return {
          last: last + 1,
          value: lastMonthValue(ctx, mo.m, 'ar:month-last', `${toks[k2]!.n} ${after}`),
        };
      // «يناير المقبل» ("next January") counts forward from it.
      if (y === null && (after === norm('المقبل') || after === norm('القادم')))
        return {
          last: last + 1,
          value: nextMonthValue(ctx, mo.m, 'ar:month-next', `${toks[k2]!.n} ${after}`),
        };
      if (!(ambiguousWord && y === null && k2 === j && !AR_TIME_PREPOSITIONS.has(toks[j - 1]?.n ?? '')))
        return { last, value: monthValue(ctx, y, mo.m, 'ar:month' + (y ? '-year' : '')) };
    }
  }
  // Weekday alone: (يوم) السبت (المقبل/القادم/الماضي)
  if (wd !== null) {
    let last = j - 1;
    const nx = toks[j]?.n;
    let next = futureCueBefore(ctx, i);
    if (nx === norm('المقبل') || nx === norm('القادم')) {
      next = true;
      last = j;
    } else if (nx === norm('الماضي') || nx === norm('الفائت')) last = j;
    return { last, value: weekdayInRange(ctx, i, last, wd, next, 'ar:weekday') };
  }
  // The same / last month, last year.
  // Round 28: «مطلع الشهر», «أواخر الشهر الماضي»: a part of the month is that month.
  const part = bare(w, AR_PART_OF_YEAR) !== undefined && toks[i + 1]?.n === norm('الشهر') ? 1 : 0;
  if (bare(toks[i + part]?.n, new Map([[norm('الشهر'), 1]]))) {
    const k = i + part;
    const nx = toks[k + 1]?.n;
    const said = (to: number) => ctx.nt.cps.slice(toks[i]!.start, toks[to]!.end).join('');
    if (nx === norm('ذاته') || nx === norm('نفسه'))
      return { last: k + 1, value: sameMonth(ctx, 0, 'ar:same-month', said(k + 1)) };
    if (nx === norm('الماضي') || nx === norm('الفائت'))
      return {
        last: k + 1,
        value: sameMonth({ ...ctx, prev: undefined } as Ctx, -1, 'ar:last-month', said(k + 1)),
      };
    if (nx === norm('الجاري') || nx === norm('الحالي'))
      return {
        last: k + 1,
        value: sameMonth({ ...ctx, prev: undefined } as Ctx, 0, 'ar:this-month', said(k + 1)),
      };
    // «مطلع الشهر» alone: the month of the date before (else of publication); «مطلع الشهر المقبل» is not read.
    if (part && nx !== norm('المقبل') && nx !== norm('القادم'))
      return { last: k, value: sameMonth(ctx, 0, 'ar:part-of-month', said(k)) };
  }
  // A part of a year: «أواخر 2020»، «مطلع عام 2021»، «منتصف 2019»: the year, the part said.
  if (bare(w, AR_PART_OF_YEAR)) {
    let k2 = i + 1;
    if (['عام', 'العام', 'سنه'].includes(toks[k2]?.n ?? '')) k2++;
    const yn = num(toks[k2]?.n);
    if (yn !== null && yn >= 1900 && yn <= 2100) {
      const v = yearValue(ctx, yn, false, 'ar:part-of-year');
      const said = ctx.nt.cps.slice(toks[i]!.start, toks[i]!.end).join('');
      return {
        last: k2,
        value: { ...v, certainty: 'medium', reasoning: `year printed; «${said}» in it: no month is given` },
      };
    }
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
        ['عامي', 1],
      ]),
    );
    if (yw) {
      let k2 = i + 1;
      let fiscal = false;
      if (toks[k2]?.n === norm('المالية')) {
        fiscal = true;
        k2++;
      }
      // After the year word a number of four digits is a year, however early («عام 1883»).
      const yn = /^\d{4}$/u.test(toks[k2]?.n ?? '') ? num(toks[k2]?.n) : null;
      // «عامي 1755 و1761» ("the years 1755 and 1761"): the first year, the span both.
      const dual = w.endsWith('عامي');
      if (dual && !/^و\d{4}$/u.test(toks[k2 + 1]?.n ?? '')) return null;
      if (yn !== null && yn >= 1000 && yn <= 2100)
        return {
          last: dual ? k2 + 1 : k2,
          value: yearValue(ctx, yn, fiscal, fiscal ? 'ar:fiscal-year' : dual ? 'ar:years' : 'ar:year'),
        };
    }
  }
  return null;
}

/**
 * Which day a count ("the next day", «في اليوم التالي», "two days later") starts from (issue 18,
 * round 20). A reader counts from the last day the story's own line of events reached, not from the
 * last date written. Dates written in between that are not that line are passed over:
 * - a day that ends a span ("the warning stayed in place into Thursday", «من مساء الأحد حتى صباح
 *   الاثنين», «لم تُخمد النيران إلا صباح السبت»): the line reached the span's start, the end is how long it lasted;
 * - the date of what the event came before ("on the eve of the anniversary on 22 January», «عشية
 *   الذكرى … في 22 كانون الثاني»): a date of something else, which the event preceded;
 * - a report's day (`report.ts`), and a flashback's day or a state's start after "since" / «منذ»
 *   (`background.ts`) once the paragraph that told it has ended: a new paragraph goes back to the line.
 * "The day after the quake", «اليوم التالي للإعصار» name the event they count from: the first day given
 * in a sentence naming it ("The quake struck on Friday"), else the story's first day that is not the
 * report's own (the publication date: the day it is told, not the day it happened).
 *
 * Guards: a span's end is read only after "until", "till", "into", "through", «حتى», «لغاية», or
 * (round 22) «إلا» after a negation in its clause («لم تتم السيطرة على الحريق إلا صباح السبت», not until
 * Saturday morning), with at most a part of the day between; an eve only after "eve", "ahead", «عشية», «قبيل» in the same clause,
 * a few words before. When every day before is passed over, the latest is counted from as before.
 */
import { norm } from '../normalize.ts';
import { futureCueBefore } from './future.ts';
import type { Ctx } from './values.ts';
import { addDays } from './words.ts';

const SPAN_END = new Set(['until', 'till', 'into', 'through', 'حتى', 'لغاية'].map(norm));
const EVE = new Set(['eve', 'ahead', 'عشية', 'قبيل'].map(norm));
const DAY_PART = new Set(
  ['early', 'late', 'morning', 'صباح', 'مساء', 'ليل', 'ليلة', 'فجر', 'ظهر', 'بعد', 'منتصف'].map(norm),
);
/** «لم تتم السيطرة عليه إلا صباح السبت» ("not until Saturday morning", round 22): «إلا» after a negation. */
const ONLY = norm('إلا');
const AR_NOT = new Set(['لم', 'ولم', 'لا', 'ولا', 'لن', 'ما'].map(norm));
/** How many words before «إلا» its negation may stand. */
const NOT_REACH = 8;
function negatedBefore(ctx: Ctx, k: number): boolean {
  for (let q = k - 1; q >= 0 && q >= k - NOT_REACH; q--) {
    if (clauseBreak(ctx, q)) return false;
    if (AR_NOT.has(ctx.toks[q]!.n)) return true;
  }
  return false;
}
/** How many words before the date an eve cue may stand. */
const EVE_REACH = 8;

const clauseBreak = (ctx: Ctx, k: number) =>
  ctx.nt.cps.slice(ctx.toks[k]!.end, ctx.toks[k + 1]!.start).some((c) => /^[.!?؟\n,،;؛:]$/u.test(c));

/** Whether the day at token `i` ends a span or dates what the event came before: no count starts there. */
export function otherDay(ctx: Ctx, i: number): boolean {
  const { toks } = ctx;
  let k = i - 1;
  while (k >= i - 2 && k >= 0 && DAY_PART.has(toks[k]!.n) && !clauseBreak(ctx, k)) k--;
  if (k >= 0 && SPAN_END.has(toks[k]!.n) && !clauseBreak(ctx, k)) return true;
  if (k >= 0 && toks[k]!.n === ONLY && !clauseBreak(ctx, k) && negatedBefore(ctx, k)) return true;
  for (let e = i - 1; e >= 0 && e >= i - EVE_REACH; e--) {
    if (clauseBreak(ctx, e)) return false;
    if (EVE.has(toks[e]!.n)) return true;
  }
  return false;
}

/** Marks the days `ctx.days` gained from index `from` as days no count starts from. */
export function markOther(ctx: Ctx, from: number): void {
  for (let k = from; k < (ctx.days?.length ?? 0); k++) (ctx.other ??= new Set()).add(k);
}

/** Whether a paragraph ends between code points `a` and `b`. */
export function paragraphBetween(ctx: Ctx, a: number, b: number): boolean {
  for (let c = Math.min(a, b); c < Math.max(a, b); c++) if (ctx.nt.cps[c] === '\n') return true;
  return false;
}

/** Sentence bounds (code points) around `at`. */
function sentenceOf(ctx: Ctx, at: number): { s: number; e: number } {
  const cps = ctx.nt.cps;
  // A full stop ends a sentence unless a digit or a lower-case letter follows it ("6.58 p.m. on").
  const stop = (k: number) => {
    const c = cps[k];
    if (c === undefined || !/^[.!?؟\n]$/u.test(c)) return false;
    if (c !== '.') return true;
    let n = k + 1;
    while (cps[n] === ' ') n++;
    return !/^[\p{Ll}\d]$/u.test(cps[n] ?? '');
  };
  let s = at;
  while (s > 0 && !stop(s - 1)) s--;
  let e = at;
  while (e < cps.length && !stop(e)) e++;
  return { s, e };
}

/**
 * An Arabic event noun and its verb: «الغرق» → «غرق»; «انهيار» → «انهار», «اندلاعه» → «اندلاع», «مقتله» → «قتل»,
 * «اندلع» (a long vowel in its last three letters drops in the past tense: «وصول» → «وصل»); none shorter than three letters.
 */
function arabicForms(noun: string): string[] {
  const bare = noun.replace(/^ال/u, '').replace(/(?<=...)(?:ها|ه)$/u, '');
  const verbs = [...bare].flatMap((c, k) =>
    k > 0 && k >= bare.length - 3 && k < bare.length - 1 && 'اوي'.includes(c)
      ? [bare.slice(0, k) + bare.slice(k + 1)]
      : [],
  );
  // Round 29b: a noun of place and time on «م» is its verb's («مقتله» → «قتل», as in «وقتلوه»).
  const root = bare.length >= 4 && bare.startsWith('م') ? [bare.slice(1)] : [];
  return [...new Set([bare, ...verbs, ...root])].filter((f) => f.length >= 3);
}

/**
 * The day an event named by a count happened ("the day after the quake", «اليوم التالي للغرق»): in the
 * first sentence before the count that names it (the word `noun`; in Arabic a word holding it or its
 * verb, for clitics: «وغرقت» for «الغرق», «وانهار» for «الانهيار») and gives a day other than the publication date, the last such day
 * ("the ferry, which left on Friday, sank on Saturday"); else the first day that is not the
 * publication date; else the first.
 */
export function eventDay(ctx: Ctx, days: readonly string[], noun?: string): string {
  const starts = ctx.dayStarts ?? [];
  const before = ctx.at === undefined ? Infinity : ctx.toks[ctx.at]!.start;
  const forms = noun && ctx.lang === 'ar' ? arabicForms(noun) : [];
  const names = (n: string) => (ctx.lang === 'ar' ? forms.some((f) => n.includes(f)) : n === noun);
  const told = (k: number) => days[k] !== ctx.published && starts[k] !== undefined;
  if (noun)
    for (let k = 0; k < days.length; k++) {
      if (!told(k)) continue;
      const { s, e } = sentenceOf(ctx, starts[k]!);
      if (!ctx.toks.some((t) => t.start >= s && t.end <= Math.min(e, before) && names(t.n))) continue;
      let last = k;
      for (let q = k + 1; q < days.length; q++) if (told(q) && starts[q]! < e) last = q;
      return days[last]!;
    }
  return days.find((d) => d !== ctx.published) ?? days[0]!;
}

/**
 * A count told as past never lands after publication (round 22): "schools stayed closed the next day"
 * after "rescuers were still digging on Wednesday" (the publication day) counts from the day of the
 * story before it, the latest day given whose count falls on or before the publication date; so does
 * "the same day" (round 24) after a date to come ("campaigns for the March 20 vote … police arrested
 * dozens the same day"). A day told as to come (`markAhead`: "more rain was expected from Thursday")
 * is never such a count's day, even on the publication date. Guards: only a count forward or of the
 * same day, never with a future cue in its clause ("schools will stay closed the next day"), and the
 * day `from` is kept when no day before it fits.
 */
export function pastCount(ctx: Ctx, days: readonly string[], from: string, offset: number): string {
  const p = ctx.published;
  const ahead = (k: number) => !!ctx.ahead?.has(k);
  if (!p || offset < 0 || (addDays(from, offset) <= p && !ahead(days.lastIndexOf(from)))) return from;
  if (ctx.at !== undefined && futureCueBefore(ctx, ctx.at)) return from;
  for (let k = days.length - 1; k >= 0; k--) if (!ahead(k) && addDays(days[k]!, offset) <= p) return days[k]!;
  return from;
}

/** Marks the days `ctx.days` gained from index `from` as told to come (a future cue in their clause). */
export function markAhead(ctx: Ctx, from: number): void {
  for (let k = from; k < (ctx.days?.length ?? 0); k++) (ctx.ahead ??= new Set()).add(k);
}

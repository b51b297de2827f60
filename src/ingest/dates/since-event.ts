/**
 * A year after "since" / «منذ» that dates events the text tells (issue 18, round 22): «هجمات متصاعدة
 * منذ عام 2015» (attacks since 2015), «الفارين من الولاية منذ عام 2015» (who fled since 2015), «وقف
 * إطلاق النار الساري منذ عام 1991», "has faced attacks since 2017": the year the events began, kept as
 * a year. A state that lasts "since 2014" is not («يقيم اللاجئون في المخيم منذ عام 2015», "rebels have
 * held the valley since 2014"): `dates.ts` drops it.
 *
 * Trigger: an event word (English `EVENTS` of `event-year.ts`; Arabic below, after a clitic) among the
 * few words before "since", in its clause. Guards: a past perfect in the sentence (a background state,
 * «كانت مخزنة … منذ»), a negation in the clause («لم ترهم منذ عام 1999», "not seen since"), and "year
 * since" (a comparison over years, "more fires than in any year since 2010") keep it out.
 */
import { norm } from '../normalize.ts';
import { pastPerfectBefore } from './background.ts';
import { EVENTS } from './event-year.ts';
import type { Ctx } from './values.ts';

/** How many words before "since" the event word may stand. */
const REACH = 6;

/** Arabic nouns of the events news dates (and «الفارين», those who fled one), without «ال». */
const AR_EVENTS = new Set(
  [
    'هجوم',
    'هجمات',
    'اشتباكات',
    'معارك',
    'قتال',
    'حرب',
    'إطلاق',
    'تفجير',
    'تفجيرات',
    'انفجار',
    'زلزال',
    'فيضانات',
    'فيضان',
    'سيول',
    'جفاف',
    'مجاعة',
    'وباء',
    'تفشي',
    'احتجاجات',
    'تظاهرات',
    'انقلاب',
    'ثورة',
    'نزوح',
    'فرار',
    'فارين',
  ].map(norm),
);
const AR_NOT = new Set(['لم', 'لا', 'لن', 'ما', 'ليس', 'ولم', 'ولا'].map(norm));
const EN_NOT = new Set(['not', "n't", 'never', 'no']);
const YEAR_WORDS = new Set(['year', 'years', ...['عام', 'سنة'].map(norm)]);

/** An Arabic word without «و»/«ف»/«ب»/«ل» and «ال» before it. */
const arStem = (w: string) => w.replace(/^(?:[وفبل]|وب|ول)?(?:ال)?/u, '');

/** Whether the year after "since" / «منذ» at token `since` dates events the text tells. */
export function eventSince(ctx: Ctx, since: number): boolean {
  const { toks, nt } = ctx;
  if (YEAR_WORDS.has(toks[since - 1]?.n ?? '') || pastPerfectBefore(ctx, since)) return false;
  let event = false;
  for (let k = since - 1; k >= 0; k--) {
    if (/[.!?؟;؛,،\n]/u.test(nt.cps.slice(toks[k]!.end, toks[k + 1]!.start).join(''))) break;
    const w = toks[k]!.n;
    if ((ctx.lang === 'en' ? EN_NOT : AR_NOT).has(w)) return false;
    if (k < since - REACH) continue;
    if (ctx.lang === 'en' ? EVENTS.has(w) : AR_EVENTS.has(w) || AR_EVENTS.has(arStem(w))) event = true;
  }
  return event;
}

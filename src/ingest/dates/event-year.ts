/**
 * An event named with its year (issue 18, round 19) is a date: "the Ebola epidemic of 2014", "its
 * record of 1927" (the flood that set it), "the 2005 earthquake", "the 2005 Kashmir earthquake". A
 * state that lasts "since 2014" is not (`dates.ts` drops a year after "since"/«منذ»). Arabic names
 * the year with «عام»/«سنة» («زلزال عام 1992»), read by `ar.ts` already.
 *
 * "The worst since 1957", «الأسوأ منذ عام 1957» (round 20): after a superlative, "since" compares
 * with the last event as bad, so the year is that event's, kept (`superlativeBefore`).
 *
 * Triggers: "<noun> of YYYY", "the YYYY (Name Name) <event noun>", and (round 22) "and YYYY" after such
 * a year or after "in YYYY". Guards, since a year's digits
 * are also a count: after "of", not a quantity ("a total of 2000", "a crowd of 2000") and nothing but
 * a clause's end or a function word after it ("of 2000 people" is a count); before a noun, only an
 * event noun ("the 2000 residents" is a count).
 */
import { norm } from '../normalize.ts';
import type { Ctx } from './values.ts';

const QUANTITY = new Set(
  'total toll number population height depth elevation altitude sum score capacity count crowd budget maximum minimum average figure tally estimate rate level length width distance area size magnitude'.split(
    ' ',
  ),
);
/** Words that may follow "of YYYY" at a clause's end. */
const AFTER_OF = new Set('in on at and when which that was were had has or but'.split(' '));
/** Nouns of the events news dates ("the 2005 earthquake", "the day after the quake"). */
export const EVENTS = new Set(
  'earthquake quake tsunami flood floods flooding hurricane cyclone typhoon storm eruption fire fires wildfire wildfires drought famine epidemic outbreak pandemic attack attacks bombing bombings uprising revolution coup war election elections massacre invasion landslide mudslide heatwave disaster crisis protests riots'.split(
    ' ',
  ),
);

const yearAt = (w: string | undefined) => (w && /^\d{4}$/u.test(w) && +w >= 1900 && +w <= 2100 ? +w : null);

/**
 * "in 1819" (round 22): a year before 1900 after "in" dates an event ("struck by an earthquake in
 * 1819") when a clause's end or a function word follows it; "in 1500 homes" is a count.
 */
export function earlyYearIn(ctx: Ctx, i: number): number | null {
  const { toks, nt } = ctx;
  const w = toks[i]?.n;
  if (toks[i - 1]?.n !== 'in' || !w || !/^1[0-8]\d\d$/u.test(w)) return null;
  const next = toks[i + 1];
  const gap = next ? nt.cps.slice(toks[i]!.end, next.start).join('') : '';
  return !next || /[,.;:!?)—–]/u.test(gap) || AFTER_OF.has(next.n) ? +w : null;
}

/** The year at token `i` when it names an event, with the token it ends on; else null. */
export function eventYear(ctx: Ctx, i: number): { year: number; last: number } | null {
  const { toks, nt } = ctx;
  const year = yearAt(toks[i]?.n);
  if (year === null) return null;
  const gap = (a: number) => nt.cps.slice(toks[a]!.end, toks[a + 1]?.start ?? toks[a]!.end).join('');
  const before = toks[i - 1]?.n;
  if (before === 'of' && i >= 2 && gap(i - 1).trim() === '' && gap(i - 2).trim() === '') {
    const noun = toks[i - 2]!.n;
    const next = toks[i + 1];
    const ends = !next || /[,.;:!?)—–]/u.test(gap(i)) || AFTER_OF.has(next.n);
    if (/^\p{L}+$/u.test(noun) && !QUANTITY.has(noun) && ends) return { year, last: i };
  }
  // "the floods of 1988 and 2004", "in 1998 and 2007" (round 22): a second year joined to a dated one.
  if (before === 'and' && i >= 2 && gap(i - 1).trim() === '' && gap(i - 2).trim() === '') {
    const first = toks[i - 2]!.n;
    if (/^\d{4}$/u.test(first) && (toks[i - 3]?.n === 'in' || eventYear(ctx, i - 2)))
      return { year, last: i };
  }
  if (before === 'the') {
    for (let k = i + 1; k <= i + 3 && toks[k]; k++) {
      if (/[^\s]/u.test(gap(k - 1))) return null;
      if (EVENTS.has(toks[k]!.n)) return { year, last: i };
      if (!/\p{Lu}/u.test(nt.cps[toks[k]!.start]!)) return null;
    }
  }
  return null;
}

/** Superlatives that compare with an earlier event: "the deadliest since 1987". */
const EN_SUPERLATIVE = new Set(
  'worst best most least first biggest largest strongest highest lowest longest greatest hottest coldest wettest fiercest severest fastest warmest deepest heaviest'.split(
    ' ',
  ),
);
const AR_SUPERLATIVE = new Set(
  // «أولى» (round 24): «للمرة الأولى منذ عام 2007», for the first time since the last time.
  ['أسوأ', 'أكبر', 'أقوى', 'أعنف', 'أشد', 'أعلى', 'أول', 'أولى', 'أخطر', 'أكثر', 'أفدح', 'أطول'].flatMap(
    (w) => [norm(w), norm(`ال${w}`)],
  ),
);
/** How many words before "since" the superlative may stand. */
const SUPERLATIVE_REACH = 8;

/**
 * Whether a superlative stands before "since"/«منذ» at token `since`, in its clause: "the deadliest in
 * Ecuador since 1987", «الأسوأ منذ عام 1957». The year after it is the last event as bad, not the
 * start of a state ("has held the city since 2014", even with "when its fighters swept in" after it).
 */
export function superlativeBefore(ctx: Ctx, since: number): boolean {
  const { toks, nt } = ctx;
  for (let k = since - 1; k >= 0 && k >= since - SUPERLATIVE_REACH; k--) {
    if (/[.!?؟;؛,،\n]/u.test(nt.cps.slice(toks[k]!.end, toks[k + 1]!.start).join(''))) return false;
    const w = toks[k]!.n;
    if (ctx.lang === 'en' ? EN_SUPERLATIVE.has(w) || /^[a-z]{3,}iest$/u.test(w) : AR_SUPERLATIVE.has(w))
      return true;
  }
  return false;
}

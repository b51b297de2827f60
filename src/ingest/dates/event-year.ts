/**
 * An event named with its year (issue 18, round 19) is a date: "the Ebola epidemic of 2014", "its
 * record of 1927" (the flood that set it), "the 2005 earthquake", "the 2005 Kashmir earthquake". A
 * state that lasts "since 2014" is not (`dates.ts` drops a year after "since"/«منذ»). Arabic names
 * the year with «عام»/«سنة» («زلزال عام 1992»), read by `ar.ts` already.
 *
 * Triggers: "<noun> of YYYY" and "the YYYY (Name Name) <event noun>". Guards, since a year's digits
 * are also a count: after "of", not a quantity ("a total of 2000", "a crowd of 2000") and nothing but
 * a clause's end or a function word after it ("of 2000 people" is a count); before a noun, only an
 * event noun ("the 2000 residents" is a count).
 */
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
  if (before === 'the') {
    for (let k = i + 1; k <= i + 3 && toks[k]; k++) {
      if (/[^\s]/u.test(gap(k - 1))) return null;
      if (EVENTS.has(toks[k]!.n)) return { year, last: i };
      if (!/\p{Lu}/u.test(nt.cps[toks[k]!.start]!)) return null;
    }
  }
  return null;
}

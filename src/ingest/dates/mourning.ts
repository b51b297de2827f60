/**
 * Declared mourning looks forward (issue 18, round 15): a government declares days of mourning to
 * come, so a weekday in the clause of a declaration of mourning is the next such day, not the latest
 * («وأعلنت الحكومة يوم الاثنين يوم حداد وطني», «أعلنت الحداد من الثلاثاء إلى الخميس», "declared
 * Monday a national day of mourning"). Both words must stand in the weekday's clause (between clause
 * breaks, a few words either side); mourning alone ("mourners gathered on Friday") is no cue.
 * Round 19: a weekday after the mourning word, put as the time of the verb («أعلنت الحكومة الحداد
 * الوطني يوم الثلاثاء», "declared national mourning on Tuesday"), dates the declaration, a day past;
 * after «من»/"from" it is still the mourning's first day. Round 22: a weekday whose latest reading
 * falls after the story's day is past (`mournedSince`).
 */
import { norm } from '../normalize.ts';
import type { Ctx } from './values.ts';
import { AR_WEEKDAYS, EN_WEEKDAYS, addDays, bare, parseDay, weekday } from './words.ts';

/** How many words either side of the weekday the two words may stand. */
const REACH = 10;

const EN_DECLARE = new Set(['declared', 'declares', 'declare', 'announced', 'announces', 'proclaimed']);
const EN_MOURNING = new Set(['mourning']);
/** «أعلن», «أعلنت», «تعلن», «يعلن» (normalised alike), maybe after «و»/«ف». */
const AR_DECLARE = /^[وف]?(?:اعلن|اعلنت|تعلن|يعلن)$/u;
const AR_DAY = norm('يوم');
const AR_MOURNING = new Set(['حداد', 'الحداد', 'للحداد'].map(norm));

const isBreak = (ch: string | undefined) => ch !== undefined && /^[.!?؟\n,،;؛]$/u.test(ch);

/** Whether token `i` (a weekday expression's first token) stands in a clause that declares mourning. */
export function mourningDeclared(ctx: Ctx, i: number): boolean {
  const { toks, nt } = ctx;
  let declare = false;
  let mourning = false;
  const look = (k: number) => {
    const w = toks[k]!.n;
    if (ctx.lang === 'en' ? EN_DECLARE.has(w) : AR_DECLARE.test(w)) declare = true;
    if (ctx.lang === 'en' ? EN_MOURNING.has(w) : AR_MOURNING.has(w)) mourning = true;
  };
  for (let k = i; k >= 0 && k >= i - REACH; k--) {
    look(k);
    // The mourning named before a weekday that is the verb's time: the declaration's day.
    if (mourning && k < i && (toks[i]!.n === AR_DAY || toks[i - 1]?.n === 'on')) return false;
    if (k > 0 && nt.cps.slice(toks[k - 1]!.end, toks[k]!.start).some(isBreak)) break;
  }
  // Round 27: "flew to Peshawar on Tuesday and announced three days of mourning", «وصل يوم الثلاثاء
  // وأعلن الحداد»: a declaration joined by "and" after the weekday is a second verb; the weekday dates
  // the first, a day past.
  const declaredBefore = declare;
  for (let k = i + 1; k < toks.length && k <= i + REACH; k++) {
    if (nt.cps.slice(toks[k - 1]!.end, toks[k]!.start).some(isBreak)) break;
    const w = toks[k]!.n;
    const joined =
      ctx.lang === 'en' ? toks[k - 1]!.n === 'and' && EN_DECLARE.has(w) : /^و/u.test(w) && AR_DECLARE.test(w);
    if (joined && !declaredBefore) return false;
    look(k);
  }
  return declare && mourning && !mournedSince(ctx, i);
}

/**
 * Round 22: mourning follows the death it mourns. When the latest such weekday on or before
 * publication falls after the story's first day given before it («تحطمت الطائرة صباح الأحد …
 * وأُعلن الاثنين يوم حداد وطني», published on Tuesday), that is the day declared: the report tells it
 * after the fact. A weekday whose latest reading would come before the story's day is still to come.
 */
function mournedSince(ctx: Ctx, i: number): boolean {
  const { toks } = ctx;
  const story = ctx.days?.find((d) => d !== ctx.published);
  if (!story || !ctx.published) return false;
  const k = toks[i]!.n === AR_DAY || toks[i]!.n === 'on' ? i + 1 : i;
  const wd = ctx.lang === 'en' ? EN_WEEKDAYS.get(toks[k]?.n ?? '') : bare(toks[k]?.n, AR_WEEKDAYS);
  if (wd === undefined) return false;
  const p = parseDay(ctx.published);
  const latest = addDays(ctx.published, -((weekday(p.y, p.m, p.d) - wd + 7) % 7));
  return latest > story;
}

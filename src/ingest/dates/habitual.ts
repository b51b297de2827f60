/**
 * A month that comes round every year is no date (issue 18, round 19): «الأودية تفيض كل عام تقريباً
 * في تشرين الثاني», "the river floods every year in April" say when a thing usually happens, not when
 * the story's event did. Trigger: a month with no year printed, and a word of habit (كل عام، كل سنة،
 * سنوياً، عادةً; every year, each year, annually, usually; round 20: a season, "the hurricane season runs
 * until the end of November", «موسم الأمطار») before it in its clause, a few words back.
 * Guard: a clause break (comma, full stop) between them ends the habit; a month with a year or a day
 * is a date whatever the clause says.
 */
import { norm } from '../normalize.ts';
import type { Ctx } from './values.ts';

/** How many words before the month the habit may stand. */
const REACH = 6;

const EN_ONE = new Set(['annually', 'usually', 'typically', 'normally']);
const EN_EVERY = new Set(['every', 'each']);
const AR_ONE = new Set(['سنويا', 'عادة', 'عاده'].map(norm));
const AR_EVERY = norm('كل');
const YEAR_WORDS = new Set(['year', ...['عام', 'سنة'].map(norm)]);

/**
 * A season that comes round every year, told in the present (round 20): "the hurricane season runs
 * until the end of November", «ويمتد موسم الأمطار حتى نهاية أيلول»; not this year's ("the rainy
 * season began in late June", «موسم الأمطار الذي بدأ في آب»).
 */
const SEASON = new Set(['season', ...['موسم'].map(norm)]);
const SEASON_RUNS = new Set(
  [
    'runs',
    'lasts',
    'extends',
    'ends',
    'starts',
    'begins',
    ...['يمتد', 'يستمر', 'ينتهي', 'يبدأ'].map(norm),
  ].flatMap((w) => [w, `و${w}`]),
);
/** Whether a present verb of a season's course stands within two words of the season word at `k`, before `i`. */
function seasonRuns(ctx: Ctx, k: number, i: number): boolean {
  for (let q = Math.max(0, k - 2); q <= Math.min(i - 1, k + 2); q++)
    if (SEASON_RUNS.has(ctx.toks[q]!.n)) return true;
  return false;
}

const isBreak = (ch: string | undefined) => ch !== undefined && /^[.!?؟\n,،;؛]$/u.test(ch);

/** Whether the year-less month at token `i` stands in a clause that says it comes every year. */
export function habitualMonth(ctx: Ctx, i: number): boolean {
  const { toks, nt } = ctx;
  for (let k = i - 1; k >= 0 && k >= i - REACH; k--) {
    if (nt.cps.slice(toks[k]!.end, toks[k + 1]!.start).some(isBreak)) return false;
    const w = toks[k]!.n;
    if ((ctx.lang === 'en' ? EN_ONE : AR_ONE).has(w)) return true;
    if (SEASON.has(w) && seasonRuns(ctx, k, i)) return true;
    const every = ctx.lang === 'en' ? EN_EVERY.has(w) : w === AR_EVERY;
    if (every && YEAR_WORDS.has(toks[k + 1]?.n ?? '')) return true;
  }
  return false;
}

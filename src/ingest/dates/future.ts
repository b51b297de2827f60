/**
 * A future cue before a weekday alone in its clause: the weekday is the next one after the
 * publication date, not the latest ("Aid groups said they expected to reach the town on Monday",
 * «ستستمر عمليات البحث حتى يوم الاثنين», «من المتوقع أن يصل الوفد يوم الجمعة»). The cue is looked for
 * among the few words before the weekday, back to the clause's start (a sentence end, a comma or a
 * semicolon): a future word ("will", "would" (reported), "expected", "due", "scheduled", "plans", "warned
 * of"; «سوف»، «المتوقع»، «المقرر»، «يعتزم»، «يُنتظر أن») or an Arabic verb with the future prefix «س» (ستستمر، سيصل), not a noun that only
 * starts like one (سيارات، السيول، سنة), nor a name in quotation marks («سيوول», round 22).
 */
import { norm, type Token } from '../normalize.ts';
import { mourningDeclared } from './mourning.ts';
import type { Ctx } from './values.ts';

/** How many words before the weekday a cue may stand. */
const REACH = 14;

const EN_FUTURE = new Set([
  'will',
  "'ll",
  'would',
  'expected',
  'expects',
  'expect',
  'due',
  'scheduled',
  'plans',
  'planned',
  'planning',
  // A forecast is of days to come (round 13): "Forecasters warned of more rain on Saturday".
  'forecast',
  'forecasts',
  'forecaster',
  'forecasters',
  'predicted',
  'predicts',
  // A postponement names the day it moves to (round 22): "exams were postponed to October 28".
  'postponed',
  'postpones',
  'postpone',
  'rescheduled',
]);
const AR_FUTURE = new Set(
  // «توقع/توقعت … أن …» (forecast, past tense) as "expected" (round 12).
  [
    ...['سوف', 'المتوقع', 'متوقع', 'يتوقع', 'توقع', 'توقعت', 'تتوقع', 'المقرر', 'يعتزم', 'تعتزم'],
    // A postponement (round 22): «تأجيل الامتحانات إلى 28 تشرين الأول».
    ...['تأجيل', 'بتأجيل', 'أرجأت', 'أرجأ', 'أجلت'],
  ].map((w) => norm(w)),
);
/** «أجلت»: "postponed" or "evacuated", the same letters unvowelled. */
const AR_POSTPONED_OR_EVACUATED = new Set(['أجلت'].map((w) => norm(w)));
/** «إلى»/«حتى» right before the day: what a postponement puts it off to. */
const AR_TO = new Set(['إلى', 'الى', 'حتى'].map((w) => norm(w)));
/** Words that start like a future verb but are nouns, numbers or names. */
const AR_NOT_VERB = new Set(
  [
    'سيارة',
    'سيارات',
    'سياسة',
    'سياسي',
    'سياسية',
    'سيطرة',
    'سيول',
    'سيناء',
    'سيدة',
    'سيدات',
    'ستة',
    'ستين',
    'ستون',
    'سنة',
    'سنوات',
    'سنوي',
    'سنوية',
    'سنين',
    'سيرا',
    'سيف',
    'سياج',
    'ستار',
    'ستائر',
    'سينما',
  ].map((w) => norm(w)),
);

/**
 * Whether `w` (normalised, maybe after «و»/«ف») is an Arabic imperfect verb with the future «س»: «سي»,
 * «ست», «سن». Not «سأ» (round 17): normalised it is «سا», the start of many nouns and adjectives
 * («ساحلية», «ساعات», «سابق»), and a reporter's text rarely says "I will".
 */
function arFutureVerb(w: string): boolean {
  const bare = /^[وف]س/u.test(w) ? w.slice(1) : w;
  if (!/^س[يتن]/u.test(bare) || bare.length < 5) return false;
  return !AR_NOT_VERB.has(bare);
}

/** Whether `w` (normalised) is an Arabic future word, maybe after «و»/«ف». */
function arFutureWord(w: string): boolean {
  return AR_FUTURE.has(w) || (/^[وف]/u.test(w) && AR_FUTURE.has(w.slice(1))) || arFutureVerb(w);
}

/** «يُنتظر أن» ("is expected to", not «ينتظر» "waits"); "warned of" (a forecast of what may come). Round 20. */
const AR_AWAITED = new Set(['ينتظر', 'وينتظر', 'يُنتظر', 'ويُنتظر'].map(norm));
const EN_WARNED = new Set(['warned', 'warns', 'warning']);
function forwardBeforeThat(w: string, next: string | undefined): boolean {
  return (AR_AWAITED.has(w) && next === norm('أن')) || (EN_WARNED.has(w) && next === 'of');
}

/** Whether a clause break (sentence end, comma, semicolon) stands between tokens `a` and `b`. */
function breakBetween(ctx: Ctx, a: Token, b: Token): boolean {
  for (let k = a.end; k < b.start; k++) if (/^[.!?؟\n,،;؛]$/u.test(ctx.nt.cps[k]!)) return true;
  return false;
}

/**
 * Whether a word stands alone in quotation marks: a name («سيوول», the ferry; round 22), never a verb.
 */
function quoted(ctx: Ctx, t: Token): boolean {
  const open = ctx.nt.cps[t.start - 1];
  const close = ctx.nt.cps[t.end];
  return !!open && !!close && '«"“'.includes(open) && '»"”'.includes(close);
}

/** Whether a future cue stands in the clause before token `i` (the weekday expression's first token). */
export function futureCueBefore(ctx: Ctx, i: number): boolean {
  const { toks } = ctx;
  // Round 15: declared mourning is of days to come (`mourning.ts`).
  if (mourningDeclared(ctx, i)) return true;
  for (let k = i - 1; k >= 0 && k >= i - REACH; k--) {
    if (breakBetween(ctx, toks[k]!, toks[k + 1]!)) return false;
    const w = toks[k]!.n;
    if (quoted(ctx, toks[k]!)) continue;
    // «أجلت» is both "postponed" (أجّلت) and "evacuated" (أجلَت, round 27: «أجلت السلطات يوم السبت
    // آلاف السكان»): a postponement only when the day follows «إلى»/«حتى» ("postponed to Monday").
    if (ctx.lang === 'ar' && AR_POSTPONED_OR_EVACUATED.has(w.replace(/^[وف]/u, ''))) {
      if (AR_TO.has(toks[i - 1]?.n ?? '')) return true;
      continue;
    }
    if (ctx.lang === 'en' ? EN_FUTURE.has(w) : arFutureWord(w)) return true;
    if (forwardBeforeThat(w, toks[k + 1]?.n)) return true;
  }
  return false;
}

/**
 * «منطقة» (an area) proposes the name after it when that word reads as a proper name (issue 18, round
 * 12): «منطقة خطم الشكلة», «منطقة بورنوفا», «منطقة تيبستي». The word is also "zone" and "area" of
 * common speech, so the name is read only when its first word has no article («المنطقة», «منطقة
 * الحدود»: a common noun), is no feminine adjective agreeing with «منطقة» (ending in ة: «منطقة
 * سكنية», «منطقة عازلة»; or in اء: «منطقة خضراء») and no common noun of a zone («منطقة حظر الطيران»,
 * «منطقة نفوذ», «منطقة عمليات»).
 */
import { AR_STOP } from './cues.ts';
import { splits } from './match-index.ts';
import { norm, type Normalised, type Token } from './normalize.ts';

const AREA = norm('منطقة');

/** Common nouns after «منطقة» (a zone of …). */
const ZONE_NOUNS = new Set(
  [
    'حظر',
    'نفوذ',
    'عمليات',
    'نزاع',
    'اشتباك',
    'تجارة',
    'حدود',
    'سيطرة',
    'خفض',
    'تصعيد',
    'عازل',
    'عسكرية',
    'صراع',
    'انتشار',
    'تماس',
    'جبلية',
    'أمان',
  ].map(norm),
);

/** Whether the cue word at `cueTok` is «منطقة» and the word `next` after it reads as a proper name. */
export function areaName(nt: Normalised, cueTok: Token, next: Token): boolean {
  if (!splits(cueTok.n).some((sp) => !sp.article && sp.rest === AREA)) return false;
  const w = next.n;
  // The article as written: «إلبستان» (Elbistan) opens with إ, not with the article.
  const written = nt.cps.slice(next.start, next.start + 3).join('');
  if (/^(?:ال|[وفبلك]ال)/u.test(written)) return false;
  if (w.endsWith('ه') || w.endsWith('اء') || w.endsWith('يه')) return false;
  return !ZONE_NOUNS.has(w);
}

/**
 * Adverbs of place and time that follow a name (round 15): «مدينة ماناكارا جنوباً» (to the south),
 * «أيضاً»; written with or without the tanween, normalised alike.
 */
const ADVERBS = new Set(
  [
    ...['جنوبا', 'شمالا', 'شرقا', 'غربا', 'أيضا', 'حاليا', 'سابقا', 'مؤخرا', 'تقريبا', 'مجددا', 'أمس'],
    // Round 16: words of a length of time («منطقة مانغيستاو لمدة أسبوعين», «طوال الليل»).
    ...['لمدة', 'طوال', 'طيلة'],
  ].map(norm),
);

const BETWEEN = norm('بين');

/** «ومحيطها», «وضواحيها», «وأطرافه»: "and its surroundings" after a name (round 15). */
const SURROUNDINGS = /^و(?:محيط|ضواحي|اطراف|جوار|ريف|نواحي)(?:ها|ه|هم|هما)$/u;

/**
 * «وفي», «ومن», «فإلى»: «و»/«ف» and a particle end an unknown name as the particle does («بلدة أمزميز
 * وفي مراكش» is the town Amizmiz, not «أمزميز وفي»); so do an adverb and «ومحيطها» (round 15).
 */
export function conjoinedStop(w: string, beforeCue?: string): boolean {
  if (ADVERBS.has(w) || SURROUNDINGS.test(w)) return true;
  // «بين بلدة بوغوسو وبريستيا»: after «بين» (between), «و» joins the second place (round 16).
  if (beforeCue === BETWEEN && /^و.../u.test(w)) return true;
  return /^[وف]/u.test(w) && w.length > 2 && AR_STOP.has(w.slice(1));
}

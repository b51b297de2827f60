/**
 * "The lake" after "Lake Chad": a feature word with the article («البحيرة»، «القناة»، «الجزيرة»…) that
 * the text has used before as a cue, bare, before a name («بحيرة تشاد … الواقعة على البحيرة»), is that
 * feature said again (an anaphor, not scored), not a place that happens to be named so (Chad's Lac
 * province, «البحيرة» in Natural Earth; Egypt's Beheira). Only with the feature named earlier: on its
 * own «البحيرة» may well be that province, and right after a unit cue («ولاية البحيرة», «بمحافظة
 * البحيرة») it is the unit (round 16).
 */
import { AR_CUE, AR_UNIT_WORDS } from './cues.ts';
import { splits, type Hit } from './match-index.ts';
import type { Token } from './normalize.ts';

/** The Arabic hit `h` is a physical feature's word with the article, that word bare before it in the text. */
export function featureAnaphor(toks: readonly Token[], h: Hit): boolean {
  if (h.t1 - h.t0 !== 1) return false;
  const sp = splits(toks[h.t0]!.n).find((x) => x.article && AR_CUE.get(x.rest)?.physical);
  if (!sp) return false;
  const before = toks[h.t0 - 1];
  if (before && splits(before.n).some((x) => !x.article && UNIT_CUES.has(x.rest))) return false;
  for (let t = 0; t < h.t0; t++)
    if (splits(toks[t]!.n).some((x) => !x.article && x.rest === sp.rest)) return true;
  return false;
}

/** Cue words of first-level units: the feature word after them is the unit's name. */
const UNIT_CUES = AR_UNIT_WORDS;

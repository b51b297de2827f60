/**
 * A hotel, a theatre or a hall named once is a building in passing, not a place of the events (issue
 * 18, round 25). «فندق»، «مسرح»، «قاعة» are cue words (`cues.ts`): «فندق أوبروي» is one building no
 * source has, even when its name holds a place's («مسرح باتاكلان»). A report names again the building
 * where the events happened (the siege of a hotel, the theatre stormed: «فندق تاج محل بالاس … فندق
 * تاج», «مسرح باتاكلان … باتاكلان»), while a hotel where someone sheltered, a landmark beside the
 * scene or an adjective after the word («قاعة مغلقة», a closed hall) comes once.
 *
 * Trigger: an unknown facility proposed after one of `BUILDING_CUES` (`cue-unknown-name`). Guard:
 * the first word of its name, as a whole word with or without a clitic, occurs once in the text, or
 * is a feminine participle describing the noun («أكبر قاعة مغلقة», "the largest indoor hall"); the
 * proposal and its later bare readings go. Examples: «احتمى السكان في فندق سيرينا» once in a report
 * from Kabul goes; «اقتحم المسلحون فندق رويال … وحاصرت الشرطة رويال» in a report from Nairobi stays.
 */
import type { PlaceMatch } from './match-index.ts';
import { norm, tokens, type Normalised } from './normalize.ts';

/** Buildings named in passing as often as where the events happened (a stadium or a gate is a landmark). */
const BUILDING_CUES = new Set(['فندق', 'مسرح', 'قاعة'].map(norm));
const CLITICS = /^(?:و|ف|ب|ل|ك)?(?:ال)?/u;
/** A feminine participle without the article (ة folded to ه): «مغلقة», «مكتظة», «مهجورة». */
const PARTICIPLE = /^م\S{3,}ه$/u;

export function withoutPassingBuildings(nt: Normalised, out: readonly PlaceMatch[]): PlaceMatch[] {
  const words = tokens(nt).map((t) => t.n.replace(CLITICS, ''));
  const once = new Set<string>();
  for (const m of out) {
    if (m.placeId !== null || m.kind !== 'facility' || m.rule !== 'cue-unknown-name') continue;
    const [cue, first] = norm(m.name ?? '').split(/\s+/u);
    if (!cue || !first || !BUILDING_CUES.has(cue)) continue;
    const bare = first.replace(CLITICS, '');
    if (PARTICIPLE.test(first) || words.filter((w) => w === bare).length <= 1) once.add(m.name!);
  }
  if (once.size === 0) return [...out];
  return out.filter((m) => m.placeId !== null || !m.name || !once.has(m.name));
}

/**
 * An Arabic particle is no place (issue 18, round 18): folding hamza and alef for matching makes «وإن»
 * ("and that") Van's «وان», «إنه» ("that he") Anhée's «أنه», «الآن» ("now") GeoNames' «الان». Trigger:
 * a one-word match, any rule, whose text as written, after up to two proclitics (و ف ب ل ك), is a
 * particle of `stop-words.ts` `AR_PARTICLES` in its own spelling, hamza included. Guard: the spelling
 * decides, so «وان» stays Van, and a name read with its cue word stays («ولاية وان», «بلدة أنه»); a particle written
 * without its hamza is left to the other rules. Examples: «قال رئيس بلدية نامور إنه …» (Belgium), «وقال
 * الوزير إن المدارس أغلقت وإن الطرق سالكة» beside «ولاية وان» (Iran).
 */
import type { PlaceMatch } from './match-index.ts';
import type { Normalised } from './normalize.ts';
import { AR_PARTICLES } from './stop-words.ts';

const PROCLITICS = /^[وف]?[بلك]?/u;
const DIACRITICS = /[\u064B-\u0652\u0670\u0640]/gu;

/** Whether `word`, as written, is a particle with or without its proclitics. */
export function isParticle(word: string): boolean {
  const w = word.replace(DIACRITICS, '');
  if (AR_PARTICLES.has(w)) return true;
  const rest = w.replace(PROCLITICS, '');
  return rest !== w && AR_PARTICLES.has(rest);
}

export function withoutParticles(nt: Normalised, out: readonly PlaceMatch[]): PlaceMatch[] {
  return out.filter((m) => {
    const text = nt.cps.slice(m.start, m.end).join('');
    return /\s/u.test(text) || !isParticle(text);
  });
}

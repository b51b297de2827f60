/**
 * A body named after the place it runs is no place (issue 18, round 22): «هيئة قناة السويس» (the Suez
 * Canal Authority), «هيئة قناة بنما», «سلطة ميناء جيبوتي», «مؤسسة موانئ دبي»: the canal or port a cue
 * word proposes there is the body's name, the English "Port Authority" of `withoutOrgNames`.
 *
 * Trigger (Arabic): a place a cue word proposed (no gazetteer entry), right after a word for a body
 * in construct, indefinite: «هيئة», «سلطة», «مؤسسة», «شركة», «مصلحة», «إدارة» (with «و», «ل» or «ب»).
 * Guard: the cue's place named elsewhere in the text stays there («الملاحة في قناة السويس»).
 */
import type { PlaceMatch } from './match-index.ts';
import type { Normalised } from './normalize.ts';

const BODY = /(?:^|\s)[وفلب]?(?:هيئة|سلطة|مؤسسة|شركة|مصلحة|إدارة)\s+$/u;

export function withoutAuthorityNames(nt: Normalised, out: readonly PlaceMatch[]): PlaceMatch[] {
  return out.filter(
    (m) =>
      m.placeId !== null || !m.kind || !BODY.test(nt.cps.slice(Math.max(0, m.start - 12), m.start).join('')),
  );
}

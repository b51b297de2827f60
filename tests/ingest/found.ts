/**
 * What the matcher finds in a sentence, as the round tests compare it: the text as written, the place id,
 * and the kind only where no place was given (an unknown name, a facility).
 */
import { matchPlaces } from '../../src/ingest/match.ts';
import type { MatchIndex } from '../../src/ingest/match-index.ts';

/** `found(text, lang)` over one test's gazetteer index: `const found = foundIn(index);`. */
export const foundIn = (index: MatchIndex) => (text: string, lang: 'ar' | 'en') =>
  matchPlaces(text, index, { lang }).map((m) => ({
    text: Array.from(text).slice(m.start, m.end).join(''),
    id: m.placeId,
    ...(m.placeId ? {} : { kind: m.kind }),
  }));

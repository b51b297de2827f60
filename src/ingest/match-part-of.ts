/**
 * "X, a district of Y": after an indefinite article the cue phrase says what X is, a part of Y, and
 * names no place called Y of its kind (issue 18, round 23). "Kibera, a district of Nairobi" (Kenya),
 * "Miraflores, a suburb of Lima" (Peru): Y is the city it reads bare. (What X is stays the
 * apposition's: labels call "X, a district of Y" a district as often as a neighbourhood.)
 *
 * Trigger (English): a match whose span opens with a singular cue phrase of a unit or a part of a
 * town ("district of", "neighbourhood of", "suburb of", "region of", "province of", "state of")
 * written in lower case right after "a" or "an" (and at most one lower-case adjective: "a poor
 * district of"). The match is narrowed to the name after the cue and read as the place the cue's
 * proposal was named after, or as the settlement among its candidates (a unit cue read the unit);
 * a match without either keeps its reading on the narrowed span. Guard: the definite "the district
 * of Y" is a district named Y and is left.
 */
import { familyOf, readAs, type MatchIndex, type PlaceMatch } from './match-index.ts';
import type { Normalised } from './normalize.ts';

const PART_OF = /^(district|neighbou?rhood|suburb|region|province|state) of /u;
const INDEFINITE = /(?:^|\s)an? (?:\p{Ll}+ )?$/u;

export function partsOf(nt: Normalised, out: readonly PlaceMatch[], index: MatchIndex): PlaceMatch[] {
  const text = (a: number, b: number) => nt.cps.slice(a, b).join('');
  return out.map((m) => {
    const cue = PART_OF.exec(text(m.start, m.end))?.[0];
    if (!cue || !INDEFINITE.test(text(Math.max(0, m.start - 30), m.start))) return m;
    const span = { ...m, start: m.start + Array.from(cue).length };
    const settlement = m.candidates.find((id) => {
      const e = index.entries.get(id);
      return !!e && familyOf(e.kind) === 'settlement';
    });
    const id = m.namedAfter ?? settlement ?? m.placeId;
    if (!id) return span;
    return readAs(span, id, 'part-of', `"a ${cue.trim()} …": the place it is part of, read bare`);
  });
}

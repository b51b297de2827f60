/**
 * A first-level unit named by its direction in English (issue 18, round 16): "Western Province",
 * "Northern Region" — an unknown unit name after a cue that is one capitalised direction word and
 * the unit word — is the world unit of a country of the article's places whose source names carry
 * that direction in any language Natural Earth writes (Rwanda's «Province de l'Ouest», «المحافظة
 * الغربية»), when exactly one unit of those countries has it (`directionStems`).
 */
import { anchorsOfMatches } from './match-anchors.ts';
import { directionStems, EN_DIRECTIONS } from './match-direction-unit.ts';
import { readAs, type MatchIndex, type PlaceMatch } from './match-index.ts';
import type { Normalised } from './normalize.ts';
import { worldUnitsBy } from './world-units.ts';

/** "Western Province", "Central Region": a capitalised direction word and a capitalised unit word. */
const NAMED = /^(\p{Lu}\p{Ll}+) (?:Province|Region|State|Department)$/u;

export function directionUnitsEn(
  nt: Normalised,
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  const unknown = (m: PlaceMatch) => m.placeId === null && (m.kind === 'governorate' || m.kind === 'region');
  if (!out.some(unknown)) return [...out];
  const { countries } = anchorsOfMatches(out, index);
  return out.map((m) => {
    if (!unknown(m)) return m;
    const word = NAMED.exec(nt.cps.slice(m.start, m.end).join(''))?.[1];
    const dir = word ? EN_DIRECTIONS.get(word.toLowerCase()) : undefined;
    if (!dir) return m;
    const units = [...countries].flatMap((c) => worldUnitsBy(index, directionStems).get(`${c}|${dir}`) ?? []);
    if (units.length !== 1) return m;
    const u = units[0]!;
    return readAs(
      m,
      u.id,
      'direction-unit',
      `the first-level unit the source names ${u.names.en[0] ?? u.id}`,
    );
  });
}

/**
 * A hospital is a building, not a place to map (issue 18, round 16): the label convention counts no
 * building («مستشفى نيامي الوطني», «مستشفى العدان», "Chiang Rai Prachanukroh Hospital"), and a
 * journalist maps the town it stands in. A hospital named by its town is that town (`hospitalTowns`,
 * which runs first); any other hospital the cue words proposed as a new facility is dropped, with its
 * later mentions.
 */
import { norm } from './normalize.ts';
import type { PlaceMatch } from './match-index.ts';

const HOSPITAL_WORDS = new Set(['مستشفى', 'hospital'].map(norm));

export function withoutBuildings(out: readonly PlaceMatch[]): PlaceMatch[] {
  const building = (m: PlaceMatch) =>
    m.placeId === null &&
    m.kind === 'facility' &&
    !!m.name &&
    norm(m.name)
      .split(/\s+/u)
      .some((w) => HOSPITAL_WORDS.has(w));
  return out.filter((m) => !building(m));
}

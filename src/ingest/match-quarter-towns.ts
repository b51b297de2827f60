/**
 * Which unknown names after a cue word `cueNamedPlaces` reads by the Latin key of a GeoNames town
 * (issue 18, round 26): a settlement's, a district's («منطقة بورنوفا», named after its town), and a
 * quarter's: a city's quarters are often GeoNames towns of their own (a borough of Brussels, a suburb
 * of Manchester or Christchurch), so «حي X» reads the town of that key in the article's countries.
 *
 * Trigger: an Arabic cue's unknown name (`cue-unknown-name`) of a settlement, district or quarter.
 * Guards: a quarter is read as a town or village, never a city (a quarter named like a great city of
 * that country is not it), but a suburb («ضاحية») may be a city (round 29); a known place's name after
 * a district cue («منطقة عفرين») stays the district's (it is no unknown name). Examples: a quarter cue
 * before a borough's name in Belgium or a suburb's in New Zealand; before a Nigerian city's name,
 * none; a suburb cue before a Haitian city's name (Pétion-Ville), that city.
 */
import { splits, type PlaceMatch } from './match-index.ts';
import { norm } from './normalize.ts';
import type { GazetteerEntry } from './types.ts';

const SETTLEMENT = new Set(['city', 'town', 'village']);

/** The cue's unknown name is read by the Latin key of a GeoNames place. */
export function cueReadsTown(m: PlaceMatch, lang: 'ar' | 'en'): boolean {
  if (SETTLEMENT.has(m.kind ?? '')) return true;
  return (
    lang === 'ar' && m.rule === 'cue-unknown-name' && (m.kind === 'district' || m.kind === 'neighbourhood')
  );
}

/** A suburb («ضاحية») is often a city of its own (Pétion-Ville by Port-au-Prince, Haiti; Ikeja by Lagos). */
const SUBURB = norm('ضاحية');

/**
 * The GeoNames place `e` may be what the cue of `m` names: a quarter is no city unless its cue is
 * «ضاحية» (a suburb, round 29).
 */
export function townFits(m: PlaceMatch, e: GazetteerEntry): boolean {
  if (m.kind !== 'neighbourhood' || e.kind !== 'city') return true;
  return splits(norm(m.name?.split(/\s+/u)[0] ?? '')).some((sp) => !sp.article && sp.rest === SUBURB);
}

/**
 * Which unknown names after a cue word `cueNamedPlaces` reads by the Latin key of a GeoNames town
 * (issue 18, round 26): a settlement's, a district's («منطقة بورنوفا», named after its town), and a
 * quarter's: a city's quarters are often GeoNames towns of their own (a borough of Brussels, a suburb
 * of Manchester or Christchurch), so «حي X» reads the town of that key in the article's countries.
 *
 * Trigger: an Arabic cue's unknown name (`cue-unknown-name`) of a settlement, district or quarter.
 * Guards: a quarter is read as a town or village, never a city (a quarter named like a great city of
 * that country is not it); a known place's name after a district cue («منطقة عفرين») stays the
 * district's (it is no unknown name). Examples: a quarter cue before a borough's name in Belgium or
 * a suburb's in New Zealand; before a Nigerian city's name, none.
 */
import type { PlaceMatch } from './match-index.ts';
import type { GazetteerEntry, PlaceKind } from './types.ts';

const SETTLEMENT = new Set(['city', 'town', 'village']);

/** The cue's unknown name is read by the Latin key of a GeoNames place. */
export function cueReadsTown(m: PlaceMatch, lang: 'ar' | 'en'): boolean {
  if (SETTLEMENT.has(m.kind ?? '')) return true;
  return (
    lang === 'ar' && m.rule === 'cue-unknown-name' && (m.kind === 'district' || m.kind === 'neighbourhood')
  );
}

/** The GeoNames place `e` may be what a cue of kind `kind` names: a quarter is no city. */
export const townFits = (kind: PlaceKind, e: GazetteerEntry): boolean =>
  kind !== 'neighbourhood' || e.kind !== 'city';

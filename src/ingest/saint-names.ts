/**
 * English news abbreviates a saint's name in a place's ("St. George's", "St. Petersburg", "Ste.
 * Genevieve") where GeoNames may write it out ("Saint George's"), and the other way round (round 30).
 * The other spellings of an English name that opens with a saint's word: "Saint X" gives "St. X" and
 * "St X"; "St. X" or "St X" gives "Saint X"; "Sainte X" gives "Ste. X". Other names give none.
 */
export function saintVariants(name: string): string[] {
  const m = /^(Saint|Sainte|St\.?|Ste\.?) (\p{Lu}.*)$/u.exec(name);
  if (!m) return [];
  const [, word, rest] = m;
  if (word === 'Saint') return [`St. ${rest}`, `St ${rest}`];
  if (word === 'Sainte') return [`Ste. ${rest}`];
  if (word === 'Ste.' || word === 'Ste') return [`Sainte ${rest}`];
  return [`Saint ${rest}`];
}

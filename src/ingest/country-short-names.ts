/**
 * Conventional English short names of countries that news uses and the shipped names (Natural Earth,
 * CLDR, i18n-iso-countries) lack: "Britain" for the United Kingdom ("citizens of Britain, India and
 * Japan"), the dotted "U.K.", "DRC" and "DR Congo". Read as the country (issue 18, round 12); keyed
 * by ISO 3166-1 alpha-2 code. No Arabic name is added here: the Arabic ones come from CLDR.
 */
const CONVENTIONAL: Readonly<Record<string, readonly string[]>> = {
  GB: ['Britain', 'U.K.'],
  CD: ['DRC', 'DR Congo'],
};

/** The conventional short names of the country with code `code` (none for most countries). */
export function conventionalCountryNames(code: string | undefined): readonly string[] {
  return (code && CONVENTIONAL[code]) || [];
}

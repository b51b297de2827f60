/**
 * Conventional English short names of countries that news uses and the shipped names (Natural Earth,
 * CLDR, i18n-iso-countries) lack: "Britain" for the United Kingdom ("citizens of Britain, India and
 * Japan"), the dotted "U.K.", "DRC" and "DR Congo". Read as the country (issue 18, round 12); keyed
 * by ISO 3166-1 alpha-2 code. The Arabic names come from CLDR, but for Arabic news's short form of
 * the Democratic Republic of the Congo, «الكونغو الديمقراطية» (round 30), which CLDR lacks.
 */
const CONVENTIONAL: Readonly<Record<string, readonly string[]>> = {
  GB: ['Britain', 'U.K.'],
  CD: ['DRC', 'DR Congo', 'الكونغو الديمقراطية'],
};

/** The conventional short names of the country with code `code` (none for most countries). */
export function conventionalCountryNames(code: string | undefined): readonly string[] {
  return (code && CONVENTIONAL[code]) || [];
}

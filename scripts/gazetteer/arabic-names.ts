/**
 * The one rule that chooses a place's Arabic name among GeoNames' alternate names, which carry no
 * language tag in the `cities500` dump: the Arabic, Persian, Urdu, Kurdish and Uyghur spellings all
 * come in one alphabetical list, all in the Arabic script. Both users of GeoNames apply it: the
 * basemap's city labels (`tools/basemap-world.ts`, one name per city) and the ingest gazetteer
 * (`scripts/gazetteer/geonames.ts`, every Arabic spelling for matching, the chosen one first). Pure
 * and dependency-free, so `tools/` imports it too; tested in `tests/scripts/arabic-names.test.ts`.
 *
 * Nothing is written here: a name is only ever chosen from the source's list, never composed, and a
 * place whose list has no spelling in the Arabic language's own letters gets none.
 */

/**
 * A name written only with the letters of the Arabic language (hamza forms, ة, ى, the 28 letters),
 * its diacritics, spaces, hyphens and apostrophes. The letters other languages add to the script
 * (Persian پ چ ژ ک گ ی, Urdu ٹ ڈ ڑ ں ہ ے, Kurdish ڕ ڵ ۆ ێ ە ڤ, Uyghur ې ۋ …) fall outside it.
 */
const ARABIC_LANGUAGE_LETTERS = /^[\u0621-\u063A\u0641-\u064A '-]+$/u;
/**
 * Uyghur writes ى inside words, Arabic only at a word's end; Kurdish and Uyghur start words with ئ
 * (ئاممان), Arabic with أ or إ. A letter three times running is a typo.
 */
const NOT_ARABIC_SPELLING = /\u0649[\u0621-\u064A]|(?:^| )\u0626|(.)\1\1/u;
const TASHKIL = /[\u064B-\u0652\u0670]/gu;

/** A spelling without vowel marks and with the hamza seats, ة and ى folded: variants vote together. */
const bare = (n: string) =>
  n.replace(TASHKIL, '').replace(/[أإآ]/gu, 'ا').replace(/ة/gu, 'ه').replace(/ى/gu, 'ي');

/** The alternate names that are spelled in the Arabic language's letters only. */
export function arabicCandidates(alternateNames: readonly string[]): string[] {
  return [
    ...new Set(
      alternateNames
        // "Khartún - الخرطوم": a Latin and an Arabic spelling in one entry; the Arabic one counts.
        .map((n) => n.split(' - ').at(-1)!.trim())
        .filter(
          (n) =>
            n.length > 1 &&
            ARABIC_LANGUAGE_LETTERS.test(n.replace(TASHKIL, '')) &&
            !NOT_ARABIC_SPELLING.test(n),
        ),
    ),
  ];
}

/**
 * Places whose Arabic spelling the rule gets wrong (it takes a Persian one), by GeoNames id: the
 * spelling named here must be in that place's own GeoNames list (choosing fails otherwise), so it is
 * chosen from the source, never written by the project. `null`: the source's only spelling is wrong
 * (another place's, or cut short), and the place gets no Arabic name, on the map or in ingest.
 */
export const PREFER_AR: ReadonlyMap<number, string | null> = new Map<number, string | null>([
  [371760, null], // Kosti (ربك is Rabak, the town across the Nile)
  [379003, null], // El Obeid (الأبي, for الأبيض)
  [2643743, 'لندن'], // London (not لأندأن)
  [294801, 'حيفا'], // Haifa (not جحفية)
  [112931, 'طهران'], // Tehran (not تهران)
  [1835848, 'سيول'], // Seoul (not سئول)
  [173230, 'عامودا'], // Amuda (not عامودة)
  [325363, 'أضنة'], // Adana (not آدانا)
  [282615, 'نابلس'], // Nablus (not نابلوس)
  [299817, 'طرسوس'], // Tarsus (not تارسوس)
]);

/**
 * Every Arabic spelling among `alternateNames`, the chosen name ({@link pickArabicName}) first and
 * written without vowel marks, then the others as the source writes them; empty when none is
 * spelled in the Arabic language's letters only, or when {@link PREFER_AR} says the place has none.
 * `geonameid` applies {@link PREFER_AR}.
 */
export function arabicNamesRanked(alternateNames: readonly string[], geonameid?: number): string[] {
  const prefer = geonameid === undefined ? undefined : PREFER_AR.get(geonameid);
  if (prefer === null) return [];
  const first = pickArabicName(alternateNames, prefer);
  return first === undefined ? [] : [...new Set([first, ...arabicCandidates(alternateNames)])];
}

/**
 * The Arabic name among `alternateNames`, or `undefined` when none is spelled in the Arabic
 * language's letters only. Of several: the spelling most variants share (القدس, القُدس); then one
 * with the article ال (القاهرة, not Persian قاهره); then the fewest words; then the longer (Arabic
 * writes the vowels of a foreign name that Persian leaves out: روتردام, not رتردام); then one with
 * ة (غزة, not غزه); then one without vowel marks; then the source's order. `prefer` (a spelling
 * checked to be in the list) overrides the rule for a place it gets wrong.
 */
export function pickArabicName(alternateNames: readonly string[], prefer?: string): string | undefined {
  const names = arabicCandidates(alternateNames);
  if (prefer !== undefined) {
    if (!names.includes(prefer))
      throw new Error(`preferred Arabic name ${prefer} is not among ${names.join(', ')}`);
    return prefer;
  }
  const votes = new Map<string, number>();
  for (const n of names) votes.set(bare(n), (votes.get(bare(n)) ?? 0) + 1);
  const key = (n: string) => {
    const plain = n.replace(TASHKIL, '');
    return [
      votes.get(bare(n))!,
      /^ال/u.test(n) ? 1 : 0,
      -plain.split(' ').length,
      plain.length,
      n.includes('\u0629') ? 1 : 0,
      plain === n ? 1 : 0,
    ];
  };
  const best = names
    .map((n, i) => ({ n, k: key(n), i }))
    .sort((a, b) => {
      for (let j = 0; j < a.k.length; j++) if (a.k[j] !== b.k[j]) return b.k[j]! - a.k[j]!;
      return a.i - b.i;
    })[0]?.n;
  return best === undefined ? undefined : best.replace(TASHKIL, '') || best;
}

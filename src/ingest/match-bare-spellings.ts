/**
 * A foreign name written bare, in another Arabic spelling than the source's, in a country the article
 * names (issue 18, round 24): «وقع الهجوم في مسجدين في كرايستشيرش» is GeoNames' «كرايستشرش»
 * (Christchurch) in a report that names New Zealand. The Arabic names of round 22's `nameVariants`
 * (capitals and cities of a million after a preposition), widened to every place of a named
 * country, with a longer key as the guard.
 *
 * Trigger: an Arabic word no reading covers, with or without its clitics, that matches nothing as
 * written and whose spelling key (`arabicSpellingKey`) meets one entry's Arabic name.
 * Guards: the key keeps `SURE_CONSONANTS` consonants or more; the first and last letters are the
 * source's (`sameEnds`); the entry, a settlement or a unit, is the one of that key in a country the
 * article's places lie in; the word has no article and is no stop word, cue word, common noun (`arabicCommonNoun`) or a known
 * name's adjective or people («باكستانيون»), and follows no facility's cue word («مستشفى»); every
 * occurrence is read.
 * Examples: «وصل الفريق إلى الهند، ثم سافر إلى بنجالور» (India, «بنغالور»), «وأُغلقت المدارس
 * بجوادالاخارا» in a report that names Mexico («غوادالاخارا»), «غمرت السيول شوارع فلوريانوبولس جنوب
 * البرازيل» (Brazil, «فلوريانوبوليس»).
 */
import { anchorsOfMatches } from './match-anchors.ts';
import { arabicCommonNoun, definiteWords } from './match-common-noun.ts';
import { SURE_CONSONANTS, sameEnds, spellingIndex } from './match-cue-spellings.ts';
import { ARABIC, ARTICLE, familyOf, splits, type MatchIndex, type PlaceMatch } from './match-index.ts';
import { AR_CUE, AR_STOP } from './cues.ts';
import { keyedMatch } from './keyed-match.ts';
import { norm, type Normalised, type Token } from './normalize.ts';
import { arabicSpellingKey, consonants } from './spelling-key.ts';
import type { GazetteerEntry } from './types.ts';

/** A bare name is read as a settlement or a unit, never a facility or a feature. */
const PLACES = new Set(['settlement', 'admin']);

/** The endings of an adjective or a people made of a name («باكستانيون», Pakistanis; «باكستاني»). */
const NISBA = /(?:يون|يين|يات|يه|ي)$/u;

/** A name right after a facility's cue word is the facility's («مستشفى كرايستشيرش»), not the place's. */
const facilityCue = (t: Token | undefined) => !!t && AR_CUE.get(t.n)?.kind === 'facility';

export function bareSpellings(
  nt: Normalised,
  toks: readonly Token[],
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  const anchors = anchorsOfMatches(out, index);
  if (!anchors.countries.size) return [...out];
  const covering = toks.map((t) => out.some((m) => m.start < t.end && t.start < m.end));
  const definite = definiteWords(toks);
  const table = spellingIndex(index);
  const seen = new Map<string, GazetteerEntry | null>();
  const read = (w: string): GazetteerEntry | null => {
    if (seen.has(w)) return seen.get(w)!;
    let e: GazetteerEntry | null = null;
    const key = arabicSpellingKey(w);
    if (
      consonants(key) >= SURE_CONSONANTS &&
      !AR_STOP.has(w) &&
      !AR_CUE.has(w) &&
      !arabicCommonNoun(w, definite) &&
      !index.byFirst.has(w) &&
      !index.byFirst.has(w.replace(NISBA, ''))
    ) {
      const all = [...new Set(table.get(key) ?? [])].filter(
        (x) =>
          PLACES.has(familyOf(x.kind)) &&
          !!x.country &&
          anchors.countries.has(x.country) &&
          x.names.ar.some((n) => !/\s/u.test(n) && sameEnds(norm(n), w)),
      );
      if (all.length === 1) e = all[0]!;
    }
    seen.set(w, e);
    return e;
  };
  const added: PlaceMatch[] = [];
  for (let t = 0; t < toks.length; t++) {
    if (covering[t] || !ARABIC.test(toks[t]!.n) || facilityCue(toks[t - 1])) continue;
    for (const sp of splits(toks[t]!.n)) {
      if (sp.article || sp.rest.startsWith(ARTICLE) || sp.rest.length < 4) continue;
      const e = read(sp.rest);
      if (!e) continue;
      const note = `the source writes ${e.names.ar[0]}; the article's spelling differs (long vowels, letters of one sound): check it`;
      added.push(keyedMatch(nt, toks, { t, skip: sp.skip }, e, 'arabic-spelling-key', note));
      break;
    }
  }
  return added.length ? [...out, ...added].sort((a, b) => a.start - b.start) : [...out];
}

/**
 * A city of a million named bare in an article that names no country and gives no other signal of
 * where it is (issue 18, round 19; match-own-signals.ts): "Floods reached Marrakesh and Agadir",
 * «فيضانات في مراكش». `acceptable` (match-index.ts) refuses such a city without context, for many
 * have Arabic names that are common words (هزة, Hezhou); the guards here refuse the common word and
 * keep the city. The reading must be a settlement of `BARE_CITY_POPULATION` or more, twice every
 * namesake (each a town elsewhere or the unit named after the city, no country), and:
 * - in English, a name that is no common word, written with its capital inside a sentence (not the
 *   sentence's first word, whose capital says nothing): "roads into Medellín were cut", "rain hit
 *   Pune";
 * - in Arabic, right after a word of place (في، إلى، قرب…: «في ميديين»; not the clitic بـ, «بازار» is
 *   no بـ + Isère) or
 *   in a list with another name of the text («بين أغادير ومراكش»، «كانو، كادونا»), never an adjective,
 *   a cue word, a word of the stop lists,
 *   or the first term of a construct («ميدان التحرير», Tahrir Square: Medan is ميدان).
 * It anchors fully, and itself: the article's places are then read around it.
 */
import { atSentenceStart, AR_LOCATIVE, COMMON_EN } from './match-guards.ts';
import { AR_CUE } from './cues.ts';
import { isNisbaForm } from './match-context.ts';
import { adjacent, ARTICLE, familyOf, isUpper, type Hit, type MatchIndex } from './match-index.ts';
import { personAfterTitle } from './match-person.ts';
import type { Normalised, Token } from './normalize.ts';
import { AR_ADJECTIVES, AR_STOP, COMMON_WORDS } from './stop-words.ts';
import type { GazetteerEntry } from './types.ts';

/**
 * A bare city name anchors an article alone from this population: half a million, for the guards
 * below, not the size, keep the common word out (Marrakesh, 840,000 in GeoNames, and Agadir count).
 */
export const BARE_CITY_POPULATION = 500_000;

export function millionCities(
  claimed: readonly Hit[],
  nt: Normalised,
  toks: readonly Token[],
  index: MatchIndex,
  lang: 'ar' | 'en',
): Map<Hit, GazetteerEntry> {
  const out = new Map<Hit, GazetteerEntry>();
  for (const [i, h] of claimed.entries()) {
    if (h.pattern.org) continue;
    const es = h.pattern.entryIds.map((id) => index.entries.get(id)).filter((e) => !!e);
    const pop = (e: GazetteerEntry) => e.population ?? 0;
    const city = es.filter((e) => familyOf(e.kind) === 'settlement').sort((a, b) => pop(b) - pop(a))[0];
    if (!city || pop(city) < BARE_CITY_POPULATION) continue;
    // Every other reading a smaller town elsewhere or the unit named after the city (Kano State):
    // «بنين» is also a country, "Victoria" a state.
    const other = (e: GazetteerEntry) =>
      e.world &&
      ((familyOf(e.kind) === 'settlement' && 2 * pop(e) < pop(city)) ||
        (e.kind === 'governorate' && e.country === city.country));
    const alone = es.every((e) => e === city || other(e));
    if (alone && writtenAsPlace(claimed, i, nt, toks, lang)) out.set(h, city);
  }
  return out;
}

/**
 * The name `claimed[i]` is written as a place, no common word (the guards above; a unit named bare
 * in match-own-signals.ts reads them too).
 */
export function writtenAsPlace(
  claimed: readonly Hit[],
  i: number,
  nt: Normalised,
  toks: readonly Token[],
  lang: 'ar' | 'en',
): boolean {
  const h = claimed[i]!;
  return lang === 'en' ? englishPlace(h, nt, toks) : arabicPlace(h, nt, toks, claimed[i - 1], claimed[i + 1]);
}

/**
 * English: not every word a common one ("West Coast"), not a sentence's first word, and no person's
 * name ("President Paul Kagame": Paul is a unit of Cape Verde).
 */
function englishPlace(h: Hit, nt: Normalised, toks: readonly Token[]): boolean {
  if (toks.slice(h.t0, h.t1).every((w) => COMMON_EN.has(w.n))) return false;
  const next = toks[h.t1];
  if (next && adjacent(nt.cps, h.end, next.start) && isUpper(nt.cps[next.start])) return false;
  return !atSentenceStart(nt.cps, h.start) && !personAfterTitle(nt, toks, h.t0);
}

/** Two names in a list: a comma between them («كانو، كادونا»), or only a space before «و» («أغادير ومراكش»). */
function listed(nt: Normalised, toks: readonly Token[], a: Hit, b: Hit): boolean {
  if (a.pattern.org || b.pattern.org || a.t1 > b.t0 || (b.clitic !== '' && b.clitic !== 'و')) return false;
  const gap = nt.cps.slice(a.end, toks[b.t0]!.start).join('');
  return b.clitic === 'و' ? /^\s+$/u.test(gap) : /^\s*[،,]\s*$/u.test(gap);
}

function arabicPlace(
  h: Hit,
  nt: Normalised,
  toks: readonly Token[],
  prev: Hit | undefined,
  next: Hit | undefined,
): boolean {
  const words = toks.slice(h.t0, h.t1).map((t, j) => (j ? t.n : t.n.slice(h.clitic.length)));
  if (words.some((w) => AR_STOP.has(w) || AR_ADJECTIVES.has(w) || AR_CUE.has(w) || COMMON_WORDS.has(w)))
    return false;
  if (h.t1 - h.t0 === 1) {
    // The first term of a construct is a common noun: «ميدان التحرير» (Tahrir Square; Medan is ميدان).
    const next = toks[h.t1];
    if (next?.n.startsWith(ARTICLE) && adjacent(nt.cps, h.end, next.start) && !isNisbaForm(next.n))
      return false;
  }
  // Not the clitic بـ alone: «بازار» (a bazaar) is no بـ + Isère (ازار).
  if (!h.clitic && AR_LOCATIVE.has(toks[h.t0 - 1]?.n ?? '')) return true;
  return (!!prev && listed(nt, toks, prev, h)) || (!!next && listed(nt, toks, h, next));
}

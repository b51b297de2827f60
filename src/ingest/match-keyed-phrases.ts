/**
 * Arabic names of two or three words, or with the article, after a preposition of place, of GeoNames
 * places with no Arabic name (issue 18, round 18): «إلى ذراع بن خدة» (Draa Ben Khedda), «في عين
 * الحمام وبني دوالة وعزازقة» (Aïn el Hammam, Beni Douala, Azazga), «وفي الفاشر» (El Fasher); in
 * another country «قرب بئر العبد» (Bir el Abd), «في الخان الأحمر». The one-word reading
 * (`listedSpellings`, match-spelling.ts) leaves these out: it reads one word, never one with the
 * article (most such words are common nouns).
 *
 * Trigger: a preposition of place (`AR_PLACE_PREPOSITIONS`), then the longest span of one to three
 * free words whose consonant key (`spelling-key.ts`) is a GeoNames settlement's with no Arabic name;
 * then the words listed after it with «و», one word each allowed. Letters newsrooms write for one
 * sound in some countries are tried both ways: ق for g (Maghreb, Sudan: Azazga «عزازقة»), ث for t
 * (Kabyle, Maghreb: Irathen «إيراثن»). Later occurrences of a span found follow.
 *
 * Guards, why no common word passes: the place lies within `LIST_KM` of one of the article's places
 * (in a country the article names when it has none: a country named in passing is not enough, Sukhoy
 * Log in Russia for «سهل جائع» in a report from Uzbekistan); no span opens on a month name; a span of several words keys three consonants or more and opens
 * on a word without the article (never «الوصول عبر»); one word
 * with the article keys three or more and the Latin name has the article too (El Fasher: «الفاشر»,
 * never «المدينة»); a bare listed word (no article) keys two or more only when its consonants agree one
 * for one with the Latin name's, three or more; no word of a span is a stop word, a preposition or
 * a common noun (`arabicCommonNoun`: «مراكز إيواء»).
 */
import { km } from './gazetteer.ts';
import { ARABIC, ARTICLE, type MatchIndex, type PlaceMatch } from './match-index.ts';
import { arabicCommonNoun, definiteWords } from './match-common-noun.ts';
import { AR_PLACE_PREPOSITIONS, latinKeyed } from './match-spelling.ts';
import { AR_STOP } from './cues.ts';
import { norm, type Normalised, type Token } from './normalize.ts';
import { AR_MONTHS } from './dates/words.ts';
import { arabicKey, consonants, spelledConsonants } from './spelling-key.ts';
import type { GazetteerEntry } from './types.ts';
import { keyedMatch, latinKeyNote } from './keyed-match.ts';

/** A keyed span is read only this near (km) one of the article's places, outside a country it names. */
const LIST_KM = 500;

/** The spellings of one sound tried both ways: ق for g, ث for t. */
export const variants = (s: string): string[] => [
  ...new Set([s, s.replace(/ق/gu, 'غ'), s.replace(/ث/gu, 'ت'), s.replace(/ق/gu, 'غ').replace(/ث/gu, 'ت')]),
];

/** Month names («كانون الأول»): a date, never a place. */
const MONTHS = AR_MONTHS.map(([m]) => norm(m));

/** A Latin name that opens on the article: Arabic al-, or its French transliterations (Er Regueb, round 22). */
export const ARTICLE_EN = /^(?:['’]?(?:al|el|an|ar|as|ad|at|az|er|es|en|ed|et|ez)[ -])/iu;

export function keyedPhrases(
  nt: Normalised,
  toks: readonly Token[],
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  const known = out.flatMap((m) => (m.placeId ? [index.entries.get(m.placeId)!] : []));
  const named = new Set(known.flatMap((e) => (e.kind === 'country' && e.country ? [e.country] : [])));
  const countries = new Set(known.flatMap((e) => (e.country ? [e.country] : [])));
  const points = known.filter((e) => e.kind !== 'country' && e.kind !== 'region').map((e) => e.point);
  if (!points.length && !named.size) return [...out];
  const taken = toks.map((t) => out.some((m) => m.start < t.end && t.start < m.end));
  const definite = definiteWords(toks);
  const raw = (a: number, b: number) => nt.cps.slice(toks[a]!.start, toks[b - 1]!.end).join('');
  const gap = (a: number) => nt.cps.slice(toks[a]!.end, toks[a + 1]!.start).join('');
  const dist = (e: GazetteerEntry) => Math.min(Infinity, ...points.map((p) => km(p, e.point)));
  const where = (e: GazetteerEntry) =>
    ['city', 'town', 'village'].includes(e.kind) &&
    !!e.country &&
    (points.length ? countries.has(e.country) || named.has(e.country) : named.has(e.country)) &&
    (!points.length || dist(e) <= LIST_KM);

  /** The place spelled by words `[t, u)` (the first with `skip` clitic letters), if any. */
  const place = (t: number, u: number, skip: number, listed: boolean): GazetteerEntry | undefined => {
    const text = raw(t, u).slice(skip);
    const first = toks[t]!.n.slice(skip);
    const words = [first, ...toks.slice(t + 1, u).map((x) => x.n)];
    // Round 29: a listed word is read with its «و» too: «وسط» (amid) is no «و» and a name «سط».
    if (
      [toks[t]!.n, ...words].some(
        (w) => AR_STOP.has(w) || AR_PLACE_PREPOSITIONS.has(w) || arabicCommonNoun(w, definite),
      )
    )
      return undefined;
    if (u - t > 1 && first.startsWith(ARTICLE)) return undefined;
    if (MONTHS.some((mo) => words.join(' ').startsWith(mo))) return undefined;
    const article = u - t === 1 && first.startsWith(ARTICLE);
    const found: GazetteerEntry[] = [];
    for (const v of variants(text)) {
      const key = arabicKey(v);
      const n = consonants(key);
      const letters = spelledConsonants(v);
      const ok = (e: GazetteerEntry) =>
        u - t > 1
          ? n >= 3
          : article
            ? n >= 3 && ARTICLE_EN.test(e.names.en[0] ?? '')
            : listed && n >= 2 && letters.length >= 3 && spelledConsonants(e.names.en[0] ?? '') === letters;
      // A short key is not in `byLatinKey` (too many places share it): every world place of that key.
      const keyed =
        n >= 3
          ? (index.byLatinKey.get(key) ?? []).map((id) => index.entries.get(id)!)
          : latinKeyed(index, key).filter((e) => !e.names.ar.length);
      for (const e of keyed) if (e && where(e) && ok(e)) found.push(e);
    }
    return found.sort((a, b) => dist(a) - dist(b))[0];
  };

  const added: PlaceMatch[] = [];
  const spans = new Map<string, GazetteerEntry>();
  const push = (t: number, u: number, skip: number, e: GazetteerEntry, rule: string) => {
    for (let k = t; k < u; k++) taken[k] = true;
    index.entries.set(e.id, e);
    added.push(keyedMatch(nt, toks, { t, u, skip }, e, rule, latinKeyNote(e)));
  };
  const spaced = (a: number) => /^\s+$/u.test(gap(a));
  /** The longest free span of one to three words from `t`, spelling a place. */
  const longest = (t: number, skip: number, listed: boolean) => {
    for (let u = Math.min(t + 3, toks.length); u > t; u--) {
      if (toks.slice(t, u).some((_, k) => taken[t + k]) || (u - t > 1 && !spacedRun(t, u))) continue;
      const e = place(t, u, skip, listed);
      if (e) return { u, e };
    }
    return undefined;
  };
  const spacedRun = (t: number, u: number) => {
    for (let k = t; k < u - 1; k++) if (!spaced(k)) return false;
    return true;
  };

  for (let t = 1; t < toks.length; t++) {
    const prev = toks[t - 1]!.n.replace(/^و(?=..)/u, '');
    if (!AR_PLACE_PREPOSITIONS.has(prev) || !spaced(t - 1) || taken[t] || !ARABIC.test(toks[t]!.n)) continue;
    let at = t;
    let skip = 0;
    for (let listed = false; at < toks.length; listed = true) {
      const hit = longest(at, skip, listed);
      if (!hit) break;
      spans.set(
        toks
          .slice(at, hit.u)
          .map((x, k) => (k ? x.n : x.n.slice(skip)))
          .join(' '),
        hit.e,
      );
      push(at, hit.u, skip, hit.e, 'preposition-latin-spelling');
      at = hit.u;
      if (at >= toks.length || !spaced(at - 1) || !/^و(?=..)/u.test(toks[at]!.n)) break;
      skip = 1;
    }
  }
  // Later occurrences of a span found (its first word with clitics: «وفي الفاشر» … «سكان الفاشر»).
  for (const [span, e] of spans) {
    const words = span.split(' ');
    for (let t = 0; t + words.length <= toks.length; t++) {
      const skip = toks[t]!.n.length - words[0]!.length;
      if (
        skip < 0 ||
        skip > 2 ||
        !toks[t]!.n.endsWith(words[0]!) ||
        !/^[وفبلك]*$/u.test(toks[t]!.n.slice(0, skip))
      )
        continue;
      if (words.some((w, k) => taken[t + k] || (k > 0 && toks[t + k]!.n !== w))) continue;
      if (!spacedRun(t, t + words.length)) continue;
      push(t, t + words.length, skip, e, 'preposition-latin-spelling same-name-later');
    }
  }
  return [...out, ...added].sort((a, b) => a.start - b.start);
}

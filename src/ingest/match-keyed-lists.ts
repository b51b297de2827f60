/**
 * The foreign towns an Arabic list names beside a settlement the text knows, where the one-word
 * reading (`listedSpellings`, match-spelling.ts) stops (issue 18, round 22): a name of two words
 * («مانسهرة وأبوت آباد وراولبندي»: Abbottabad), one with the article whose Latin name has one too
 * («تالة والقصرين والرقاب»: Er Regueb), or one of two consonants («تالة»: Thala). A newsroom lists
 * towns of one area together, so the listed settlement is the guard: the town of the key lies in its
 * country and near it.
 *
 * Trigger: the words joined by «و» or a comma before or after a settlement the text names, item by
 * item, each of one or two words; a word that reads nothing ends the list. ق is tried as g too
 * (Maghreb, Sudan: `variants`).
 * Guards: a GeoNames settlement with no Arabic name, in the listed settlement's country and within
 * `LIST_KM` of it (`SHORT_KM` for a key of two consonants, and then `SHORT_KEY_POPULATION` or more);
 * one word with the article keys three consonants or more and the Latin name opens on the article
 * (`ARTICLE_EN`); two words open on a word without it; no word is a stop word, a preposition or a
 * common noun (`arabicCommonNoun`). Later bare occurrences of a one-word item follow.
 * Examples: «أغلقت الطرق بين آيت ملول والدشيرة وإنزكان» (Morocco), «وصلت المساعدات إلى كيتالي وإلدوريت
 * وكابسابيت» (Kenya).
 */
import { km } from './gazetteer.ts';
import { ARABIC, ARTICLE, splits, type MatchIndex, type PlaceMatch } from './match-index.ts';
import { arabicCommonNoun, definiteWords, inConstruct } from './match-common-noun.ts';
import { ARTICLE_EN, variants } from './match-keyed-phrases.ts';
import { AR_PLACE_PREPOSITIONS, latinKeyed } from './match-spelling.ts';
import { AR_CUE, AR_STOP } from './cues.ts';
import { written, type Normalised, type Token } from './normalize.ts';
import { arabicKey, consonants } from './spelling-key.ts';
import type { GazetteerEntry } from './types.ts';
import { keyedMatch, latinKeyNote } from './keyed-match.ts';

/** A listed town is read only this near (km) the settlement it is listed with. */
const LIST_KM = 300;
/** A listed name of two consonants only this near (km), and for a place this large. */
const SHORT_KM = 100;
const SHORT_KEY_POPULATION = 10_000;

const SETTLEMENTS = new Set(['city', 'town', 'village']);
const UNIT_KINDS = new Set(['district', 'governorate', 'region']);

export function keyedLists(
  nt: Normalised,
  toks: readonly Token[],
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  const covering = toks.map((t) => out.find((m) => m.start < t.end && t.start < m.end));
  const definite = definiteWords(toks);
  const gap = (a: number) => nt.cps.slice(toks[a]!.end, toks[a + 1]!.start).join('');
  /** Token `t + 1` opens a list item after token `t`: «، X», «، وX» or « وX». */
  const joined = (t: number) => {
    const g = gap(t).trim();
    return g === '،' || g === ',' || (g === '' && /^\s+$/u.test(gap(t)) && /^و(?=..)/u.test(toks[t + 1]!.n));
  };
  const free = (a: number, b: number) => {
    for (let t = a; t < b; t++) if (covering[t] || !ARABIC.test(toks[t]!.n)) return false;
    for (let t = a; t < b - 1; t++) if (gap(t) !== ' ') return false;
    return true;
  };

  /** The town listed as words `[a, b)` (the first with `skip` clitic letters) near `near`. */
  const read = (a: number, b: number, skip: number, near: GazetteerEntry): GazetteerEntry | undefined => {
    const words = [toks[a]!.n.slice(skip), ...toks.slice(a + 1, b).map((x) => x.n)];
    // Round 29: the first word is read with its «و» too: «وسط» (amid) is no «و» and a name «سط».
    if (
      [toks[a]!.n, ...words].some(
        (w) => AR_STOP.has(w) || AR_PLACE_PREPOSITIONS.has(w) || arabicCommonNoun(w, definite),
      )
    )
      return undefined;
    if (b - a === 1 && inConstruct(toks, a, gap, (k) => !!covering[k])) return undefined;
    const article = words[0]!.startsWith(ARTICLE);
    if (article && words.length > 1) return undefined;
    const found: GazetteerEntry[] = [];
    const spelling = [written(nt, toks[a]!, skip), ...toks.slice(a + 1, b).map((x) => written(nt, x))];
    for (const v of variants(spelling.join(' '))) {
      const key = arabicKey(v);
      const n = consonants(key);
      if (n < 2 || (article && n < 3)) continue;
      const world =
        n >= 3
          ? (index.byLatinKey.get(key) ?? []).map((id) => index.entries.get(id)!)
          : latinKeyed(index, key).filter((e) => (e.population ?? 0) >= SHORT_KEY_POPULATION);
      for (const e of world)
        if (
          SETTLEMENTS.has(e.kind) &&
          !e.names.ar.length &&
          e.country === near.country &&
          km(e.point, near.point) <= (n >= 3 ? LIST_KM : SHORT_KM) &&
          (!article || ARTICLE_EN.test(e.names.en[0] ?? ''))
        )
          found.push(e);
    }
    return found.sort((x, y) => km(x.point, near.point) - km(y.point, near.point))[0];
  };

  const added: PlaceMatch[] = [];
  const byWord = new Map<string, GazetteerEntry>();
  const push = (a: number, b: number, skip: number, e: GazetteerEntry, rule: string) => {
    const m = keyedMatch(nt, toks, { t: a, u: b, skip }, e, rule, latinKeyNote(e));
    for (let t = a; t < b; t++) covering[t] = m;
    if (b - a === 1) byWord.set(toks[a]!.n.slice(skip), e);
    index.entries.set(e.id, e);
    added.push(m);
  };
  /** The item of words `[a, b)`, if it reads a town; «و» joining it is no part of it. */
  const item = (a: number, b: number, near: GazetteerEntry) => {
    if (a < 0 || b > toks.length || !free(a, b)) return undefined;
    const skip = a > 0 && gap(a - 1) === ' ' && /^و(?=..)/u.test(toks[a]!.n) ? 1 : 0;
    const e = read(a, b, skip, near);
    return e ? { a, b, skip, e } : undefined;
  };
  /** The first token of the match covering token `t`. */
  const firstOf = (t: number) => toks.findIndex((x) => x.end > covering[t]!.start);
  const lastOf = (t: number) => {
    let k = t;
    while (k + 1 < toks.length && toks[k + 1]!.start < covering[t]!.end) k++;
    return k;
  };

  for (const m of out) {
    const near = m.placeId ? index.entries.get(m.placeId) : undefined;
    if (!near || !SETTLEMENTS.has(near.kind) || !near.country) continue;
    const i0 = toks.findIndex((t) => t.end > m.start);
    if (i0 < 0) continue;
    let i1 = i0;
    while (i1 + 1 < toks.length && toks[i1 + 1]!.start < m.end) i1++;
    // After the settlement, item by item: two words, else one.
    for (let a = i1 + 1; a < toks.length && joined(a - 1);) {
      if (covering[a]) {
        a = lastOf(a) + 1;
        continue;
      }
      const hit = item(a, a + 2, near) ?? item(a, a + 1, near);
      if (!hit) break;
      push(hit.a, hit.b, hit.skip, hit.e, 'listed-latin-spelling');
      a = hit.b;
    }
    // Before it: an item ending at `z`, of two words when a joint opens them, else of one.
    for (let z = i0 - 1; z >= 0 && joined(z);) {
      if (covering[z]) {
        z = firstOf(z) - 1;
        continue;
      }
      const hit = (z >= 2 && joined(z - 2) ? item(z - 1, z + 1, near) : undefined) ?? item(z, z + 1, near);
      if (!hit) break;
      push(hit.a, hit.b, hit.skip, hit.e, 'listed-latin-spelling');
      z = hit.a - 1;
    }
  }
  // Other bare occurrences of a one-word item (with its clitics).
  for (let t = 0; t < toks.length; t++) {
    if (covering[t]) continue;
    // Not after a unit's cue word («بمنطقة مانسهرة»: the district), nor governing a definite word.
    if (t > 0 && splits(toks[t - 1]!.n).some((x) => UNIT_KINDS.has(AR_CUE.get(x.rest)?.kind ?? ''))) continue;
    if (inConstruct(toks, t, gap, (k) => !!covering[k])) continue;
    const sp = splits(toks[t]!.n).find((x) => !x.article && byWord.has(x.rest));
    if (sp) push(t, t + 1, sp.skip, byWord.get(sp.rest)!, 'listed-latin-spelling same-name-later');
  }
  return [...out, ...added].sort((a, b) => a.start - b.start);
}

/**
 * Arabic lists after a plural or dual cue word («أحياء الجميزة ومار مخايل والأشرفية»، «جزيرتي مايوركا
 * ومينوركا»), split from match-context.ts.
 */
import { AR_ADJECTIVES, AR_CUE, AR_DUAL_CUE, AR_PLURAL_CUE, AR_STOP, COMMON_WORDS } from './cues.ts';
import { norm } from './normalize.ts';
import { isAdjective, isNumber } from './match-context.ts';
import { adjacent, ARABIC, ARTICLE, splits, type PlaceMatch } from './match-index.ts';
import type { Normalised, Token } from './normalize.ts';
import { unknownPlace } from './unknown-place.ts';

/** Compass words: with a noun after them, one name («جنوب الباطنة»، «شمال سيناء»); alone, no name. */
const COMPASS = new Set(['شمال', 'جنوب', 'شرق', 'غرب', 'وسط'].map(norm));

/** Plurals of unit nouns no plural cue lists (round 16): «الأقاليم», «المناطق». */
const UNIT_PLURALS = new Set(['أقاليم', 'مناطق'].map(norm));

/**
 * A cue noun with the article («الإقليم», «الأقاليم المجاورة»): «قرى الإقليم» is "the province's
 * villages", a construct, not a list of names (round 16).
 */
const cueNoun = (w: string) =>
  splits(w).some(
    (sp) => sp.article && (AR_CUE.has(sp.rest) || AR_PLURAL_CUE.has(sp.rest) || UNIT_PLURALS.has(sp.rest)),
  );

/** "Such as", "among them": a list of examples after a plural place noun. */
const SUCH_AS = new Set(['مثل', 'منها', 'بينها', 'ومنها', 'أبرزها'].map(norm));

/**
 * The token of «مثل» («منها», «بينها») right after the plural cue at `i` or after one or two definite
 * words that follow it («مدن الداخل مثل»), adjacent, none taken; else null.
 */
function suchAs(nt: Normalised, toks: Token[], taken: Uint8Array, i: number): number | null {
  for (let k = i + 1; k <= i + 3 && k < toks.length; k++) {
    const t = toks[k]!;
    if (taken[k] || !adjacent(nt.cps, toks[k - 1]!.end, t.start)) return null;
    if (SUCH_AS.has(t.n)) return k;
    if (!t.n.startsWith(ARTICLE) || AR_STOP.has(t.n)) return null;
  }
  return null;
}

/**
 * A plural cue word and the names listed after it (two or more), joined by و without punctuation between
 * («أحياء الجميزة ومار مخايل والأشرفية»، «قرى تل تمر وأبو راسين»): each unknown name is proposed
 * as a place of the cue's kind (one or two words, as written, without its و); known names in the
 * list are left to the gazetteer match. A common word («مدن الشرق والجنوب», the east and the south) is
 * no name; a compass word with a noun is one («محافظتي شمال الباطنة وجنوب الباطنة»).
 */
export function pluralLists(nt: Normalised, toks: Token[], taken: Uint8Array): PlaceMatch[] {
  const out: PlaceMatch[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (taken[i]) continue;
    const sp = splits(toks[i]!.n).find((x) => !x.article && AR_PLURAL_CUE.has(x.rest));
    if (!sp) continue;
    const kind = AR_PLURAL_CUE.get(sp.rest)!;
    let k = i + 1;
    let prevEnd = toks[i]!.end;
    // «مدن الداخل مثل بو وكينيما» (round 30): the list may follow "such as" after up to two definite words.
    const such = suchAs(nt, toks, taken, i);
    if (such !== null) {
      k = such + 1;
      prevEnd = toks[such]!.end;
    }
    const listed: PlaceMatch[] = [];
    const mine: number[] = [];
    let items = 0;
    const most = AR_DUAL_CUE.has(sp.rest) ? 2 : 8;
    for (let n = 0; n < most; n++, items++) {
      const t = toks[k];
      if (!t || !adjacent(nt.cps, prevEnd, t.start)) break;
      const joined = n === 0 ? { skip: 0, rest: t.n } : splits(t.n).find((x) => x.clitic === 'و');
      if (!joined) break;
      const w = t.n.slice(joined.skip);
      if (taken[k]) {
        prevEnd = t.end;
        k++;
        // The later words of a known name of two or more words («باب الوادي»): the same item.
        for (let c = toks[k]; c && taken[k] && adjacent(nt.cps, prevEnd, c.start); c = toks[k]) {
          if (splits(c.n).some((x) => x.clitic === 'و')) break;
          prevEnd = c.end;
          k++;
        }
        continue;
      }
      // A compass word before a definite noun opens a two-word name («شمال الباطنة», a governorate).
      const t2 = toks[k + 1];
      const compass =
        COMPASS.has(w) &&
        !!t2 &&
        !taken[k + 1] &&
        adjacent(nt.cps, t.end, t2.start) &&
        ARABIC.test(t2.n) &&
        !t2.n.startsWith('و') &&
        !AR_STOP.has(t2.n) &&
        !isAdjective(nt, t2);
      if (!compass && (AR_STOP.has(w) || COMMON_WORDS.has(w))) break;
      if (!ARABIC.test(w) || isNumber(w) || AR_ADJECTIVES.has(w) || AR_CUE.has(w) || cueNoun(w)) break;
      // An indefinite feminine word right after the plural agrees with it: an adjective.
      if (n === 0 && !w.startsWith(ARTICLE) && nt.cps[t.end - 1] === 'ة') break;
      let last = k;
      if (compass) last = k + 1;
      else if (
        t2 &&
        !taken[k + 1] &&
        !w.startsWith(ARTICLE) &&
        adjacent(nt.cps, t.end, t2.start) &&
        ARABIC.test(t2.n) &&
        !t2.n.startsWith('و') &&
        !AR_STOP.has(t2.n) &&
        !isAdjective(nt, t2)
      )
        last = k + 1;
      const start = nt.map[t.ni + joined.skip]!;
      const end = toks[last]!.end;
      const name = nt.cps.slice(start, end).join('');
      for (let x = k; x <= last; x++) {
        taken[x] = 1;
        mine.push(x);
      }
      listed.push(
        unknownPlace({
          start,
          end,
          rule: 'plural-cue-list',
          kind,
          name,
          after: name,
          note: `listed after the plural cue word "${toks[i]!.n}": place it on the map`,
        }),
      );
      prevEnd = end;
      k = last + 1;
    }
    // One name after the plural is no list: a construct («مدن سومطرة», the cities of Sumatra) or an
    // adjective agreeing with it («أحياء كاملة», whole quarters; «مخيمات مؤقتة»).
    if (items >= 2) out.push(...listed);
    else for (const x of mine) taken[x] = 0;
  }
  return out;
}

/**
 * A name after an Arabic title is a person's, not a place (issue 18, round 27): a first name that is
 * also a town's («الرئيس X Y»), a surname a clitic seems to split into ب and a town's name («الرئيس
 * الأميركي X بY»), or a name a state shares, after «الجنرال».
 * The English rule (`match-person.ts`) reads capitals; Arabic has none, so the sign is the shape:
 * a definite title word, then at most two adjectives with the article (of nationality: «الأميركي»;
 * «السابق»), then the person's names, two or three words with nothing but spaces between them.
 *
 * Trigger: a one-word reading without a cue, of any rule, among the first three words after the title
 * and its adjectives. Guards: every word from the title to the reading's neighbour in the name is
 * joined by a space only; the name has a second word (before or after the reading) that is no stop
 * word, no place read and has no article, so «زار الرئيس كييف الاثنين» ("the president visited
 * Kyiv on Monday") keeps Kyiv; a country is never a person. Examples: «وقال الرئيس الكيني ... أوتينو»
 * (Kenya), «وقالت الرئيسة آنا ...» (Chile). Also kept: a city of half a million, and a place after a
 * verb of visiting before the title («زار الرئيس X أمس», «تفقد الوزير X»): the place visited, its
 * object.
 */
import type { MatchIndex, PlaceMatch } from './match-index.ts';
import { norm, type Normalised, type Token } from './normalize.ts';
import { AR_STOP } from './stop-words.ts';

/** Definite Arabic titles a person's name follows directly. */
const TITLES = new Set(
  [
    ...['الرئيس', 'الرئيسة', 'الجنرال', 'الزعيم', 'الزعيمة', 'الملك', 'الملكة', 'الأمير', 'الأميرة'],
    ...['المستشار', 'المستشارة', 'السيناتور', 'المشير', 'العقيد', 'السيد', 'السيدة', 'الدكتور'],
    ...['الوزير', 'الوزيرة', 'البابا', 'القاضي', 'القاضية'],
  ].map(norm),
);

/** Verbs whose object, after the titled subject, is a place («زار الرئيس ...» "the president visited"). */
const VISIT = new Set(['زار', 'تفقد', 'دخل', 'غادر', 'يزور', 'يتفقد', 'يغادر', 'قصد'].map(norm));

/** A city this large is the place itself after a title: newsrooms name such a person in full. */
const GREAT_CITY = 500_000;

/** A title, with «و» or «ف» before it («والرئيس»). */
const isTitle = (n: string) => TITLES.has(n) || TITLES.has(n.replace(/^[وف]/u, ''));

/** The most words a person's name runs to after the title (Min Aung Hlaing: three). */
const NAME_WORDS = 3;

export function withoutTitledNames(
  nt: Normalised,
  toks: readonly Token[],
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  const tokenAt = (i: number) => toks.findIndex((t) => t.start <= i && i < t.end);
  const spaced = (a: number, b: number) => /^ $/u.test(nt.cps.slice(toks[a]!.end, toks[b]!.start).join(''));
  const read = new Set<number>();
  for (const m of out)
    if (m.placeId)
      for (let t = tokenAt(m.start); t >= 0 && t < toks.length && toks[t]!.start < m.end; t++) read.add(t);
  /** A word that may be one of a person's names. */
  const nameWord = (t: number) =>
    !isTitle(toks[t]?.n ?? '') &&
    t >= 0 &&
    t < toks.length &&
    !read.has(t) &&
    !toks[t]!.n.startsWith('ال') &&
    !AR_STOP.has(toks[t]!.n) &&
    /^[\u0621-\u064a]+$/u.test(toks[t]!.n);
  /** The first token of the person's name whose title stands before token `t`, or -1. */
  const nameStart = (t: number): number => {
    for (let s = t; s > 0 && t - s < NAME_WORDS; s--) {
      if (!spaced(s - 1, s)) return -1;
      let a = s - 1;
      for (let n = 0; n < 2 && a > 0 && !isTitle(toks[a]!.n) && toks[a]!.n.startsWith('ال'); n++) {
        if (!spaced(a - 1, a)) return -1;
        a--;
      }
      if (isTitle(toks[a]!.n)) return s;
      if (!nameWord(s - 1)) return -1;
    }
    return -1;
  };
  /** Whether a verb of visiting stands right before the title of the name starting at token `s`. */
  const visited = (s: number): boolean => {
    let a = s - 1;
    while (a > 0 && !isTitle(toks[a]!.n)) a--;
    const verb = toks[a - 1]?.n ?? '';
    return VISIT.has(verb) || VISIT.has(verb.replace(/^[وف]/u, ''));
  };
  return out.filter((m) => {
    const e = m.placeId ? index.entries.get(m.placeId) : undefined;
    if (!e || e.kind === 'country' || /cue/u.test(m.rule) || (e.population ?? 0) >= GREAT_CITY) return true;
    const t = tokenAt(m.start);
    if (t < 0 || toks[t]!.end < m.end) return true;
    const s = nameStart(t);
    if (s < 0 || visited(s)) return true;
    const other = (s < t && nameWord(t - 1)) || (t + 1 < toks.length && spaced(t, t + 1) && nameWord(t + 1));
    return !other;
  });
}

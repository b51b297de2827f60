/**
 * The words around a matched name: a cue word before it (محافظة، مدينة، حي…; "city of …") or after
 * it in English ("… governorate"), and a cue word followed by a name the gazetteer does not know (a
 * place to put on the map). The actor position is `match-actor.ts`, later occurrences `match-later.ts`.
 */
import {
  AR_CUE,
  AR_DEFINITE_FEATURE,
  AR_PLURAL_CUE,
  COMMON_WORDS,
  AR_ADJECTIVES,
  AR_STOP,
  EN_CUE_AFTER,
  EN_CUE_AFTER_CAPITAL,
  EN_CUE_AFTER_PAIR,
  EN_CUE_BEFORE,
  EN_CUE_BEFORE_CAPITAL,
  EN_NAME_ABBREVIATIONS,
  EN_STOP,
  type Cue,
} from './cues.ts';
import { LANGUAGE_WORDS } from './stop-words.ts';
import { cueOfNameBefore } from './match-cue-owner.ts';
import { areaName, conjoinedStop } from './match-area.ts';
import { adjacent, ARABIC, ARTICLE, familyOf, isUpper, splits, type PlaceMatch } from './match-index.ts';
import { norm, type Normalised, type Token } from './normalize.ts';
import { unknownPlace } from './unknown-place.ts';
import { commonFirstWord, endsName, purposeWord, stopFirst } from './name-end.ts';

/** A cue word right before the name (Arabic: with its clitics; English: one or two words). */
export function cueBefore(
  nt: Normalised,
  toks: Token[],
  t0: number,
  start: number,
  lang: 'ar' | 'en',
): { cue: Cue; start: number; t: number; gap?: number } | null {
  if (lang === 'ar') {
    const listed = unitListCue(nt, toks, t0, start);
    if (listed) return listed;
    const prev = toks[t0 - 1];
    if (!prev || !adjacent(nt.cps, prev.end, start)) return null;
    const cueAt = (t: Token) => {
      for (const sp of splits(t.n)) {
        if (sp.article) continue;
        const cue = AR_CUE.get(sp.rest);
        if (cue) return { cue, start: nt.map[t.ni + sp.skip]! };
      }
      return null;
    };
    // «جبال محافظة السليمانية»: a name that opens with its own cue word takes no cue before it.
    const here = cueAt(prev);
    if (here && !cueAt(toks[t0]!)) return { ...here, t: t0 - 1 };
    const p2 = toks[t0 - 2]; // an unknown word joins a known name: «مدينة غازي عنتاب», not «مديرية أمن كسلا»
    if (
      p2 &&
      adjacent(nt.cps, p2.end, prev.start) &&
      ARABIC.test(prev.n) &&
      !prev.n.startsWith(ARTICLE) &&
      !AR_STOP.has(prev.n) &&
      !AR_CUE.has(prev.n)
    ) {
      const two = cueAt(p2);
      if (two && (two.cue.proposes || two.cue.kind === 'governorate') && !two.cue.notBefore?.has(prev.n))
        return { ...two, t: t0 - 2, gap: t0 - 1 };
    }
    return null;
  }
  const p1 = toks[t0 - 1];
  const p2 = toks[t0 - 2];
  if (p1 && p2 && adjacent(nt.cps, p1.end, start)) {
    const phrase = `${p2.n} ${p1.n}`;
    const cue =
      EN_CUE_BEFORE_CAPITAL.has(phrase) && !isUpper(nt.cps[p2.start]) ? undefined : EN_CUE_BEFORE.get(phrase);
    if (cue && adjacent(nt.cps, p2.end, p1.start) && !cueOfNameBefore(nt, toks, t0 - 2))
      return { cue, start: p2.start, t: t0 - 2 };
  }
  if (p1 && adjacent(nt.cps, p1.end, start)) {
    const cue = EN_CUE_BEFORE.get(p1.n);
    if (cue && isUpper(nt.cps[p1.start])) return { cue, start: p1.start, t: t0 - 1 };
  }
  return null;
}

/**
 * A plural or dual unit cue word before a list of names joined by و («محافظات أسوان وسوهاج وقنا»):
 * the cue of every name in the list, the first (right after the cue word, when a و follows it) and
 * each later one (its و). The words between are the list's (no punctuation, no particle, at most eight). The cue word
 * joins no name's span (`t` is -1): it is the list's, not one name's.
 */
function unitListCue(
  nt: Normalised,
  toks: readonly Token[],
  t0: number,
  start: number,
): { cue: Cue; start: number; t: number } | null {
  const first = toks[t0];
  if (!first) return null;
  const joined = first.n.startsWith('و');
  for (let j = t0 - 1; j >= 0 && j >= t0 - 8; j--) {
    const t = toks[j]!;
    if (!adjacent(nt.cps, t.end, toks[j + 1]!.start)) return null;
    const plural = splits(t.n).find((x) => !x.article && AR_PLURAL_CUE.has(x.rest));
    if (plural) {
      const kind = AR_PLURAL_CUE.get(plural.rest)!;
      if (familyOf(kind) !== 'admin' || (j !== t0 - 1 && !joined)) return null;
      // One name after the plural is a construct, not a list: «أغنى محافظات العراق».
      const more = [t0 + 1, t0 + 2].some(
        (k) => toks[k]?.n.startsWith('و') && adjacent(nt.cps, toks[k - 1]!.end, toks[k]!.start),
      );
      if (j === t0 - 1 && !more) return null;
      return { cue: { kind, proposes: false }, start, t: -1 };
    }
    if (!ARABIC.test(t.n) || AR_STOP.has(t.n) || AR_CUE.has(t.n)) return null;
  }
  return null;
}

/** An English cue word right after the name ("Hasakah governorate"). */
export function cueAfterEn(
  nt: Normalised,
  toks: Token[],
  t1: number,
  end: number,
): { cue: Cue; end: number; t: number } | null {
  const next = toks[t1];
  if (!next || !adjacent(nt.cps, end, next.start)) return null;
  const cue = EN_CUE_AFTER.get(next.n);
  if (cue && EN_CUE_AFTER_CAPITAL.has(next.n) && !isUpper(nt.cps[next.start])) return null;
  return cue ? { cue, end: next.end, t: t1 } : null;
}

export const isNisbaForm = (w: string) => w.startsWith(ARTICLE) && (w.endsWith('ي') || w.endsWith('يه'));
/** An adjective after a name (الغربي، السورية، القريبة), not a word of it; الهوى (ى) is not a nisba. */
export const isAdjective = (nt: Normalised, t: Token) =>
  (isNisbaForm(t.n) && nt.cps[t.end - 1] !== 'ى') || AR_ADJECTIVES.has(t.n);
export const isNumber = (w: string) => /^\p{N}+$/u.test(w);
/** A cue word, with its clitics («بولاية»: in the province): the start of the next name, not a word of this one. */
const cueWord = (t: Token) => splits(t.n).some((sp) => !sp.article && AR_CUE.has(sp.rest));

/** The shape of an English demonym (Syrian, Turkish, Chinese); before "state" also Iraqi, Israeli. */
const DEMONYM_SHAPE = /(?:ian|ish|ese)$/u;
/** Cue words after a name that a demonym may be part of ("Indian Ocean", "Arabian Peninsula"). */
const LANDFORM_CUES = new Set([
  'sea',
  'ocean',
  'desert',
  'peninsula',
  'mountains',
  'valley',
  'forest',
  'delta',
]);

/** «ومناطق», «وأقاليم»: "and areas" after a name opens another phrase (round 30: «مدينة بارمر ومناطق»). */
const AREA_PLURALS = new Set(['مناطق', 'أقاليم', 'أنحاء', 'ضواحي'].map(norm));

/** Cue word + unknown name → a proposed place without geometry. */
export function unknownNames(
  nt: Normalised,
  toks: Token[],
  taken: Uint8Array,
  lang: 'ar' | 'en',
): PlaceMatch[] {
  const out: PlaceMatch[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (taken[i]) continue;
    const tok = toks[i]!;
    if (lang === 'ar') {
      const feature = definiteFeature(nt, toks, taken, i);
      if (feature) {
        out.push(feature);
        taken[i] = taken[i + 1] = 1;
        i++;
        continue;
      }
      let cue: Cue | undefined;
      let skip = 0;
      for (const sp of splits(tok.n)) {
        if (sp.article) continue;
        const c = AR_CUE.get(sp.rest);
        if (c) {
          cue = c;
          skip = sp.skip;
          break;
        }
      }
      const n1 = toks[i + 1];
      if (!cue || !n1 || taken[i + 1] || !adjacent(nt.cps, tok.end, n1.start)) continue;
      if (!cue.proposes && !areaName(nt, tok, n1)) continue;
      if (stopFirst(n1.n, toks[i + 2]) || isAdjective(nt, n1) || !ARABIC.test(n1.n)) continue;
      if (AR_CUE.has(n1.n) || AR_CUE.has(n1.n.replace(/^ال/u, '')) || cue.notBefore?.has(n1.n)) continue;
      // An indefinite feminine nisba after a facility word is its adjective: «قاعدة خلفية» (a rear
      // base), «قاعدة جوية», «مستشفى ميدانية»; a facility is named by a proper or a definite name.
      if (cue.kind === 'facility' && !n1.n.startsWith(ARTICLE) && n1.n.endsWith('يه')) continue;
      // A purpose («بحيرة لتجميع المياه») or a cue with its preposition («قرية بمنطقة»): `name-end.ts`.
      if (purposeWord(n1.n, toks[i + 2]) || cueWord(n1) || commonFirstWord(n1.n, toks)) continue;
      let last = i + 1;
      const n2 = toks[i + 2];
      // «إقليم غورنو-باداخشان»: a hyphen joins one name's words (round 30).
      const hyphen =
        !!n2 && !taken[i + 2] && nt.cps.slice(n1.end, n2.start).join('') === '-' && ARABIC.test(n2.n);
      if (hyphen) last = i + 2;
      else if (
        n2 &&
        !taken[i + 2] &&
        !n1.n.startsWith(ARTICLE) &&
        adjacent(nt.cps, n1.end, n2.start) &&
        ARABIC.test(n2.n) &&
        !AR_STOP.has(n2.n) &&
        !conjoinedStop(n2.n, toks[i - 1]?.n) &&
        !isAdjective(nt, n2) &&
        !endsName(toks, i + 2) &&
        !cueWord(n2) &&
        !splits(n2.n).some(
          (sp) => sp.clitic === 'و' && (AR_PLURAL_CUE.has(sp.rest) || AREA_PLURALS.has(sp.rest)),
        )
      )
        last = i + 2;
      for (let t = i; t <= last; t++) taken[t] = 1;
      const start = nt.map[tok.ni + skip]!;
      const end = toks[last]!.end;
      out.push(
        unknownPlace({
          start,
          end,
          rule: 'cue-unknown-name',
          kind: cue.kind,
          name: nt.cps.slice(start, end).join(''),
          after: nt.cps.slice(toks[i + 1]!.start, end).join(''),
          note: 'the cue word introduces a name the gazetteer does not know: place it on the map',
        }),
      );
      i = last;
    } else {
      // "Mount Nyiragongo": a one-word capitalised cue before an unknown name.
      const one = isUpper(nt.cps[tok.start]) ? EN_CUE_BEFORE.get(tok.n) : undefined;
      if (one?.proposes) {
        const [found] = namesAfterEn(nt, toks, taken, i + 1, false);
        if (found && found[0] === i + 1 && adjacent(nt.cps, tok.end, toks[i + 1]!.start)) {
          const [s, e] = found;
          for (let t = i; t < e; t++) taken[t] = 1;
          out.push(
            unknownPlace({
              start: tok.start,
              end: toks[e - 1]!.end,
              rule: 'cue-unknown-name',
              kind: one.kind,
              name: nt.cps.slice(tok.start, toks[e - 1]!.end).join(''),
              after: nt.cps.slice(toks[s]!.start, toks[e - 1]!.end).join(''),
              note: 'the cue word introduces a name the gazetteer does not know: place it on the map',
            }),
          );
          i = e - 1;
          continue;
        }
      }
      const before = i > 0 ? EN_CUE_BEFORE.get(`${toks[i - 1]!.n} ${tok.n}`) : undefined;
      if (before?.proposes && !before.countryside && adjacent(nt.cps, toks[i - 1]!.end, tok.start)) {
        const found = namesAfterEn(nt, toks, taken, i + 1, toks[i - 1]!.n.endsWith('s'));
        found.forEach(([s, e], k) => {
          for (let t = s; t < e; t++) taken[t] = 1;
          if (k === 0 && s === i + 1) taken[i - 1] = taken[i] = 1;
          const start = k === 0 && s === i + 1 ? toks[i - 1]!.start : toks[s]!.start;
          out.push(
            unknownPlace({
              start,
              end: toks[e - 1]!.end,
              rule: 'cue-unknown-name',
              kind: before.kind,
              name: nt.cps.slice(start, toks[e - 1]!.end).join(''),
              after: nt.cps.slice(toks[s]!.start, toks[e - 1]!.end).join(''),
              note: 'the cue words introduce a name the gazetteer does not know: place it on the map',
            }),
          );
        });
        if (found.length) continue;
      }
      // A two-word cue ("power station") starts at its first word `c`.
      const p1 = toks[i - 1];
      const pair =
        p1 && !taken[i - 1] && adjacent(nt.cps, p1.end, tok.start)
          ? EN_CUE_AFTER_PAIR.get(`${p1.n} ${tok.n}`)
          : undefined;
      const c = pair ? i - 1 : i;
      const cue = pair ?? EN_CUE_AFTER.get(tok.n);
      if (!cue?.proposes || c === 0) continue;
      if (!pair && EN_CUE_AFTER_CAPITAL.has(tok.n) && !isUpper(nt.cps[tok.start])) continue;
      // Capitalised words right before the cue word ("Ghwayran neighbourhood", "al-Sina'a prison").
      let s = c;
      while (s > 0 && s > c - 3 && !taken[s - 1]) {
        const w = toks[s - 1]!;
        const gap = nt.cps.slice(w.end, toks[s]!.start).join('');
        if (!/^[\s-]+$/u.test(gap) || EN_STOP.has(w.n)) break;
        if (!isUpper(nt.cps[w.start]) && !(w.n === 'al' && gap === '-')) break;
        s--;
      }
      if (s === c) continue;
      if (!isUpper(nt.cps[toks[s]!.start]) && toks[s]!.n !== 'al') continue;
      // Common words are no name ("Islamic State", "National Forest"), but a sea may be named by
      // one ("Red Sea").
      if (tok.n !== 'sea' && toks.slice(s, c).every((w) => COMMON_WORDS.has(w.n))) continue;
      // A demonym before an administrative or facility cue word is no name ("Turkish state
      // television", "the Chinese province of Hubei"); a sea or a desert may be named by one
      // ("Indian Ocean", "Syrian Desert").
      if (c - s === 1 && !LANDFORM_CUES.has(tok.n)) {
        const w = toks[s]!.n;
        if (DEMONYM_SHAPE.test(w) || (tok.n === 'state' && w.endsWith('i')) || LANGUAGE_WORDS.has(w))
          continue;
      }
      for (let t = s; t <= i; t++) taken[t] = 1;
      // "the Pungwe and Buzi rivers": the first name of a plural cue, joined by "and".
      const and = toks[s - 1];
      if (tok.n.endsWith('s') && and?.n === 'and' && s >= 2) {
        const g = capitalisedBefore(nt, toks, taken, s - 1);
        if (g < s - 1) {
          for (let t = g; t < s - 1; t++) taken[t] = 1;
          out.push(
            unknownPlace({
              start: toks[g]!.start,
              end: toks[s - 2]!.end,
              rule: 'cue-unknown-name',
              kind: cue.kind,
              name: nt.cps.slice(toks[g]!.start, toks[s - 2]!.end).join(''),
              after: nt.cps.slice(toks[g]!.start, toks[s - 2]!.end).join(''),
              note: 'the cue word introduces a name the gazetteer does not know: place it on the map',
            }),
          );
        }
      }
      const start = toks[s]!.start;
      out.push(
        unknownPlace({
          start,
          end: tok.end,
          rule: 'cue-unknown-name',
          kind: cue.kind,
          name: nt.cps.slice(start, tok.end).join(''),
          after: nt.cps.slice(start, toks[c - 1]!.end).join(''),
          note: 'the cue word introduces a name the gazetteer does not know: place it on the map',
        }),
      );
    }
  }
  return out;
}

/**
 * A sea, an ocean, a gulf or a desert with the article and the adjective after it («المحيط الهندي»،
 * «بالبحر الأحمر»): one region without geometry; the noun alone is a common word.
 */
function definiteFeature(nt: Normalised, toks: Token[], taken: Uint8Array, i: number): PlaceMatch | null {
  const tok = toks[i]!;
  const next = toks[i + 1];
  if (!next || taken[i + 1] || !adjacent(nt.cps, tok.end, next.start)) return null;
  const sp = splits(tok.n).find((x) => x.article && AR_DEFINITE_FEATURE.has(x.rest));
  if (!sp || !next.n.startsWith(ARTICLE) || AR_STOP.has(next.n) || cueWord(next)) return null;
  const start = nt.map[tok.ni + sp.skip]!;
  const name = nt.cps.slice(start, next.end).join('');
  return unknownPlace({
    start,
    end: next.end,
    rule: 'cue-unknown-name feature',
    kind: 'region',
    name,
    after: name,
    note: 'a sea, an ocean, a gulf or a desert the gazetteer does not know: place it on the map',
  });
}

/** First token of the capitalised words (at most three) ending right before token `t`; `t` if none. */
function capitalisedBefore(nt: Normalised, toks: readonly Token[], taken: Uint8Array, t: number): number {
  let s = t;
  while (s > 0 && s > t - 3 && !taken[s - 1]) {
    const w = toks[s - 1]!;
    const gap = nt.cps.slice(w.end, toks[s]!.start).join('');
    if (s < t && !/^[\s-]+$/u.test(gap)) break;
    if (EN_STOP.has(w.n) || !isUpper(nt.cps[w.start])) break;
    s--;
  }
  return s;
}

/**
 * The unknown names after a cue phrase from token `t` as token ranges [start, end): capitalised words
 * (at most three, none taken); with a plural cue, more of them joined by "and" or a comma. A name the
 * gazetteer knew (taken) is stepped over.
 */
export function namesAfterEn(
  nt: Normalised,
  toks: readonly Token[],
  taken: Uint8Array,
  t: number,
  plural: boolean,
): [number, number][] {
  const out: [number, number][] = [];
  let i = t;
  for (;;) {
    const first = toks[i];
    if (!first || (i > t && !plural)) break;
    let e = i;
    while (e < toks.length && e < i + 3) {
      const w = toks[e]!;
      const gap = e > i ? nt.cps.slice(toks[e - 1]!.end, w.start).join('') : ' ';
      if (!/^[\s-]+$/u.test(gap) && !(/^\.\s$/u.test(gap) && EN_NAME_ABBREVIATIONS.has(toks[e - 1]!.n)))
        break;
      if (EN_STOP.has(w.n) || !isUpper(nt.cps[w.start])) break;
      e++;
    }
    if (e === i) break;
    let free = true;
    for (let k = i; k < e; k++) if (taken[k]) free = false;
    if (free) out.push([i, e]);
    const joint = toks[e];
    const gap = joint
      ? nt.cps
          .slice(toks[e - 1]!.end, joint.start)
          .join('')
          .trim()
      : '';
    if (joint?.n === 'and' && gap === '') i = e + 1;
    else if (gap === ',' && joint) i = e;
    else break;
  }
  return out;
}

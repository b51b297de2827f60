/**
 * A one-word name inside a longer capitalised name is no place of its own (issue 18, round 10): the
 * river word of "the Tana River" (River is a town in GeoNames), "Buffalo" in "the County of Deer
 * Buffalo", and a storm's name ("Hurricane Beryl": Hurricane is a town in Utah, Beryl another).
 * Countries keep their reading ("Kenya Red Cross" still names Kenya), and so do names after a modifier
 * or a cue word that opens a compound ("North", "New", "Mount", "Lake": other rules read those).
 * Round 18, the longest name the text gives wins: a name joined by a Romance connective to a
 * capitalised word is part of it ("Lagoa dos Patos", "Lago de Chapala", "Valle del Cauca"), and a
 * river or lake named by one more capitalised word is another one ("the French Broad River" beside
 * the Broad, "the Burhi Gandak River" beside the Gandak), which the cue word then proposes.
 */
import { EN_CUE_BEFORE } from './cues.ts';
import { COMMON_EN } from './match-guards.ts';
import { adjacent, isUpper, type Hit } from './match-index.ts';
import type { Normalised, Token } from './normalize.ts';

/**
 * Words that name a storm before its given name: "Hurricane Maria", "Cyclone Idai", "Storm Daniel";
 * round 24: "Superstorm Sandy", "Windstorm Gudrun" (Sweden), "Supertyphoon Haiyan", written as one word.
 */
export const STORM_WORDS = new Set([
  ...['hurricane', 'typhoon', 'cyclone', 'storm'],
  ...['superstorm', 'windstorm', 'supertyphoon', 'supercyclone'],
]);

/** Capitalised words that open a compound place name rather than a longer non-place name. */
const MODIFIERS = new Set([
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'upper',
  'lower',
  'middle',
  'new',
  'old',
  'great',
  'greater',
  'little',
  'mount',
  'lake',
  'port',
  'camp',
  'fort',
  'city',
  'island',
]);

/** Lower-case words that join the parts of a Portuguese, Spanish, Italian or French place name. */
export const CONNECTIVES = new Set(['de', 'do', 'dos', 'da', 'das', 'del', 'della', 'di', 'du', 'des']);

/** Feature words that end a river's or a lake's name ("Broad River"). */
const FEATURE_WORDS = new Set(['river', 'lake']);

/** Articles that may follow a connective: "San Juan de la Frontera", "Puerto de los Ángeles". */
export const CONNECTIVE_ARTICLES = new Set(['la', 'las', 'los', 'le', 'les', 'el']);

/** The text from `a` to `c` is "<connective> [article] " and `c` is capitalised. */
function joined(nt: Normalised, a: Token, c: Token, mid: readonly Token[]): boolean {
  const word = (t: Token) => nt.cps.slice(t.start, t.end).join('');
  const [b, art] = mid;
  if (!b || mid.length > 2 || !CONNECTIVES.has(word(b))) return false;
  if (art && !CONNECTIVE_ARTICLES.has(word(art))) return false;
  const chain = [a, ...mid, c];
  return (
    isUpper(nt.cps[a.start]) &&
    isUpper(nt.cps[c.start]) &&
    chain.every((t, k) => k === 0 || adjacent(nt.cps, chain[k - 1]!.end, t.start))
  );
}

/**
 * The name at `h` follows a capitalised word and a connective ("San Juan de la Frontera", "Lagoa dos
 * Patos"): the end of a longer name, with or without a cue word. A name the connective follows
 * ("Eldorado do Sul", "Alcalá de Henares") is the head of the longer name: `match-name-particles.ts`
 * proposes the whole.
 */
export function joinedName(nt: Normalised, toks: readonly Token[], h: Hit): boolean {
  for (const n of [1, 2]) {
    const before = toks[h.t0 - n - 1];
    if (before && joined(nt, before, toks[h.t0]!, toks.slice(h.t0 - n, h.t0))) return true;
  }
  return false;
}

/** The word at `start` opens a sentence or a clause ends right before it: its capital says nothing. */
function clauseStart(cps: readonly string[], start: number): boolean {
  let s = start - 1;
  while (s >= 0 && /[\s"“‘'(]/u.test(cps[s]!) && cps[s] !== '\n') s--;
  return s < 0 || /[\n.!?:;—–-]/u.test(cps[s]!);
}

/**
 * The one-word English name at `h` is part of a longer capitalised name: it is a storm word before a
 * capitalised name, or it follows (with only spaces between) a capitalised word inside a sentence that
 * is a storm word or a common English word other than a modifier, or it is itself a common word
 * ("River") after any capitalised word inside a sentence.
 */
export function insideLongerName(nt: Normalised, toks: readonly Token[], h: Hit): boolean {
  const first = toks[h.t0]!;
  const last = toks[h.t1 - 1]!;
  if (joinedName(nt, toks, h)) return true;
  if (h.t1 - h.t0 > 1 && FEATURE_WORDS.has(last.n)) {
    const before = toks[h.t0 - 1];
    return (
      !!before &&
      adjacent(nt.cps, before.end, first.start) &&
      isUpper(nt.cps[before.start]) &&
      !clauseStart(nt.cps, before.start) &&
      !MODIFIERS.has(before.n) &&
      !EN_CUE_BEFORE.has(before.n)
    );
  }
  if (h.t1 - h.t0 !== 1) return false;
  const w = toks[h.t0]!;
  const next = toks[h.t1];
  if (STORM_WORDS.has(w.n) && next && adjacent(nt.cps, w.end, next.start) && isUpper(nt.cps[next.start]))
    return true;
  const prev = toks[h.t0 - 1];
  if (!prev || !adjacent(nt.cps, prev.end, w.start) || !isUpper(nt.cps[prev.start])) return false;
  if (clauseStart(nt.cps, prev.start) || MODIFIERS.has(prev.n) || EN_CUE_BEFORE.has(prev.n)) return false;
  return STORM_WORDS.has(prev.n) || COMMON_EN.has(prev.n) || COMMON_EN.has(w.n);
}

/**
 * A country's name before a lower-case facility word describes the facility, it does not name it: "a
 * Puerto Rico dam", "the Kenya prison" are in that country (the country is the mention), while "the
 * Kenya Dam" is a name. `cueWord` is the token of the cue after the name.
 */
export function countryBeforeFacilityWord(
  nt: Normalised,
  cueWord: Token,
  cueKind: string,
  kinds: readonly (string | undefined)[],
): boolean {
  return cueKind === 'facility' && !isUpper(nt.cps[cueWord.start]) && kinds.includes('country');
}

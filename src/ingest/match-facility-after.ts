/**
 * A plant, a station, a dam or a mine named after a place, with words of what it makes between the
 * name and the facility word (issue 18, round 20): "the Zaporizhzhia nuclear power plant" is the plant,
 * not the city; "the Kozloduy nuclear power plant" (Bulgaria), "the Inga hydroelectric dam" (the
 * Congo). Trigger (English): a place's name, known or capitalised and unknown, then one or two
 * lower-case words of `MADE` (nuclear, hydroelectric, thermal, coal-fired…) and a facility cue
 * after a name (`EN_CUE_AFTER_PAIR`: "power plant", "power station"; or a facility word of
 * `EN_CUE_AFTER`: "dam", "plant" via the pair, "mine"). The facility is proposed without geometry,
 * named as written. Guards: single spaces between the words; a country's name ("Ukraine's nuclear
 * plants") and a demonym are left; the words before are capitalised and no other match holds them.
 * Round 23: "mine" with no word of what it yields is a mine too when "the" or a possessive opens the
 * name ("the Bonanza mine", Nicaragua; "Peru's Antamina mine"): "mine" alone is also the pronoun,
 * which never follows "the X".
 */
import { EN_CUE_AFTER, EN_CUE_AFTER_PAIR, EN_STOP } from './cues.ts';
import { LANGUAGE_WORDS } from './stop-words.ts';
import { isUpper, type MatchIndex, type PlaceMatch } from './match-index.ts';
import { spaced, type Normalised, type Token } from './normalize.ts';
import { unknownPlace } from './unknown-place.ts';

/** What a plant makes or runs on, written between its name and its facility word. */
const MADE = new Set([
  ...['nuclear', 'hydroelectric', 'hydropower', 'thermal', 'geothermal', 'solar', 'wind', 'coal'],
  ...['coal-fired', 'gas-fired', 'oil-fired', 'gas', 'oil', 'steel', 'cement', 'fertiliser', 'fertilizer'],
  ...['chemical', 'desalination'],
]);

/** A mine's word, a facility without a word of what it yields after "the X" or "Y's X". */
const MINE = new Set(['mine', 'mines']);
const MINE_CUE = { kind: 'facility', proposes: true } as const;

/** Whether "the" or a possessive opens the capitalised name that ends right before token `t`. */
function definiteName(nt: Normalised, toks: readonly Token[], t: number): boolean {
  for (let b = t - 1; b >= 0 && isUpper(nt.cps[toks[b]!.start]); b--) {
    const before = nt.cps.slice(Math.max(0, toks[b]!.start - 5), toks[b]!.start).join('');
    if (/(?:\bthe|\p{L}['’]s) $/iu.test(before)) return true;
    if (b === 0 || !spaced(nt, toks[b - 1]!, toks[b]!)) return false;
  }
  return false;
}

/** The facility cue ending at token `t`: its first token and the cue, or undefined. */
function facilityCue(nt: Normalised, toks: readonly Token[], t: number) {
  const tok = toks[t]!;
  const prev = toks[t - 1];
  const pair =
    prev && / /u.test(nt.cps.slice(prev.end, tok.start).join(''))
      ? EN_CUE_AFTER_PAIR.get(`${prev.n} ${tok.n}`)
      : undefined;
  if (pair?.kind === 'facility') return { first: t - 1, cue: pair };
  const one = EN_CUE_AFTER.get(tok.n);
  if (one?.kind === 'facility') return { first: t, cue: one };
  return MINE.has(tok.n) && isUpper(nt.cps[prev?.start ?? 0]) && definiteName(nt, toks, t)
    ? { first: t, cue: MINE_CUE, bare: true }
    : undefined;
}

/** The shape of an English demonym (Russian, Turkish, Chinese). */
const DEMONYM = /(?:ian|ish|ese)$/u;

export function facilitiesAfterNames(
  nt: Normalised,
  toks: readonly Token[],
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  const read = [...out];
  const covered = (t: Token) => read.some((m) => m.start < t.end && t.start < m.end);
  for (let t = 1; t < toks.length; t++) {
    const f = facilityCue(nt, toks, t);
    if (!f || covered(toks[t]!)) continue;
    // Words of what it makes, then the name.
    let s = f.first;
    while (s > 0 && s > f.first - 2 && MADE.has(toks[s - 1]!.n) && spaced(nt, toks[s - 1]!, toks[s]!)) s--;
    if ((s === f.first && !f.bare) || s === 0 || !spaced(nt, toks[s - 1]!, toks[s]!)) continue;
    const nameEnd = toks[s - 1]!;
    const known = read.findIndex((m) => m.end === nameEnd.end && m.placeId !== null);
    let start: number;
    let namedAfter: string | undefined;
    if (known >= 0) {
      const m = read[known]!;
      const e = index.entries.get(m.placeId!);
      if (!e || e.kind === 'country' || m.role !== 'place') continue;
      start = m.start;
      namedAfter = e.id;
      read.splice(known, 1);
    } else {
      if (covered(nameEnd) || !isUpper(nt.cps[nameEnd.start]) || EN_STOP.has(nameEnd.n)) continue;
      let b = s - 1;
      while (b > 0 && b > s - 3 && spaced(nt, toks[b - 1]!, toks[b]!)) {
        const w = toks[b - 1]!;
        if (!isUpper(nt.cps[w.start]) || EN_STOP.has(w.n) || covered(w)) break;
        b--;
      }
      // "the Russian nuclear plant": a people's or a language's word names no plant.
      if (b === s - 1 && (DEMONYM.test(nameEnd.n) || LANGUAGE_WORDS.has(nameEnd.n))) continue;
      start = toks[b]!.start;
    }
    const end = toks[t]!.end;
    read.push(
      unknownPlace({
        start,
        end,
        rule: 'facility-after-name',
        kind: 'facility',
        name: nt.cps.slice(start, end).join(''),
        after: nt.cps.slice(start, nameEnd.end).join(''),
        namedAfter,
        note: 'a facility named after a place: place it on the map',
      }),
    );
  }
  return read.sort((a, b) => a.start - b.start);
}

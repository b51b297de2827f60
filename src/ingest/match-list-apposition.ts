/**
 * Two names and an apposition in the plural say what both are (issue 18, round 20): "Karimganj and
 * Hailakandi, the two other districts of the valley", "Siaya and Busia, two counties on the lake",
 * "Nosy Be and Nosy Komba, the islands off the coast". Trigger (English): a name, "and", a name, a
 * comma, then up to three lower-case words (an article, a number, "other", an adjective) and a plural
 * noun of place (`PLURAL_NOUNS`) that ends the phrase (punctuation, or "of", "in", "on", "near", "off",
 * "along", "where", "that", "which"). Each name is of that kind: an unknown capitalised one is
 * proposed, a known place of another family (a town named like the district) becomes that kind,
 * named after it; a known place of that family keeps its reading. Guards: single spaces; each name is
 * one to three capitalised words, none a stop word; "two villages' headmen" goes on (no end).
 * Examples: "Siaya and Busia, two counties on the lake" (Kenya), "Rote and Sabu, the two islands
 * south of Timor" (Indonesia).
 */
import { EN_STOP } from './cues.ts';
import { familyOf, isUpper, type MatchIndex, type PlaceMatch } from './match-index.ts';
import type { Normalised, Token } from './normalize.ts';
import type { PlaceKind } from './types.ts';
import { unknownPlace } from './unknown-place.ts';

const PLURAL_NOUNS = new Map<string, PlaceKind>([
  ['districts', 'district'],
  ['counties', 'district'],
  ['provinces', 'governorate'],
  ['states', 'governorate'],
  ['regions', 'region'],
  ['islands', 'region'],
  ['rivers', 'river'],
  ['towns', 'town'],
  ['cities', 'city'],
  ['villages', 'village'],
  ['camps', 'facility'],
]);
/** Words that may follow the plural noun when it ends the apposition's head. */
const ENDS = new Set([
  'of',
  'in',
  'on',
  'near',
  'off',
  'along',
  'where',
  'that',
  'which',
  'north',
  'south',
  'east',
  'west',
]);

export function listAppositions(
  nt: Normalised,
  toks: readonly Token[],
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  const gap = (a: Token, b: Token) => nt.cps.slice(a.end, b.start).join('');
  let read = [...out];
  for (let c = 1; c + 1 < toks.length; c++) {
    // The comma after the second name, then the apposition.
    if (gap(toks[c - 1]!, toks[c]!) !== ', ') continue;
    let k = c;
    let kind: PlaceKind | undefined;
    for (; k < toks.length && k < c + 4; k++) {
      if (k > c && gap(toks[k - 1]!, toks[k]!) !== ' ') break;
      if (isUpper(nt.cps[toks[k]!.start])) break;
      kind = PLURAL_NOUNS.get(toks[k]!.n);
      if (kind) break;
    }
    if (!kind) continue;
    const after = toks[k + 1];
    const g = after ? gap(toks[k]!, after).trim() : '';
    if (after && !/^[,.;:)—–]/u.test(g) && !(g === '' && ENDS.has(after.n))) continue;
    const second = nameBefore(nt, toks, read, c);
    if (!second || second.t0 < 2 || toks[second.t0 - 1]!.n !== 'and') continue;
    const and = toks[second.t0 - 1]!;
    if (gap(and, toks[second.t0]!) !== ' ' || gap(toks[second.t0 - 2]!, and) !== ' ') continue;
    const first = nameBefore(nt, toks, read, second.t0 - 1);
    if (!first) continue;
    read = [first, second].reduce((acc, n) => member(nt, acc, n, kind, index), read);
  }
  return read.sort((a, b) => a.start - b.start);
}

interface Named {
  t0: number;
  start: number;
  end: number;
  match?: PlaceMatch;
}

/** The name ending right before token `t`: a match, or one to three capitalised words. */
function nameBefore(
  nt: Normalised,
  toks: readonly Token[],
  read: readonly PlaceMatch[],
  t: number,
): Named | null {
  const last = toks[t - 1];
  if (!last) return null;
  const match = read.find((m) => m.end === last.end && m.role === 'place');
  if (match)
    return {
      t0: toks.findIndex((x) => x.start <= match.start && match.start < x.end),
      start: match.start,
      end: match.end,
      match,
    };
  let s = t - 1;
  const word = (x: Token) =>
    isUpper(nt.cps[x.start]) && !EN_STOP.has(x.n) && !read.some((m) => m.start < x.end && x.start < m.end);
  if (!word(last)) return null;
  while (
    s > 0 &&
    s > t - 3 &&
    nt.cps.slice(toks[s - 1]!.end, toks[s]!.start).join('') === ' ' &&
    word(toks[s - 1]!)
  )
    s--;
  return { t0: s, start: toks[s]!.start, end: last.end };
}

/** `read` with the name read as a place of `kind`. */
function member(
  nt: Normalised,
  read: PlaceMatch[],
  n: Named,
  kind: PlaceKind,
  index: MatchIndex,
): PlaceMatch[] {
  const e = n.match?.placeId ? index.entries.get(n.match.placeId) : undefined;
  const k = e?.kind ?? n.match?.kind;
  if (k && (familyOf(k) === familyOf(kind) || e?.kind === 'country')) return read;
  const name = nt.cps.slice(n.start, n.end).join('');
  const proposal = unknownPlace({
    start: n.start,
    end: n.end,
    rule: 'list-apposition',
    kind,
    name,
    after: name,
    namedAfter: e?.id,
    note: `the apposition after it says it is a ${kind}: place it on the map`,
  });
  return [...read.filter((m) => m !== n.match), proposal];
}

/**
 * First-level units named bare in an English text ("in Rhineland-Palatinate", "off Sardinia"): a
 * capitalised name the gazetteer does not know that is a subdivision name (CLDR, see
 * `scripts/gazetteer/subdivisions.ts`) of a country the article's places lie in is proposed as a
 * region without geometry, for the reviewer to place (rule `subdivision-name`). A one-word name that
 * is a common English word ("Central", "Eastern") is left alone.
 */
import { EN_STOP } from './cues.ts';
import { COMMON_EN } from './match-guards.ts';
import { isUpper, type MatchIndex, type PlaceMatch } from './match-index.ts';
import type { Normalised, Token } from './normalize.ts';
import { unknownPlace } from './unknown-place.ts';

/** The longest subdivision name, in words ("Sant Julià de Lòria"). */
const MAX_WORDS = 4;

/** What the reviewer reads on a subdivision name's proposal. */
export const SUBDIVISION_NOTE =
  'a state, province or region of the article’s country (CLDR names it; no source gives its shape): place it on the map';

/** The countries the known places of `matches` lie in. */
export function placeCountries(matches: readonly PlaceMatch[], index: MatchIndex): Set<string> {
  return new Set(
    matches.flatMap((m) => {
      const c = m.placeId ? index.entries.get(m.placeId)?.country : undefined;
      return c ? [c] : [];
    }),
  );
}

/** The proposal of a subdivision name at [start, end): a region without geometry. */
export function subdivisionMatch(start: number, end: number, name: string): PlaceMatch {
  return unknownPlace({
    start,
    end,
    rule: 'subdivision-name',
    kind: 'region',
    name,
    after: name,
    note: SUBDIVISION_NOTE,
  });
}

export function subdivisionNames(
  nt: Normalised,
  toks: readonly Token[],
  taken: Uint8Array,
  known: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  if (index.subdivisions.size === 0) return [];
  const countries = placeCountries(known, index);
  const out: PlaceMatch[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (taken[i] || EN_STOP.has(toks[i]!.n) || !isUpper(nt.cps[toks[i]!.start])) continue;
    // The capitalised words from i, joined by a space or a hyphen ("North Rhine-Westphalia").
    let e = i + 1;
    while (
      e < toks.length &&
      e < i + MAX_WORDS &&
      !taken[e] &&
      /^[\s-]$/u.test(nt.cps.slice(toks[e - 1]!.end, toks[e]!.start).join('')) &&
      (isUpper(nt.cps[toks[e]!.start]) || toks[e]!.n === 'de')
    )
      e++;
    // The whole run of capitalised words is the name, not a part of a longer one ("Fukushima
    // Daiichi", "Peter Georgia").
    const prev = toks[i - 1];
    const inName =
      !!prev &&
      !EN_STOP.has(prev.n) &&
      /^\s+$/u.test(nt.cps.slice(prev.end, toks[i]!.start).join('')) &&
      isUpper(nt.cps[prev.start]);
    const words = toks.slice(i, e).map((t) => t.n);
    const where = index.subdivisions.get(words.join(' '));
    const common = words.length === 1 && COMMON_EN.has(words[0]!);
    if (!inName && !common && where && [...where].some((c) => countries.has(c))) {
      const start = toks[i]!.start;
      const end = toks[e - 1]!.end;
      const name = nt.cps.slice(start, end).join('');
      for (let t = i; t < e; t++) taken[t] = 1;
      out.push(subdivisionMatch(start, end, name));
    }
    i = e - 1;
  }
  return out;
}

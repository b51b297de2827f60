/**
 * An unknown name listed with known places (English): "tremors were felt in India, Bangladesh and
 * Tibet". In a list of three or more names joined by commas and "and"/"or", where at least two
 * members are places the gazetteer knows, of one kind family, a capitalised name the gazetteer does
 * not know is proposed as a place without geometry, for the editor to place (rule `listed-with-places`).
 * Its kind is the list's: a name listed with countries is a region (every country is in the
 * gazetteer), one listed with settlements a settlement of the first one's kind. The unknown end of a
 * route from a known settlement ("from Goma to Rutshuru") is a town (`routeEnds`).
 */
import { EN_MONTHS, EN_WEEKDAYS } from './dates/words.ts';
import type { PlaceKind } from '../model/types.ts';
import { EN_STOP } from './cues.ts';
import { LANGUAGE_WORDS } from './stop-words.ts';
import { COMMON_EN } from './match-guards.ts';
import { familyOf, isUpper, type PlaceMatch } from './match-index.ts';
import type { Normalised, Token } from './normalize.ts';
import { unknownPlace } from './unknown-place.ts';

type Item =
  | { type: 'known'; t0: number; t1: number; kind: PlaceKind }
  | { type: 'name'; t0: number; t1: number }
  | { type: 'joiner'; t0: number; t1: number }
  | { type: 'other'; t0: number; t1: number };

/** Longest unknown name taken from a list: a few capitalised words. */
const MAX_WORDS = 3;
const JOINERS = new Set(['and', 'or']);

export function listedWithPlaces(
  nt: Normalised,
  toks: readonly Token[],
  taken: Uint8Array,
  known: readonly PlaceMatch[],
  kindOf: (placeId: string) => PlaceKind | undefined,
): PlaceMatch[] {
  const gap = (a: number, b: number) => nt.cps.slice(a, b).join('');
  const capitalised = (t: Token) => {
    const w = nt.cps.slice(t.start, t.end).join('');
    // An acronym (NATO, UN) or a dateline in capitals is not a place name here, nor a month or a
    // weekday ("In mid-August, Norway and Germany", round 29b).
    return (
      isUpper(nt.cps[t.start]) &&
      !(w.length > 1 && w === w.toUpperCase()) &&
      !EN_STOP.has(t.n) &&
      !NOT_PLACES.has(t.n)
    );
  };
  const items: Item[] = [];
  let k = 0;
  let i = 0;
  const places = [...known].filter((m) => m.placeId && m.role === 'place').sort((a, b) => a.start - b.start);
  while (i < toks.length) {
    const t = toks[i]!;
    while (k < places.length && places[k]!.end <= t.start) k++;
    const m = places[k];
    if (m && m.start <= t.start && t.end <= m.end) {
      let j = i;
      while (j < toks.length && toks[j]!.end <= m.end) j++;
      const kind = kindOf(m.placeId!);
      items.push(kind ? { type: 'known', t0: i, t1: j, kind } : { type: 'other', t0: i, t1: j });
      i = j;
    } else if (JOINERS.has(t.n)) {
      items.push({ type: 'joiner', t0: i, t1: i + 1 });
      i++;
    } else if (!taken[i] && capitalised(t)) {
      let j = i + 1;
      while (
        j < toks.length &&
        j - i < MAX_WORDS &&
        !taken[j] &&
        capitalised(toks[j]!) &&
        /^[ -]$/u.test(gap(toks[j - 1]!.end, toks[j]!.start))
      )
        j++;
      items.push({ type: 'name', t0: i, t1: j });
      i = j;
    } else {
      items.push({ type: 'other', t0: i, t1: i + 1 });
      i++;
    }
  }
  const startOf = (it: Item) => toks[it.t0]!.start;
  const endOf = (it: Item) => toks[it.t1 - 1]!.end;
  const out: PlaceMatch[] = [];
  let a = 0;
  while (a < items.length) {
    if (items[a]!.type !== 'known' && items[a]!.type !== 'name') {
      a++;
      continue;
    }
    // Members joined by ", " or " and " / ", and " / " or ".
    const members: Item[] = [items[a]!];
    let b = a + 1;
    for (;;) {
      const last = members.at(-1)!;
      const next = items[b];
      if (!next) break;
      if ((next.type === 'known' || next.type === 'name') && /^, ?$/u.test(gap(endOf(last), startOf(next)))) {
        members.push(next);
        b++;
        continue;
      }
      const after = items[b + 1];
      if (
        next.type === 'joiner' &&
        after &&
        (after.type === 'known' || after.type === 'name') &&
        /^,? $/u.test(gap(endOf(last), startOf(next))) &&
        gap(endOf(next), startOf(after)) === ' '
      ) {
        members.push(after);
        b += 2;
        // A list ends at its "and"/"or".
        break;
      }
      break;
    }
    a = b;
    const knownKinds = members.flatMap((x) => (x.type === 'known' ? [x.kind] : []));
    const names = members.filter((x) => x.type === 'name');
    if (members.length < 3 || knownKinds.length < 2 || names.length === 0) continue;
    const families = new Set(knownKinds.map(familyOf));
    if (families.size !== 1) continue;
    const kind: PlaceKind = knownKinds.every((x) => x === 'country') ? 'region' : knownKinds[0]!;
    for (const x of names) {
      const start = startOf(x);
      const end = endOf(x);
      for (let t = x.t0; t < x.t1; t++) taken[t] = 1;
      const name = gap(start, end);
      out.push(
        unknownPlace({
          start,
          end,
          rule: 'listed-with-places',
          kind,
          name,
          after: name,
          note: `listed with ${knownKinds.length} places the gazetteer knows: place it on the map`,
        }),
      );
    }
  }
  return out;
}

/** Words that open a route's two ends: "from X to Y", "between X and Y". */
const ROUTE = new Map([
  ['from', 'to'],
  ['between', 'and'],
]);

/**
 * The other end of a route whose one end is a settlement the gazetteer knows: "the road from Goma to
 * Rutshuru", "between Rutshuru and Goma". The unknown end (one to three capitalised words, not a
 * common word, a month or a weekday) is proposed as a town without geometry (rule `route-end`): a
 * settlement the world index leaves out is a small one. A name some index entry starts with is left
 * alone (`indexed`): the matcher read it and set it aside.
 */
export function routeEnds(
  nt: Normalised,
  toks: readonly Token[],
  taken: Uint8Array,
  known: readonly PlaceMatch[],
  kindOf: (placeId: string) => PlaceKind | undefined,
  indexed: (word: string) => boolean,
): PlaceMatch[] {
  const out: PlaceMatch[] = [];
  const settlementAt = (t: number) =>
    known.find((m) => {
      if (!m.placeId || m.start !== toks[t]!.start) return false;
      const kind = kindOf(m.placeId);
      return !!kind && familyOf(kind) === 'settlement';
    });
  const nameAt = (t: number): number => {
    let e = t;
    while (e < toks.length && e < t + MAX_WORDS && !taken[e]) {
      const w = toks[e]!;
      if (e > t && !/^[ -]$/u.test(nt.cps.slice(toks[e - 1]!.end, w.start).join(''))) break;
      const word = nt.cps.slice(w.start, w.end).join('');
      if (!isUpper(nt.cps[w.start]) || word === word.toUpperCase() || EN_STOP.has(w.n)) break;
      if (COMMON_EN.has(w.n) || NOT_PLACES.has(w.n) || LANGUAGE_WORDS.has(w.n)) break;
      e++;
    }
    return e;
  };
  const endsPhrase = (t: number) => {
    const next = toks[t];
    if (!next) return true;
    const g = nt.cps
      .slice(toks[t - 1]!.end, next.start)
      .join('')
      .trim();
    return /^[,.;:)—–]/u.test(g) || (g === '' && PHRASE_END.has(next.n));
  };
  for (let i = 0; i + 3 < toks.length; i++) {
    const joiner = ROUTE.get(toks[i]!.n);
    if (!joiner) continue;
    const a = i + 1;
    const aKnown = settlementAt(a);
    const aEnd = aKnown ? toks.findIndex((t) => t.start >= aKnown.end) : nameAt(a);
    if (aEnd <= a || toks[aEnd]?.n !== joiner) continue;
    const b = aEnd + 1;
    const bKnown = b < toks.length ? settlementAt(b) : undefined;
    const bEnd = bKnown ? b : nameAt(b);
    // Exactly one end known, the other a name.
    const [t0, t1] = aKnown && !bKnown && bEnd > b ? [b, bEnd] : !aKnown && bKnown ? [a, aEnd] : [-1, -1];
    // A name the index has, left unread (a place far from the article's), is not proposed again; a
    // name before a noun is that noun's modifier ("to Taliban control", "to Reuters reporters").
    if (t0 < 0 || indexed(toks[t0]!.n) || !endsPhrase(t1)) continue;
    for (let t = t0; t < t1; t++) taken[t] = 1;
    const start = toks[t0]!.start;
    const end = toks[t1 - 1]!.end;
    const name = nt.cps.slice(start, end).join('');
    out.push(
      unknownPlace({
        start,
        end,
        rule: 'route-end',
        kind: 'town',
        name,
        after: name,
        note: 'the other end of a route from a known settlement: place it on the map',
      }),
    );
  }
  return out;
}

/** Words after a route's end that close its name ("to Rutshuru near …", "between X and Y in …"). */
const PHRASE_END = new Set([
  'near',
  'in',
  'on',
  'at',
  'and',
  'or',
  'via',
  'through',
  'where',
  'which',
  'that',
  'before',
  'after',
  'by',
  'for',
  'with',
  'across',
  'along',
  'to',
  'from',
]);

/** Capitalised words that are no place at a route's end, nor before an apposition: months and weekdays. */
export const NOT_PLACES = new Set([...EN_MONTHS, ...EN_WEEKDAYS.keys()]);

/**
 * An unknown name listed with known places (English): "tremors were felt in India, Bangladesh and
 * Tibet". In a list of three or more names joined by commas and "and"/"or", where at least two
 * members are places the gazetteer knows, of one kind family, a capitalised name the gazetteer does
 * not know is proposed as a place without geometry, for the editor to place (rule `listed-with-places`).
 * Its kind is the list's: a name listed with countries is a region (every country is in the
 * gazetteer), one listed with settlements a settlement of the first one's kind.
 */
import type { PlaceKind } from '../model/types.ts';
import { EN_STOP } from './cues.ts';
import { familyOf, isUpper, type PlaceMatch } from './match-index.ts';
import type { Normalised, Token } from './normalize.ts';

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
    // An acronym (NATO, UN) or a dateline in capitals is not a place name here.
    return isUpper(nt.cps[t.start]) && !(w.length > 1 && w === w.toUpperCase()) && !EN_STOP.has(t.n);
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
      out.push({
        start,
        end,
        placeId: null,
        role: 'place',
        rule: 'listed-with-places',
        candidates: [],
        kind,
        name,
        after: name,
        note: `listed with ${knownKinds.length} places the gazetteer knows: place it on the map`,
      });
    }
  }
  return out;
}

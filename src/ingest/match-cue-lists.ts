/**
 * An English list under one plural cue word after it: "the Mulanje and Phalombe districts", "the
 * Chiradzulu, Thyolo and Zomba districts". The cue reads only the last name ("Phalombe districts");
 * every name listed before it, joined by ", " or " and " (", and"), is a place of the cue's kind too,
 * not the town of that name: a known settlement's match gives way, an unknown capitalised name is
 * proposed, each without geometry for the editor to place (rule `plural-cue-list`). Likewise a list
 * after the plural cue word and "among them", "including" or "such as" ("a state of emergency in six
 * provinces, among them Manabí and Esmeraldas"): `namedAfterPluralCue`. The one owner of lists under a
 * plural cue: `pluralCueAfterList` gives a known name's own cue while it is read ("the Gayan and Barmal
 * districts": Gayan), `pluralCueLists` then reads every earlier member of longer lists.
 */
import { EN_CUE_AFTER, EN_STOP, type Cue } from './cues.ts';
import { adjacent, familyOf, isUpper, type PlaceMatch } from './match-index.ts';
import type { Normalised, Token } from './normalize.ts';
import type { PlaceKind } from './types.ts';
import { unknownPlace } from './unknown-place.ts';

/**
 * "the Gayan and Barmal districts", "the Sava and Drina rivers": after the name at [t1 - …, t1), "and",
 * one to three capitalised words and a plural cue word: that cue, which names this place too.
 */
export function pluralCueAfterList(nt: Normalised, toks: Token[], t1: number, end: number): Cue | null {
  const and = toks[t1];
  if (and?.n !== 'and' || !adjacent(nt.cps, end, and.start)) return null;
  let t = t1 + 1;
  while (t < toks.length && t <= t1 + 3 && adjacent(nt.cps, toks[t - 1]!.end, toks[t]!.start)) {
    const w = toks[t]!;
    if (!isUpper(nt.cps[w.start])) break;
    t++;
  }
  const cueTok = toks[t];
  if (t === t1 + 1 || !cueTok || !adjacent(nt.cps, toks[t - 1]!.end, cueTok.start)) return null;
  const cue = cueTok.n.endsWith('s') ? EN_CUE_AFTER.get(cueTok.n) : undefined;
  return cue ?? null;
}

/**
 * One name of a list under a plural cue: the unit of that name among its readings, or an unknown place
 * of the cue's kind for the editor to place (`where` says where the list stands, `too` ends its kind).
 */
function listMember(
  start: number,
  end: number,
  unit: string | undefined,
  kind: PlaceKind,
  name: string,
  where: string,
  too = '',
): PlaceMatch {
  const base = { start, end, role: 'place', rule: 'plural-cue-list' } as const;
  return unit
    ? { ...base, placeId: unit, candidates: [unit], note: `${where}: the ${kind} of that name, not the town` }
    : unknownPlace({
        ...base,
        kind,
        name,
        after: name,
        note: `${where}: a ${kind}${too}, not a town of that name: place it on the map`,
      });
}

/** Plural cue words after a list of names, and the kind of each name. */
const PLURAL_CUE_AFTER = new Map<string, PlaceKind>([
  ['districts', 'district'],
  ['provinces', 'governorate'],
  ['governorates', 'governorate'],
  ['regions', 'region'],
  ['islands', 'region'],
  ['states', 'governorate'],
  // Round 20: "the Lamone, Montone and Santerno rivers", "Letcher and Knott counties".
  ['rivers', 'river'],
  ['counties', 'district'],
  ['regencies', 'district'],
  ['prefectures', 'governorate'],
  // Round 22: "the Palermo and Recoleta neighbourhoods" of a city, not towns of those names.
  ['neighbourhoods', 'neighbourhood'],
  ['neighborhoods', 'neighbourhood'],
]);

/** Longest name of a list member: a few capitalised words. */
const MAX_WORDS = 3;

/** `out` with the earlier names of each plural-cue list read as places of the cue's kind. */
export function pluralCueLists(
  nt: Normalised,
  toks: readonly Token[],
  taken: Uint8Array,
  out: readonly PlaceMatch[],
  kindOf: (placeId: string) => PlaceKind | undefined,
): PlaceMatch[] {
  const gap = (a: number, b: number) => nt.cps.slice(a, b).join('');
  const tokAt = (offset: number) => toks.findIndex((t) => t.start === offset);
  const result = [...out];
  for (const m of out) {
    const last = toks.findIndex((t) => t.end === m.end);
    const kind = last >= 0 ? PLURAL_CUE_AFTER.get(toks[last]!.n) : undefined;
    if (!kind) continue;
    // The last name read with the cue: an unknown one, or a known unit of the cue's kind.
    const lastKind = m.placeId ? kindOf(m.placeId) : m.kind;
    if (!lastKind || familyOf(lastKind) !== familyOf(kind)) continue;
    let first = tokAt(m.start);
    const listed: PlaceMatch[] = [];
    const replaced = new Set<PlaceMatch>();
    let joined = false;
    let members = 1;
    while (first > 0) {
      // The joiner before the member: ", ", " and ", ", and ".
      let t = first - 1;
      let sep = gap(toks[t]!.end, toks[first]!.start);
      let and = false;
      if (toks[t]!.n === 'and' && /^\s+$/u.test(sep)) {
        and = true;
        sep = t > 0 ? gap(toks[t - 1]!.end, toks[t]!.start) : '';
        t--;
        if (t < 0 || !/^,?\s+$/u.test(sep)) break;
      } else if (!/^,\s+$/u.test(sep)) break;
      // The member: a known place's match ending at toks[t], or capitalised words not yet read.
      // A known place, or a name already proposed as the cue's kind ("Morigaon" read with the cue).
      const known = result.find(
        (x) =>
          x.end === toks[t]!.end &&
          x.role === 'place' &&
          (x.placeId !== null || (!!x.kind && familyOf(x.kind) === familyOf(kind))),
      );
      let s: number;
      let match: PlaceMatch | undefined;
      let unit: string | undefined;
      if (known) {
        const k = known.placeId ? kindOf(known.placeId) : known.kind;
        s = tokAt(known.start);
        // A unit of the cue's kind stays; a town whose readings hold one becomes that unit.
        if (!(k && familyOf(k) === familyOf(kind))) {
          match = known;
          unit = known.candidates.find((id) => familyOf(kindOf(id) ?? 'city') === familyOf(kind));
        } else unit = known.placeId ?? undefined;
      } else {
        s = t + 1;
        while (s > 0 && t + 1 - s < MAX_WORDS && !taken[s - 1] && member(nt, toks[s - 1]!)) {
          if (s <= t && !/^\s+$/u.test(gap(toks[s - 1]!.end, toks[s]!.start))) break;
          s--;
        }
      }
      if (s < 0 || s > t) break;
      const name = gap(toks[s]!.start, toks[t]!.end);
      if (known && !match) {
        // Kept as read.
      } else
        listed.push(
          listMember(
            toks[s]!.start,
            toks[t]!.end,
            unit,
            kind,
            name,
            `listed before "${m.name ?? ''}"`,
            ' too',
          ),
        );
      if (match) replaced.add(match);
      joined ||= and;
      members++;
      first = s;
      // Only the member right before "and" may be the list's first; a comma goes on.
      if (and && !/^,/u.test(gap(toks[s - 1]?.end ?? 0, toks[s]!.start))) break;
    }
    // A list under its cue is definite: "the Mulanje and Phalombe districts" ("in Blantyre and Zomba
    // districts" may name the city), or of three names or more: "villages in Barpeta, Morigaon and
    // Hojai districts" (round 20).
    if (!joined || (toks[first - 1]?.n !== 'the' && members < 3)) continue;
    for (const x of replaced) result.splice(result.indexOf(x), 1);
    for (const x of listed) {
      for (let t = tokAt(x.start); t >= 0 && t < toks.length && toks[t]!.end <= x.end; t++) taken[t] = 1;
      result.push(x);
    }
  }
  return result;
}

/** A capitalised word that may be part of a listed name (not a stop word nor an acronym). */
function member(nt: Normalised, t: Token): boolean {
  const w = nt.cps.slice(t.start, t.end).join('');
  return isUpper(nt.cps[t.start]) && !EN_STOP.has(t.n) && !(w.length > 1 && w === w.toUpperCase());
}

/** Words between a plural cue word and the names it introduces ("six provinces, among them A and B"). */
const INTRODUCERS = [['among', 'them'], ['among', 'which'], ['including'], ['such', 'as'], ['notably']];

/** `out` with the names listed after "<plural cue>, among them/including …" read as places of its kind. */
export function namedAfterPluralCue(
  nt: Normalised,
  toks: readonly Token[],
  taken: Uint8Array,
  out: readonly PlaceMatch[],
  kindOf: (placeId: string) => PlaceKind | undefined,
): PlaceMatch[] {
  const gap = (a: number, b: number) => nt.cps.slice(a, b).join('');
  const result = [...out];
  for (let i = 0; i < toks.length; i++) {
    const kind = PLURAL_CUE_AFTER.get(toks[i]!.n);
    if (!kind || isUpper(nt.cps[toks[i]!.start])) continue;
    const intro = INTRODUCERS.find((w) => w.every((x, j) => toks[i + 1 + j]?.n === x));
    if (!intro || !/^,?\s+$/u.test(gap(toks[i]!.end, toks[i + 1]!.start))) continue;
    let t = i + 1 + intro.length;
    let prevEnd = toks[t - 1]!.end;
    for (let n = 0; n < 8 && t < toks.length; n++) {
      const sep = gap(prevEnd, toks[t]!.start);
      let last = false;
      if (n > 0) {
        if (toks[t]!.n === 'and' && /^,?\s+$/u.test(sep)) {
          last = true;
          t++;
          if (t >= toks.length || !/^\s+$/u.test(gap(toks[t - 1]!.end, toks[t]!.start))) break;
        } else if (!/^,\s+$/u.test(sep)) break;
      } else if (!/^\s+$/u.test(sep)) break;
      const tok = toks[t]!;
      const known = result.find((x) => x.start === tok.start && x.role === 'place');
      let e: number;
      let unit: string | undefined;
      if (known) {
        const k = known.placeId ? kindOf(known.placeId) : known.kind;
        e = toks.findIndex((x) => x.end === known.end);
        // A unit of the cue's kind stays as read; a town whose readings hold one becomes that unit.
        if (known.placeId && k && familyOf(k) === familyOf(kind)) {
          prevEnd = known.end;
          t = e + 1;
          if (last) break;
          continue;
        }
        unit = known.candidates.find((id) => familyOf(kindOf(id) ?? 'city') === familyOf(kind));
        result.splice(result.indexOf(known), 1);
      } else {
        if (taken[t] || !member(nt, tok)) break;
        e = t;
        while (e + 1 < toks.length && e + 1 - t < MAX_WORDS && !taken[e + 1] && member(nt, toks[e + 1]!)) {
          if (!/^\s+$/u.test(gap(toks[e]!.end, toks[e + 1]!.start))) break;
          e++;
        }
      }
      if (e < t) break;
      const name = gap(tok.start, toks[e]!.end);
      for (let k = t; k <= e; k++) taken[k] = 1;
      result.push(listMember(tok.start, toks[e]!.end, unit, kind, name, `listed after "${toks[i]!.n}"`));
      prevEnd = toks[e]!.end;
      t = e + 1;
      if (last) break;
    }
  }
  return result;
}

/**
 * Another Arabic spelling of a great city's Arabic name (issue 18, round 22): newsrooms write the long
 * vowels of a foreign name as they hear them, so GeoNames' «كابل» is «كابول» in one report and «كابل»
 * in another, «نيروبي» «نايروبي», «كراتشي» «كراتشى». The name as written matches nothing; its letters
 * without the long vowels (ا و ي) match the city's.
 *
 * Trigger: a free Arabic word right after a preposition of place («في»، «إلى»، «من», also with «و»).
 * Guards: the city is a capital (named in passing, anywhere in the world) or a city of a million or
 * more in a country of the article's places, the one such place of that skeleton; the skeleton keeps three letters or more and the first
 * and last letters are the name's (only inner vowels differ); the word is no stop word, preposition
 * (with a pronoun too: «بينها») or common noun and has no article; later bare occurrences follow.
 * Examples: «وشعر بالهزة سكان في كابول» (Afghanistan, Kabul «كابل»), «وصل الوفد إلى نايروبي» (Kenya,
 * Nairobi «نيروبي»).
 */
import { ARABIC, ARTICLE, splits, type MatchIndex, type PlaceMatch } from './match-index.ts';
import { arabicCommonNoun, definiteWords } from './match-common-noun.ts';
import { AR_PLACE_PREPOSITIONS } from './match-spelling.ts';
import { AR_STOP } from './cues.ts';
import { norm, spaced, type Normalised, type Token } from './normalize.ts';
import type { GazetteerEntry } from './types.ts';
import { keyedMatch } from './keyed-match.ts';

/** A city this large is named in passing anywhere in the world. */
const GREAT_CITY = 1_000_000;

const SUFFIXES = ['هما', 'هم', 'ها', 'هن', 'كم', 'نا', 'ه'];

/** A normalised Arabic word without its long vowels. */
const skeleton = (w: string) => w.replace(/[اوي]/gu, '');

/** The great cities by the skeletons of their Arabic names; built on first use. */
const tables = new WeakMap<MatchIndex, Map<string, GazetteerEntry[]>>();

function greatCities(index: MatchIndex): Map<string, GazetteerEntry[]> {
  let table = tables.get(index);
  if (table) return table;
  table = new Map();
  for (const e of index.entries.values()) {
    if (!e.world || e.kind !== 'city' || !(e.actor || (e.population ?? 0) >= GREAT_CITY)) continue;
    for (const n of new Set(e.names.ar.filter((x) => !/\s/u.test(x)).map((x) => skeleton(norm(x))))) {
      const list = table.get(n) ?? [];
      if (!list.includes(e)) list.push(e);
      table.set(n, list);
    }
  }
  tables.set(index, table);
  return table;
}

export function nameVariants(
  nt: Normalised,
  toks: readonly Token[],
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  const covering = toks.map((t) => out.some((m) => m.start < t.end && t.start < m.end));
  const definite = definiteWords(toks);
  const cities = greatCities(index);
  const countries = new Set(
    out.flatMap((m) => (m.placeId ? [index.entries.get(m.placeId)?.country ?? ''] : [])).filter(Boolean),
  );
  const added: PlaceMatch[] = [];
  const found = new Map<string, GazetteerEntry>();
  const push = (t: number, skip: number, e: GazetteerEntry, rule: string) => {
    covering[t] = true;
    const note = `GeoNames writes ${e.names.ar[0]}; the article's spelling differs in its long vowels: check it`;
    added.push(keyedMatch(nt, toks, { t, skip }, e, rule, note));
  };
  for (let t = 1; t < toks.length; t++) {
    const w = toks[t]!.n;
    const prev = toks[t - 1]!;
    if (covering[t] || !AR_PLACE_PREPOSITIONS.has(prev.n.replace(/^و(?=..)/u, ''))) continue;
    if (!spaced(nt, prev, toks[t]!) || !ARABIC.test(w) || w.startsWith(ARTICLE)) continue;
    if (AR_STOP.has(w) || AR_PLACE_PREPOSITIONS.has(w) || arabicCommonNoun(w, definite)) continue;
    // A preposition with a pronoun («بينها», between them) is none.
    if (SUFFIXES.some((x) => w.endsWith(x) && AR_PLACE_PREPOSITIONS.has(w.slice(0, -x.length)))) continue;
    const s = skeleton(w);
    // A capital anywhere; another city of a million in a country of the article's places.
    const all = (s.length >= 3 ? (cities.get(s) ?? []) : []).filter(
      (e) => e.actor || (!!e.country && countries.has(e.country)),
    );
    if (all.length !== 1 || all[0]!.names.ar.some((n) => norm(n) === w)) continue;
    // Only the inner vowels differ: the same first and last letters («كابول», «كابل»; never «مليون»,
    // a million, for «ميلانو»).
    if (!all[0]!.names.ar.map(norm).some((n) => n[0] === w[0] && n.at(-1) === w.at(-1))) continue;
    found.set(w, all[0]!);
    push(t, 0, all[0]!, 'arabic-variant');
  }
  for (let t = 0; t < toks.length; t++) {
    if (covering[t]) continue;
    const sp = splits(toks[t]!.n).find((x) => !x.article && found.has(x.rest));
    if (sp) push(t, sp.skip, found.get(sp.rest)!, 'arabic-variant same-name-later');
  }
  return [...out, ...added].sort((a, b) => a.start - b.start);
}

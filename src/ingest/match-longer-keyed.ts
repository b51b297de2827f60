/**
 * A longer name wins over a shorter one it holds (issue 18, round 27): «سانتا كروز دي لا سييرا» is
 * Santa Cruz de la Sierra, not a Santa Cruz; a two-word name whose first word opens on «با» is not the
 * clitic ب and a shorter town. The shorter name is in the index in Arabic; the longer one often only
 * in Latin, so it is met by its consonant key (`spelling-key.ts`), over every Latin name of a world
 * place written in two words or more (GeoNames keeps English names such as "X-on-Y" among the
 * alternate names of a place it names in its own language).
 *
 * Trigger: an Arabic reading without a cue word after it, and the one to four words that follow it,
 * joined by spaces only; the longest run whose key (of `MIN_CONSONANTS` classes or more) is the key
 * of a multi-word Latin name of exactly one world settlement or unit. Guards: that place lies in a
 * country of the article's other readings; the run takes the reading's clitic only when the letters
 * of the whole word key the name. Later mentions read as the shorter place, written as the shorter
 * name, follow the longer one («سانتا كروز» after «سانتا كروز دي لا سييرا»). Examples: «في سانتا كروز دي لا
 * سييرا» (Bolivia), «في بالما فيرانو» (a made-up town of Cuba, in the tests).
 */
import { keyedMatch, latinKeyNote } from './keyed-match.ts';
import type { MatchIndex, PlaceMatch } from './match-index.ts';
import { written, type Normalised, type Token } from './normalize.ts';
import { arabicKey, consonants, latinKey } from './spelling-key.ts';
import type { GazetteerEntry } from './types.ts';

/** A key of fewer consonant classes names too many places to read a run of words by. */
const MIN_CONSONANTS = 6;

/** The most words a longer name adds to the shorter one. */
const MORE_WORDS = 4;

const KINDS = new Set(['city', 'town', 'village', 'governorate', 'district']);

const tables = new WeakMap<MatchIndex, Map<string, string[]>>();

/** The keys of every multi-word Latin name of the world's settlements and units. */
function longKeys(index: MatchIndex): Map<string, string[]> {
  let table = tables.get(index);
  if (table) return table;
  table = new Map();
  for (const e of index.entries.values()) {
    if (!e.world || !KINDS.has(e.kind)) continue;
    const keys = new Set(e.names.en.filter((n) => /[\s-]/u.test(n.trim())).map(latinKey));
    for (const k of keys) {
      if (consonants(k) < MIN_CONSONANTS) continue;
      const list = table.get(k);
      if (list) list.push(e.id);
      else table.set(k, [e.id]);
    }
  }
  tables.set(index, table);
  return table;
}

export function longerKeyedNames(
  nt: Normalised,
  toks: readonly Token[],
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  if (!out.some((m) => m.placeId)) return [...out];
  const table = longKeys(index);
  const entry = (m: PlaceMatch) => (m.placeId ? index.entries.get(m.placeId) : undefined);
  const tokenAt = (i: number) => toks.findIndex((t) => t.start <= i && i < t.end);
  const spaced = (a: number, b: number) => /^ $/u.test(nt.cps.slice(toks[a]!.end, toks[b]!.start).join(''));
  const replaced = new Map<PlaceMatch, PlaceMatch>();
  /** Short reading's place id and name as written → the longer place. */
  const follows = new Map<string, GazetteerEntry>();
  for (const m of out) {
    const short = entry(m);
    if (!short || /cue-after/u.test(m.rule)) continue;
    const countries = new Set(
      out
        .flatMap((o) => (o !== m && o.placeId !== m.placeId ? [entry(o)?.country ?? ''] : []))
        .filter(Boolean),
    );
    const t0 = tokenAt(m.start);
    const t1 = tokenAt(m.end - 1);
    if (t0 < 0 || t1 < 0) continue;
    // The name's first token: past a cue word before it («بلدة سانتا كروز»).
    const first = /cue-before/u.test(m.rule) ? t0 + 1 : t0;
    if (first > t1) continue;
    const skipOf = m.start - toks[first]!.start;
    let hit: { e: GazetteerEntry; u: number; skip: number } | undefined;
    for (let u = Math.min(toks.length, t1 + 1 + MORE_WORDS); u > t1 + 1 && !hit; u--) {
      let ok = true;
      for (let t = t1 + 1; t < u && ok; t++) ok = spaced(t - 1, t) && /^[\u0621-\u064a]+$/u.test(toks[t]!.n);
      if (!ok) continue;
      for (const skip of first === t0 && skipOf > 0 ? [0, skipOf] : [0]) {
        const words = [
          written(nt, toks[first]!, skip),
          ...toks.slice(first + 1, u).map((t) => written(nt, t, 0)),
        ];
        const ids = [...new Set(table.get(arabicKey(words.join(' '))) ?? [])];
        const all = ids
          .map((id) => index.entries.get(id)!)
          .filter((e) => !!e.country && countries.has(e.country));
        if (all.length === 1 && all[0]!.id !== short.id) {
          hit = { e: all[0]!, u, skip };
          break;
        }
      }
    }
    if (!hit) continue;
    index.entries.set(hit.e.id, hit.e);
    const read = keyedMatch(
      nt,
      toks,
      { t: t0, u: hit.u, skip: 0 },
      hit.e,
      `${m.rule} longer-keyed`,
      latinKeyNote(hit.e),
    );
    read.start = first === t0 ? toks[t0]!.start + hit.skip : m.start;
    read.role = m.role;
    replaced.set(m, read);
    const shortName = nt.cps.slice(toks[first]!.start + skipOf, toks[t1]!.end).join('');
    follows.set(`${short.id}|${shortName}`, hit.e);
  }
  if (!replaced.size) return [...out];
  const spans = [...replaced.values()].map((r) => [r.start, r.end] as const);
  return out.flatMap((m) => {
    const r = replaced.get(m);
    if (r) return [r];
    if (spans.some(([s, e]) => m.start >= s && m.end <= e)) return [];
    const later = m.placeId && follows.get(`${m.placeId}|${nt.cps.slice(m.start, m.end).join('')}`);
    if (!later) return [m];
    return [
      {
        ...m,
        placeId: later.id,
        candidates: [later.id],
        rule: `${m.rule} longer-keyed-later`,
        note: latinKeyNote(later),
      },
    ];
  });
}

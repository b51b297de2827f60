/**
 * An unknown name a cue word introduces that is another Arabic spelling of a place a source names
 * (issue 18, round 24): newsrooms write a foreign name as they hear it, so «إقليم نوسا تنغارا
 * الغربية» is Natural Earth's «نوسا تنقارا الغربية», «ولاية نيو ساوث ويلز» its «نيوساوث ويلز», «مدينة
 * كرايستشيرش» GeoNames' «كرايستشرش». The name as written matches nothing; its spelling key
 * (`arabicSpellingKey`) meets the entry's. A shipped place with no Arabic name meets it by the key of
 * its Latin name («جزيرة لومبوك», Lombok).
 *
 * Trigger: an unknown name after a cue word (`cue-unknown-name`) and its later bare mentions
 * (`same-name-later`, the same name); the name may run on for up to two more words («الغربية»).
 * Guards: the entry is of the cue's family (a settlement cue, a settlement; an admin cue, a unit);
 * it is shipped, or lies in a country the article names or near its places; the one entry of that
 * key; a key of `MIN_CONSONANTS` or more, or a name written as the source writes it (a two-letter
 * name, «مدينة بم»); a following word is no stop word or cue word.
 * Examples: «ضرب الزلزال إقليم نوسا تنغارا الغربية في إندونيسيا» (Indonesia), «غمرت السيول ولاية
 * كيرالا جنوب الهند» (India), «ضربت الهزة مدينة كرايستشيرش في نيوزيلندا» (New Zealand).
 */
import { anchorsOfMatches } from './match-anchors.ts';
import {
  ARABIC,
  ARTICLE,
  familyOf,
  isNear,
  readAs,
  wellKnown,
  type MatchIndex,
  type PlaceMatch,
} from './match-index.ts';
import { AR_CUE, AR_STOP } from './cues.ts';
import { norm, type Normalised } from './normalize.ts';
import { arabicSpellingKey, consonants, latinKeysOf } from './spelling-key.ts';
import type { GazetteerEntry } from './types.ts';

/** A key of fewer consonants meets too many names; a shorter name is read only as the source writes it. */
export const MIN_CONSONANTS = 3;

/**
 * A key of fewer consonants is read only when the first and last letters are the source's: «قره
 * باغ» (Karabakh) is not «كارابوك» (Karabük), «صغد» (Sughd) not «سيجد» (Szeged).
 */
export const SURE_CONSONANTS = 5;

/**
 * The same first letter (غ and ج, the two ways of writing g, one) and the same last letter (ا, ه,
 * ي, ى one).
 */
export function sameEnds(a: string, b: string): boolean {
  const first = (w: string) => w[0]!.replace(/ج/u, 'غ');
  const end = (w: string) => w.at(-1)!.replace(/[اهيى]/u, 'ا');
  return first(a) === first(b) && end(a) === end(b);
}

/** An island this small (half its diagonal, m) may have no Arabic name in the sources; a larger one has. */
const SMALL_ISLAND_M = 100_000;

/**
 * A shipped island with no Arabic name, read by the key of its Latin name after «جزيرة» (round 27):
 * only a small one (Natural Earth ships small islands in English only), not a strait or a great island.
 */
const smallIsland = (m: PlaceMatch, e: GazetteerEntry): boolean =>
  norm(m.name?.split(/\s+/u)[0] ?? '') === ISLAND && (e.precision_m ?? Infinity) <= SMALL_ISLAND_M;
const ISLAND = norm('جزيرة');

/** A short key's entry when the article writes its Arabic name, or one with the same ends (`sameEnds`). */
const sure = (e: GazetteerEntry, m: PlaceMatch, written: string): boolean =>
  e.names.ar.some((x) => norm(x) === written) ||
  (e.kind === m.kind && e.names.ar.some((x) => sameEnds(norm(x), written)));

/** Every entry's Arabic names by spelling key; built once per index. */
const tables = new WeakMap<MatchIndex, Map<string, GazetteerEntry[]>>();

export function spellingIndex(index: MatchIndex): Map<string, GazetteerEntry[]> {
  let table = tables.get(index);
  if (table) return table;
  table = new Map();
  for (const e of index.entries.values()) {
    // Round 27: a shipped place with no Arabic name by the keys of its Latin names (g and k one class).
    const latin = e.world || e.names.ar.length ? [] : latinKeysOf(e, true).map((k) => k.replace(/K/gu, 'G'));
    for (const k of new Set([...e.names.ar.map(arabicSpellingKey), ...latin])) {
      const list = table.get(k);
      if (list) list.push(e);
      else table.set(k, [e]);
    }
  }
  tables.set(index, table);
  return table;
}

/** The names a cue's unknown name may be: as written, then with one or two more words of the text. */
function longer(nt: Normalised, m: PlaceMatch): { after: string; end: number }[] {
  const out = [{ after: m.after!, end: m.end }];
  let end = m.end;
  let after = m.after!;
  for (let n = 0; n < 2; n++) {
    const hit = /^ ([\u0621-\u064a]+)/u.exec(nt.cps.slice(end, end + 30).join(''));
    const w = hit?.[1];
    if (!w || AR_STOP.has(norm(w)) || AR_CUE.has(norm(w))) break;
    end += Array.from(hit[0]).length;
    after = `${after} ${w}`;
    out.unshift({ after, end });
  }
  return out;
}

export function cueSpellings(nt: Normalised, out: readonly PlaceMatch[], index: MatchIndex): PlaceMatch[] {
  const unknown = (m: PlaceMatch) =>
    m.placeId === null && !!m.after && !!m.kind && ARABIC.test(m.after) && !m.after.startsWith(ARTICLE);
  if (!out.some((m) => unknown(m) && m.rule === 'cue-unknown-name')) return [...out];
  const table = spellingIndex(index);
  const anchors = anchorsOfMatches(out, index);
  const placed = (e: GazetteerEntry) => wellKnown(e) || isNear(e, anchors);
  const found = new Map<string, { e: GazetteerEntry; after: string }>();
  const spans = new Map<PlaceMatch, number>();
  const hits = new Set<PlaceMatch>();
  for (const m of out) {
    if (!unknown(m) || m.rule !== 'cue-unknown-name') continue;
    for (const { after, end } of longer(nt, m)) {
      const key = arabicSpellingKey(after);
      const written = norm(after);
      const n = consonants(key);
      const all = [...new Set(table.get(key) ?? [])].filter(
        (e) =>
          familyOf(e.kind) === familyOf(m.kind!) &&
          placed(e) &&
          (n >= MIN_CONSONANTS || e.names.ar.some((x) => norm(x) === written)) &&
          (e.names.ar.length ? n >= SURE_CONSONANTS || sure(e, m, written) : smallIsland(m, e)),
      );
      if (all.length !== 1) continue;
      found.set(m.after!, { e: all[0]!, after });
      spans.set(m, end);
      hits.add(m);
      break;
    }
  }
  if (!found.size) return [...out];
  const ends = [...spans].map(([m, end]) => [m.end, end] as const);
  const note = (e: GazetteerEntry) =>
    `the source writes ${e.names.ar[0]}; the article's spelling differs (long vowels, letters of one sound, word breaks): check it`;
  return out.flatMap((m) => {
    if (ends.some(([s, e]) => m.start >= s && m.start < e)) return [];
    const hit = unknown(m) && (hits.has(m) || m.rule === 'same-name-later') && found.get(m.after!);
    if (!hit) return [m];
    const read = readAs(m, hit.e.id, 'spelling-key', note(hit.e));
    return [{ ...read, end: spans.get(m) ?? m.end }];
  });
}

/**
 * A foreign town named bare in Arabic letters inside a unit the article names (issue 18, round 22):
 * GeoNames gives most towns abroad no Arabic name, and a report names them without a cue word but
 * where it says in which province they lie: «في كانكارا بولاية كاتسينا» (Kankara, Katsina State),
 * «أحياء ريكوزينتاكاتا في محافظة إيواته» (Rikuzentakata, Iwate), or after a preposition of place in
 * a text that names the province («وفي سنداي» beside «محافظة مياغي»). The consonant key
 * (`spelling-key.ts`) of such a word is the town's Latin name's; the province's box is the guard that
 * lets a short key through.
 *
 * Trigger: a free Arabic word (a) right before «بـ» or «في» and a first-level unit or district the
 * text names («X بولاية Y», «X في محافظة Y»): the place of its key inside that unit's box; or (b)
 * right after a preposition of place («في»، «إلى»، «قرب», also with «و»): the place of its key inside
 * the box of any unit the text names. Later bare occurrences of the word follow.
 * Guards: a GeoNames settlement with no Arabic name (a left-out village too, for a key of three
 * consonants or more); a key of two consonants only for a place of `SHORT_KEY_POPULATION` or more;
 * the word is no stop word, preposition, month or common noun (`arabicCommonNoun`) and has no article; the
 * most populous place wins, then the nearest to the article's other places.
 * Examples: «خُطف تلاميذ في كانكارا بولاية كاتسينا» (Nigeria), «غمرت المياه سوما بولاية مانيسا»
 * (Turkey), «وصل المصابون إلى سنداي في محافظة مياغي» (Japan).
 */
import { inBox, km } from './gazetteer.ts';
import { ARABIC, ARTICLE, splits, type MatchIndex, type PlaceMatch } from './match-index.ts';
import { arabicCommonNoun, definiteWords, inConstruct } from './match-common-noun.ts';
import { AR_PLACE_PREPOSITIONS, latinKeyed } from './match-spelling.ts';
import { villagesKeyed } from './match-village-keys.ts';
import { AR_CUE, AR_STOP } from './cues.ts';
import { idiomName } from './match-idiom.ts';
import { norm, spaced, written, type Normalised, type Token } from './normalize.ts';
import { AR_MONTHS } from './dates/words.ts';
import { arabicKey, consonants } from './spelling-key.ts';
import type { GazetteerEntry } from './types.ts';
import { keyedMatch, latinKeyNote } from './keyed-match.ts';

/** A key of two consonants is read only for a place this large. */
const SHORT_KEY_POPULATION = 10_000;

const SETTLEMENTS = new Set(['city', 'town', 'village']);
const UNIT_KINDS = new Set(['district', 'governorate', 'region']);
const UNITS = new Set(['governorate', 'district']);
const IN = norm('في');
/** The first words of month names («كانون الثاني», «تشرين»): a date after «في», never a place. */
const MONTH_WORDS = new Set(AR_MONTHS.map(([m]) => norm(m.split(' ')[0]!)));

type Box = [number, number, number, number];

export function keyedInUnits(
  nt: Normalised,
  toks: readonly Token[],
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  const entry = (m: PlaceMatch) => (m.placeId ? index.entries.get(m.placeId) : undefined);
  const unitOf = (m: PlaceMatch) => {
    const e = entry(m);
    return e && UNITS.has(e.kind) && e.bbox && e.country ? e : undefined;
  };
  const units = out.flatMap((m) => unitOf(m) ?? []);
  if (!units.length) return [...out];
  const points = out
    .flatMap((m) => entry(m) ?? [])
    .filter((e) => e.kind !== 'country' && e.kind !== 'region')
    .map((e) => e.point);
  const dist = (e: GazetteerEntry) => Math.min(Infinity, ...points.map((p) => km(p, e.point)));
  const covering = toks.map((t) => out.find((m) => m.start < t.end && t.start < m.end));
  const definite = definiteWords(toks);
  const gap = (k: number) => nt.cps.slice(toks[k]!.end, toks[k + 1]!.start).join('');

  /** The settlement spelled by token `t` inside one of `boxes`. */
  const place = (t: number, boxes: readonly Box[]): GazetteerEntry | undefined => {
    const key = arabicKey(written(nt, toks[t]!));
    const n = consonants(key);
    if (n < 2) return undefined;
    const within = (e: GazetteerEntry) =>
      SETTLEMENTS.has(e.kind) &&
      !e.names.ar.length &&
      (n >= 3 || (e.population ?? 0) >= SHORT_KEY_POPULATION) &&
      boxes.some((b) => inBox(e.point, b));
    // A key of three consonants or more is in `byLatinKey` (the names as heard too: Chilpancingo
    // «تشيلبانسينغو»); a shorter one is not (too many places share it).
    const world =
      n >= 3 ? (index.byLatinKey.get(key) ?? []).map((id) => index.entries.get(id)!) : latinKeyed(index, key);
    const found = [...world, ...(n >= 3 ? villagesKeyed(index, key) : [])].filter(within);
    return found.sort((a, b) => (b.population ?? 0) - (a.population ?? 0) || dist(a) - dist(b))[0];
  };
  /** The unit written right after token `t`: «بولاية Y» or «في محافظة Y». */
  const unitAfter = (t: number): GazetteerEntry | undefined => {
    const next = toks[t + 1];
    if (!next || !spaced(nt, toks[t]!, next)) return undefined;
    if (next.n.startsWith('ب') && covering[t + 1]) return unitOf(covering[t + 1]!);
    const then = toks[t + 2];
    if (next.n === IN && then && spaced(nt, next, then) && covering[t + 2]) return unitOf(covering[t + 2]!);
    return undefined;
  };
  const word = (w: string) =>
    ARABIC.test(w) &&
    !w.startsWith(ARTICLE) &&
    !AR_STOP.has(w) &&
    !AR_PLACE_PREPOSITIONS.has(w) &&
    !MONTH_WORDS.has(w) &&
    !arabicCommonNoun(w, definite);

  const added: PlaceMatch[] = [];
  const found = new Map<string, GazetteerEntry>();
  const push = (t: number, skip: number, e: GazetteerEntry, rule: string) => {
    covering[t] = keyedMatch(nt, toks, { t, skip }, e, rule, latinKeyNote(e, ', in the unit the text names'));
    index.entries.set(e.id, e);
    added.push(covering[t]!);
  };
  for (let t = 0; t < toks.length; t++) {
    const w = toks[t]!.n;
    if (covering[t] || !word(w) || idiomName(toks, t, t + 1)) continue;
    const unit = unitAfter(t);
    const prev = toks[t - 1];
    const afterPreposition =
      !!prev && AR_PLACE_PREPOSITIONS.has(prev.n.replace(/^و(?=..)/u, '')) && spaced(nt, prev, toks[t]!);
    const boxes = unit ? [unit.bbox!] : afterPreposition ? units.map((u) => u.bbox!) : [];
    const e = boxes.length ? place(t, boxes) : undefined;
    if (!e) continue;
    found.set(w, e);
    push(t, 0, e, unit ? 'unit-latin-spelling' : 'preposition-unit-latin-spelling');
  }
  // Other bare occurrences of a word found so (with its clitics: «وغوساو», «بكانكارا»).
  for (let t = 0; t < toks.length; t++) {
    if (covering[t]) continue;
    // Not after a unit's cue word («بمنطقة X»: the district), nor governing a definite word.
    if (t > 0 && splits(toks[t - 1]!.n).some((x) => UNIT_KINDS.has(AR_CUE.get(x.rest)?.kind ?? ''))) continue;
    if (inConstruct(toks, t, gap, (k) => !!covering[k])) continue;
    const sp = splits(toks[t]!.n).find((x) => !x.article && found.has(x.rest));
    if (sp) push(t, sp.skip, found.get(sp.rest)!, 'unit-latin-spelling same-name-later');
  }
  return [...out, ...added].sort((a, b) => a.start - b.start);
}

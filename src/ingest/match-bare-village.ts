/**
 * A bare name where the text places a place, which no source but GeoNames' left-out villages has, is
 * the village of that name beside the article's places (issue 18, round 29b): "Drivers headed down
 * Highway 3 through Behchokǫ̀" beside Yellowknife is Behchokǫ̀, Northwest Territories; "the road
 * through Sankhu" beside Kathmandu is Sankhu, Nepal. `bareUnknownNames` proposes such a name only
 * when the text gives its kind; the village's own record gives it here, and its place.
 *
 * Trigger (English): one to three capitalised words right after "through", "near", "via", "past" or
 * "outside", no match of their own, ending their phrase (punctuation, or "and"/"or"), whose name is a
 * GeoNames village the world index leaves out, within {@link BESIDE_KM} of a settlement where the
 * article places something, in that settlement's country: the nearest. Every other bare mention of
 * the name follows. Guards: no word a common English word, a month or a weekday, a stop word, or a
 * cue word.
 */
import { EN_CUE_AFTER, EN_STOP } from './cues.ts';
import { km } from './gazetteer.ts';
import { COMMON_EN } from './match-guards.ts';
import { familyOf, isUpper, villageNamed, type MatchIndex, type PlaceMatch } from './match-index.ts';
import { NOT_PLACES } from './match-lists.ts';
import { norm, type Normalised, type Token } from './normalize.ts';
import type { GazetteerEntry } from './types.ts';

/** Prepositions of a way or a place beside, whose bare object is a place. */
const PREPOSITIONS = new Set(['through', 'near', 'via', 'past', 'outside']);
/** A village is read this near (km) a settlement where the article places something, at most. */
const BESIDE_KM = 120;
const MAX_WORDS = 3;

export function bareVillages(
  nt: Normalised,
  toks: readonly Token[],
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  const text = (a: number, b: number) => nt.cps.slice(a, b).join('');
  const gap = (t: number) => text(toks[t - 1]!.end, toks[t]!.start);
  const towns = out.flatMap((m) => {
    const e = m.placeId ? index.entries.get(m.placeId) : undefined;
    return m.role === 'place' && e?.country && familyOf(e.kind) === 'settlement' ? [e] : [];
  });
  if (!towns.length) return [...out];
  const taken = (a: number, b: number) => out.some((m) => m.start < b && a < m.end);
  const wordOk = (t: number) => {
    const n = toks[t]!.n;
    return (
      isUpper(nt.cps[toks[t]!.start]) &&
      !EN_STOP.has(n) &&
      !COMMON_EN.has(n) &&
      !NOT_PLACES.has(n) &&
      !EN_CUE_AFTER.has(n)
    );
  };
  const found = new Map<string, GazetteerEntry>();
  for (let t = 1; t < toks.length; t++) {
    if (!PREPOSITIONS.has(toks[t - 1]!.n) || gap(t) !== ' ' || !wordOk(t)) continue;
    let e = t + 1;
    while (e < toks.length && e < t + MAX_WORDS && gap(e) === ' ' && wordOk(e)) e++;
    const next = toks[e];
    const closes =
      !next || /^[,.;:)]/u.test(gap(e).trim()) || (gap(e) === ' ' && ['and', 'or'].includes(next.n));
    const start = toks[t]!.start;
    const end = toks[e - 1]!.end;
    if (!closes || taken(start, end)) continue;
    const name = norm(text(start, end));
    const near = (v: GazetteerEntry) =>
      Math.min(...towns.filter((s) => s.country === v.country).map((s) => km(s.point, v.point)));
    const v = villageNamed(index, name)
      .filter((x) => near(x) < BESIDE_KM)
      .sort((a, b) => near(a) - near(b))[0];
    if (v) found.set(name, v);
  }
  if (!found.size) return [...out];
  const added: PlaceMatch[] = [];
  for (let t = 0; t < toks.length; t++)
    for (let e = Math.min(toks.length, t + MAX_WORDS); e > t; e--) {
      const start = toks[t]!.start;
      const end = toks[e - 1]!.end;
      const v = found.get(norm(text(start, end)));
      if (!v || taken(start, end) || !isUpper(nt.cps[start]) || toks[t - 1]?.n === 'the') continue;
      index.entries.set(v.id, v);
      added.push({
        start,
        end,
        role: 'place',
        placeId: v.id,
        rule: 'bare-village',
        candidates: [v.id],
        note: `a GeoNames village beside the article's places (${v.names.en[0] ?? v.id}), where the text places a place: check it`,
      });
      t = e - 1;
      break;
    }
  return [...out, ...added].sort((a, b) => a.start - b.start);
}

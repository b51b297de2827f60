/**
 * A place's other name, given as such (issue 18, round 22): «بيشوفتو التي تُعرف أيضاً باسم ديبري زيت»
 * (Bishoftu, also known as Debre Zeyit), «مومباي المعروفة سابقاً باسم بومباي». GeoNames lists such
 * names in Latin letters only; the Arabic spelling after «باسم» is the same place when its consonant key
 * (`spelling-key.ts`) is one of that place's Latin names'.
 *
 * Trigger: «باسم» after a form of «عرف» (to be known) within three words, and one to three free words
 * after it (up to punctuation); the place is the last one the text named before, within
 * `BEFORE_WORDS` words.
 * Guards: the key (three consonants or more) is one of the keys of any of that place's Latin names,
 * never another place's.
 * Examples: «بيشوفتو التي تُعرف أيضاً باسم ديبري زيت» (Ethiopia), «تشيناي المعروفة سابقاً باسم مدراس»
 * (India).
 */
import type { MatchIndex, PlaceMatch } from './match-index.ts';
import { ARABIC } from './match-index.ts';
import { norm, spaced, written, type Normalised, type Token } from './normalize.ts';
import { arabicKey, consonants, latinKeysOf } from './spelling-key.ts';

/** The place the name belongs to is named at most this many words before «باسم». */
const BEFORE_WORDS = 12;

const BY_NAME = norm('باسم');
/** A form of «عرف» (known): «تعرف»، «يعرف»، «المعروفة»، «المعروف», with «التي»/«الذي» before it. */
const KNOWN = /^(?:و?[تي]عرف|المعروف[هة]?|معروف[هة]?)$/u;

export function knownAs(
  nt: Normalised,
  toks: readonly Token[],
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  const covering = toks.map((t) => out.some((m) => m.start < t.end && t.start < m.end));
  const added: PlaceMatch[] = [];
  for (let b = 1; b < toks.length - 1; b++) {
    if (toks[b]!.n !== BY_NAME) continue;
    if (!toks.slice(Math.max(0, b - 3), b).some((t) => KNOWN.test(t.n))) continue;
    const before = toks[Math.max(0, b - BEFORE_WORDS)]!.start;
    const m = out.filter((x) => x.placeId && x.end <= toks[b]!.start && x.start >= before).at(-1);
    const e = m?.placeId ? index.entries.get(m.placeId) : undefined;
    if (!e) continue;
    // Every Latin name, not only the first two the key index reads (`latinKeysOf`).
    const keys = new Set(
      e.names.en.slice(0, 12).flatMap((n) => latinKeysOf({ names: { en: [n] }, country: e.country }, true)),
    );
    for (let u = Math.min(b + 4, toks.length); u > b + 1; u--) {
      const span = toks.slice(b + 1, u);
      if (span.some((t, k) => covering[b + 1 + k] || !ARABIC.test(t.n))) continue;
      if (span.some((t, k) => k > 0 && !spaced(nt, span[k - 1]!, t)) || !spaced(nt, toks[b]!, span[0]!))
        continue;
      const key = arabicKey(span.map((t) => written(nt, t)).join(' '));
      if (consonants(key) < 3 || !keys.has(key)) continue;
      for (let k = b + 1; k < u; k++) covering[k] = true;
      added.push({
        start: span[0]!.start,
        end: span.at(-1)!.end,
        placeId: e.id,
        role: 'place',
        rule: 'known-as latin-spelling',
        candidates: [e.id],
        note: `another name of ${e.names.en[0]}, spelled like one of its Latin names: check it`,
      });
      break;
    }
  }
  return [...out, ...added].sort((a, b) => a.start - b.start);
}

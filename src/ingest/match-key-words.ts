/**
 * A one-word English name read by its consonant key as a GeoNames place whose name of that key is two
 * words, the first of which it does not open with, is another place (issue 18, round 24). The key
 * leaves out vowels and spaces so that Deir al-Balah and Dayr al Balah meet; a word that meets a name
 * and its generic word run together meets it by chance: "Dujiangyan" (China) keys as "Dajin Zhen", a
 * town of another province; "Tacloban" (the Philippines) could key a "Taka Loban". A merged
 * spelling keeps its first word: "Kafranbel" (Syria) is Kafr Nabl.
 *
 * Trigger (English): a reading by key (`latin-spelling`, later mentions too) of a span with no space
 * or hyphen, when every name of the place with that key has several words and the span does not
 * begin with the letters of the first. The reading is dropped: the name stays unread, as no source
 * has it. Guards: a one-word name of that key, or one whose first word opens the span, keeps it.
 */
import type { MatchIndex, PlaceMatch } from './match-index.ts';
import type { Normalised } from './normalize.ts';
import { latinKey } from './spelling-key.ts';

/** A spelling's letters, lower case, without marks. */
const letters = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[^\p{L}]/gu, '')
    .toLowerCase();

export function withoutSplitKeys(
  nt: Normalised,
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  return out.filter((m) => {
    if (!m.placeId || !/^latin-spelling\b/u.test(m.rule)) return true;
    const text = nt.cps.slice(m.start, m.end).join('');
    if (/[\s-]/u.test(text)) return true;
    const e = index.entries.get(m.placeId);
    const key = latinKey(text);
    const same = (e?.names.en ?? []).filter((n) => latinKey(n) === key);
    const word = letters(text);
    return (
      same.length === 0 ||
      same.some((n) => !/[\s-]/u.test(n.trim()) || word.startsWith(letters(n.trim().split(/[\s-]/u)[0]!)))
    );
  });
}

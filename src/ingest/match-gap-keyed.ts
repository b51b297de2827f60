/**
 * A cue word, an unknown word, then a small foreign town's name is one name the cue introduces, read
 * by its key (issue 18, round 29): «بضاحية بيتيون فيل» is the suburb Pétion-Ville (Haiti), not a
 * suburb named after Vail (Colorado, «فيل») with «بيتيون» between; its Latin names have the key of
 * the words after the cue. Later, «ببيتيون فيل» is that place too, not «ب», a word and Vail.
 *
 * Trigger: a cue's proposal named after a world town or village it does not hold (`cue-other-kind`),
 * with words between the cue word and that town's name; and later one-word readings of the same
 * town right after the same words. Guards: the words' key (`arabicKey`, of `MIN_CONSONANTS` or more)
 * is the Latin key (as heard: `byLatinKey`) of exactly one settlement in a country the article's
 * places lie in, of a kind the cue admits (`townFits`: a quarter is no city, a suburb may be).
 * Examples: «في منزله بضاحية بيتيون فيل» (Haiti); «بضاحية فيلا روكا» beside a village «روكا» (a
 * made-up suburb in Chile, in the tests).
 */
import { keyedMatch, latinKeyNote } from './keyed-match.ts';
import { readAs, type MatchIndex, type PlaceMatch } from './match-index.ts';
import { townFits } from './match-quarter-towns.ts';
import { norm, type Normalised, type Token } from './normalize.ts';
import { arabicKey, consonants } from './spelling-key.ts';
import type { GazetteerEntry } from './types.ts';

const MIN_CONSONANTS = 4;
const SMALL = new Set(['town', 'village']);
const SETTLEMENTS = new Set(['city', 'town', 'village']);

export function gapKeyedNames(
  nt: Normalised,
  toks: readonly Token[],
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  const known = out.flatMap((m) => (m.placeId ? [index.entries.get(m.placeId)!] : []));
  const countries = new Set(known.flatMap((e) => (e.country ? [e.country] : [])));
  /** The keyed place by the normalised words it was read from, and the small town it stood after. */
  const found = new Map<string, { e: GazetteerEntry; after: string }>();
  const read = out.map((m) => {
    if (m.placeId !== null || !m.rule.startsWith('cue-other-kind') || !m.name || !m.after || !m.namedAfter)
      return m;
    const after = index.entries.get(m.namedAfter);
    if (!after?.world || !SMALL.has(after.kind)) return m;
    const words = m.name.split(/\s+/u).slice(1);
    if (words.length < 2 || words.at(-1) !== m.after) return m;
    const key = arabicKey(words.join(' '));
    if (consonants(key) < MIN_CONSONANTS) return m;
    const es = (index.byLatinKey.get(key) ?? [])
      .map((id) => index.entries.get(id)!)
      .filter((e) => SETTLEMENTS.has(e.kind) && !!e.country && countries.has(e.country) && townFits(m, e));
    if (es.length !== 1) return m;
    index.entries.set(es[0]!.id, es[0]!);
    found.set(norm(words.join(' ')), { e: es[0]!, after: after.id });
    return readAs(m, es[0]!.id, 'gap-latin-spelling', latinKeyNote(es[0]!));
  });
  if (!found.size) return read;
  // Later: the small town read alone right after the words before it in the keyed name.
  return read.map((m) => {
    if (!m.placeId || /\bcue/u.test(m.rule)) return m;
    const t = toks.findIndex((x) => x.start === m.start);
    if (t < 1) return m;
    for (const [words, { e, after }] of found) {
      const parts = words.split(' ');
      const first = t - (parts.length - 1);
      if (m.placeId !== after || first < 0) continue;
      const seen = toks.slice(first, t + 1).map((x) => x.n);
      const skip = seen[0]!.length - parts[0]!.length;
      if (skip < 0 || skip > 2 || !/^[وفبلك]*$/u.test(seen[0]!.slice(0, skip))) continue;
      if (seen[0]!.slice(skip) !== parts[0] || seen.slice(1).join(' ') !== parts.slice(1).join(' ')) continue;
      return keyedMatch(
        nt,
        toks,
        { t: first, u: t + 1, skip },
        e,
        'gap-latin-spelling same-name-later',
        latinKeyNote(e),
      );
    }
    return m;
  });
}

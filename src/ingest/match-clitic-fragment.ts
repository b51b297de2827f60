/**
 * A clitic read off a word that leaves the article and a letter, read as a small town, is a fragment
 * of another word (issue 18, round 23): «فالس» (the surname Valls) is no «ف» + Alès («آلس», which
 * normalises to «الس»), nor «والي» (a wali, in Algeria and Morocco) «و» + a town «آلي». What follows
 * a clitic and reads «ال» is the article; the article and one letter are no name.
 *
 * Trigger: a one-word mention read through a clitic alone (rule `clitic:…`, no cue word) as a world
 * town or village (not a city), the rest after the clitic three letters beginning «ال» (normalised:
 * «آ» and «أ» are «ا»). Guard: the town is not read with a cue word or bare (without a clitic)
 * anywhere in the article. Distance does not help: Alès lies 230 km from Nice, in the report that
 * names «مانويل فالس»; a three-letter town after a clitic otherwise stays («وقشن», Qishn in Yemen).
 */
import type { MatchIndex, PlaceMatch } from './match-index.ts';
import type { Normalised } from './normalize.ts';

const SMALL = new Set(['town', 'village']);
const MAX_LETTERS = 3;

export function withoutCliticFragments(
  nt: Normalised,
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  const entry = (m: PlaceMatch) => (m.placeId ? index.entries.get(m.placeId) : undefined);
  const plain = new Set(out.filter((m) => !/^clitic:\S+$/u.test(m.rule)).map((m) => m.placeId));
  const fragment = (m: PlaceMatch): boolean => {
    const e = entry(m);
    if (!e?.world || !SMALL.has(e.kind) || !/^clitic:\S+$/u.test(m.rule) || plain.has(e.id)) return false;
    const word = nt.cps.slice(m.start, m.end).join('');
    return !/\s/u.test(word.trim()) && Array.from(word).length <= MAX_LETTERS && word.startsWith('ال');
  };
  return out.filter((m) => !fragment(m));
}

/**
 * An island and its main town share a name (issue 18, round 20): Rhodes, Kos, Corfu, Capri, Ibiza,
 * Lampedusa. Named bare, the island is meant: tourists are evacuated "from Rhodes", a ferry reaches
 * "Lampedusa", a storm hits "Ibiza"; the town is named as one ("Rhodes town", "the city of Ibiza",
 * a dateline). Trigger: a bare name (no cue word, not a dateline) read as a world town, city or village
 * whose candidates hold a Natural Earth island (`NE_PHYSICAL_TITLE`, class island) whose box holds
 * the town's point: the island. Guards: a cue word or a dateline keeps the town; a capital (an actor:
 * Valletta is no island's name, but Malé and Victoria are) keeps it too, as a government sits there.
 * Examples: "ferries left Ibiza for Valencia" (Spain), "fires forced tourists off Kos" (Greece).
 *
 * Round 27 (part B), the short name: an island named in full earlier in the text is named by the last
 * word of its name later ("Espiritu Santo … residents of Santo"; "Grande Comore … on Comore"), though
 * GeoNames gives that word to a town on it as another name. Trigger: the same bare world town, read
 * by a name that is the last word of an island's name the article matched before, its point inside
 * that island's box. Guards: those above.
 */
import { NE_PHYSICAL_TITLE } from './gazetteer.ts';
import { opensDateline } from './match-guards.ts';
import { familyOf, readAs, type MatchIndex, type PlaceMatch } from './match-index.ts';
import { norm, type Normalised } from './normalize.ts';
import type { GazetteerEntry } from './types.ts';

const island = (e: GazetteerEntry | undefined): e is GazetteerEntry =>
  !!e && e.source.title === NE_PHYSICAL_TITLE && !!e.bbox && /^island\b/iu.test(e.note ?? '');

export function islandsOverTowns(
  nt: Normalised,
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  const named: GazetteerEntry[] = [];
  return out.map((m) => {
    const read = m.placeId ? index.entries.get(m.placeId) : undefined;
    if (island(read) && !named.includes(read)) named.push(read);
    const e = m.placeId ? index.entries.get(m.placeId) : undefined;
    if (!e?.world || familyOf(e.kind) !== 'settlement' || e.actor || /cue/u.test(m.rule)) return m;
    if (opensDateline(nt, m.start, m.end)) return m;
    const [x, y] = e.point;
    const holds = (c: GazetteerEntry) =>
      x >= c.bbox![0] && x <= c.bbox![2] && y >= c.bbox![1] && y <= c.bbox![3];
    const on = m.candidates.map((id) => index.entries.get(id)).find((c) => island(c) && holds(c));
    if (on) return readAs(m, on.id, 'island-town', `the island ${on.names.en[0]}, not its town`);
    const word = norm(nt.cps.slice(m.start, m.end).join(''));
    const short = named.find(
      (c) =>
        holds(c) &&
        c.names.en.some((n) => {
          const w = norm(n).split(' ');
          return w.length > 1 && w.at(-1) === word;
        }),
    );
    return short
      ? readAs(m, short.id, 'island-short-name', `the island ${short.names.en[0]}, named before in full`)
      : m;
  });
}

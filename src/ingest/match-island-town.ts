/**
 * An island and its main town share a name (issue 18, round 20): Rhodes, Kos, Corfu, Capri, Ibiza,
 * Lampedusa. Named bare, the island is meant: tourists are evacuated "from Rhodes", a ferry reaches
 * "Lampedusa", a storm hits "Ibiza"; the town is named as one ("Rhodes town", "the city of Ibiza",
 * a dateline). Trigger: a bare name (no cue word, not a dateline) read as a world town, city or village
 * whose candidates hold a Natural Earth island (`NE_PHYSICAL_TITLE`, class island) whose box holds
 * the town's point: the island. Guards: a cue word or a dateline keeps the town; a capital (an actor:
 * Valletta is no island's name, but Malé and Victoria are) keeps it too, as a government sits there.
 * Examples: "ferries left Ibiza for Valencia" (Spain), "fires forced tourists off Kos" (Greece).
 */
import { NE_PHYSICAL_TITLE } from './gazetteer.ts';
import { opensDateline } from './match-guards.ts';
import { familyOf, readAs, type MatchIndex, type PlaceMatch } from './match-index.ts';
import type { Normalised } from './normalize.ts';
import type { GazetteerEntry } from './types.ts';

const island = (e: GazetteerEntry | undefined): e is GazetteerEntry =>
  !!e && e.source.title === NE_PHYSICAL_TITLE && !!e.bbox && /^island\b/iu.test(e.note ?? '');

export function islandsOverTowns(
  nt: Normalised,
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  return out.map((m) => {
    const e = m.placeId ? index.entries.get(m.placeId) : undefined;
    if (!e?.world || familyOf(e.kind) !== 'settlement' || e.actor || /cue/u.test(m.rule)) return m;
    if (opensDateline(nt, m.start, m.end)) return m;
    const [x, y] = e.point;
    const on = m.candidates
      .map((id) => index.entries.get(id))
      .find((c) => island(c) && x >= c.bbox![0] && x <= c.bbox![2] && y >= c.bbox![1] && y <= c.bbox![3]);
    return on ? readAs(m, on.id, 'island-town', `the island ${on.names.en[0]}, not its town`) : m;
  });
}

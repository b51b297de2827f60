/**
 * The name after a dateline's comma is the unit or the country the city lies in (issue 18, round 19):
 * "MOORE, Oklahoma —" is the state, not Oklahoma City; "PUNE, Maharashtra —", «صلالة، ظفار —».
 * Trigger: a proposed name that follows, on the same line, a first name and a comma at the line's
 * start, and is followed by a dash. Guard: only a reading among its candidates that is a first-level
 * unit or a country, and only where one is; a dateline without a comma keeps its city.
 */
import { DATELINE_CREDIT } from './match-guards.ts';
import type { MatchIndex, PlaceMatch } from './match-index.ts';
import type { Normalised } from './normalize.ts';

/** A line's first words, a comma (Latin or Arabic), then this name; a dash after it. */
const BEFORE = /(?:^|\n)[^\n,،—–]{1,40}[,،]\s*$/u;
const AFTER = /^\s*[—–-]/u;

export function datelineRegions(nt: Normalised, out: readonly PlaceMatch[], index: MatchIndex): PlaceMatch[] {
  return out.map((m) => {
    if (!m.placeId || m.candidates.length < 2) return m;
    const before = nt.cps.slice(Math.max(0, m.start - 42), m.start).join('');
    const after = nt.cps
      .slice(m.end, m.end + 160)
      .join('')
      .replace(DATELINE_CREDIT, '');
    if (!BEFORE.test(before) || !AFTER.test(after)) return m;
    const unit = m.candidates.find((id) => {
      const kind = index.entries.get(id)?.kind;
      return kind === 'governorate' || kind === 'country';
    });
    if (!unit || unit === m.placeId) return m;
    return {
      ...m,
      placeId: unit,
      candidates: [unit, ...m.candidates.filter((id) => id !== unit)],
      rule: `${m.rule} dateline-region`,
    };
  });
}

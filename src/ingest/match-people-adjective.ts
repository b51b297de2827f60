/**
 * A people's adjective before a plural noun of people is no place (issue 18, round 22): "their Ingush
 * neighbours", "Chechen fighters", "Baloch separatists" (Pakistan), "Tigrayan refugees" (Ethiopia).
 * GeoNames and CLDR list such adjectives among a unit's names ("Ingush" for Ingushetia) or as a
 * subdivision's ("Chechen"), and the matcher read the unit.
 *
 * Trigger (English): a name read as a unit by one of its other names (not its own, first name) or
 * proposed as a subdivision name (`subdivision-name`), right before a lower-case plural noun of people
 * (`PEOPLE`). Guard: a unit's own name keeps its reading ("Texas officials", "Oklahoma residents":
 * the state is a place the text names).
 */
import type { MatchIndex, PlaceMatch } from './match-index.ts';
import type { Normalised } from './normalize.ts';

const PEOPLE = new Set([
  ...['fighters', 'rebels', 'militants', 'separatists', 'insurgents', 'guerrillas', 'gunmen', 'warlords'],
  ...['neighbours', 'neighbors', 'refugees', 'villagers', 'families', 'elders', 'leaders', 'nationalists'],
  ...[
    'women',
    'men',
    'children',
    'people',
    'herders',
    'farmers',
    'clans',
    'tribes',
    'minority',
    'minorities',
  ],
]);

const NEXT_WORD = /^\s+([a-z]+)\b/u;

export function withoutPeopleAdjectives(
  nt: Normalised,
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  return out.filter((m) => {
    const next = NEXT_WORD.exec(nt.cps.slice(m.end, m.end + 20).join(''))?.[1];
    if (!next || !PEOPLE.has(next)) return true;
    if (/\bsubdivision-name\b/u.test(m.rule) && m.placeId === null) return false;
    const e = m.placeId ? index.entries.get(m.placeId) : undefined;
    if (e?.kind !== 'governorate') return true;
    const text = nt.cps.slice(m.start, m.end).join('').toLowerCase();
    return (e.names.en[0] ?? '').toLowerCase() === text;
  });
}

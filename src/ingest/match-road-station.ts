/**
 * A station named after its road is the station (issue 18, round 22): "Latimer Road station" (London),
 * "Brunswick Road station" (Melbourne), "Canal Street tube station": the facility, not the road.
 *
 * Trigger (English): an unknown road a road word proposed ("X Road", "X Street"), followed by
 * "station", or by "tube", "metro", "underground", "railway", "train", "subway" or "bus" and
 * "station". The proposal becomes a facility whose name runs to "station". Guard: single spaces.
 */
import type { PlaceMatch } from './match-index.ts';
import type { Normalised } from './normalize.ts';

const STATION = /^ (?:(?:tube|metro|underground|railway|train|subway|bus) )?station\b/u;

export function roadStations(nt: Normalised, out: readonly PlaceMatch[]): PlaceMatch[] {
  return out.map((m) => {
    if (m.placeId !== null || m.kind !== 'road') return m;
    const after = STATION.exec(nt.cps.slice(m.end, m.end + 32).join(''));
    if (!after) return m;
    const end = m.end + Array.from(after[0]).length;
    const name = nt.cps.slice(m.start, end).join('');
    return {
      ...m,
      end,
      kind: 'facility',
      name,
      rule: `${m.rule} road-station`,
      note: 'a station named after its road: place it on the map',
    };
  });
}

/**
 * A ship named after a place is no place (issue 18, round 22): "a navy ship, HMNZS Canterbury", "USS
 * Missouri", "HMS Edinburgh", "the MV Sewol" (a ferry). Trigger (English): a match right after a
 * ship prefix (HMS, HMNZS, HMAS, HMCS, USS, USNS, INS, RFA, MV, MS, SS, RMS), with one space between.
 */
import type { PlaceMatch } from './match-index.ts';
import type { Normalised } from './normalize.ts';

const SHIP_PREFIX = /(?:^|[^\p{L}])(?:HMS|HMNZS|HMAS|HMCS|USS|USNS|INS|RFA|MV|MS|SS|RMS) $/u;

export function withoutShipNames(nt: Normalised, out: readonly PlaceMatch[]): PlaceMatch[] {
  return out.filter((m) => !SHIP_PREFIX.test(nt.cps.slice(Math.max(0, m.start - 8), m.start).join('')));
}

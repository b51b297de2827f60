/**
 * An unknown name after «ولاية» in Oman is the town (issue 18, round 12): an Omani wilayah is the
 * district of the town it is named after («ولاية صحم» is Saham), as `wilayahOfTown` reads a known
 * one. The article is in Oman there when the last known place before the name lies in Oman
 * («وفي سلطنة عمان … في ولاية صحم»); elsewhere «ولاية» is a state («ولاية زامفارة»).
 */
import { splits, type MatchIndex, type PlaceMatch } from './match-index.ts';
import { norm, type Normalised } from './normalize.ts';

const WILAYAH = norm('ولاية');

export function omaniWilayahTowns(
  nt: Normalised,
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  let country: string | undefined;
  return [...out]
    .sort((a, b) => a.start - b.start)
    .map((m) => {
      if (m.placeId) {
        country = index.entries.get(m.placeId)?.country ?? country;
        return m;
      }
      if (country !== 'OM' || m.kind !== 'governorate' || !m.rule.startsWith('cue-unknown-name')) return m;
      const first = norm(nt.cps.slice(m.start, m.end).join('').split(/\s/u)[0] ?? '');
      if (!splits(first).some((sp) => !sp.article && sp.rest === WILAYAH)) return m;
      return {
        ...m,
        kind: 'town',
        rule: `${m.rule} wilayah-town`,
        note: 'an Omani wilayah is the district of the town it is named after: the town is proposed',
      };
    });
}

/**
 * An island that is a first-level unit of its own (issue 18, round 24): «جزيرة بالي» is Bali
 * province, «جزيرة جيجو» Jeju province, where a physical cue before a unit's name otherwise names the
 * feature, not the unit («وادي فرغانة» is not Fergana province; `cue-other-kind`). An island province
 * is the island: the unit's bounds are its shores.
 *
 * Trigger: the singular island cue («جزيرة») before a known first-level unit's name, proposed as an
 * unknown island named after it (`cue-other-kind`, with `namedAfter`).
 * Guards: the unit is a first-level unit (`governorate`), the one the name after the cue reads; the
 * plural cue («جزر», the islands of) is left to name the feature.
 * Examples: «اندلعت الحرائق في جزيرة تسمانيا جنوب أستراليا» (Australia), «ضرب الإعصار جزيرة هاينان جنوب
 * الصين» (China), «انقطعت الكهرباء عن جزيرة غوتلاند في السويد» (Sweden).
 */
import { readAs, type MatchIndex, type PlaceMatch } from './match-index.ts';
import { norm } from './normalize.ts';

const ISLAND = norm('جزيرة');

export function islandUnits(out: readonly PlaceMatch[], index: MatchIndex): PlaceMatch[] {
  return out.map((m) => {
    if (m.placeId !== null || !m.rule.startsWith('cue-other-kind') || !m.namedAfter || !m.name) return m;
    const e = index.entries.get(m.namedAfter);
    if (e?.kind !== 'governorate' || norm(m.name.split(/\s+/u)[0] ?? '') !== ISLAND) return m;
    return readAs(m, e.id, 'island-unit', `${e.names.en[0]} is an island province: the island is the unit`);
  });
}

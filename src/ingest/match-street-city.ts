/**
 * A street's name, then "in" or «في»/«بـ», names the city it runs through (issue 18, round 22; the Seat
 * cities convention: streets name the city): «أمام الوزارة في شارع الحبيب بورقيبة بتونس» is Tunis,
 * not Tunisia; «في شارع الاستقلال بجيبوتي» Djibouti city; "on Balboa Avenue in Panama" Panama City.
 *
 * Trigger: a name read as a country or a first-level unit, right after a street word and one to four
 * words of its name («شارع», «جادة», «ساحة», «طريق»; "Street", "Avenue", "Road", "Boulevard",
 * "Square") and «في», «بـ» or "in". The city is a settlement of the same country among the name's
 * candidates. Guard: none among them leaves the reading.
 */
import { readAs, type MatchIndex, type PlaceMatch } from './match-index.ts';
import type { Normalised } from './normalize.ts';

const SETTLEMENT = new Set(['city', 'town', 'village']);
const STREET_BEFORE =
  /(?:(?:^|\s)[وفب]?(?:ال)?(?:شارع|جادة|ساحة|طريق)(?:\s+[^\s،.,:؛]+){1,4}\s+(?:في\s+|ب)|\b(?:Street|St\.|Avenue|Road|Boulevard|Square)\s+in\s+)$/u;

export function streetCities(nt: Normalised, out: readonly PlaceMatch[], index: MatchIndex): PlaceMatch[] {
  return out.map((m) => {
    const e = m.placeId ? index.entries.get(m.placeId) : undefined;
    if (!e || (e.kind !== 'country' && e.kind !== 'governorate') || /\bcue-/u.test(m.rule)) return m;
    if (!STREET_BEFORE.test(nt.cps.slice(Math.max(0, m.start - 60), m.start).join(''))) return m;
    const city = m.candidates
      .map((id) => index.entries.get(id))
      .find((c) => !!c && SETTLEMENT.has(c.kind) && c.country === (e.country ?? c.country));
    if (!city) return m;
    return {
      ...readAs(m, city.id, 'street-city', `after a street: the city ${city.names.en[0] ?? city.id}`),
      candidates: [city.id, ...m.candidates.filter((id) => id !== city.id)],
    };
  });
}

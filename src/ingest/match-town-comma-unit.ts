/**
 * "Town, Unit": a name written right after a town and a comma is the first-level unit that holds the
 * town, where the name is both that unit and its seat city (issue 18, round 22): "in San Rafael,
 * Mendoza" (Argentina), «في كوليابيتيا، كورونيغالا» (Sri Lanka), "Moore, Oklahoma".
 *
 * Trigger: a bare name read as a world settlement, right after a settlement of the same country and a
 * comma (Latin or Arabic), with a world first-level unit of that country among its candidates whose
 * box holds the town before it. Guards: a list that goes on to another name after it ("San Rafael,
 * Mendoza and Villa María": towns listed; a comma, "and" or «و» between) leaves it, and so does a cue
 * word.
 *
 * Then every later bare mention of the name read as that seat city is the unit too, as is every bare
 * mention of a name the dateline read as its unit ("MOORE, Oklahoma —", `datelineRegions`), unless a
 * cue word, a dateline or an apposition ("Córdoba, the provincial capital") names the city.
 */
import { opensDateline } from './match-guards.ts';
import type { MatchIndex, PlaceMatch } from './match-index.ts';
import type { Normalised } from './normalize.ts';
import type { GazetteerEntry } from './types.ts';

const SETTLEMENT = new Set(['city', 'town', 'village']);
const COMMA = /^\s*[,،]\s*$/u;
/** A list goes on to the next name: a comma, "and", «و». */
const JOINED = /^(?:\s*[,،]\s*|\s+and\s+|\s+و|\s*[,،]\s*(?:and\s+|و))$/u;
/** An apposition that says city right after the name: "Córdoba, the provincial capital". */
const CITY_APPOSITION = /^\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:city|port|town|capital)\b/iu;

export function townCommaUnits(nt: Normalised, out: readonly PlaceMatch[], index: MatchIndex): PlaceMatch[] {
  const sorted = [...out].sort((a, b) => a.start - b.start);
  const entry = (m: PlaceMatch | undefined) => (m?.placeId ? index.entries.get(m.placeId) : undefined);
  const holds = (u: GazetteerEntry, p: readonly number[]) =>
    !!u.bbox && p[0]! >= u.bbox[0] && p[0]! <= u.bbox[2] && p[1]! >= u.bbox[1] && p[1]! <= u.bbox[3];
  const turned = new Map<PlaceMatch, PlaceMatch>();
  /** The seat city's id → the unit it was read as. */
  const units = new Map<string, string>();
  const asUnit = (m: PlaceMatch, unit: string, rule: string, note: string): PlaceMatch => ({
    ...m,
    placeId: unit,
    candidates: [unit, ...m.candidates.filter((id) => id !== unit)],
    rule: `${m.rule} ${rule}`,
    note,
  });
  sorted.forEach((m, i) => {
    if (/dateline-region/u.test(m.rule)) {
      const city = m.candidates.find((id) => SETTLEMENT.has(index.entries.get(id)?.kind ?? ''));
      if (city && m.placeId) units.set(city, m.placeId);
      return;
    }
    const e = entry(m);
    const prev = sorted[i - 1];
    const town = entry(prev);
    if (!e?.world || !e.country || !SETTLEMENT.has(e.kind) || /\bcue-/u.test(m.rule)) return;
    if (!prev || !town || !SETTLEMENT.has(town.kind) || town.country !== e.country || town.id === e.id)
      return;
    if (!COMMA.test(nt.cps.slice(prev.end, m.start).join(''))) return;
    const next = sorted[i + 1];
    if (next && JOINED.test(nt.cps.slice(m.end, next.start).join(''))) return;
    const unit = m.candidates
      .map((id) => index.entries.get(id))
      .find((u) => !!u?.world && u.kind === 'governorate' && u.country === e.country && holds(u, town.point));
    if (!unit) return;
    units.set(e.id, unit.id);
    turned.set(m, asUnit(m, unit.id, 'town-comma-unit', 'after a town and a comma: the unit that holds it'));
  });
  for (const m of sorted) {
    const unit = m.placeId ? units.get(m.placeId) : undefined;
    if (!unit || turned.has(m) || /\bcue-/u.test(m.rule) || !m.candidates.includes(unit)) continue;
    if (opensDateline(nt, m.start, m.end) || entry(m)?.actor) continue;
    if (CITY_APPOSITION.test(nt.cps.slice(m.end, m.end + 50).join(''))) continue;
    turned.set(m, asUnit(m, unit, 'unit-read-before', 'read as the unit elsewhere in the text'));
  }
  return out.map((m) => turned.get(m) ?? m);
}

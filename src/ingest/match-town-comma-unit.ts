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
 * Then every other bare mention of a unit's name read as a settlement is the unit too, wherever it
 * stands (a headline comes first), once the unit was read so by its dateline ("MOORE, Oklahoma —",
 * `datelineRegions`) or after a town; a unit read in a list of units ("the provinces of Córdoba and
 * Mendoza", `pluralUnitsEn`, `pluralUnitLists`) only where the list is written again ("Hail hits
 * Mendoza and Córdoba"; alone, the bare name after a list is often the city). A cue word, a dateline,
 * an apposition ("Córdoba, the provincial capital") or a capital keeps the city.
 */
import { opensDateline } from './match-guards.ts';
import type { MatchIndex, PlaceMatch } from './match-index.ts';
import type { Normalised } from './normalize.ts';
import type { GazetteerEntry } from './types.ts';
import { inBox } from './gazetteer.ts';

const SETTLEMENT = new Set(['city', 'town', 'village']);
const COMMA = /^\s*[,،]\s*$/u;
/** A list goes on to the next name: a comma, "and", «و». */
const JOINED = /^(?:\s*[,،]\s*|\s+and\s+|\s+و|\s*[,،]\s*(?:and\s+|و))$/u;
/** An apposition that says city right after the name: "Córdoba, the provincial capital". */
const CITY_APPOSITION = /^\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:city|port|town|capital)\b/iu;

export function townCommaUnits(nt: Normalised, out: readonly PlaceMatch[], index: MatchIndex): PlaceMatch[] {
  const sorted = [...out].sort((a, b) => a.start - b.start);
  const entry = (m: PlaceMatch | undefined) => (m?.placeId ? index.entries.get(m.placeId) : undefined);
  const holds = (u: GazetteerEntry, p: readonly number[]) => !!u.bbox && inBox(p, u.bbox);
  const turned = new Map<PlaceMatch, PlaceMatch>();
  /** The units read by a dateline or after a town; and those read in a list of units. */
  const units = new Set<string>();
  const listed = new Set<string>();
  const asUnit = (m: PlaceMatch, unit: string, rule: string, note: string): PlaceMatch => ({
    ...m,
    placeId: unit,
    candidates: [unit, ...m.candidates.filter((id) => id !== unit)],
    rule: `${m.rule} ${rule}`,
    note,
  });
  sorted.forEach((m, i) => {
    if (/\bdateline-region\b/u.test(m.rule) && entry(m)?.kind === 'governorate') {
      units.add(m.placeId!);
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
    units.add(unit.id);
    turned.set(m, asUnit(m, unit.id, 'town-comma-unit', 'after a town and a comma: the unit that holds it'));
  });
  // Lists of units a cue word gave: two names or more joined, each read as a unit, one by its cue
  // («ولايتا كادونا وكانو») or by a list's plural ("the states of Puebla and Morelos").
  const joined = (a: PlaceMatch, b: PlaceMatch) => JOINED.test(nt.cps.slice(a.end, b.start).join(''));
  const isUnit = (m: PlaceMatch) => entry(m)?.kind === 'governorate';
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (
      j + 1 < sorted.length &&
      isUnit(sorted[j]!) &&
      isUnit(sorted[j + 1]!) &&
      joined(sorted[j]!, sorted[j + 1]!)
    )
      j++;
    const list = sorted.slice(i, j + 1);
    if (list.length > 1 && list.some((m) => /\b(?:plural-unit-list|cue-before)\b/u.test(m.rule)))
      for (const m of list) listed.add(m.placeId!);
    i = j + 1;
  }
  // A name listed as a unit is the unit again only in the same list: joined to another name listed so.
  const inList = (id: string) => listed.has(id) || units.has(id);
  const pair = (i: number) => {
    const [prev, m, next] = [sorted[i - 1], sorted[i]!, sorted[i + 1]];
    return (
      (!!prev && joined(prev, m) && prev.candidates.some(inList)) ||
      (!!next && joined(m, next) && next.candidates.some(inList))
    );
  };
  for (const [i, m] of sorted.entries()) {
    const unit = m.candidates.find((id) => units.has(id) || (listed.has(id) && pair(i)));
    if (!unit || turned.has(m) || /\bcue-/u.test(m.rule) || !SETTLEMENT.has(entry(m)?.kind ?? '')) continue;
    if (opensDateline(nt, m.start, m.end) || entry(m)?.actor) continue;
    if (CITY_APPOSITION.test(nt.cps.slice(m.end, m.end + 50).join(''))) continue;
    turned.set(m, asUnit(m, unit, 'unit-read-before', 'read as the unit elsewhere in the text'));
  }
  return out.map((m) => turned.get(m) ?? m);
}

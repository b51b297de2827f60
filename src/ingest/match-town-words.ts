/**
 * Words that only a town takes make a bare unit's name its seat town (issue 18, round 22; the Seat
 * cities convention: the city where the words mean the city):
 *
 * - the villages or suburbs around it: "Mendoza and its suburbs", «سوكوتو والقرى المحيطة بها»
 *   (Nigeria), «أيدين وضواحيها» (Turkey): villages surround a town, not a province;
 * - a road between it and another place: "the road between Mendoza and San Rafael", «الطريق بين أيدين
 *   ودنيزلي», «الطريق السريع بين كانو وسوكوتو»: roads join towns.
 *
 * Trigger: a bare name (no cue word) read as a world first-level unit. The town is a settlement of the
 * unit's country among the name's candidates, or the unit's namesake town (`namesakeTown`). Guards: a
 * cue word keeps the unit («ولاية أيدين»), and so do villages in it («قرى في سوكوتو», `seatUnits`).
 */
import { readAs, type MatchIndex, type PlaceMatch } from './match-index.ts';
import { namesakeTown } from './match-town-of-unit.ts';
import type { Normalised } from './normalize.ts';

const SETTLEMENT = new Set(['city', 'town', 'village']);

/** Villages or suburbs around the name, right after it. */
const AROUND =
  /^\s+(?:and\s+(?:the\s+|its\s+)?(?:surrounding|nearby|neighbouring|neighboring)\s+(?:villages|towns|hamlets)|and\s+its\s+(?:suburbs|outskirts|environs)|و(?:القرى|البلدات)\s+(?:المحيطة|المجاورة|القريبة)|و(?:ضواحيها|ضواحيه|محيطها))/iu;

/** A road's word, then "between", "linking" or «بين», right before the first of two names. */
const ROAD_BETWEEN =
  /(?:\b(?:road|highway|motorway|railway|rail\s+line|route)\s+(?:between|linking|connecting|from)|(?:ال)?(?:طريق|سكة\s+الحديد)(?:\s+(?:السريع|الرئيسي|الدولي))?\s+(?:بين|الرابط\s+بين|الذي\s+يربط|من))\s+$/iu;
/** Between the two names: "and", "to", «و», «إلى». */
const AND = /^(?:\s+(?:and|to)\s+|\s+و|\s+(?:إلى|الى)\s+)$/u;

export function townWords(nt: Normalised, out: readonly PlaceMatch[], index: MatchIndex): PlaceMatch[] {
  const sorted = [...out].sort((a, b) => a.start - b.start);
  const text = (a: number, b: number) => nt.cps.slice(Math.max(0, a), b).join('');
  const roadFirst = (m: PlaceMatch | undefined) => !!m && ROAD_BETWEEN.test(text(m.start - 50, m.start));
  const towns = new Set<PlaceMatch>();
  sorted.forEach((m, i) => {
    const prev = sorted[i - 1];
    const next = sorted[i + 1];
    if (
      AROUND.test(text(m.end, m.end + 40)) ||
      roadFirst(m) ||
      (prev && roadFirst(prev) && AND.test(text(prev.end, m.start)))
    )
      towns.add(m);
    if (roadFirst(m) && next && AND.test(text(m.end, next.start))) towns.add(next);
  });
  return out.map((m) => {
    if (!towns.has(m) || !m.placeId || /\bcue-/u.test(m.rule)) return m;
    const unit = index.entries.get(m.placeId);
    if (!unit?.world || unit.kind !== 'governorate' || !unit.country) return m;
    const listed = m.candidates
      .map((id) => index.entries.get(id))
      .find((e) => !!e && SETTLEMENT.has(e.kind) && e.country === unit.country);
    const town = listed ?? namesakeTown(unit, index);
    if (!town) return m;
    return {
      ...readAs(
        m,
        town.id,
        'town-words',
        `a town's words around it: the seat town ${town.names.en[0] ?? ''}`,
      ),
      candidates: [town.id, ...m.candidates.filter((id) => id !== town.id)],
    };
  });
}

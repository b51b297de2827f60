/**
 * Which reading a first-level unit's name takes when a settlement shares it (issue 18, round 12).
 *
 * - Without a cue, a world first-level unit (Natural Earth admin-1) of a country the article names
 *   outranks a namesake town or village of that country (`minorNamesakeOfUnit`): "in Guerrero" in a
 *   report from Mexico is the state, not a town of 7,000 in Chihuahua. A namesake city (a unit's
 *   capital is one in GeoNames, PPLA, or any place of 100,000) or a namesake inside the unit (a
 *   district's seat) keeps its rank: "Kano" is the city, "Batticaloa" the town.
 * - A name the text once read with a cue keeps that reading when it comes back bare
 *   (`cueReadingLater`): «بلدة ماساكا» … «الطريق المؤدي إلى ماساكا» is the town again, not the
 *   district named after it; "the state of X" … "in X" the state again, unless the bare name reads a
 *   city, or its seat: a town inside the unit ("the province of Ravenna … around Ravenna", round 20).
 */
import { familyOf, nameTokens, type MatchIndex, type PlaceMatch } from './match-index.ts';
import type { Normalised } from './normalize.ts';
import { inBox } from './gazetteer.ts';
import type { GazetteerEntry } from './types.ts';

const MINOR = new Set(['town', 'village']);

/**
 * 1 for a minor world settlement that shares its name with a world unit of its country and lies
 * outside that unit's box, else 0. A namesake inside the unit is often its seat (Batticaloa, Doboj:
 * towns, in GeoNames, that are their district's capitals) and keeps its rank.
 */
export function minorNamesakeOfUnit(e: GazetteerEntry, ids: readonly string[], index: MatchIndex): number {
  if (!e.world || !MINOR.has(e.kind) || !e.country) return 0;
  return ids.some((id) => {
    const u = index.entries.get(id);
    const b = u?.bbox;
    const inside = !!b && inBox(e.point, b);
    return !!u?.world && u.kind === 'governorate' && u.country === e.country && !!b && !inside;
  })
    ? 1
    : 0;
}

const CUED = /\bcue-(before|after)\b/u;

/** The readings a bare later name may be turned from and to: a unit or a minor settlement. */
const turnable = (e: GazetteerEntry | undefined) =>
  !!e?.world && (e.kind === 'governorate' || MINOR.has(e.kind));

/**
 * The town `e` is the seat of the unit `u` read with a cue: inside its box (round 20). "Authorities
 * in the province of Ravenna … the plain around Ravenna": the bare name is the city, the labels'
 * reading of a seat's name where no word means the unit (a city of 100,000 is never turned at all).
 */
function seatOf(e: GazetteerEntry, u: GazetteerEntry): boolean {
  const b = u.kind === 'governorate' ? u.bbox : undefined;
  return MINOR.has(e.kind) && !!b && inBox(e.point, b);
}

export function cueReadingLater(nt: Normalised, out: readonly PlaceMatch[], index: MatchIndex): PlaceMatch[] {
  const cued: { words: string[]; end: number; m: PlaceMatch; e: GazetteerEntry }[] = [];
  for (const m of out) {
    const e = m.placeId ? index.entries.get(m.placeId) : undefined;
    if (!e || !CUED.test(m.rule) || !turnable(e)) continue;
    cued.push({ words: nameTokens(nt.cps.slice(m.start, m.end).join('')), end: m.end, m, e });
  }
  if (cued.length === 0) return [...out];
  return out.map((m) => {
    const e = m.placeId ? index.entries.get(m.placeId) : undefined;
    if (!e || CUED.test(m.rule) || !turnable(e)) return m;
    const words = nameTokens(nt.cps.slice(m.start, m.end).join(''));
    const key = words.join(' ');
    const first = cued.find(
      (c) =>
        c.end <= m.start &&
        c.e.country === e.country &&
        familyOf(c.e.kind) !== familyOf(e.kind) &&
        c.words.length > words.length &&
        (c.words.slice(-words.length).join(' ') === key || c.words.slice(0, words.length).join(' ') === key),
    );
    if (!first || seatOf(e, first.e)) return m;
    return {
      ...m,
      placeId: first.e.id,
      candidates: [first.e.id, ...m.candidates.filter((id) => id !== first.e.id)],
      rule: `${m.rule} cue-reading-later`,
      note: `read as "${nt.cps.slice(first.m.start, first.m.end).join('')}" earlier in the text`,
    };
  });
}

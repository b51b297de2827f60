/**
 * A district named after a village the world index leaves out: its bare name is the village (issue
 * 18, round 22; the Seat cities convention one level down). "States of emergency in the Hurunui and
 * Kaikōura districts … one died in Kaikōura": the town; "the Tolmin and Kobarid districts … in
 * Kobarid" (Slovenia), "the Huanta district … two died in Huanta" (Peru).
 *
 * Trigger (English): an unknown district a cue word proposed ("X district", "the X and Y districts"),
 * whose name is a GeoNames village or small town (`villageNamed`, diacritics aside) within
 * `VILLAGE_KM` of the article's other places or inside a unit it names, in one of their countries
 * (the nearest). Every bare
 * mention of the name, as written with the cue, is that village: those read as the district's later
 * mentions and those no rule read. Guards: the cue's own mention stays the district; a bare mention
 * inside another match, after "the", or before a capitalised word or a cue word is left.
 */
import { km } from './gazetteer.ts';
import { EN_CUE_AFTER } from './cues.ts';
import { villageNamed, type MatchIndex, type PlaceMatch } from './match-index.ts';
import { norm, type Normalised, type Token } from './normalize.ts';
import type { GazetteerEntry } from './types.ts';

/** A village is read only this near (km) one of the article's places. */
const VILLAGE_KM = 60;

/** Whether a place lies inside the box of a first-level unit among `known` (the article's places). */
export function insideNamedUnit(known: readonly GazetteerEntry[]): (v: GazetteerEntry) => boolean {
  const units = known.filter((e) => e.kind === 'governorate' && !!e.bbox);
  return (v) =>
    units.some(
      (u) =>
        v.point[0] >= u.bbox![0] &&
        v.point[0] <= u.bbox![2] &&
        v.point[1] >= u.bbox![1] &&
        v.point[1] <= u.bbox![3],
    );
}

export function districtTowns(
  nt: Normalised,
  toks: readonly Token[],
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  const text = (a: number, b: number) => nt.cps.slice(a, b).join('');
  const known = out.flatMap((m) => (m.placeId ? [index.entries.get(m.placeId)] : [])).filter((e) => !!e);
  const countries = new Set(known.flatMap((e) => (e.country ? [e.country] : [])));
  const points = known.filter((e) => e.kind !== 'country').map((e) => e.point);
  if (!points.length) return [...out];
  const inUnit = insideNamedUnit(known);
  const near = (v: GazetteerEntry) => (inUnit(v) ? 0 : Math.min(...points.map((p) => km(p, v.point))));
  const towns = new Map<string, GazetteerEntry>();
  for (const m of out) {
    if (m.placeId !== null || m.kind !== 'district' || !m.after || !/\bcue-|plural/u.test(m.rule)) continue;
    if (towns.has(m.after) || /\s/u.test(m.after.trim())) continue;
    const v = villageNamed(index, norm(m.after))
      .filter((x) => !!x.country && countries.has(x.country) && near(x) <= VILLAGE_KM)
      .sort((a, b) => near(a) - near(b))[0];
    if (v) towns.set(m.after, v);
  }
  if (!towns.size) return [...out];
  const asTown = (start: number, end: number, v: GazetteerEntry, role: PlaceMatch['role']): PlaceMatch => {
    index.entries.set(v.id, v);
    return {
      start,
      end,
      placeId: v.id,
      role,
      rule: 'district-town geonames-village',
      candidates: [v.id],
      note: `a district is named after ${v.names.en[0] ?? v.id}: the bare name is the town`,
    };
  };
  const kept = out.map((m) => {
    const v = m.placeId === null && m.after ? towns.get(m.after) : undefined;
    return v && /same-name-later/u.test(m.rule) && text(m.start, m.end) === m.after
      ? asTown(m.start, m.end, v, m.role)
      : m;
  });
  const added: PlaceMatch[] = [];
  const free = (a: number, b: number) => ![...kept, ...added].some((m) => m.start < b && a < m.end);
  for (const [name, v] of towns)
    for (let t = 0; t < toks.length; t++) {
      const tok = toks[t]!;
      if (text(tok.start, tok.end) !== name || !free(tok.start, tok.end) || toks[t - 1]?.n === 'the')
        continue;
      const next = toks[t + 1];
      if (
        next &&
        /^\s+$/u.test(text(tok.end, next.start)) &&
        (/^\p{Lu}/u.test(text(next.start, next.end)) || EN_CUE_AFTER.has(next.n))
      )
        continue;
      added.push(asTown(tok.start, tok.end, v, 'place'));
    }
  return [...kept, ...added].sort((a, b) => a.start - b.start);
}

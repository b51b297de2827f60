/**
 * A namesake town decided by the unit or country written right after it (issue 18, round 20): "the
 * town of Paradise in northern California" is Paradise, California, not Paradise, Nevada, the larger;
 * "Springfield, Illinois", «بلدة بيرث في اسكتلندا». `namesakesByGeography` reads the unit named
 * before the name; this reads the one after, as newsrooms place a town they expect the reader not
 * to know.
 *
 * Trigger: a name read as a world settlement, with another settlement among its readings, followed
 * by a comma, "in" or «في» (with a direction: "in northern", «في شمال») and then a first-level unit
 * or a country: when the chosen reading lies outside it and another reading inside it, that one (and
 * so every mention of the name that had the first reading). A unit is known by its box, which holds
 * its neighbours' towns too; a direction word narrows it to that half of the box ("northern": Paradise,
 * California, not Paradise, Nevada, which lies in California's box). Guards: a capital or a city of
 * five million is never turned (it is known without context), and the unit must hold exactly one
 * other reading.
 * Round 24: after a comma ("VENICE, Louisiana —", "Richmond, KwaZulu-Natal"), when the unit holds no
 * reading of the name, the left-out GeoNames village of it there if there is one, else a town no source
 * has, and so is every mention of the name read as a settlement outside the unit ("the town of
 * Venice" is no Venice, Florida); the kind is the cue's, else a town.
 */
import {
  familyOf,
  readAs,
  villageNamed,
  wellKnown,
  type MatchIndex,
  type PlaceMatch,
} from './match-index.ts';
import { norm, type Normalised } from './normalize.ts';
import type { GazetteerEntry, PlaceKind } from './types.ts';
import { unknownPlace } from './unknown-place.ts';
import { inBox } from './gazetteer.ts';

const DIRECTION_EN =
  '(?:(?:north|south|east|west)(?:ern)?|central|north-?(?:east|west)(?:ern)?|south-?(?:east|west)(?:ern)?)';
const DIRECTION_AR = '(?:شمال|جنوب|شرق|غرب|وسط)(?:ي|ى)?';
const JOINED = new RegExp(
  `^(?:\\s*[,،]\\s*|\\s+in\\s+(?:${DIRECTION_EN}\\s+)?|\\s+في\\s+(?:${DIRECTION_AR}\\s+)?)$`,
  'iu',
);

/** A city this large before a comma and a unit that does not hold it is still itself. */
const MILLION_CITY = 1_000_000;

/** A comma between the name and the unit ("Venice, Louisiana"; a dateline's). */
const COMMA = /^\s*[,،]\s*$/u;
/** A settlement cue before the name ("the town of Venice"). */
const CUE_BEFORE = /^(?:the\s+)?(?:\p{Ll}+\s+)?(town|city|village)\s+of\s+/iu;

/** `e`'s point lies in `area`: a first-level unit's box, or a country (by its code). */
function inside(e: GazetteerEntry, area: GazetteerEntry): boolean {
  if (area.kind === 'country') return !!e.country && e.country === area.country;
  const b = area.bbox;
  return !!b && inBox(e.point, b);
}

/**
 * The half of a unit's box a direction word names ("in northern California", «في شمال كاليفورنيا»):
 * a box holds its neighbours' towns too (Nevada's Paradise lies in California's), a half less so.
 */
function halfOf(gap: string, area: GazetteerEntry): ((e: GazetteerEntry) => boolean) | undefined {
  const b = area.bbox;
  if (!b) return undefined;
  const [midX, midY] = [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2];
  const d = gap.toLowerCase();
  const north = /north|شمال/u.test(d);
  const south = /south|جنوب/u.test(d);
  const east = /east|شرق/u.test(d);
  const west = /west|غرب/u.test(d);
  if (!north && !south && !east && !west) return undefined;
  return (e) =>
    (!north || e.point[1] >= midY) &&
    (!south || e.point[1] <= midY) &&
    (!east || e.point[0] >= midX) &&
    (!west || e.point[0] <= midX);
}

export function namesakesByUnitAfter(
  nt: Normalised,
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  const entry = (m: PlaceMatch | undefined) => (m?.placeId ? index.entries.get(m.placeId) : undefined);
  const sorted = [...out].sort((a, b) => a.start - b.start);
  const turned = new Map<string, string>();
  const unknown = new Map<string, GazetteerEntry>();
  sorted.forEach((m, i) => {
    const e = entry(m);
    if (!e?.world || familyOf(e.kind) !== 'settlement' || wellKnown(e) || turned.has(e.id)) return;
    const next = sorted[i + 1];
    const area = entry(next);
    if (!next || !area || (area.kind !== 'country' && !(area.world && area.kind === 'governorate'))) return;
    const gap = nt.cps.slice(m.end, next.start).join('');
    if (!JOINED.test(gap)) return;
    const half = halfOf(gap, area);
    const holds = (c: GazetteerEntry) => inside(c, area) && (!half || half(c));
    if (holds(e)) return;
    const within = m.candidates
      .map((id) => index.entries.get(id))
      .filter(
        (c): c is GazetteerEntry => !!c && c.id !== e.id && familyOf(c.kind) === 'settlement' && holds(c),
      );
    if (within.length === 1) turned.set(e.id, within[0]!.id);
    // Round 24: "Venice, Louisiana": no reading of the name lies in the unit written after its comma,
    // nor a village of it the world index leaves out: a town no source has, not a namesake abroad. A
    // city of a million is known: its comma is a list's or a name's ("the Montreal, Maine and Atlantic
    // Railway").
    if (within.length > 0 || !COMMA.test(gap) || (e.population ?? 0) >= MILLION_CITY) return;
    const name = nt.cps.slice(m.start, m.end).join('').replace(CUE_BEFORE, '');
    const village = villageNamed(index, norm(name)).filter(holds);
    if (village.length === 1) {
      index.entries.set(village[0]!.id, village[0]!);
      turned.set(e.id, village[0]!.id);
    } else if (village.length === 0) unknown.set(norm(name), area);
  });
  if (turned.size === 0 && unknown.size === 0) return [...out];
  return out.map((m) => {
    const e = entry(m);
    const written = nt.cps.slice(m.start, m.end).join('');
    const cue = CUE_BEFORE.exec(written);
    const area = e && familyOf(e.kind) === 'settlement' && unknown.get(norm(written.replace(CUE_BEFORE, '')));
    if (area && !inside(e, area))
      return unknownPlace({
        start: m.start,
        end: m.end,
        role: m.role,
        rule: `${m.rule} unknown-in-unit-after`,
        kind: (cue?.[1]?.toLowerCase() ?? 'town') as PlaceKind,
        name: written,
        after: written.replace(CUE_BEFORE, ''),
        note: `no source has this place in ${area.names.en[0] ?? area.id}, named right after it: place it on the map`,
      });
    const to = m.placeId ? turned.get(m.placeId) : undefined;
    if (!to) return m;
    const name = index.entries.get(to)!.names.en[0];
    return readAs(m, to, 'namesake-unit-after', `${name}, in the unit or country named right after the name`);
  });
}

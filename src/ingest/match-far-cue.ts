/**
 * A world town a settlement cue names, far from every other place of the article and in a country it
 * holds no other place of, is a place no source has (issue 18, round 29b): "the nearby hamlet of
 * Enterprise" in a story of the Northwest Territories is the hamlet, not Enterprise, Nevada; "the
 * village of Florida" in one of Uruguay's north is no Florida of the United States. A cue vouches for
 * a world place only within `CUE_KM` of the article's places (`acceptable`); a stray reading of
 * another name in that country (read before its own rule moved it) can vouch for it while matching.
 *
 * Trigger (English): a reading with a cue word before it (`cue-before`) of a GeoNames settlement,
 * farther than `CUE_KM` from every other place the article places something in (not a country), in a
 * country that holds none of the article's other readings. It becomes an unknown place of the cue's
 * kind, named as written. Guards: not a capital nor a city of a million (`wellKnown`,
 * `GREAT_CITY`); at least two other places to measure against.
 */
import { EN_CUE_BEFORE } from './cues.ts';
import { km } from './gazetteer.ts';
import { CUE_KM, familyOf, wellKnown, type MatchIndex, type PlaceMatch } from './match-index.ts';
import { GREAT_CITY } from './match-namesakes.ts';
import type { Normalised } from './normalize.ts';
import type { GazetteerEntry } from './types.ts';
import { unknownPlace } from './unknown-place.ts';

/** A cue phrase before a name and the name: "hamlet of" and "Enterprise". */
const CUED = /^(\p{L}+ of) (\p{Lu}.*)$/u;

export function farCueReadings(nt: Normalised, out: readonly PlaceMatch[], index: MatchIndex): PlaceMatch[] {
  const entry = (id: string | null) => (id ? index.entries.get(id) : undefined);
  const text = (m: PlaceMatch) => nt.cps.slice(m.start, m.end).join('');
  return out.map((m) => {
    const e = entry(m.placeId);
    if (!e?.world || !e.country || familyOf(e.kind) !== 'settlement' || !/\bcue-before\b/u.test(m.rule))
      return m;
    if (wellKnown(e) || (e.population ?? 0) >= GREAT_CITY) return m;
    const said = CUED.exec(text(m));
    const cue = said ? EN_CUE_BEFORE.get(said[1]!.toLowerCase()) : undefined;
    if (!said || !cue || familyOf(cue.kind) !== 'settlement') return m;
    const others = out
      .filter((o) => o.placeId && o.placeId !== m.placeId && o.role === 'place')
      .map((o) => entry(o.placeId))
      .filter((o): o is GazetteerEntry => !!o);
    if (others.some((o) => o.country === e.country)) return m;
    const points = others.filter((o) => o.kind !== 'country').map((o) => o.point);
    if (points.length < 2 || points.some((p) => km(p, e.point) < CUE_KM)) return m;
    return unknownPlace({
      start: m.start,
      end: m.end,
      rule: 'far-cue',
      kind: cue.kind,
      name: said[0]!,
      after: said[2]!,
      note: `the cue names a ${cue.kind} the gazetteer knows only far from the article (${e.names.en[0] ?? e.id}): place it on the map`,
    });
  });
}

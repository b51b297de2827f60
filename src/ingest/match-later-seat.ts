/**
 * A bare later mention of a name the article has read with cue words as a unit and as the city it
 * holds is the city (issue 18, round 29): after «مقاطعة كورسك» (the oblast) and «مدينة كورسك» (the
 * city), «غرب كورسك» ("west of Kursk") is the city, as a capital named bare is (`capitalsOverUnits`);
 * its unit is named with its word. The first cue-named mention left the later one unread
 * (`same-name-later`, an unknown place) though the name was read since.
 *
 * Trigger: an unknown `same-name-later` mention. Guards: the article reads the same name after cue
 * words as exactly one city or town and as first-level units that all hold it (their boxes); with
 * one reading only, that reading. Examples: «مقاطعة كورسك … مدينة كورسك … غرب كورسك» (Russia),
 * «مقاطعة موكورو … مدينة موكورو … غرب موكورو» (a made-up Kenyan unit and city, in the tests).
 */
import { inBox } from './gazetteer.ts';
import { familyOf, readAs, type MatchIndex, type PlaceMatch } from './match-index.ts';
import { norm, type Normalised } from './normalize.ts';

export function laterSeats(nt: Normalised, out: readonly PlaceMatch[], index: MatchIndex): PlaceMatch[] {
  const text = (m: PlaceMatch) => nt.cps.slice(m.start, m.end).join('');
  return out.map((m) => {
    if (m.placeId !== null || m.rule !== 'same-name-later' || !m.after) return m;
    const name = norm(m.after);
    const read = out
      .filter(
        (x) => x.placeId && /\bcue/u.test(x.rule) && norm(text(x).split(/\s+/u).slice(1).join(' ')) === name,
      )
      .map((x) => index.entries.get(x.placeId!)!)
      .filter(Boolean);
    const ids = [...new Set(read.map((e) => e.id))].map((id) => index.entries.get(id)!);
    const towns = ids.filter((e) => familyOf(e.kind) === 'settlement');
    const units = ids.filter((e) => e.kind === 'governorate');
    const town = towns.length === 1 ? towns[0]! : undefined;
    const pick =
      ids.length === 1
        ? ids[0]!
        : town && units.length + 1 === ids.length && units.every((u) => !!u.bbox && inBox(town.point, u.bbox))
          ? town
          : undefined;
    if (!pick) return m;
    return readAs(
      m,
      pick.id,
      'later-seat',
      `the name read earlier with a cue word as ${pick.names.en[0] ?? pick.id}`,
    );
  });
}

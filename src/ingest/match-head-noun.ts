/**
 * A known place's name with a head noun of a place kind after it is a place of its own that no source
 * has (issue 18, round 24): "Brighton Pier" (England) is the pier, not Brighton; "the Jersey Shore" is
 * the coast, not the island of Jersey; "the Liverpool Canal", "Victoria Point" (Australia). The cue
 * word after a name (`cueAfterEn`) reads "X Shore" as the unit or place X, as it rightly reads "the
 * Lagos state" as Lagos; a head noun of `EN_HEADS` names another thing.
 *
 * Trigger (English): a gazetteer reading whose span ends with a capitalised head noun of `EN_HEADS`
 * (Canal, Ward, Pier, Shore, Point). It becomes an unknown place of the head noun's kind, named as
 * written, with the place it is named after. Guard: a place whose own name ends with that head noun
 * ("Panama Canal" where a source has it) stays.
 */
import { EN_HEADS } from './cues.ts';
import { isUpper, type MatchIndex, type PlaceMatch } from './match-index.ts';
import { norm, type Normalised } from './normalize.ts';
import { unknownPlace } from './unknown-place.ts';

export function headNounNames(nt: Normalised, out: readonly PlaceMatch[], index: MatchIndex): PlaceMatch[] {
  return out.map((m) => {
    if (!m.placeId || m.role !== 'place') return m;
    const text = nt.cps.slice(m.start, m.end).join('');
    const last = /(\p{L}+)$/u.exec(text);
    if (!last || !/\s/u.test(text)) return m;
    const head = last[1]!.toLowerCase();
    const kind = EN_HEADS.get(head);
    if (!kind || !isUpper(last[1]![0])) return m;
    const e = index.entries.get(m.placeId);
    if (!e || e.names.en.some((n) => norm(n).endsWith(` ${head}`))) return m;
    const after = text.slice(0, text.length - last[1]!.length).trim();
    return unknownPlace({
      start: m.start,
      end: m.end,
      rule: 'head-noun-name',
      kind,
      name: text,
      after,
      namedAfter: e.id,
      note: 'a place named after a known one, by its head noun: place it on the map',
    });
  });
}

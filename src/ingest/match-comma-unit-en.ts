/**
 * "Place, Unit" at a phrase's end, in English (round 25b): a name after a capitalised name and a
 * comma, closing the phrase, is a first-level unit when it can be one, as English writes a town with
 * its state or province ("a pass near Malargüe, Mendoza." is the Argentine province, not its city;
 * "a port in Tuxpan, Veracruz." the Mexican state), even where no source has the town before it
 * (`townCommaUnits` needs it read).
 *
 * Trigger: a bare English name read as a world settlement with a world first-level unit among its
 * candidates, right after a capitalised word and a comma, and followed by the end of a sentence, a
 * line or a bracket. Guards: the word before is not read as a unit or a country (then it is a list:
 * "Bohol, Cebu."), nor a sentence's first word ("Yesterday, Victoria."); a cue word keeps its reading.
 */
import { atSentenceStart } from './match-guards.ts';
import { isUpper, type MatchIndex, type PlaceMatch } from './match-index.ts';
import type { Normalised } from './normalize.ts';

const SETTLEMENT = new Set(['city', 'town', 'village']);
const ENDS = /^(?:[.;:!?)\n]|$)/u;

export function commaUnitsEn(nt: Normalised, out: readonly PlaceMatch[], index: MatchIndex): PlaceMatch[] {
  const entry = (id: string | null | undefined) => (id ? index.entries.get(id) : undefined);
  return out.map((m) => {
    const e = entry(m.placeId);
    if (!e?.world || !SETTLEMENT.has(e.kind) || /\bcue-/u.test(m.rule)) return m;
    const unit = m.candidates.map(entry).find((u) => !!u?.world && u.kind === 'governorate');
    if (!unit) return m;
    if (!ENDS.test(nt.cps.slice(m.end, m.end + 1).join(''))) return m;
    const before = nt.cps.slice(Math.max(0, m.start - 40), m.start).join('');
    const word = /(\p{L}[\p{L}'’.-]*),\s$/u.exec(before);
    if (!word || !isUpper(word[1]![0])) return m;
    const wordStart = m.start - 2 - Array.from(word[1]!).length;
    if (atSentenceStart(nt.cps, wordStart)) return m;
    const prev = out.find((o) => o.start <= wordStart && wordStart < o.end);
    const p = entry(prev?.placeId);
    if (p && (p.kind === 'governorate' || p.kind === 'country')) return m;
    return {
      ...m,
      placeId: unit.id,
      candidates: [unit.id, ...m.candidates.filter((id) => id !== unit.id)],
      rule: `${m.rule} comma-unit`,
      note: 'after a place and a comma, closing the phrase: the first-level unit of that name',
    };
  });
}

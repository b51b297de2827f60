/**
 * A cue word that is also a verbal noun, before a country's name, is the act, not a unit (issue 18,
 * round 20): «مقاطعة» is a province (Kenya's counties, Canada's provinces) and a boycott, and «دعت
 * إلى مقاطعة قطر» is a call to boycott Qatar, not a province «مقاطعة قطر». Trigger (Arabic): a place
 * proposed with its cue word (`cue-other-kind`) whose cue is marked `actBeforeCountry` in the cue
 * table and whose name is a country's: the country is read alone, as the name. Guard: only a
 * country (a province is named after a town or a region, not after a whole country). Examples:
 * «حملة لمقاطعة إسرائيل» (Palestine), «دعوات إلى مقاطعة فرنسا» (the 2020 boycott).
 */
import { splits } from './clitics.ts';
import { AR_CUE } from './cues.ts';
import type { MatchIndex, PlaceMatch } from './match-index.ts';
import { norm, type Normalised } from './normalize.ts';

export function verbalCues(nt: Normalised, out: readonly PlaceMatch[], index: MatchIndex): PlaceMatch[] {
  return out.map((m) => {
    if (!m.rule.startsWith('cue-other-kind') || !m.namedAfter || !m.after) return m;
    const e = index.entries.get(m.namedAfter);
    if (e?.kind !== 'country') return m;
    const cueWord = norm(nt.cps.slice(m.start, m.end).join('').split(/\s+/u)[0] ?? '');
    const cue = splits(cueWord)
      .filter((sp) => !sp.article)
      .map((sp) => AR_CUE.get(sp.rest))
      .find(Boolean);
    if (!cue?.actBeforeCountry) return m;
    const start = m.end - Array.from(m.after).length;
    return {
      start,
      end: m.end,
      placeId: e.id,
      role: 'place',
      rule: 'name verbal-cue',
      candidates: [e.id],
      note: 'the word before the name is an act here (a boycott), not a unit',
    };
  });
}

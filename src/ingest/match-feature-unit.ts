/**
 * A unit cue on an island's or a range's name names the unit, not the feature (issue 18, round 20):
 * "Maui County" is the county, "Flores regency" the regency. Trigger: a
 * match read as a Natural Earth physical label (`NE_PHYSICAL_TITLE`: an island, a range, a named
 * area) whose span holds a unit cue word of the cue table, after the name in English ("county",
 * "regency", "district", "province", "prefecture") or before it in Arabic («مديرية», «محافظة»,
 * «ولاية»): a unit of the cue's kind named after the feature, proposed without geometry. Guard: the
 * cue is an administrative one (a district or a governorate), not physical; a unit a source has wins
 * already (the matcher ranks units first after a unit cue), so only the feature is read here.
 * Examples: "Lamu County" where the index has Lamu island (Kenya), "Gotland County" (Sweden), «ولاية
 * بالي» (Indonesia) where only the island is known.
 */
import { AR_CUE, EN_CUE_AFTER } from './cues.ts';
import { NE_PHYSICAL_TITLE } from './gazetteer.ts';
import type { MatchIndex, PlaceMatch } from './match-index.ts';
import { splits } from './clitics.ts';
import { norm, type Normalised } from './normalize.ts';
import { unknownPlace } from './unknown-place.ts';

const UNIT_KINDS = new Set(['district', 'governorate']);

/** The unit cue of the span: its last word in English, its first (with clitics) in Arabic. */
function unitCue(words: readonly string[], lang: 'ar' | 'en') {
  if (words.length < 2) return undefined;
  const cue =
    lang === 'en'
      ? EN_CUE_AFTER.get(words[words.length - 1]!.toLowerCase())
      : splits(norm(words[0]!))
          .filter((sp) => !sp.article)
          .map((sp) => AR_CUE.get(sp.rest))
          .find(Boolean);
  return cue && UNIT_KINDS.has(cue.kind) && !cue.physical && !cue.countryside ? cue : undefined;
}

export function unitsOfFeatures(
  nt: Normalised,
  out: readonly PlaceMatch[],
  index: MatchIndex,
  lang: 'ar' | 'en',
): PlaceMatch[] {
  return out.map((m) => {
    const e = m.placeId ? index.entries.get(m.placeId) : undefined;
    if (!e || e.source.title !== NE_PHYSICAL_TITLE) return m;
    const text = nt.cps.slice(m.start, m.end).join('');
    const words = text.split(/\s+/u);
    const cue = unitCue(words, lang);
    if (!cue) return m;
    return unknownPlace({
      start: m.start,
      end: m.end,
      rule: `${m.rule} unit-of-feature`,
      kind: cue.kind,
      name: text,
      after: (lang === 'en' ? words.slice(0, -1) : words.slice(1)).join(' '),
      namedAfter: e.id,
      note: `the cue word names a ${cue.kind} named after ${e.names.en[0] ?? e.id} (${e.id}): place it on the map`,
    });
  });
}

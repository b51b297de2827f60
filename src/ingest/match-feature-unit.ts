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
 * بالي» (Indonesia) where only the island is known. Round 27: a world unit of the article's countries
 * whose Arabic name is a unit cue and the feature's Arabic name is that unit ("Red Sea state", Sudan;
 * "the Dead Sea governorate"), as its English names may be in other languages only.
 */
import { AR_CUE, EN_CUE_AFTER } from './cues.ts';
import { inBox, NE_PHYSICAL_TITLE } from './gazetteer.ts';
import { anchorsOfMatches } from './match-anchors.ts';
import { readAs, type Anchors, type MatchIndex, type PlaceMatch } from './match-index.ts';
import type { GazetteerEntry } from './types.ts';
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

/**
 * Round 27: the world unit of one of the article's countries whose Arabic name is a unit cue word and
 * the feature's Arabic name («ولاية البحر الأحمر», the Red Sea state of Sudan, whose English names
 * Natural Earth gives only in other languages): of several (Egypt's Red Sea governorate too), the one
 * whose box holds the most of the article's places, when one does.
 */
function unitNamedAfter(feature: GazetteerEntry, anchors: Anchors, index: MatchIndex) {
  const names = new Set(feature.names.ar.map(norm));
  if (!names.size) return undefined;
  const held = (u: GazetteerEntry) => anchors.points.filter((p) => !!u.bbox && inBox(p, u.bbox)).length;
  const found = [...index.entries.values()]
    .filter(
      (u) =>
        u.world &&
        u.kind === 'governorate' &&
        !!u.country &&
        anchors.countries.has(u.country) &&
        u.names.ar.some((n) => {
          const [cue, ...rest] = norm(n).split(' ');
          return !!unitCue([cue!, ...rest], 'ar') && names.has(rest.join(' '));
        }),
    )
    .map((u) => [u, held(u)] as const)
    .sort((a, b) => b[1] - a[1]);
  return found[0] && found[0][1] > (found[1]?.[1] ?? 0) ? found[0][0] : undefined;
}

export function unitsOfFeatures(
  nt: Normalised,
  out: readonly PlaceMatch[],
  index: MatchIndex,
  lang: 'ar' | 'en',
): PlaceMatch[] {
  let anchors: Anchors | undefined;
  return out.map((m) => {
    const e = m.placeId ? index.entries.get(m.placeId) : undefined;
    if (!e || e.source.title !== NE_PHYSICAL_TITLE) return m;
    const text = nt.cps.slice(m.start, m.end).join('');
    const words = text.split(/\s+/u);
    const cue = unitCue(words, lang);
    if (!cue) return m;
    anchors ??= anchorsOfMatches(out, index);
    const unit = unitNamedAfter(e, anchors, index);
    if (unit)
      return readAs(
        m,
        unit.id,
        'unit-of-feature',
        `the unit named after ${e.names.en[0] ?? e.id}: ${unit.id}`,
      );
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

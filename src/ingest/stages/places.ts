/**
 * Stage 4 of the pipeline: places.geojson's features. Reviewed places of the previous run are kept;
 * every gazetteer entry a proposal links to becomes a proposed place with its geometry; a name the
 * gazetteer does not have becomes a proposed place without geometry, for the editor to place.
 */
import { cpSlice, isReviewed, placeFeature, type DraftPlace } from '../draft.ts';
import type { StageContext } from './context.ts';
import type { DraftedMentions } from './mentions.ts';

export function draftPlaces(
  ctx: StageContext,
  { usedEntries, unknown }: Pick<DraftedMentions, 'usedEntries' | 'unknown'>,
): DraftPlace[] {
  const { input, cps, prev, report } = ctx;
  const { lang } = input;
  const features: DraftPlace[] = [];
  const have = new Set<string>();
  if (prev) {
    for (const f of prev.places.features.filter(isReviewed)) {
      features.push(f);
      have.add(f.id);
      report.kept.places++;
    }
  }
  for (const [id, { entry, first, candidates }] of usedEntries) {
    if (have.has(id)) continue;
    const f = placeFeature(
      entry,
      input.geometryOf(entry),
      entry.article ? `gazetteer (reviewed in ${entry.article})` : 'gazetteer',
      {
        asWritten: cpSlice(cps, first.start, first.end),
        lang,
        others: [...candidates].filter((c) => c !== id),
      },
    );
    features.push(f);
    report.proposedPlaces++;
  }
  for (const { id, m } of unknown.values()) {
    features.push({
      type: 'Feature',
      id,
      geometry: null,
      properties: {
        name_ar: lang === 'ar' ? (m.name ?? '') : '',
        name_en: lang === 'en' ? (m.name ?? '') : `(English name to be written) ${m.name ?? ''}`,
        kind: m.kind ?? 'facility',
        certainty: 'low',
        note: 'Not in the gazetteer: place it on the map in the review page (source "placed by the editor").',
        geometry_source: { title: 'none yet: to be placed by the editor', licence: 'none (no geometry yet)' },
        status: 'proposed',
        proposal: {
          rule: m.rule,
          note: `"${cpSlice(cps, m.start, m.end)}": a cue word followed by an unknown name`,
        },
      },
    });
    report.unknownPlaces++;
  }
  return features;
}

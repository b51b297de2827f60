/**
 * The ingestion pipeline, pure: a text and a gazetteer in, the files of a draft article folder out
 * (the contract of `src/model/types.ts`), everything it proposes marked `status: 'proposed'` with
 * the rule that proposed it and its candidates. Reading files and resolving geometry references is
 * the caller's (scripts/ingest.ts), so this runs the same in node tests and the bench.
 *
 * A rerun over an existing folder keeps every reviewed item (no `status`): mentions are re-anchored
 * by quote and context in the new text, translations follow their passage's text, reviewed places
 * and events stay as they are; only proposals are replaced. What moved or was lost is reported.
 *
 * This file runs the stages in order; each is a module of `stages/`: passages (the lines, the
 * headline, translations), meta (article.json), mentions (kept, proposed, anaphors), places,
 * translations (their mentions), events (dates). They share a `StageContext`.
 */

import { splitText } from './passages.ts';
import {
  isReviewed,
  type DraftFolder,
  type DraftPassage,
  type IngestInput,
  type IngestReport,
} from './draft.ts';
import { emptyReport, idMaker, type StageContext } from './stages/context.ts';
import { draftEvents } from './stages/events.ts';
import { addAnaphors, draftMentions } from './stages/mentions.ts';
import { draftMeta } from './stages/meta.ts';
import { draftPassages } from './stages/passages.ts';
import { draftPlaces } from './stages/places.ts';
import { addTranslationMentions } from './stages/translations.ts';

export {
  CONTEXT,
  placeFeature,
  reanchor,
  SYNTHETIC_DEMO_NOTICE,
  type DraftEvent,
  type DraftFolder,
  type DraftMention,
  type DraftPassage,
  type DraftPlace,
  type DraftTranslationMention,
  type IngestInput,
  type IngestReport,
  type Quote,
  type Selector,
} from './draft.ts';

/** Runs the pipeline. */
export function ingest(input: IngestInput): { folder: DraftFolder; report: IngestReport } {
  const report = emptyReport();
  const split = splitText(input.text, input.outlet);
  const drafted = draftPassages(input, split, report);
  const { passages, passageIdMap } = drafted;
  const passageAt = (s: number, e: number): DraftPassage | undefined =>
    passages.find((p) => p.start <= s && e <= p.end);
  const ctx: StageContext = {
    input,
    cps: Array.from(input.text),
    prev: input.previous?.folder,
    passages,
    passageAt,
    report,
  };
  const meta = draftMeta(input, split, drafted);

  const { mentions, usedEntries, unknown } = draftMentions(ctx);
  const features = draftPlaces(ctx, { usedEntries, unknown });
  const kindOf = new Map(features.map((f) => [f.id, f.properties.kind]));
  const passageIndex = new Map(passages.map((p, i) => [p.id, i]));
  addAnaphors(ctx, mentions, kindOf, passageIndex);

  // Ids: reviewed keep theirs; proposals are numbered after them, translation mentions too.
  const takenIds = new Set(mentions.filter((m) => m.id).map((m) => m.id));
  const nextId = idMaker(takenIds);
  for (const m of mentions) if (!m.id) m.id = nextId('m');
  addTranslationMentions(ctx, mentions, passageIdMap, kindOf, passageIndex, {
    taken: takenIds,
    next: nextId,
  });

  const events = draftEvents(ctx, meta, mentions, passageIdMap);

  // A place no mention refers to any more (a proposal whose mention was rejected) is dropped.
  const mentioned = new Set([
    ...mentions.map((m) => m.placeId),
    ...passages.flatMap((p) => (p.translation.en.mentions ?? []).map((t) => t.placeId)),
    ...events.flatMap((x) => x.placeIds),
  ]);
  const placesOut = features.filter((f) => isReviewed(f) || mentioned.has(f.id));

  return {
    folder: { meta, passages, mentions, places: { type: 'FeatureCollection', features: placesOut }, events },
    report,
  };
}

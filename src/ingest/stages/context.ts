/**
 * What the stages of the ingestion pipeline (`../pipeline.ts`) share: the input, the text as code
 * points, the previous run's folder, the passages and the report every stage adds its counts to.
 */
import type { DraftFolder, DraftPassage, IngestInput, IngestReport } from '../draft.ts';

export interface StageContext {
  input: IngestInput;
  /** The text as code points (offsets everywhere are code points). */
  cps: readonly string[];
  /** The folder of the previous run, whose reviewed items are kept. */
  prev: DraftFolder | undefined;
  passages: DraftPassage[];
  /** The passage a span lies in. */
  passageAt: (start: number, end: number) => DraftPassage | undefined;
  report: IngestReport;
}

/** An empty report. */
export const emptyReport = (): IngestReport => ({
  passages: 0,
  proposedMentions: 0,
  proposedTranslationMentions: 0,
  proposedPlaces: 0,
  unknownPlaces: 0,
  proposedEvents: 0,
  unresolvedDates: [],
  kept: { mentions: 0, places: 0, events: 0, translations: 0 },
  moved: [],
  lost: [],
});

/**
 * Ids for proposals, numbered after every id already taken, one counter for every prefix
 * (`m01`… for mentions, then `t…` for translation mentions continue the count).
 */
export function idMaker(taken: Set<string>): (prefix: string) => string {
  let n = 0;
  return (prefix) => {
    let id: string;
    do id = `${prefix}${String(++n).padStart(2, '0')}`;
    while (taken.has(id));
    taken.add(id);
    return id;
  };
}

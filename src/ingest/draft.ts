/**
 * The draft folder's shapes and the pipeline's small pieces: selectors in code points with their
 * 32-code-point context, re-anchoring a reviewed quote in an edited text, a gazetteer entry as a
 * proposed place feature, the synthetic-demo notice.
 */
import type { Geometry } from 'geojson';
import type { ArticleEvent, ArticleMeta, ArticleNotice, Passage, SourceRef } from '../model/types.ts';

import { type DateMatch } from './dates.ts';
import { type MatchIndex, type MatchRole } from './match.ts';

import type { GazetteerEntry, PlaceKind, Proposal } from './types.ts';

export const CONTEXT = 32;

export interface Selector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}
export interface Quote {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** A mention as written to mentions.json (a proposal carries status and proposal). */
export interface DraftMention {
  id: string;
  placeId: string;
  passageId: string;
  role: MatchRole | 'anaphor';
  selector: [Selector, Quote];
  status?: 'proposed';
  proposal?: Proposal;
}

/** A translation mention (shared contract 2): selectors into `translation.en.text`. */
export interface DraftTranslationMention {
  id: string;
  placeId: string;
  role: MatchRole | 'anaphor';
  selector: [Selector, Quote];
  status?: 'proposed';
  proposal?: Proposal;
}

export interface DraftPassage extends Passage {
  translation: { en: { text: string; by: 'project'; mentions?: DraftTranslationMention[] } };
}

export interface DraftPlace {
  type: 'Feature';
  id: string;
  geometry: Geometry | null;
  properties: Record<string, unknown> & { name_ar: string; name_en: string; kind: PlaceKind };
}

export type DraftEvent = ArticleEvent & { status?: 'proposed'; proposal?: Proposal };

export interface DraftFolder {
  /**
   * `draft.unresolvedDates`: date expressions of the text the tool could not resolve (no year, no
   * publication date), each a validator warning while the draft block stays.
   */
  meta: ArticleMeta & { draft?: { tool: string; note: string; unresolvedDates?: string[] } };
  passages: DraftPassage[];
  mentions: DraftMention[];
  places: { type: 'FeatureCollection'; features: DraftPlace[] };
  events: DraftEvent[];
}

/** What a run did, for the command's output. */
export interface IngestReport {
  passages: number;
  proposedMentions: number;
  proposedTranslationMentions: number;
  proposedPlaces: number;
  unknownPlaces: number;
  proposedEvents: number;
  unresolvedDates: string[];
  kept: { mentions: number; places: number; events: number; translations: number };
  moved: string[];
  lost: string[];
}

export interface IngestInput {
  text: string;
  id: string;
  lang: 'ar' | 'en';
  published?: string;
  outlet?: string;
  url?: string;
  /** A reader notice for article.json (e.g. {@link SYNTHETIC_DEMO_NOTICE}); kept from the folder on a rerun. */
  notice?: ArticleNotice;
  /** English translations, one per body passage in order (optional). */
  translations?: readonly string[];
  index: MatchIndex;
  /** The full geometry of a gazetteer entry (null when it cannot be resolved). */
  geometryOf: (entry: GazetteerEntry) => { geometry: Geometry | null; note?: string };
  /** The folder as it was, with its text (rerun); reviewed items are kept. */
  previous?: { folder: DraftFolder; text: string };
  /** sha256 of the text's UTF-8 bytes, hex. */
  sha256: string;
  /** Today, YYYY-MM-DD (for a placeholder publication date); injected so runs are reproducible. */
  today: string;
}

/** The notice of a demo text the project wrote itself (`npm run ingest -- … --synthetic-demo`). */
export const SYNTHETIC_DEMO_NOTICE: ArticleNotice = {
  kind: 'synthetic-demo',
  text: {
    ar: {
      text: 'نص تجريبي مصطنع كتبه المشروع لعرض الأداة، وليس تقريراً إخبارياً: الأماكن حقيقية، أما الأحداث والتواريخ والأقوال فيه فمتخيَّلة.',
      by: 'project',
    },
    en: {
      text: 'Synthetic demo text written by the project to show the tool, not a news report: the places are real; its events, dates and quotes are made up.',
      by: 'project',
    },
  },
};

export const cpSlice = (cps: readonly string[], s: number, e: number) =>
  cps.slice(Math.max(0, s), Math.min(cps.length, e)).join('');

export function selectors(cps: readonly string[], start: number, end: number): [Selector, Quote] {
  return [
    { type: 'TextPositionSelector', start, end },
    {
      type: 'TextQuoteSelector',
      exact: cpSlice(cps, start, end),
      prefix: cpSlice(cps, start - CONTEXT, start),
      suffix: cpSlice(cps, end, end + CONTEXT),
    },
  ];
}

export const isReviewed = (x: object): boolean =>
  (x as { status?: unknown }).status !== 'proposed' &&
  (x as { properties?: { status?: unknown } | null }).properties?.status !== 'proposed';

/**
 * Where a quote lies in `cps` now: every occurrence of `exact`, scored by how much of its prefix and
 * suffix still agree; the best one, preferring the one nearest the old offset. Null if gone.
 */
export function reanchor(cps: readonly string[], q: Quote, oldStart: number): number | null {
  const exact = Array.from(q.exact);
  const pre = Array.from(q.prefix);
  const suf = Array.from(q.suffix);
  let best: { at: number; score: number } | null = null;
  outer: for (let i = 0; i + exact.length <= cps.length; i++) {
    for (let j = 0; j < exact.length; j++) if (cps[i + j] !== exact[j]) continue outer;
    let score = 0;
    for (let k = 1; k <= pre.length && cps[i - k] === pre[pre.length - k]; k++) score++;
    for (let k = 0; k < suf.length && cps[i + exact.length + k] === suf[k]; k++) score++;
    const tie = best && score === best.score && Math.abs(i - oldStart) < Math.abs(best.at - oldStart);
    if (!best || score > best.score || tie) best = { at: i, score };
  }
  if (!best) return null;
  // With context on both sides, demand some agreement, so a common word is not re-anchored at random.
  if (pre.length + suf.length > 0 && best.score === 0) return null;
  return best.at;
}

export const SOURCE_ARTICLE = (input: IngestInput, meta: ArticleMeta): SourceRef => ({
  title: `${meta.outlet.asDelivered} — the article itself`,
  ...(input.url ? { url: input.url } : {}),
});

export function titleEn(d: DateMatch, passageId: string): string {
  return `Date in the text (${passageId}): ${d.date ?? 'unresolved'} — title to be written by the reviewer`;
}

/** A gazetteer entry as a proposed place feature of places.geojson. */
export function placeFeature(
  entry: GazetteerEntry,
  g: { geometry: Geometry | null; note?: string },
  rule: string,
  opts: { asWritten?: string; lang?: 'ar' | 'en'; others?: string[] } = {},
): DraftPlace {
  const isArea = !!g.geometry && (g.geometry.type === 'Polygon' || g.geometry.type === 'MultiPolygon');
  const others = opts.others ?? [];
  return {
    type: 'Feature',
    id: entry.id,
    geometry: g.geometry ?? { type: 'Point', coordinates: entry.point },
    properties: {
      name_ar:
        entry.names.ar[0] ??
        (opts.lang === 'ar' && opts.asWritten ? opts.asWritten : (entry.names.en[0] ?? entry.id)),
      name_en:
        entry.names.en[0] ??
        (opts.lang === 'en' && opts.asWritten ? opts.asWritten : (entry.names.ar[0] ?? entry.id)),
      kind: entry.kind,
      ...(isArea ? {} : { precision_m: entry.precision_m }),
      certainty: entry.certainty,
      note:
        [entry.note, g.note, g.geometry ? '' : 'only the gazetteer point could be used']
          .filter(Boolean)
          .join(' ') || 'From the gazetteer.',
      geometry_source: entry.source,
      ...(entry.name_source ? { name_source: entry.name_source } : {}),
      gazetteer_id: entry.id,
      status: 'proposed',
      proposal: { rule, ...(others.length ? { candidates: others } : {}) },
    },
  };
}

/**
 * Data export: the places and their mentions as RFC 7946 GeoJSON, and one CSV row per mention.
 * Pure (no DOM): the interface, the CLI and the tests call the same functions.
 *
 * Scope: the whole article, or what the current time filter keeps — the filter's places, and of
 * their mentions those in the filter's passages (the passages the reader still sees lit).
 */
import '../carto/pole.ts'; // areas' anchors (polylabel), kept off the reader's first view
import { csvFormatRow } from 'd3';
import type { ArticleModel, Mention, PlaceFeature, TimeSpan } from '../model/types.ts';
import { timeFilter } from '../state/selectors.ts';
import { anchor } from '../carto/geometry.ts';

/** A translation mention (shared contract 2), read loosely until every helper's types have landed. */
interface TranslationMentionLike {
  id: string;
  placeId: string;
  role: string;
  selector: [
    { type: string; start: number; end: number },
    { type: string; exact: string; prefix: string; suffix: string },
  ];
  status?: string;
}

/** The places and mentions an export holds. */
export interface ExportScope {
  places: PlaceFeature[];
  mentions: Mention[];
  /** The time range applied, or null for the whole article. */
  range: TimeSpan | null;
}

/** What the export covers: everything, or what the half-open time range keeps. */
export function exportScope(model: ArticleModel, range: TimeSpan | null): ExportScope {
  const filter = timeFilter(model, range);
  if (!filter) return { places: [...model.places], mentions: [...model.mentions], range: null };
  return {
    places: model.places.filter((p) => filter.places.has(p.id)),
    mentions: model.mentions.filter((m) => filter.places.has(m.placeId) && filter.passages.has(m.passageId)),
    range,
  };
}

const cpSlice = (model: ArticleModel, start: number, end: number) => model.codePoints.slice(start, end);

function translationMentions(model: ArticleModel, m: Mention): TranslationMentionLike[] {
  const en = model.passageById.get(m.passageId)?.translation.en as
    { mentions?: TranslationMentionLike[] } | undefined;
  return (en?.mentions ?? []).filter((t) => t.placeId === m.placeId);
}

/** Where the export came from, carried in both files. */
export interface ExportSource {
  /** Permalink to the exact view the export was made from (absent: a `comment` says why). */
  permalink?: string;
  /** Why there is no permalink. */
  comment?: string;
  /** ISO 8601 export time. */
  exported: string;
  /** Product name and version, e.g. `Article Atlas 0.1.0`. */
  product: string;
}

const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

/** One mention as GeoJSON-friendly JSON: quote, W3C selectors, passage, translation. */
function mentionJson(model: ArticleModel, m: Mention) {
  const passage = model.passageById.get(m.passageId);
  const tms = translationMentions(model, m);
  return {
    id: m.id,
    role: m.role,
    quote: cpSlice(model, m.selector[0].start, m.selector[0].end),
    passageId: m.passageId,
    passage: passage ? cpSlice(model, passage.start, passage.end) : null,
    target: {
      source: `article:${model.meta.id}`,
      selector: structuredClone(m.selector) as Mention['selector'],
    },
    translation: passage
      ? {
          lang: 'en',
          by: passage.translation.en.by,
          text: passage.translation.en.text,
          mentions: tms.map((t) => ({
            id: t.id,
            role: t.role,
            selector: structuredClone(t.selector),
            status: t.status,
          })),
        }
      : null,
  };
}

/**
 * RFC 7946 FeatureCollection: every place with all its properties (copied, unchanged) plus
 * `mentions` (quote, W3C Web Annotation selectors into the article text, passage, English
 * translation). Article and export metadata go in a foreign member `article_atlas`.
 */
export function toGeoJSON(model: ArticleModel, scope: ExportScope, source: ExportSource) {
  const byPlace = new Map<string, Mention[]>();
  for (const m of scope.mentions) {
    const list = byPlace.get(m.placeId);
    if (list) list.push(m);
    else byPlace.set(m.placeId, [m]);
  }
  const meta = model.meta;
  return {
    type: 'FeatureCollection' as const,
    article_atlas: {
      article: meta.id,
      title: { original: meta.title.original, en: meta.title.en.text },
      language: meta.language,
      outlet: meta.outlet.asDelivered,
      outletUrl: meta.outlet.match?.url,
      published: meta.published.date,
      time: scope.range ? `${isoDay(scope.range.start)}/${isoDay(scope.range.end)}` : null,
      offsets: 'Unicode code points into article.txt, half-open [start, end)',
      ...source,
    },
    features: scope.places.map((p) => ({
      type: 'Feature' as const,
      id: p.id,
      geometry: structuredClone(p.geometry),
      properties: {
        ...structuredClone(p.properties),
        mentions: (byPlace.get(p.id) ?? []).map((m) => mentionJson(model, m)),
      },
    })),
  };
}

/** Characters a spreadsheet may read as the start of a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell made safe for spreadsheets: a leading `=`, `+`, `-`, `@`, tab or carriage return is
 * prefixed with `'`, so Excel, LibreOffice and Sheets show it as text instead of evaluating it.
 * Numbers the exporter writes itself are never passed through here.
 */
export function escapeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Undoes {@link escapeFormula} (for tests and round-trips). */
export function unescapeFormula(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

/** The CSV columns, in order. `start`/`end` are code-point offsets into the article text. */
export const CSV_COLUMNS = [
  'mention_id',
  'place_id',
  'name_ar',
  'name_en',
  'kind',
  'role',
  'quote',
  'start',
  'end',
  'prefix',
  'suffix',
  'passage_id',
  'passage',
  'translation_en',
  'translation_quote_en',
  'certainty',
  'precision_m',
  'approximate',
  'geometry_type',
  'lon',
  'lat',
  'geometry_source',
  'geometry_source_url',
  'geometry_licence',
  'geometry_attribution',
] as const;

/** The UTF-8 byte order mark spreadsheets need to read the file as UTF-8. */
export const BOM = '\uFEFF';

/**
 * One row per mention (RFC 4180 quoting, CRLF line ends), with a BOM so spreadsheets read Arabic
 * as UTF-8. Text cells are escaped against formula injection; `lon`/`lat` are the label anchor
 * (the point itself, or an area's centroid).
 */
export function toCSV(model: ArticleModel, scope: ExportScope): string {
  const rows: (string | number)[][] = [];
  for (const m of scope.mentions) {
    const p = model.placeById.get(m.placeId);
    if (!p) continue;
    const passage = model.passageById.get(m.passageId);
    const [pos, quote] = m.selector;
    const tq = translationMentions(model, m)
      .map((t) => t.selector[1].exact)
      .join(' | ');
    const [lon, lat] = p.geometry ? anchor(p) : [NaN, NaN];
    const src = p.properties.geometry_source;
    const text = (s: string | undefined) => escapeFormula(s ?? '');
    rows.push([
      text(m.id),
      text(p.id),
      text(p.properties.name_ar),
      text(p.properties.name_en),
      text(p.properties.kind),
      text(m.role),
      text(cpSlice(model, pos.start, pos.end)),
      pos.start,
      pos.end,
      text(quote.prefix),
      text(quote.suffix),
      text(m.passageId),
      text(passage ? cpSlice(model, passage.start, passage.end) : ''),
      text(passage?.translation.en.text),
      text(tq),
      text(p.properties.certainty),
      p.properties.precision_m ?? '',
      p.properties.approximate ? 'true' : 'false',
      text(p.geometry?.type ?? ''),
      Number.isFinite(lon) ? +lon.toFixed(6) : '',
      Number.isFinite(lat) ? +lat.toFixed(6) : '',
      text(src.title),
      text(src.url),
      text(src.licence),
      text(src.attribution),
    ]);
  }
  const lines = [[...CSV_COLUMNS], ...rows.map((r) => r.map(String))].map((r) => csvFormatRow(r));
  return BOM + lines.join('\r\n') + '\r\n';
}

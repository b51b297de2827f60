/**
 * The embed's compact article (`embed/<article>.json`, issue 9.2): what the poster, the quote panel,
 * the timeline strip, the place list and the host API need, built at build time from the validated
 * model (`embed-data.plugin.ts`), so the embed fetches ~5 KB instead of the article's ~30 KB and
 * carries no validator. Pure; runs in node (build, tests) and in the browser.
 */
import '../carto/pole.ts'; // areas' anchors (polylabel), kept off the reader's first view
import type { Geometry, Position } from 'geojson';
import type { ArticleModel, PlaceFeature } from '../model/types.ts';
import type { TimeSpan } from '../model/types.ts';
import { anchor, frameBounds, offMapPlaces } from '../carto/geometry.ts';

/** Bumped when the file's shape changes; the embed refuses other versions. */
export const EMBED_DATA_VERSION = 1;

export interface EmbedQuote {
  before: string;
  exact: string;
  after: string;
  translation: string;
}

export interface EmbedArticleEvent {
  id: string;
  title: { ar?: string; en: string };
  date: string;
  origin: 'article' | 'context';
  /** Half-open span in ms since the epoch, as `eventSpan` gives it. */
  start: number;
  end: number;
  placeIds: string[];
}

/** A subset font the poster uses (`fileName` next to the JSON) and the code points it covers. */
export interface EmbedFont {
  file: string;
  unicodeRange: string;
}

/** The file as written. */
export interface EmbedArticle {
  v: typeof EMBED_DATA_VERSION;
  id: string;
  title: { ar: string; en: string };
  /** The places' geometry sources, for the credits line. */
  credits: string[];
  /** Geometries packed (`packGeometry`); places off the regional map are reduced to their anchor. */
  places: (Omit<PlaceFeature, 'geometry'> & { geometry: PackedGeometry })[];
  events: EmbedArticleEvent[];
  /** The first quote of each place that has a mention: `[placeId, quote]`. */
  quotes: [string, EmbedQuote][];
  fonts: EmbedFont[];
}

/** The file with its indexes, what the embed page works on. */
export interface EmbedModel {
  readonly id: string;
  readonly title: { ar: string; en: string };
  readonly credits: readonly string[];
  readonly places: readonly PlaceFeature[];
  readonly events: readonly EmbedArticleEvent[];
  readonly placeById: ReadonlyMap<string, PlaceFeature>;
  readonly eventById: ReadonlyMap<string, EmbedArticleEvent>;
  readonly eventSpan: ReadonlyMap<string, TimeSpan>;
  readonly quotes: ReadonlyMap<string, EmbedQuote>;
}

/** Units of the quantised coordinates: 1e-4° (~11 m, under a pixel at zoom 12)… */
const Q = 1e4;
/** …and 5e-4° (~55 m) for countries and regions, whose sources are simplified at 500–1,500 m. */
const Q_BROAD = 2e3;
const BROAD = new Set(['country', 'region']);

/**
 * Lines and rings as flat integer arrays, delta-encoded in 1e-4° (the article's areas come from
 * sources simplified at 100–1,500 m, so this loses nothing they hold): 7 KB gzipped instead of 17.
 * Points keep 5 decimals.
 */
export type PackedGeometry =
  | { type: 'Point'; coordinates: Position }
  | {
      type: 'MultiPoint' | 'LineString' | 'MultiLineString' | 'Polygon' | 'MultiPolygon';
      /** Units per degree (absent: 1e4). */
      q?: number;
      packed: number[][][];
    };

const r5 = (p: Position): Position => [Math.round(p[0]! * 1e5) / 1e5, Math.round(p[1]! * 1e5) / 1e5];

function packLine(line: readonly Position[], Q: number): number[] {
  const out: number[] = [];
  let px = 0;
  let py = 0;
  for (const p of line) {
    const x = Math.round(p[0]! * Q);
    const y = Math.round(p[1]! * Q);
    if (out.length && x === px && y === py) continue;
    out.push(x - px, y - py);
    px = x;
    py = y;
  }
  return out;
}

function unpackLine(a: readonly number[], Q: number): Position[] {
  const out: Position[] = [];
  let x = 0;
  let y = 0;
  for (let i = 0; i + 1 < a.length; i += 2) {
    x += a[i]!;
    y += a[i + 1]!;
    out.push([x / Q, y / Q]);
  }
  return out;
}

export function packGeometry(g: Geometry, q = Q): PackedGeometry {
  const qq = q === Q ? {} : { q };
  const line = (l: readonly Position[]) => packLine(l, q);
  switch (g.type) {
    case 'Point':
      return { type: 'Point', coordinates: r5(g.coordinates) };
    case 'MultiPoint':
    case 'LineString':
      return { type: g.type, ...qq, packed: [[line(g.coordinates)]] };
    case 'MultiLineString':
    case 'Polygon':
      return { type: g.type, ...qq, packed: [g.coordinates.map(line)] };
    case 'MultiPolygon':
      return { type: g.type, ...qq, packed: g.coordinates.map((p) => p.map(line)) };
    default:
      throw new Error(`unsupported geometry ${g.type}`);
  }
}

export function unpackGeometry(g: PackedGeometry): Geometry {
  if (g.type === 'Point') return g;
  const q = g.q ?? Q;
  const polys = g.packed.map((p) => p.map((l) => unpackLine(l, q)));
  switch (g.type) {
    case 'MultiPoint':
    case 'LineString':
      return { type: g.type, coordinates: polys[0]![0]! };
    case 'MultiLineString':
    case 'Polygon':
      return { type: g.type, coordinates: polys[0]! };
    case 'MultiPolygon':
      return { type: g.type, coordinates: polys };
  }
}

/** The verbatim passage that first mentions the place, the mention's span in it, and its translation. */
export function placeQuote(model: ArticleModel, placeId: string): EmbedQuote | null {
  const mention = model.mentionsByPlace.get(placeId)?.[0];
  const passage = mention ? model.passageById.get(mention.passageId) : undefined;
  if (!mention || !passage) return null;
  const [pos] = mention.selector;
  const slice = (a: number, b: number) => model.codePoints.slice(a, b);
  return {
    before: slice(passage.start, pos.start),
    exact: slice(pos.start, pos.end),
    after: slice(pos.end, passage.end),
    translation: passage.translation.en.text,
  };
}

/** The compact file for a validated model (without `fonts`, which the build adds). */
export function toEmbedArticle(model: ArticleModel): Omit<EmbedArticle, 'fonts'> {
  // Off-map places are only ever drawn as edge indicators, which need their anchor alone.
  // (`defaultFarPlaces` of the renderer, written out: this module is loaded by the Vite config.)
  const frame = frameBounds(model.places);
  const far = new Set((frame ? offMapPlaces(model.places, frame) : []).map((p) => p.id));
  const places = model.places.map((p): EmbedArticle['places'][number] => {
    const q = p.properties;
    return {
      type: 'Feature',
      id: p.id,
      geometry: far.has(p.id)
        ? packGeometry({ type: 'Point', coordinates: anchor(p) })
        : packGeometry(p.geometry, BROAD.has(q.kind) ? Q_BROAD : Q),
      properties: {
        name_ar: q.name_ar,
        name_en: q.name_en,
        kind: q.kind,
        ...(q.precision_m != null ? { precision_m: q.precision_m } : {}),
        ...(q.approximate ? { approximate: true } : {}),
        certainty: q.certainty,
        note: '',
        geometry_source: { title: q.geometry_source.title },
      },
    } as EmbedArticle['places'][number];
  });
  const credits = [
    ...new Set(
      model.places.map((p) => p.properties.geometry_source.attribution ?? p.properties.geometry_source.title),
    ),
  ];
  const events = model.events.map((e): EmbedArticleEvent => {
    const span = model.eventSpan.get(e.id);
    return {
      id: e.id,
      title: { ...(e.title.ar ? { ar: e.title.ar.text } : {}), en: e.title.en.text },
      date: e.date,
      origin: e.origin,
      start: span?.start ?? 0,
      end: span?.end ?? 0,
      placeIds: [...e.placeIds],
    };
  });
  const quotes: [string, EmbedQuote][] = [];
  for (const p of model.places) {
    const q = placeQuote(model, p.id);
    if (q) quotes.push([p.id, q]);
  }
  return {
    v: EMBED_DATA_VERSION,
    id: model.meta.id,
    title: { ar: model.meta.title.original ?? model.meta.title.en.text, en: model.meta.title.en.text },
    credits,
    places,
    events,
    quotes,
  };
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

/**
 * Indexes a fetched file; `null` when it is not one (wrong version or shape). The file is ours,
 * built from validated data: this guards against a stale or truncated file, not against an attacker
 * (text is still only ever set as text).
 */
export function embedModel(raw: unknown): EmbedModel | null {
  if (!isObj(raw) || raw.v !== EMBED_DATA_VERSION || typeof raw.id !== 'string') return null;
  if (!Array.isArray(raw.places) || !Array.isArray(raw.events) || !Array.isArray(raw.quotes)) return null;
  if (!isObj(raw.title) || !Array.isArray(raw.credits)) return null;
  const a = raw as unknown as EmbedArticle;
  const places = a.places.map((p) => ({ ...p, geometry: unpackGeometry(p.geometry) }) as PlaceFeature);
  return {
    id: a.id,
    title: a.title,
    credits: a.credits,
    places,
    events: a.events,
    placeById: new Map(places.map((p) => [p.id, p])),
    eventById: new Map(a.events.map((e) => [e.id, e])),
    eventSpan: new Map(a.events.map((e) => [e.id, { start: e.start, end: e.end }])),
    quotes: new Map(a.quotes),
  };
}

/** The places in focus: the selected place, or the selected event's places. */
export function selectedIds(m: EmbedModel, place: string | null, event: string | null): string[] {
  if (place) return [place];
  if (event) return [...(m.eventById.get(event)?.placeIds ?? [])];
  return [];
}

/** Places none of whose events overlaps the half-open `time` range (dimmed on the map). */
export function dimmedIds(m: EmbedModel, time: TimeSpan | null): Set<string> {
  if (!time) return new Set();
  const keep = new Set<string>();
  for (const e of m.events)
    if (e.start < time.end && time.start < e.end) e.placeIds.forEach((p) => keep.add(p));
  return new Set(m.places.map((p) => p.id).filter((id) => !keep.has(id)));
}

/** Every character the file can put on screen (for the poster's font subset). */
export function embedText(a: Omit<EmbedArticle, 'fonts'>): string {
  const parts: string[] = [a.title.ar, a.title.en, ...a.credits];
  for (const p of a.places) parts.push(p.properties.name_ar, p.properties.name_en);
  for (const e of a.events) parts.push(e.title.ar ?? '', e.title.en, e.date);
  for (const [, q] of a.quotes) parts.push(q.before, q.exact, q.after, q.translation);
  return parts.join('');
}

/**
 * The article data contract. Files under `geodata/<article-id>/` are parsed as `unknown`,
 * checked by `validate.ts`, then joined by `build.ts` into the read-only {@link ArticleModel}.
 *
 * Offsets are Unicode code points into `article.txt` (not UTF-16 units, not bytes);
 * ranges are half-open `[start, end)`.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { CodePoints } from './code-points.ts';

export type Certainty = 'high' | 'medium' | 'low';
export type Direction = 'rtl' | 'ltr';
/** A language the article's data is written in: names, titles and quotes exist in Arabic and English. */
export type ContentLang = 'ar' | 'en';
/** An interface language: a code registered in `src/languages.ts` (`ar`, `en`, or one a test adds). */
export type Lang = string;

/** A cited source: every coordinate, date and inferred fact carries at least one. */
export interface SourceRef {
  title: string;
  url?: string;
  /** Licence of the material, when it matters for reuse (geometry, names). */
  licence?: string;
  /** The credit line the licence requires, if any. */
  attribution?: string;
  note?: string;
}

/** Text written by the project (translations, labels), always marked as such. */
export interface ProjectText {
  text: string;
  /** Always `'project'`: the project's own translation or wording, not the outlet's. */
  by: 'project';
}

/** A date the product states: ISO 8601, how precise, how sure, and why. */
export interface DateClaim {
  /** ISO 8601 date (`2022-01-23`), date-time with offset, or interval `start/end` (half-open). */
  date: string;
  precision: DatePrecision;
  certainty: Certainty;
  /** True when the date is worked out rather than printed by a source. */
  inferred: boolean;
  reasoning?: string;
  sources: SourceRef[];
}

export type DatePrecision = 'minute' | 'hour' | 'day' | 'month' | 'year' | 'fiscal-year';

/** `geodata/<id>/article.json` */
export interface ArticleMeta {
  id: string;
  /** BCP 47 language of the text. */
  language: string;
  direction: Direction;
  /** Headline: the original when known, with the project's English rendering. */
  title: { original?: string; en: ProjectText };
  /** sha256 of article.txt, hex: the text the offsets refer to. */
  textSha256: string;
  outlet: {
    /** The outlet's name exactly as delivered with the text. */
    asDelivered: string;
    /** The identified publisher, when the delivered name is not it. */
    match?: { name: string; name_en: string; url: string; certainty: Certainty; note: string };
  };
  published: DateClaim;
  /** What the article reports, with its own date (e.g. the statement). */
  reports?: { eventId: string; note?: string };
  /** Line ranges of the text that are not article body (byline, boilerplate), code points. */
  excluded?: { start: number; end: number; reason: string }[];
  /**
   * A notice the app shows readers above the article, in both languages, written by the project:
   * `synthetic-demo` says the text is a demonstration written by the project, not a news report.
   */
  notice?: ArticleNotice;
}

/** The kinds of reader notice an article may carry. */
export const NOTICE_KINDS = ['synthetic-demo'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];
export interface ArticleNotice {
  kind: NoticeKind;
  text: { ar: ProjectText; en: ProjectText };
}

/** `geodata/<id>/passages.json`: the article body in reading order. */
export interface Passage {
  id: string;
  start: number;
  end: number;
  /**
   * `title`: the article's headline (only the first passage may be), kept as a passage so the places
   * it names are linked like any other mention; the reader shows it as the title, not as a paragraph.
   */
  role?: 'title';
  translation: { en: Translation };
}

/** A passage's translation: the project's text, with its own place mentions and translator's notes. */
export interface Translation extends ProjectText {
  /** Place mentions in the translation (contract 2): selectors are code points into `text`. */
  mentions?: TranslationMention[];
  /** Translator's notes where the translation cannot say what the original says. */
  notes?: TranslationNote[];
}

/** A mention in a translation: like {@link Mention}, its passage is the one holding the translation. */
export interface TranslationMention extends Proposable {
  id: string;
  placeId: string;
  role: MentionRole;
  selector: [TextPositionSelector, TextQuoteSelector];
}

/**
 * A translator's note on a span of a translation (code points into the translation's `text`),
 * written by the project in both interface languages, with its sources.
 */
export interface TranslationNote {
  id: string;
  selector: [TextPositionSelector, TextQuoteSelector];
  text: { en: ProjectText; ar: ProjectText };
  sources: SourceRef[];
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/**
 * How a place name is used: `place` = a location; `actor` = metonymy for a government
 * ("Washington says…"); `name-part` = inside the name of an organisation or post; `anaphor` = a
 * reference to a place it does not name ("this crossing").
 */
export type MentionRole = 'place' | 'actor' | 'name-part' | 'anaphor';

/**
 * Why a tool proposed a record (contract 4): the rule that matched, the candidate ids it chose
 * among, a note for the reviewer. A record with `status: 'proposed'` carries one; the validator
 * reports it as a warning until a person reviews it (and removes both fields).
 */
export interface Proposal {
  rule: string;
  candidates?: string[];
  note?: string;
}

/** Fields a proposed record carries; absent `status` means reviewed. */
export interface Proposable {
  status?: 'proposed';
  proposal?: Proposal;
}

/** `geodata/<id>/mentions.json`: W3C Web Annotation-style targets, one per place mention. */
export interface Mention extends Proposable {
  id: string;
  placeId: string;
  passageId: string;
  role: MentionRole;
  selector: [TextPositionSelector, TextQuoteSelector];
}

export type PlaceKind =
  | 'city'
  | 'town'
  | 'village'
  | 'neighbourhood'
  | 'facility'
  | 'crossing'
  | 'district'
  | 'governorate'
  | 'region'
  | 'country'
  | 'river'
  | 'road'
  | 'border';

/** Properties of a feature of `geodata/<id>/places.geojson`; `feature.id` is the place id. */
export interface PlaceProperties extends Proposable {
  name_ar: string;
  name_en: string;
  kind: PlaceKind;
  /** Radius in metres within which the true location lies; required for Point geometry. */
  precision_m?: number;
  /** The location is an estimate or proxy, drawn with an "approximate" sign. */
  approximate?: boolean;
  /** How sure the geometry is. */
  certainty: Certainty;
  /** What the geometry is, exactly, and how sure it is (plain English). */
  note: string;
  /** Where the geometry comes from, with its licence. */
  geometry_source: SourceRef;
  /** Where the Arabic/English names come from when not the geometry source. */
  name_source?: SourceRef;
  /**
   * The gazetteer entry the place is (`geonames-<id>` for a GeoNames place, else the shipped
   * entry's id): the atlas counts places of different articles with one gazetteer id as one place
   * (`src/collection/identity.ts`); a place without one is only itself. Follows the id rule.
   */
  gazetteer_id?: string;
}

/**
 * A place: Point, MultiPoint, LineString, MultiLineString, Polygon or MultiPolygon geometry, or `null`
 * for a proposed place the editor has still to place (contract 4).
 */
export type PlaceCollection = FeatureCollection<Geometry | null, PlaceProperties>;
/** A place with a geometry: the places the map draws. */
export type PlaceFeature = Feature<Geometry, PlaceProperties> & { id: string };
/** A proposed place still to be placed by the editor (`geometry: null`). */
export type UnplacedPlace = Feature<null, PlaceProperties> & { id: string };

/** `geodata/<id>/events.json` */
export interface ArticleEvent extends Proposable {
  id: string;
  title: { ar?: ProjectText; en: ProjectText };
  /** ISO 8601: date, date-time with offset, or interval `start/end` (half-open). */
  date: string;
  precision: DatePrecision;
  /** The date itself is approximate (e.g. "about 19:00"). */
  approximate?: boolean;
  certainty: Certainty;
  /** `article`: the article states it; `context`: from outside the article. */
  origin: 'article' | 'context';
  sources: SourceRef[];
  placeIds: string[];
  passageIds: string[];
  note?: string;
}

/** Everything read from one article folder, before validation (shape unknown). */
export interface RawArticleBundle {
  meta: unknown;
  text: string;
  passages: unknown;
  mentions: unknown;
  places: unknown;
  events: unknown;
}

export type Severity = 'error' | 'warning';

/** One validation finding. `path` is a JSON-style path into the bundle, e.g. `places.features[2].geometry.coordinates`. */
export interface ValidationIssue {
  path: string;
  message: string;
  severity: Severity;
}

/** A parsed half-open time span in epoch ms. */
export interface TimeSpan {
  start: number;
  end: number;
}

/** The joined, indexed, frozen model the app reads. */
export interface ArticleModel {
  readonly meta: ArticleMeta;
  readonly text: string;
  /** `text` addressed by code points (the contract's offsets): `codePoints.slice(start, end)` is a string. */
  readonly codePoints: CodePoints;
  readonly passages: readonly Passage[];
  readonly mentions: readonly Mention[];
  /** The places with a geometry (what the map draws and `placeById` holds). */
  readonly places: readonly PlaceFeature[];
  /** Proposed places with no geometry yet; their mentions are in `unplacedMentions`, not `mentions`. */
  readonly unplaced: readonly UnplacedPlace[];
  readonly unplacedMentions: readonly Mention[];
  /** Records still marked `status: 'proposed'`; more than 0 means the article is a draft. */
  readonly proposals: number;
  readonly events: readonly ArticleEvent[];
  readonly placeById: ReadonlyMap<string, PlaceFeature>;
  readonly passageById: ReadonlyMap<string, Passage>;
  readonly eventById: ReadonlyMap<string, ArticleEvent>;
  readonly mentionsByPlace: ReadonlyMap<string, readonly Mention[]>;
  readonly mentionsByPassage: ReadonlyMap<string, readonly Mention[]>;
  /** Each passage's translation mentions, in text order (empty when it has none). */
  readonly translationMentionsByPassage: ReadonlyMap<string, readonly TranslationMention[]>;
  /** Passage ids that mention each place, in reading order, unique. */
  readonly passagesByPlace: ReadonlyMap<string, readonly string[]>;
  readonly eventsByPlace: ReadonlyMap<string, readonly string[]>;
  readonly eventsByPassage: ReadonlyMap<string, readonly string[]>;
  /** Each event's time span, parsed from its ISO date with its precision. */
  readonly eventSpan: ReadonlyMap<string, TimeSpan>;
}

/**
 * Types of the ingestion tool: the gazetteer it matches against. Place kinds and proposals are the
 * model's (`src/model/types.ts`): `status: 'proposed'` + `proposal { rule, candidates?, note? }` on a
 * mention, translation mention, event or place feature's properties; absent status = reviewed.
 */
import type { Geometry } from 'geojson';
import type { Certainty, PlaceKind, SourceRef } from '../model/types.ts';

/** The model's types, not copies: the tool writes what the validator reads. */
export type { PlaceKind, Proposal } from '../model/types.ts';

/**
 * Where an entry's full geometry lives: a feature of a GeoJSON file in the repository, picked by
 * feature id or by one property value. Kept as a reference so the gazetteer stays small.
 */
export interface GeometryRef {
  /** Path relative to the repository root, e.g. `geodata/sources/syria_adm1_ocha.geojson`. */
  file: string;
  id?: string;
  property?: string;
  value?: string | number;
  /** Several features of the file (a river's segments, a region's governorates), merged. */
  values?: (string | number)[];
}

/** One place the tool can recognise. */
export interface GazetteerEntry {
  /**
   * Stable id, the same in every build and every article: `geonames-<geonameid>` (a valid place id: letters, digits, "_" and "-") for a GeoNames
   * place (scripts/gazetteer/geonames.ts), otherwise the slug the build gave it (`hasakah_city`,
   * `semalka_crossing`, a country's Natural Earth name) or the id a reviewed article gave the place.
   * Across articles, a place is the same place when its id is; an entry that is also a GeoNames
   * place says so in `geonames`.
   */
  id: string;
  /** Preferred name first, then variants as written in sources or articles. */
  names: { ar: string[]; en: string[] };
  kind: PlaceKind;
  /** Representative point [lon, lat], 5 decimals. */
  point: [number, number];
  /** Radius (m) within which the place lies when only the point is used. */
  precision_m: number;
  /** [west, south, east, north] of the full geometry, for areas and lines. */
  bbox?: [number, number, number, number];
  /** The full geometry, for areas and lines. */
  ref?: GeometryRef;
  certainty: Certainty;
  source: SourceRef;
  /** Where the names come from, when not the geometry source. */
  name_source?: SourceRef;
  /** The name may stand for a government (countries, capitals, places reviewed as actors). */
  actor?: boolean;
  /** A plain-English note carried into the proposed place. */
  note?: string;
  /** The entry was reviewed in an article (its id there). */
  article?: string;
  /** The GeoNames id of the same place, when known. */
  geonames?: number;
  /** ISO 3166-1 alpha-2 code of the country the place is in (GeoNames). */
  country?: string;
  /**
   * The id of the world first-level unit the place lies in, where its source says which (a US
   * county's state, `scripts/gazetteer/us-counties.ts`): namesakes in other units are told apart by it.
   */
  within?: string;
  /** Population (GeoNames; absent when unknown): ranks ambiguous names. */
  population?: number;
  /**
   * From the world index (GeoNames, ~200,000 places): proposed only in context (a cue word, a
   * population of a million or more, or within reach of the article's other places).
   */
  world?: boolean;
  /**
   * Points of a river's line ([lon, lat], its source's vertices about every `VERTEX_STEP_DEG`): a
   * river is near the article where its line is, and is placed at the one nearest the article's places.
   */
  vertices?: [number, number][];
}

/** `geodata/gazetteer.json` */
export interface Gazetteer {
  version: 1;
  built: string;
  entries: GazetteerEntry[];
  /** Organisation or post names that contain a place name but are not place mentions. */
  organisations: OrganisationName[];
}

/**
 * An organisation or post name. Its range is claimed (no place mention inside it) unless `inner`
 * names the place whose name is part of it, which is then proposed with role `name-part`.
 */
export interface OrganisationName {
  names: string[];
  lang: 'ar' | 'en';
  why: string;
  inner?: { exact: string; placeId: string };
}

/** A geometry resolved for a proposed place, with where it came from. */
export interface ResolvedGeometry {
  geometry: Geometry | null;
  note?: string;
}

/**
 * Seas, large islands and regions for the ingest gazetteer, from Natural Earth's physical labels:
 * `ne_10m_geography_marine_polys` (oceans, seas, gulfs, bays, straits, channels, sounds) and
 * `ne_10m_geography_regions_polys` (islands, island groups, peninsulas, deserts and named areas such
 * as Mesopotamia or Ogaden). Natural Earth is public domain ("Made with Natural Earth").
 *
 * The model has no sea or island kind, so each is kind `region` and its class is kept in the entry's
 * note ("sea", "island"…). Geometry is stated honestly: a point on the feature (turf
 * `pointOnFeature`), its bbox, and a precision of half the bbox's diagonal. Names only as the source
 * writes them: `name` and `namealt` (Natural Earth v4.0.0 writes local forms, "Sardegna", "Corse"),
 * `name_en` and `name_ar` where the file has them (v4.1 and later); no name is added by hand.
 *
 * The two files are read from `geodata/sources/world/` when present (gzipped GeoJSON, as the other
 * world sources); the build prints a notice and adds nothing when they are not there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GazetteerEntry } from '../../src/ingest/types.ts';
import type { SourceRef } from '../../src/model/types.ts';
import { arabicCandidates } from './arabic-names.ts';
import { bboxOf, pointOf, radiusOf, slug, uniq } from './store.ts';

/** The two source files, relative to the repository root. */
export const NE_PHYSICAL_FILES = {
  marine: 'geodata/sources/world/ne_10m_geography_marine_polys.geojson.gz',
  regions: 'geodata/sources/world/ne_10m_geography_regions_polys.geojson.gz',
} as const;

/** The feature classes taken, by file (Natural Earth's `featurecla`, compared in lower case). */
export const NE_PHYSICAL_CLASSES = {
  marine: ['ocean', 'sea', 'gulf', 'bay', 'strait', 'channel', 'sound', 'lagoon', 'fjord'],
  regions: ['island', 'island group', 'peninsula', 'desert', 'geoarea'],
} as const;

export const NE_PHYSICAL_SOURCE: SourceRef = {
  title: 'Natural Earth 1:10m physical labels (geography marine polygons; geography regions polygons)',
  url: 'https://www.naturalearthdata.com/',
  licence: 'public domain',
  attribution: 'Made with Natural Earth',
};

type Props = Record<string, unknown>;
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** The English-script names of a feature as the file writes them (NE writes some in capitals: "ANATOLIA"). */
function latinNames(p: Props): string[] {
  const raw = [p.name_en, p.name, p.namealt, p.NAME, p.NAMEALT].map(text).filter((s): s is string => !!s);
  const cased = raw.map((s) =>
    s === s.toUpperCase() ? s.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase()) : s,
  );
  // "Balearic Is." is Natural Earth's abbreviation of "Islands": both forms are the source's.
  return uniq([...cased, ...cased.map((s) => s.replace(/\bIs\.$/u, 'Islands'))]);
}

/**
 * The gazetteer entries (without ids) and their base ids for the features of one Natural Earth
 * physical file whose class is in `classes`.
 */
export function physicalEntries(
  fc: FeatureCollection<Geometry | null, Props>,
  classes: readonly string[],
  source: SourceRef = NE_PHYSICAL_SOURCE,
): { entry: Omit<GazetteerEntry, 'id'>; baseId: string }[] {
  const out: { entry: Omit<GazetteerEntry, 'id'>; baseId: string }[] = [];
  for (const f of fc.features) {
    const p = f.properties ?? {};
    const cls = String(p.featurecla ?? p.FEATURECLA ?? '').toLowerCase();
    if (!classes.includes(cls) || !f.geometry) continue;
    const en = latinNames(p);
    if (en.length === 0) continue;
    const ar = arabicCandidates([text(p.name_ar) ?? '']).slice(0, 1);
    const feature = f as Feature<Geometry>;
    const bbox = bboxOf(feature);
    out.push({
      entry: {
        names: { ar, en },
        kind: 'region',
        point: pointOf(feature),
        precision_m: radiusOf(bbox),
        bbox,
        certainty: 'medium',
        source,
        note: `${cls} (Natural Earth 1:10m): the point is a point on the area, its precision half the area's diagonal`,
      },
      baseId: slug(en[0]!),
    });
  }
  return out;
}

/** Reads one of the two files, or null with the reason when it is not in the repository. */
export function readPhysical(root: string, which: keyof typeof NE_PHYSICAL_FILES) {
  const file = join(root, NE_PHYSICAL_FILES[which]);
  if (!existsSync(file)) return null;
  return JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as FeatureCollection<
    Geometry | null,
    Props
  >;
}

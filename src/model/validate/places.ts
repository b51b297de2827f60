/** `places.geojson`: a FeatureCollection of place features, each with its id, geometry and properties. */
import { isPlaceholder } from '../placeholders.ts';
import { type Checker, show } from './checker.ts';
import { CERTAINTIES, PROPOSAL_FIELDS, proposal, source } from './common.ts';
import { checkGeometry, NEEDS_PRECISION } from './geometry.ts';
import type { LocatedPlace } from './spatial.ts';

export const KINDS = [
  'city',
  'town',
  'village',
  'neighbourhood',
  'facility',
  'crossing',
  'district',
  'governorate',
  'region',
  'country',
  'river',
  'road',
  'border',
] as const;

const COLLECTION_KEYS = ['type', 'features', 'bbox'] as const;
const FEATURE_KEYS = ['type', 'id', 'geometry', 'properties', 'bbox'] as const;
const PROPERTY_KEYS = [
  'name_ar',
  'name_en',
  'kind',
  'precision_m',
  'approximate',
  'certainty',
  'note',
  'geometry_source',
  'name_source',
  'gazetteer_id',
  ...PROPOSAL_FIELDS,
] as const;

export interface CheckedPlaces {
  ids: Map<string, string>;
  /** Places whose geometry checked out, for the spatial rules. */
  located: LocatedPlace[];
}

/**
 * `language`: the article's. A place needs a name in that language only (an English article's new
 * place may have `name_ar: ""`); a name still holding a placeholder is a warning.
 */
export function checkPlaces(c: Checker, raw: unknown, language?: unknown): CheckedPlaces {
  const own = typeof language === 'string' && /^en(-|$)/i.test(language) ? 'name_en' : 'name_ar';
  const ids = new Map<string, string>();
  const located: LocatedPlace[] = [];
  const fc = c.object(raw, 'places');
  if (!fc) return { ids, located };
  c.keys(fc, 'places', COLLECTION_KEYS);
  if (fc.type !== 'FeatureCollection')
    c.add('places.type', `expected "FeatureCollection", got ${show(fc.type)}`);
  c.array(fc.features, 'places.features')?.forEach((item, i) => {
    const path = `places.features[${i}]`;
    const f = c.object(item, path);
    if (!f) return;
    c.keys(f, path, FEATURE_KEYS);
    if (f.type !== 'Feature') c.add(`${path}.type`, `expected "Feature", got ${show(f.type)}`);
    const id = c.uniqueId(f, path, ids);
    const pp = `${path}.properties`;
    const p = c.object(f.properties, pp);
    const proposed = p ? proposal(c, p, pp, 'place') : false;
    let geometryType: string | null = null;
    if (f.geometry === null && proposed) {
      // A proposed place may wait for the editor to place it (contract 4).
    } else if (f.geometry === null) {
      c.add(
        `${path}.geometry`,
        'null geometry is allowed only for a proposed place (properties.status "proposed"), got null',
      );
    } else {
      const g = checkGeometry(c, f.geometry, `${path}.geometry`);
      geometryType = g?.type ?? null;
      const r = p?.precision_m;
      const precision_m = typeof r === 'number' && Number.isFinite(r) && r > 0 ? r : undefined;
      if (g && id !== null) located.push({ id, path, geometry: g, ...(precision_m ? { precision_m } : {}) });
    }
    if (!p) return;
    c.keys(p, pp, PROPERTY_KEYS);
    for (const key of ['name_ar', 'name_en']) {
      c.string(p, key, pp, key !== own);
      if (isPlaceholder(p[key]))
        c.warn(
          `${pp}.${key}`,
          `placeholder ${show(p[key])}: write the name (the review page's place fields)`,
        );
    }
    c.enumOf(p, 'kind', pp, KINDS);
    c.enumOf(p, 'certainty', pp, CERTAINTIES);
    c.string(p, 'note', pp);
    c.optionalBoolean(p, 'approximate', pp);
    source(c, p.geometry_source, `${pp}.geometry_source`, true);
    if (p.name_source !== undefined) source(c, p.name_source, `${pp}.name_source`);
    if (p.gazetteer_id !== undefined) c.id(p.gazetteer_id, `${pp}.gazetteer_id`);
    const precision = p.precision_m;
    const positive = typeof precision === 'number' && Number.isFinite(precision) && precision > 0;
    if (precision !== undefined && !positive) {
      c.add(`${pp}.precision_m`, `expected a positive number of metres, got ${show(precision)}`);
    } else if (
      precision === undefined &&
      geometryType !== null &&
      (NEEDS_PRECISION as readonly string[]).includes(geometryType)
    ) {
      c.add(
        `${pp}.precision_m`,
        `required for ${geometryType} geometry (a positive number of metres; or give an area geometry, Polygon or MultiPolygon), got undefined`,
      );
    }
  });
  return { ids, located };
}

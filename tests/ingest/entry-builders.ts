/** Builders of gazetteer entries for the matcher tests (points are illustrative, never shipped). */
import type { GazetteerEntry } from '../../src/ingest/types.ts';

const src = { title: 'test fixture' };

/** A shipped-style entry. */
export const e = (
  id: string,
  ar: string[],
  en: string[],
  kind: GazetteerEntry['kind'],
  point: [number, number],
  extra: Partial<GazetteerEntry> = {},
): GazetteerEntry => ({
  id,
  names: { ar, en },
  kind,
  point,
  precision_m: 1000,
  certainty: 'medium',
  source: src,
  ...extra,
});

/** A world-index (GeoNames) entry in `country`, with its population when known. */
export const w = (
  id: string,
  ar: string[],
  en: string[],
  kind: GazetteerEntry['kind'],
  point: [number, number],
  country: string,
  population = 0,
): GazetteerEntry =>
  e(id, ar, en, kind, point, { world: true, country, ...(population ? { population } : {}) });

/** A world-index first-level unit in `country`, its point the middle of its `bbox`. */
export const unit = (
  id: string,
  ar: string[],
  en: string[],
  country: string,
  bbox: [number, number, number, number],
) => ({
  ...w(id, ar, en, 'governorate', [(bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2], country),
  bbox,
});

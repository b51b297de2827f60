/**
 * What a MapLibre `error` event means for the reader. A tile that fails is counted and, once, told
 * quietly; it never marks the map as failed. Only a failure of the style itself before the first
 * load is a map failure.
 */
export type MapErrorKind = 'tile' | 'style' | 'other';

/** The parts of a MapLibre ErrorEvent this looks at. */
export interface MapErrorLike {
  error?: { message?: string; status?: number; url?: string } | null;
  tile?: unknown;
  sourceId?: string;
  source?: unknown;
}

export function classifyMapError(e: MapErrorLike): MapErrorKind {
  if (e.tile != null || e.sourceId != null || e.source != null) return 'tile';
  const url = e.error?.url ?? '';
  if (/\.(pbf|mvt|png|jpe?g|webp)(\?|$)/i.test(url)) return 'tile';
  if (/\/\d+\/\d+\/\d+(\.\w+)?(\?|$)/.test(url)) return 'tile';
  return /style/i.test(e.error?.message ?? '') ? 'style' : 'other';
}

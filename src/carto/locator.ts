/**
 * Far places (issue 17.1): what a reader sees on choosing a place more than {@link OFF_MAP_KM} from
 * the article's region (Geneva, Washington, the United States for an article about al-Hasakah).
 *
 * The decision, the same whichever way the place is chosen — its edge arrow, a mention in the text,
 * the list, the timeline or the URL:
 * - **the main view stays where it is**, on the article's region: flying to Geneva at a regional zoom
 *   showed a red dot on an empty grey field, and the other arrows then measured from Geneva;
 * - the place's edge arrow and its label are drawn selected, the place card opens as for any place;
 * - an **inset locator** opens in a corner of the map: a small overview at a low zoom, drawn by the
 *   static renderer (loaded on first use), with the article's region as a box, the far place
 *   selected, and a caption with its name and its distance from the region.
 *
 * This module is the pure part: the overview's bounds and each far place's distance. Distances are
 * measured from the centre of the region's frame (not from the camera), so they do not change as
 * the reader pans.
 */
import { distanceKm } from './sphere.ts';
import type { Bounds } from './geometry.ts';

/** A far place to locate: its id and representative point. */
export interface FarTarget {
  id: string;
  at: [number, number];
}

export interface LocatorPlan {
  /** What the overview frames: the region and every target, with a margin. */
  bounds: Bounds;
  /** The article's region, drawn as a box. */
  region: Bounds;
  /** The targets with their great-circle distance (km, rounded) from the region's centre. */
  targets: (FarTarget & { km: number })[];
}

/** Margin around the region and the targets, as a share of the framed span. */
const MARGIN = 0.22;
/** The overview never frames less than this many degrees: a continent, so coasts and countries show. */
const MIN_SPAN = 24;

/** The region's centre, [lon, lat]. */
export function regionCentre(region: Bounds): [number, number] {
  return [(region[0] + region[2]) / 2, (region[1] + region[3]) / 2];
}

/**
 * The overview for `targets` far from `region`; null when there is nothing to locate. Longitudes
 * are not unwrapped across the antimeridian: the article's region and its far places are expected
 * to lie within one half of the world's width (a target beyond is framed the long way round).
 */
export function locatorPlan(region: Bounds, targets: readonly FarTarget[]): LocatorPlan | null {
  if (!targets.length) return null;
  const c = regionCentre(region);
  const lons = [region[0], region[2], ...targets.map((t) => t.at[0])];
  const lats = [region[1], region[3], ...targets.map((t) => t.at[1])];
  let [w, e] = [Math.min(...lons), Math.max(...lons)];
  let [s, n] = [Math.min(...lats), Math.max(...lats)];
  const grow = (lo: number, hi: number, min: number): [number, number] => {
    const span = Math.max(hi - lo, min);
    const mid = (lo + hi) / 2;
    const half = (span * (1 + 2 * MARGIN)) / 2;
    return [mid - half, mid + half];
  };
  [w, e] = grow(w, e, MIN_SPAN);
  [s, n] = grow(s, n, MIN_SPAN / 2);
  const clampLat = (v: number) => Math.max(-80, Math.min(80, v));
  const clampLon = (v: number) => Math.max(-180, Math.min(180, v));
  return {
    bounds: [clampLon(w), clampLat(s), clampLon(e), clampLat(n)],
    region,
    targets: targets.map((t) => ({ ...t, km: Math.round(distanceKm(c, t.at)) })),
  };
}

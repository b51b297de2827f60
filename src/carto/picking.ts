/**
 * Picking: which of the article's places are under the pointer, best first. Pure, so the ranking
 * is tested in node; MapView feeds it `queryRenderedFeatures` hits.
 */
import type { PlaceFeature } from '../model/types.ts';
import { placeBounds } from './geometry.ts';
import { LAYER_RANK } from './place-layers.ts';

/** Each place's bbox area in square degrees: among areas under the pointer, the smallest wins. */
export function placeExtents(places: readonly PlaceFeature[]): Map<string, number> {
  return new Map(
    places.map((p) => {
      const [w, s, e, n] = placeBounds(p, 0);
      return [p.id, (e - w) * (n - s)];
    }),
  );
}

/** One rendered feature under the pointer: the layer it was drawn by and its place id property. */
export interface PickHit {
  layer: string;
  pid: unknown;
}

/**
 * Every distinct place under the pointer, ranked: by the best layer rank among its hits (points and
 * arrows beat lines, lines beat precision circles, circles beat areas; see {@link LAYER_RANK}), then
 * by extent (smaller areas beat larger ones), then in hit order. Hits on layers without a rank and
 * hits without a string `pid` are ignored.
 *
 * @param extent each place's size (any unit, e.g. bbox square degrees); unknown places sort last.
 */
export function rankPlaces(hits: readonly PickHit[], extent: ReadonlyMap<string, number>): string[] {
  const best = new Map<string, { rank: number; order: number }>();
  hits.forEach((h, order) => {
    const rank = LAYER_RANK.get(h.layer);
    if (rank == null || typeof h.pid !== 'string') return;
    const prev = best.get(h.pid);
    if (!prev || rank < prev.rank) best.set(h.pid, { rank, order: prev?.order ?? order });
  });
  const size = (id: string) => extent.get(id) ?? Infinity;
  return [...best.entries()]
    .sort(([a, x], [b, y]) => x.rank - y.rank || size(a) - size(b) || x.order - y.order)
    .map(([id]) => id);
}

/** Rank up to which a hit is a place's own mark (point, label, arrow, line), not its circle or area. */
export const MARK_RANK = 1;

/**
 * The places a chooser should offer: those whose own mark (not a precision circle or an area) is
 * under the pointer, ranked. Two or more means the pointer is ambiguous; fewer means the first of
 * {@link rankPlaces} wins.
 */
export function rivals(hits: readonly PickHit[], extent: ReadonlyMap<string, number>): string[] {
  return rankPlaces(
    hits.filter((h) => (LAYER_RANK.get(h.layer) ?? Infinity) <= MARK_RANK),
    extent,
  );
}

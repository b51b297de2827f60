/** What a click on a static map lands on (the embed's poster, the app's no-WebGL map). Pure. */
import '../carto/pole.ts'; // areas' anchors (polylabel), kept off the reader's first view
import type { PlaceFeature } from '../model/types.ts';
import { anchor } from '../carto/geometry.ts';

/**
 * The place a click at (x, y) on a static map lands on: the nearest point place within `radius` px,
 * or null (pure; tested).
 */
export function placeAt(
  places: readonly PlaceFeature[],
  project: (p: [number, number]) => [number, number] | null,
  x: number,
  y: number,
  radius = 16,
): string | null {
  let best: { id: string; d: number } | null = null;
  for (const p of places) {
    if (p.geometry.type !== 'Point') continue;
    const xy = project(anchor(p));
    if (!xy) continue;
    const d = Math.hypot(xy[0] - x, xy[1] - y);
    if (d < radius && (!best || d < best.d)) best = { id: p.id, d };
  }
  return best?.id ?? null;
}

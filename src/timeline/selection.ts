/**
 * Pure maths between the brush's pixel selection and the app's time range (whole UTC days,
 * half-open), in either direction of time.
 */
import type { TimeSpan } from '../model/types.ts';
import { snapToDays, type LinearMap } from './scale.ts';

/** A brush selection in screen pixels, `[lo, hi]` with `lo < hi`. */
export type PxSelection = readonly [number, number];

/**
 * Where the brush shows `range`: its pixels clipped to the plot `[left, right]`; null when there is
 * no range or less than a pixel of it is in view.
 */
export function rangeToSelection(
  range: TimeSpan | null,
  map: LinearMap,
  left: number,
  right: number,
): [number, number] | null {
  if (!range) return null;
  const a = map.toPx(range.start);
  const b = map.toPx(range.end);
  const lo = Math.max(left, Math.min(a, b));
  const hi = Math.min(right, Math.max(a, b));
  return hi - lo >= 1 ? [lo, hi] : null;
}

/** The whole days a brushed selection covers (edges to the nearest midnight, at least one day). */
export function selectionToRange(sel: PxSelection, map: LinearMap): TimeSpan {
  return snapToDays(map.toTime(sel[0]), map.toTime(sel[1]));
}

/**
 * A gesture that ended where it began: no selection left (a click outside the old one clears it in
 * d3-brush), or the old selection unmoved (a click inside it), to within a pixel.
 */
export function isClickRelease(sel: PxSelection | null, before: PxSelection | null): boolean {
  return !sel || (before != null && Math.abs(sel[0] - before[0]) < 1 && Math.abs(sel[1] - before[1]) < 1);
}

/**
 * Pure maths of the timeline's visible domain (the "view"): the zoom-out limit, the zoom
 * behaviour's scale and pan limits, the view a zoom transform shows, and the pan that brings an
 * event into view. Times are epoch ms; a view is `[from, to]` with `from < to`.
 */
import { DAY } from '../model/time.ts';
import type { TimeSpan } from '../model/types.ts';
import { paddedExtent, type LinearMap } from './scale.ts';

/** The narrowest view the zoom allows (ms): six hours. */
export const MIN_VIEW = 6 * 3_600_000;

/** How far the zoom goes out: every event (padded by 3 %) and never less than the story. */
export function fullDomain(spans: readonly TimeSpan[], story: readonly [number, number]): [number, number] {
  const e = paddedExtent(spans, 0.03) ?? story;
  return [Math.min(e[0], story[0]), Math.max(e[1], story[1])];
}

/** The view covers everything (within a day at each end): the zoom button offers "Story" instead. */
export function showsAll(shown: readonly [number, number], full: readonly [number, number]): boolean {
  return shown[0] <= full[0] + DAY && shown[1] >= full[1] - DAY;
}

/** A d3-zoom transform on x: screen x = k · x₀ + x. */
export interface XTransform {
  k: number;
  x: number;
}

/**
 * The zoom behaviour's limits for a `base` map (the story at identity zoom): scale from just under
 * "everything" to `MIN_VIEW`, panning only within `full`.
 */
export function zoomLimits(
  story: readonly [number, number],
  full: readonly [number, number],
  base: LinearMap,
): { scale: [number, number]; pan: [number, number] } {
  const len = story[1] - story[0];
  const p0 = base.toPx(full[0]);
  const p1 = base.toPx(full[1]);
  return {
    scale: [(len / (full[1] - full[0])) * 0.98, len / MIN_VIEW],
    pan: [Math.min(p0, p1), Math.max(p0, p1)],
  };
}

/**
 * The view a transform shows over the screen `range` of `base`; null at the identity (the story),
 * so an untouched timeline keeps following the story when the data or the size change.
 */
export function viewFromTransform(
  base: LinearMap,
  range: readonly [number, number],
  tr: XTransform,
): [number, number] | null {
  if (tr.k === 1 && tr.x === 0) return null;
  const a = base.toTime((range[0] - tr.x) / tr.k);
  const c = base.toTime((range[1] - tr.x) / tr.k);
  return [Math.min(a, c), Math.max(a, c)];
}

/**
 * The view, same length as `shown`, centred on the part of `span` inside `full`; null when some
 * of `span` is already in view (no pan needed).
 */
export function revealView(
  span: TimeSpan,
  shown: readonly [number, number],
  full: readonly [number, number],
): [number, number] | null {
  const [a, b] = shown;
  if (span.end > a && span.start < b) return null;
  const mid = (Math.max(span.start, full[0]) + Math.min(span.end, full[1])) / 2;
  const half = (b - a) / 2;
  return [mid - half, mid + half];
}

/**
 * Pure time-scale maths for the timeline: which way time runs, the default ("story") domain, whole-day
 * snapping of brushed ranges, and pixel↔time maps. All times are epoch ms, ranges half-open `[start, end)`.
 */
import { utcTicks } from 'd3-time';
import { DAY } from '../model/time.ts';
import type { Lang, TimeSpan } from '../model/types.ts';
import type { TimeDirection } from '../model/prefs.ts';
import { dir } from '../languages.ts';

/** The way time runs on screen. */
export type TimeDir = 'ltr' | 'rtl';

/** `auto` follows the language's writing direction (Arabic right to left, English left to right). */
export function resolveTimeDir(pref: TimeDirection, lang: Lang): TimeDir {
  return pref === 'auto' ? dir(lang) : pref;
}

export const floorDay = (t: number): number => Math.floor(t / DAY) * DAY;
export const ceilDay = (t: number): number => Math.ceil(t / DAY) * DAY;
export const roundDay = (t: number): number => Math.round(t / DAY) * DAY;

/**
 * A brushed pair of instants (either order) as a half-open range of whole UTC days: each edge goes to
 * the nearest midnight, and the range is never shorter than one day.
 */
export function snapToDays(a: number, b: number): TimeSpan {
  const start = roundDay(Math.min(a, b));
  const end = Math.max(roundDay(Math.max(a, b)), start + DAY);
  return { start, end };
}

/** The extent of `spans`, widened by `padFrac` of its length (at least `minPad`) on each side; null when empty. */
export function paddedExtent(
  spans: readonly TimeSpan[],
  padFrac = 0.05,
  minPad = DAY,
): [number, number] | null {
  if (spans.length === 0) return null;
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of spans) {
    if (s.start < lo) lo = s.start;
    if (s.end > hi) hi = s.end;
  }
  const pad = Math.max((hi - lo) * padFrac, minPad);
  return [lo - pad, hi + pad];
}

/**
 * The default view: the padded extent of the spans no longer than `maxSpan` (the story), so one long
 * background span (a fiscal year) runs off the edge instead of squeezing the story into a few pixels.
 * Falls back to every span when none is short; whole days at the edges.
 */
export function storyDomain(
  spans: readonly TimeSpan[],
  { maxSpan = 90 * DAY, padFrac = 0.05 }: { maxSpan?: number; padFrac?: number } = {},
): [number, number] {
  const short = spans.filter((s) => s.end - s.start <= maxSpan);
  const ext = paddedExtent(short.length > 0 ? short : spans, padFrac) ?? [0, DAY];
  return [floorDay(ext[0]), ceilDay(ext[1])];
}

/** The screen range `[from, to]` for pixels `left..right`, reversed when time runs right to left. */
export function directedRange(left: number, right: number, dir: TimeDir): [number, number] {
  return dir === 'rtl' ? [right, left] : [left, right];
}

/** Time (epoch ms) → screen x, and the axis ticks of a view. */
export interface TimeScale {
  (t: number): number;
  /** About `count` ticks at calendar-friendly UTC instants (epoch ms), as d3's `scaleUtc().ticks(count)`. */
  ticks(count: number): number[];
}

/**
 * A UTC time scale over `domain` drawn between `left` and `right` in direction `dir`: the same
 * numbers and ticks as d3's `scaleUtc()` (normalise, then `r0·(1−u) + r1·u`; ticks from `d3-time`),
 * without d3-scale, which would bring d3-interpolate, d3-color and d3-time-format into the first view.
 */
export function timeScale(
  domain: readonly [number, number],
  left: number,
  right: number,
  dir: TimeDir,
): TimeScale {
  const [d0, d1] = domain;
  const [r0, r1] = directedRange(left, right, dir);
  const span = d1 - d0;
  const x = ((t: number) => {
    const u = span ? (t - d0) / span : 0.5;
    return r0 * (1 - u) + r1 * u;
  }) as TimeScale;
  x.ticks = (count) => utcTicks(new Date(d0), new Date(d1), count).map((d) => d.getTime());
  return x;
}

/** A plain linear time↔pixel map (no Date objects), for hot loops such as canvas drawing. */
export interface LinearMap {
  toPx(t: number): number;
  toTime(px: number): number;
}

/** Maps `domain[0]` to `range[0]` and `domain[1]` to `range[1]` (a reversed range is right to left). */
export function linearMap(domain: readonly [number, number], range: readonly [number, number]): LinearMap {
  const k = (range[1] - range[0]) / (domain[1] - domain[0]);
  return {
    toPx: (t) => range[0] + (t - domain[0]) * k,
    toTime: (px) => domain[0] + (px - range[0]) / k,
  };
}

/**
 * The zoom transform `{k, x}` that makes `base` (a scale at identity zoom) show `view`:
 * `transform.rescaleX(base).domain()` equals `view`. Keeps a view across resizes and direction flips.
 */
export function transformFor(
  base: LinearMap,
  range: readonly [number, number],
  view: readonly [number, number],
) {
  const p0 = base.toPx(view[0]);
  const p1 = base.toPx(view[1]);
  const k = (range[1] - range[0]) / (p1 - p0);
  return { k, x: range[0] - k * p0 };
}

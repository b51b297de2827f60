/**
 * Fast half-open range queries over many events held as typed arrays. An event `[s, e)` is in the
 * range `[a, b)` when it overlaps it: `s < b && e > a` (one ending exactly at `a`, or starting exactly
 * at `b`, is out).
 */

/** First index `i` with `sorted[i] >= x` (or `sorted.length`). */
export function lowerBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index `i` with `sorted[i] > x` (or `sorted.length`). */
export function upperBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A range index over events sorted by start. `count` is two binary searches (starts before `b`
 * minus ends at or before `a`); `indices` scans only starts in `[a − maxShort, b)` plus the few long
 * events, so a brush move costs the size of the answer, not of the data.
 */
export class RangeIndex {
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  readonly #sortedEnds: Float64Array;
  /** Events longer than this are kept apart in `#long` and always checked. */
  readonly #maxShort: number;
  readonly #long: Uint32Array;

  /** `starts` must be sorted ascending; `ends[i]` belongs to `starts[i]` and is greater than it. */
  constructor(starts: Float64Array, ends: Float64Array, longQuantile = 0.99) {
    if (starts.length !== ends.length) throw new Error('RangeIndex: starts and ends differ in length');
    this.starts = starts;
    this.ends = ends;
    this.#sortedEnds = Float64Array.from(ends).sort();
    const durs = new Float64Array(starts.length);
    for (let i = 0; i < starts.length; i++) durs[i] = ends[i]! - starts[i]!;
    durs.sort();
    this.#maxShort = durs.length
      ? durs[Math.min(durs.length - 1, Math.floor(durs.length * longQuantile))]!
      : 0;
    const long: number[] = [];
    for (let i = 0; i < starts.length; i++) if (ends[i]! - starts[i]! > this.#maxShort) long.push(i);
    this.#long = Uint32Array.from(long);
  }

  get length(): number {
    return this.starts.length;
  }

  /** How many events overlap `[a, b)`. */
  count(a: number, b: number): number {
    if (!(b > a)) return 0;
    return lowerBound(this.starts, b) - upperBound(this.#sortedEnds, a);
  }

  /**
   * Indices (into the start-sorted arrays) of the events overlapping `[a, b)`, written to `out`
   * (grown when too small). Short events come in start order, then the long ones.
   */
  indices(a: number, b: number, out: Uint32Array = new Uint32Array(64)): { out: Uint32Array; n: number } {
    if (!(b > a)) return { out, n: 0 };
    const { starts, ends } = this;
    const to = lowerBound(starts, b);
    const from = lowerBound(starts, a - this.#maxShort);
    let n = 0;
    const push = (i: number) => {
      if (n === out.length) {
        const bigger = new Uint32Array(Math.max(64, out.length * 2));
        bigger.set(out);
        out = bigger;
      }
      out[n++] = i;
    };
    const maxShort = this.#maxShort;
    for (let i = from; i < to; i++) if (ends[i]! > a && ends[i]! - starts[i]! <= maxShort) push(i);
    for (const i of this.#long) if (starts[i]! < b && ends[i]! > a) push(i);
    return { out, n };
  }
}

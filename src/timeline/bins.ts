/**
 * Histogram binning for large event sets: how many events overlap each of `n` equal bins (one per
 * pixel column, typically) of a domain. A difference array makes a long span cost O(1), not O(bins).
 */

/**
 * Counts events overlapping each half-open bin `[d0 + i·w, d0 + (i+1)·w)` of `domain`, for the events
 * `idx[0..n)` (or all when `idx` is omitted). `out` (length ≥ bins) is overwritten; it is returned.
 */
export function binActive(
  starts: Float64Array,
  ends: Float64Array,
  domain: readonly [number, number],
  bins: number,
  out: Int32Array = new Int32Array(bins + 1),
  idx?: Uint32Array,
  n = idx ? idx.length : starts.length,
): Int32Array {
  const [d0, d1] = domain;
  const w = (d1 - d0) / bins;
  out.fill(0, 0, bins + 1);
  for (let j = 0; j < n; j++) {
    const i = idx ? idx[j]! : j;
    const s = starts[i]!;
    const e = ends[i]!;
    if (e <= d0 || s >= d1) continue;
    const first = s <= d0 ? 0 : Math.floor((s - d0) / w);
    const last = e >= d1 ? bins - 1 : Math.ceil((e - d0) / w) - 1;
    out[first]!++;
    out[last + 1]!--;
  }
  let run = 0;
  for (let b = 0; b < bins; b++) {
    run += out[b]!;
    out[b] = run;
  }
  return out;
}

/** The largest of the first `bins` counts (at least 1, so it can divide). */
export function maxBin(counts: Int32Array, bins = counts.length): number {
  let m = 1;
  for (let b = 0; b < bins; b++) if (counts[b]! > m) m = counts[b]!;
  return m;
}

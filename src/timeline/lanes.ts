/** Greedy interval lane assignment: overlapping items go to different lanes, so marks never collide. */

/** Any half-open interval `[start, end)` (time or pixels). */
export interface Interval {
  start: number;
  end: number;
}

/**
 * First-fit lanes: items are taken by start (longer first on ties) and put in the lowest lane whose
 * last item ends at least `gap` before they start. Half-open, so `[0,1)` and `[1,2)` share a lane
 * when `gap` is 0. Returns each item's lane in input order and the number of lanes.
 */
export function assignLanes(items: readonly Interval[], gap = 0): { lanes: number[]; count: number } {
  const order = items.map((_, i) => i);
  order.sort((a, b) => items[a]!.start - items[b]!.start || items[b]!.end - items[a]!.end || a - b);
  const laneEnd: number[] = [];
  const lanes = new Array<number>(items.length);
  for (const i of order) {
    const it = items[i]!;
    let lane = laneEnd.findIndex((end) => end + gap <= it.start);
    if (lane === -1) lane = laneEnd.push(it.end) - 1;
    else laneEnd[lane] = it.end;
    lanes[i] = lane;
  }
  return { lanes, count: laneEnd.length };
}

/**
 * Pure stepping through the events in order (chronological, as the data lists them for the
 * timeline): the previous/next buttons and playback.
 */

/**
 * The event `delta` steps from `current` in `order`; from no selection (or one not in `order`) the
 * first event going forward and the last going back. Null past either end: playback stops there.
 */
export function stepFrom(order: readonly string[], current: string | null, delta: number): string | null {
  const i = current ? order.indexOf(current) : -1;
  const j = i === -1 ? (delta > 0 ? 0 : order.length - 1) : i + delta;
  return j >= 0 && j < order.length ? order[j]! : null;
}

/**
 * Where playback starts: the next event after `current`, or the first one again when nothing (or the
 * last event) is selected. Null when there are no events.
 */
export function playStart(order: readonly string[], current: string | null): string | null {
  const i = current ? order.indexOf(current) : -1;
  if (i === -1 || i === order.length - 1) return order[0] ?? null;
  return order[i + 1]!;
}

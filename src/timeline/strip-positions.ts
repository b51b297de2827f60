/**
 * Where events sit along a timeline strip, 0–1 by their start: the one rule the embed's strip and
 * the map exports' strip (`strip.ts`) share. A module of its own so the embed's light path carries
 * these few lines and not the exports' layout.
 */

/** Where `t` is between `lo` and `hi`, 0–1 (the middle when the domain is empty). */
export const timeFraction = (t: number, lo: number, hi: number): number =>
  hi > lo ? (t - lo) / (hi - lo) : 0.5;

/** Each event's position along a strip, 0–1, by its start within `domain` (default: the starts' extent). */
export function stripPositions(
  spans: Iterable<readonly [string, { start: number; end: number }]>,
  domain?: { start: number; end: number },
): Map<string, number> {
  const all = [...spans];
  const out = new Map<string, number>();
  if (all.length === 0) return out;
  const lo = domain?.start ?? Math.min(...all.map(([, s]) => s.start));
  const hi = domain?.end ?? Math.max(...all.map(([, s]) => s.start));
  for (const [id, s] of all) out.set(id, timeFraction(s.start, lo, hi));
  return out;
}

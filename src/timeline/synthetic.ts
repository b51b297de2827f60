/**
 * A deterministic generator of synthetic events (an analyst's export, at any size) for benchmarks and
 * scale tests: the same seed always gives the same events.
 */
import type { Certainty } from '../model/types.ts';
import { DAY } from '../model/time.ts';

/** One synthetic event: a half-open span in epoch ms and the fields the timeline draws. */
export interface SyntheticEvent {
  id: string;
  start: number;
  end: number;
  certainty: Certainty;
  origin: 'article' | 'context';
  placeIds: string[];
}

/** mulberry32: a small, fast, seeded PRNG returning floats in `[0, 1)`. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOUR = 3_600_000;
const CERTAINTIES: readonly Certainty[] = ['high', 'high', 'medium', 'low'];

/**
 * `n` events over `[from, to)`: clustered in bursts (news comes in bursts), mostly instants (an hour
 * or a day), some ranges of days to weeks, and about 0.5 % long spans (months to a year). Each cites
 * one to three of `places` place ids (`p0`…).
 */
export function syntheticEvents(
  n: number,
  {
    seed = 1,
    from = Date.UTC(2019, 0, 1),
    to = Date.UTC(2024, 0, 1),
    places = 200,
  }: { seed?: number; from?: number; to?: number; places?: number } = {},
): SyntheticEvent[] {
  const rnd = mulberry32(seed);
  const bursts = Array.from({ length: 40 }, () => from + rnd() * (to - from));
  const out: SyntheticEvent[] = [];
  for (let i = 0; i < n; i++) {
    const inBurst = rnd() < 0.6;
    const centre = bursts[Math.floor(rnd() * bursts.length)]!;
    // Sum of three uniforms: a cheap bell around the burst centre, ±30 days.
    const raw = inBurst ? centre + (rnd() + rnd() + rnd() - 1.5) * 20 * DAY : from + rnd() * (to - from);
    const kind = rnd();
    let start: number;
    let dur: number;
    if (kind < 0.45) {
      start = Math.floor(raw / HOUR) * HOUR;
      dur = HOUR;
    } else if (kind < 0.745) {
      start = Math.floor(raw / DAY) * DAY;
      dur = DAY;
    } else if (kind < 0.995) {
      start = Math.floor(raw / DAY) * DAY;
      dur = (2 + Math.floor(rnd() * 40)) * DAY;
    } else {
      start = Math.floor(raw / DAY) * DAY;
      dur = (60 + Math.floor(rnd() * 306)) * DAY;
    }
    start = Math.min(Math.max(start, from), to - DAY);
    const nPlaces = 1 + Math.floor(rnd() * 3);
    const placeIds = Array.from({ length: nPlaces }, () => `p${Math.floor(rnd() * places)}`);
    out.push({
      id: `e${i}`,
      start,
      end: start + dur,
      certainty: CERTAINTIES[Math.floor(rnd() * CERTAINTIES.length)]!,
      origin: rnd() < 0.3 ? 'article' : 'context',
      placeIds,
    });
  }
  return out;
}

/** Events as columns sorted by start (then end): what the range index and the binning read. */
export interface EventColumns {
  starts: Float64Array;
  ends: Float64Array;
  /** `order[i]` is the input index of the i-th event by start. */
  order: Uint32Array;
}

export function toColumns(events: readonly { start: number; end: number }[]): EventColumns {
  const order = Uint32Array.from(events.keys());
  order.sort((a, b) => events[a]!.start - events[b]!.start || events[a]!.end - events[b]!.end);
  const starts = new Float64Array(events.length);
  const ends = new Float64Array(events.length);
  order.forEach((k, i) => {
    starts[i] = events[k]!.start;
    ends[i] = events[k]!.end;
  });
  return { starts, ends, order };
}

import { describe, expect, it } from 'vitest';
import { DAY } from '../../src/model/time.ts';
import { mulberry32, syntheticEvents, toColumns } from '../../src/timeline/synthetic.ts';

describe('synthetic events', () => {
  it('the same seed gives the same events', () => {
    expect(syntheticEvents(500, { seed: 42 })).toEqual(syntheticEvents(500, { seed: 42 }));
  });
  it('another seed gives other events', () => {
    expect(syntheticEvents(50, { seed: 1 })).not.toEqual(syntheticEvents(50, { seed: 2 }));
  });
  it('the PRNG is stable across runs', () => {
    const r = mulberry32(1);
    expect([r(), r(), r()].map((x) => x.toFixed(6))).toEqual(['0.627074', '0.002736', '0.527447']);
  });
  it('every span is half-open, non-empty, inside the domain start, with places', () => {
    const from = Date.UTC(2019, 0, 1);
    for (const e of syntheticEvents(2000, { seed: 3 })) {
      expect(e.end).toBeGreaterThan(e.start);
      expect(e.start).toBeGreaterThanOrEqual(from);
      expect(e.placeIds.length).toBeGreaterThan(0);
    }
  });
  it('has instants, ranges and a few long spans', () => {
    const ev = syntheticEvents(10_000, { seed: 5 });
    const long = ev.filter((e) => e.end - e.start >= 60 * DAY).length;
    expect(long).toBeGreaterThan(10);
    expect(long).toBeLessThan(200);
  });
  it('toColumns sorts by start', () => {
    const { starts, ends, order } = toColumns(syntheticEvents(1000, { seed: 9 }));
    for (let i = 1; i < starts.length; i++) expect(starts[i]!).toBeGreaterThanOrEqual(starts[i - 1]!);
    expect(order.length).toBe(1000);
    expect(ends.length).toBe(1000);
  });
});

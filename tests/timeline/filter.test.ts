import { describe, expect, it } from 'vitest';
import { DAY } from '../../src/model/time.ts';
import { RangeIndex, lowerBound, upperBound } from '../../src/timeline/filter.ts';
import { syntheticEvents, toColumns } from '../../src/timeline/synthetic.ts';

const index = (pairs: [number, number][]) =>
  new RangeIndex(Float64Array.from(pairs.map((p) => p[0])), Float64Array.from(pairs.map((p) => p[1])));

describe('bounds', () => {
  const a = Float64Array.from([1, 2, 2, 2, 5]);
  it.each([
    [0, 0, 0],
    [2, 1, 4],
    [3, 4, 4],
    [5, 4, 5],
    [9, 5, 5],
  ])('x=%s: lower %s, upper %s', (x, lo, up) => {
    expect(lowerBound(a, x)).toBe(lo);
    expect(upperBound(a, x)).toBe(up);
  });
});

describe('RangeIndex (half-open [a, b))', () => {
  // Sorted by start. [10,20) ends exactly at the range start; [30,40) starts exactly at its end; [20,21) starts at a.
  const idx = index([
    [0, 100],
    [10, 20],
    [19, 21],
    [20, 21],
    [25, 26],
    [29, 30],
    [30, 40],
  ]);
  it.each([
    [
      'an event ending exactly at the range start is out; one starting exactly at the range end is out',
      20,
      30,
      [0, 2, 3, 4, 5],
    ],
    ['an empty range holds nothing', 20, 20, []],
    ['a reversed range holds nothing', 30, 20, []],
    ['a range inside one event holds it', 50, 60, [0]],
    ['a range before everything', -10, 0, []],
    ['a range touching the first start', -10, 0.5, [0]],
  ])('%s', (_, a, b, expected) => {
    const { out, n } = idx.indices(a, b);
    expect([...out.slice(0, n)].sort((x, y) => x - y)).toEqual(expected);
    expect(idx.count(a, b)).toBe(expected.length);
  });

  it('agrees with a naive filter on 5,000 synthetic events', () => {
    const events = syntheticEvents(5000, { seed: 7 });
    const cols = toColumns(events);
    const ri = new RangeIndex(cols.starts, cols.ends);
    const day = DAY;
    for (let k = 0; k < 40; k++) {
      const a = Date.UTC(2019, 0, 1) + k * 45 * day + (k % 3) * 3_600_000;
      const b = a + (1 + (k % 9) * 17) * day;
      const naive = events.filter((e) => e.start < b && e.end > a).length;
      expect(ri.count(a, b)).toBe(naive);
      expect(ri.indices(a, b).n).toBe(naive);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { binActive, maxBin } from '../../src/timeline/bins.ts';

const f = (xs: number[]) => Float64Array.from(xs);

describe('binActive (bins [0,10) [10,20) … [90,100))', () => {
  it.each([
    ['an instant inside one bin', [12], [13], [0, 1, 0, 0, 0, 0, 0, 0, 0, 0]],
    [
      'a span ending exactly on a bin edge stays out of the next bin',
      [10],
      [20],
      [0, 1, 0, 0, 0, 0, 0, 0, 0, 0],
    ],
    ['a span crossing bins counts in each', [15], [31], [0, 1, 1, 1, 0, 0, 0, 0, 0, 0]],
    ['a span wider than the domain fills it', [-50], [500], [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]],
    [
      'events outside the domain are ignored (half-open)',
      [-5, 100],
      [0, 120],
      [0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    ],
    ['overlaps add up', [0, 5, 95], [10, 25, 100], [2, 1, 1, 0, 0, 0, 0, 0, 0, 1]],
  ])('%s', (_, s, e, expected) => {
    expect([...binActive(f(s), f(e), [0, 100], 10).slice(0, 10)]).toEqual(expected);
  });

  it('bins only the chosen indices', () => {
    const out = binActive(f([0, 50]), f([10, 60]), [0, 100], 10, undefined, Uint32Array.from([1]), 1);
    expect([...out.slice(0, 10)]).toEqual([0, 0, 0, 0, 0, 1, 0, 0, 0, 0]);
  });

  it('reuses and clears the output buffer', () => {
    const buf = new Int32Array(11).fill(9);
    binActive(f([0]), f([1]), [0, 100], 10, buf);
    expect(buf[0]).toBe(1);
    expect(buf[5]).toBe(0);
  });

  it('maxBin is at least 1', () => {
    expect(maxBin(new Int32Array(4))).toBe(1);
    expect(maxBin(Int32Array.from([1, 7, 3]))).toBe(7);
  });
});

import { describe, expect, it } from 'vitest';
import { assignLanes } from '../../src/timeline/lanes.ts';

const iv = (pairs: [number, number][]) => pairs.map(([start, end]) => ({ start, end }));

describe('assignLanes', () => {
  it.each([
    ['nothing', [], 0, [], 0],
    [
      'disjoint items share lane 0',
      [
        [0, 1],
        [2, 3],
        [4, 5],
      ],
      0,
      [0, 0, 0],
      1,
    ],
    [
      'touching half-open items share a lane',
      [
        [0, 1],
        [1, 2],
      ],
      0,
      [0, 0],
      1,
    ],
    [
      'a gap pushes touching items apart',
      [
        [0, 1],
        [1, 2],
      ],
      1,
      [0, 1],
      2,
    ],
    [
      'nested items stack',
      [
        [0, 10],
        [2, 3],
        [4, 5],
      ],
      0,
      [0, 1, 1],
      2,
    ],
    [
      'first fit reuses the lowest free lane',
      [
        [0, 4],
        [1, 2],
        [3, 6],
        [5, 7],
      ],
      0,
      [0, 1, 1, 0],
      2,
    ],
    [
      'input order does not matter; longer first on ties',
      [
        [5, 6],
        [0, 1],
        [0, 9],
      ],
      0,
      [1, 1, 0],
      2,
    ],
    [
      'three mutually overlapping',
      [
        [0, 3],
        [1, 4],
        [2, 5],
      ],
      0,
      [0, 1, 2],
      3,
    ],
  ] as [string, [number, number][], number, number[], number][])('%s', (_, pairs, gap, lanes, count) => {
    expect(assignLanes(iv(pairs), gap)).toEqual({ lanes, count });
  });

  it('never puts overlapping items in one lane', () => {
    const items = Array.from({ length: 300 }, (_, i) => ({
      start: (i * 37) % 101,
      end: ((i * 37) % 101) + 1 + (i % 13),
    }));
    const { lanes } = assignLanes(items, 0);
    for (let i = 0; i < items.length; i++)
      for (let j = i + 1; j < items.length; j++)
        if (lanes[i] === lanes[j])
          expect(items[i]!.start < items[j]!.end && items[j]!.start < items[i]!.end).toBe(false);
  });
});

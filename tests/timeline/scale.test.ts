import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { DAY } from '../../src/model/time.ts';
import {
  directedRange,
  linearMap,
  resolveTimeDir,
  snapToDays,
  storyDomain,
  timeScale,
  transformFor,
} from '../../src/timeline/scale.ts';

const d = (s: string) => Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s);

describe('resolveTimeDir', () => {
  it.each([
    ['auto', 'ar', 'rtl'],
    ['auto', 'en', 'ltr'],
    ['ltr', 'ar', 'ltr'],
    ['rtl', 'en', 'rtl'],
  ] as const)('%s in %s → %s', (pref, lang, dir) => expect(resolveTimeDir(pref, lang)).toBe(dir));
});

describe('snapToDays', () => {
  it.each([
    [
      'rounds both edges to the nearest midnight',
      d('2022-01-20T11:00Z'),
      d('2022-01-26T13:00Z'),
      '2022-01-20',
      '2022-01-27',
    ],
    [
      'accepts edges in either order (RTL brush)',
      d('2022-01-26T13:00Z'),
      d('2022-01-20T11:00Z'),
      '2022-01-20',
      '2022-01-27',
    ],
    ['rounds up past noon', d('2022-01-20T12:00Z'), d('2022-01-22T00:00Z'), '2022-01-21', '2022-01-22'],
    [
      'is never shorter than a day',
      d('2022-01-20T02:00Z'),
      d('2022-01-20T05:00Z'),
      '2022-01-20',
      '2022-01-21',
    ],
  ])('%s', (_, a, b, start, end) => {
    expect(snapToDays(a, b)).toEqual({ start: d(start), end: d(end) });
  });
});

describe('storyDomain', () => {
  const closure = { start: d('2021-12-15'), end: d('2022-01-24') };
  const fy = { start: d('2021-10-01'), end: d('2022-10-01') };
  const attack = { start: d('2022-01-20T17:00Z'), end: d('2022-01-20T18:00Z') };
  it('leaves a long span off the default view', () => {
    const [a, b] = storyDomain([fy, closure, attack]);
    expect(a).toBeLessThan(closure.start);
    expect(a).toBeGreaterThan(fy.start);
    expect(b).toBeGreaterThanOrEqual(closure.end);
    expect(b).toBeLessThan(fy.end);
  });
  it('pads by 5 % and lands on whole days', () => {
    const [a, b] = storyDomain([closure]);
    expect(a).toBe(d('2021-12-13'));
    expect(b).toBe(d('2022-01-26'));
    expect(a % DAY).toBe(0);
  });
  it('falls back to all spans when none is short', () => {
    expect(storyDomain([fy])[0]).toBeLessThan(fy.start);
  });
});

describe('pixel ↔ time', () => {
  const dom = [d('2022-01-01'), d('2022-01-11')] as const;
  it.each([
    ['ltr', d('2022-01-01'), 0],
    ['ltr', d('2022-01-06'), 50],
    ['rtl', d('2022-01-01'), 100],
    ['rtl', d('2022-01-11'), 0],
    ['rtl', d('2022-01-03'), 80],
  ] as const)('%s: %s → %s px', (dir, t, px) => {
    const range = directedRange(0, 100, dir);
    expect(linearMap(dom, range).toPx(t)).toBeCloseTo(px, 9);
    expect(linearMap(dom, range).toTime(px)).toBeCloseTo(t, 3);
    expect(timeScale(dom, 0, 100, dir)(t)).toBeCloseTo(px, 9);
  });
  it.each(['ltr', 'rtl'] as const)('transformFor shows the asked view (%s)', (dir) => {
    const range = directedRange(0, 100, dir);
    const base = linearMap(dom, range);
    const view = [d('2022-01-03'), d('2022-01-05')] as const;
    const { k, x } = transformFor(base, range, view);
    expect(k).toBeCloseTo(5, 9);
    expect(k * base.toPx(view[0]) + x).toBeCloseTo(range[0], 9);
    expect(k * base.toPx(view[1]) + x).toBeCloseTo(range[1], 9);
  });
});

describe('timeScale is d3 scaleUtc without d3-scale', () => {
  it.each([
    ['hours', d('2022-01-01'), d('2022-01-02'), 8],
    ['days', d('2022-01-01'), d('2022-01-11'), 6],
    ['months', d('2021-03-05'), d('2022-11-20'), 5],
    ['years', d('1990-01-01'), d('2022-07-01'), 4],
    ['one instant', d('2022-01-01'), d('2022-01-01'), 4],
  ] as const)('%s: the same positions and ticks', (_, d0, d1, n) => {
    for (const dir of ['ltr', 'rtl'] as const) {
      const ours = timeScale([d0, d1], 12, 700, dir);
      const theirs = scaleUtc()
        .domain([new Date(d0), new Date(d1)])
        .range(directedRange(12, 700, dir));
      expect(ours.ticks(n)).toEqual(theirs.ticks(n).map((x) => x.getTime()));
      for (const t of [d0, d1, (d0 + d1) / 2, d0 - DAY, d1 + 3 * DAY])
        expect(ours(t)).toBe(theirs(new Date(t)));
    }
  });
});

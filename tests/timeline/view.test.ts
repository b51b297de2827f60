import { describe, expect, it } from 'vitest';
import { DAY } from '../../src/model/time.ts';
import type { TimeSpan } from '../../src/model/types.ts';
import { linearMap, transformFor } from '../../src/timeline/scale.ts';
import {
  MIN_VIEW,
  fullDomain,
  revealView,
  showsAll,
  viewFromTransform,
  zoomLimits,
} from '../../src/timeline/view.ts';

const s = (a: number, b: number): TimeSpan => ({ start: a * DAY, end: b * DAY });
const v = (a: number, b: number): [number, number] => [a * DAY, b * DAY];

describe('fullDomain', () => {
  it.each<[string, TimeSpan[], [number, number], [number, number]]>([
    ['every span padded by 3 % (at least a day)', [s(0, 100)], v(40, 60), v(-3, 103)],
    ['never narrower than the story', [s(10, 11)], v(0, 30), v(0, 30)],
    ['no spans: the story', [], v(0, 30), v(0, 30)],
  ])('%s', (_, spans, story, want) => expect(fullDomain(spans, story)).toEqual(want));
});

describe('showsAll', () => {
  it.each<[string, [number, number], boolean]>([
    ['exactly everything', v(0, 100), true],
    ['within a day at each end', [0.5 * DAY, 99.5 * DAY], true],
    ['the story only', v(40, 60), false],
    ['missing two days at the end', v(0, 98), false],
  ])('%s', (_, shown, want) => expect(showsAll(shown, v(0, 100))).toBe(want));
});

describe('zoomLimits', () => {
  const story = v(10, 20);
  it.each<[string, readonly [number, number], [number, number]]>([
    ['left to right', [0, 100], [-100, 900]],
    ['right to left: the pan limits stay ordered', [100, 0], [-800, 200]],
  ])('%s', (_, range, pan) => {
    const base = linearMap(story, range);
    const lim = zoomLimits(story, v(0, 100), base);
    expect(lim.pan.map((p) => Math.round(p))).toEqual(pan);
    expect(lim.scale[0]).toBeCloseTo(0.098);
    expect(lim.scale[1]).toBeCloseTo((10 * DAY) / MIN_VIEW);
  });
});

describe('viewFromTransform', () => {
  const story = v(10, 20);
  it('the identity is the story (null)', () => {
    expect(viewFromTransform(linearMap(story, [0, 100]), [0, 100], { k: 1, x: 0 })).toBeNull();
  });
  it.each<[string, readonly [number, number], [number, number]]>([
    ['left to right', [0, 100], v(12, 14)],
    ['right to left', [100, 0], v(12, 14)],
    ['zoomed out past the story', [0, 100], v(0, 40)],
    ['right to left, zoomed out', [100, 0], v(0, 40)],
  ])('round trip with transformFor: %s', (_, range, view) => {
    const base = linearMap(story, range);
    const got = viewFromTransform(base, range, transformFor(base, range, view))!;
    expect(got[0]).toBeCloseTo(view[0], -1);
    expect(got[1]).toBeCloseTo(view[1], -1);
  });
});

describe('revealView', () => {
  const full = v(0, 100);
  it.each<[string, TimeSpan, [number, number], [number, number] | null]>([
    ['already in view: no pan', s(12, 13), v(10, 20), null],
    ['partly in view: no pan', s(18, 25), v(10, 20), null],
    ['later: centred on it, same length', s(50, 52), v(10, 20), v(46, 56)],
    ['earlier: centred on it', s(2, 4), v(10, 20), v(-2, 8)],
    ['longer than the data: centred on its part inside everything', s(90, 200), v(10, 20), v(90, 100)],
  ])('%s', (_, span, shown, want) => expect(revealView(span, shown, full)).toEqual(want));
});

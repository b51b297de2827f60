import { describe, expect, it } from 'vitest';
import type { TimeSpan } from '../../src/model/types.ts';
import { linearMap } from '../../src/timeline/scale.ts';
import { isClickRelease, rangeToSelection, selectionToRange } from '../../src/timeline/selection.ts';

const d = (s: string) => Date.parse(`${s}T00:00:00Z`);
/** 10 days, 20 Jan to 30 Jan, on pixels 0–100 (10 px a day), either way. */
const ltr = linearMap([d('2022-01-20'), d('2022-01-30')], [0, 100]);
const rtl = linearMap([d('2022-01-20'), d('2022-01-30')], [100, 0]);
const span = (a: string, b: string): TimeSpan => ({ start: d(a), end: d(b) });

describe('rangeToSelection', () => {
  it.each<[string, TimeSpan | null, typeof ltr, [number, number] | null]>([
    ['no range', null, ltr, null],
    ['a range in view, left to right', span('2022-01-22', '2022-01-25'), ltr, [20, 50]],
    ['the same range, right to left', span('2022-01-22', '2022-01-25'), rtl, [50, 80]],
    ['clipped to the plot', span('2022-01-10', '2022-01-25'), ltr, [0, 50]],
    ['entirely out of view', span('2022-02-10', '2022-02-12'), ltr, null],
  ])('%s', (_, r, map, want) => expect(rangeToSelection(r, map, 0, 100)).toEqual(want));
});

describe('selectionToRange', () => {
  it.each<[string, [number, number], typeof ltr, TimeSpan]>([
    ['whole days, left to right', [20, 50], ltr, span('2022-01-22', '2022-01-25')],
    ['edges snap to the nearest midnight', [23, 46], ltr, span('2022-01-22', '2022-01-25')],
    ['right to left: the same days from mirrored pixels', [50, 80], rtl, span('2022-01-22', '2022-01-25')],
    ['never shorter than a day', [31, 33], ltr, span('2022-01-23', '2022-01-24')],
  ])('%s', (_, sel, map, want) => expect(selectionToRange(sel, map)).toEqual(want));
});

describe('isClickRelease', () => {
  it.each<[string, [number, number] | null, [number, number] | null, boolean]>([
    ['the brush cleared by a click outside it', null, [10, 20], true],
    ['a click with no range', null, null, true],
    ['a click inside the selection (unmoved)', [10, 20], [10, 20], true],
    ['moved by under a pixel', [10.4, 20.6], [10, 20], true],
    ['dragged', [12, 22], [10, 20], false],
    ['a new selection where there was none', [10, 20], null, false],
  ])('%s', (_, sel, before, want) => expect(isClickRelease(sel, before)).toBe(want));
});

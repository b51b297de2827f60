import { describe, expect, it } from 'vitest';
import { benchVerdict } from '../../bench/verdict.ts';

describe('benchVerdict', () => {
  it.each([
    [[{ name: 'app', values: [900, 950] }], true, 'ok'],
    [[{ name: 'app', values: [null, null] }], false, 'app: 2/2 runs timed out or measured nothing'],
    [[{ name: 'app', values: [900, null, 910] }], false, 'app: 1/3 runs timed out or measured nothing'],
    [[{ name: 'app', values: [] }], false, 'app: no runs'],
    [[{ name: 'kib', values: [Number.NaN] }], false, 'kib: 1/1 runs timed out or measured nothing'],
    [[], false, 'nothing was measured'],
  ])('%j → %s', (series, ok, message) => {
    expect(benchVerdict(series)).toEqual({ ok, message });
  });
});

import { describe, expect, it } from 'vitest';
import { playStart, stepFrom } from '../../src/timeline/sequence.ts';

const order = ['a', 'b', 'c'];

describe('stepFrom', () => {
  it.each<[string, readonly string[], string | null, number, string | null]>([
    ['next from the middle', order, 'b', 1, 'c'],
    ['previous from the middle', order, 'b', -1, 'a'],
    ['nothing selected: next is the first', order, null, 1, 'a'],
    ['nothing selected: previous is the last', order, null, -1, 'c'],
    ['a selection not in the order counts as none', order, 'zz', 1, 'a'],
    ['past the end: null (playback stops)', order, 'c', 1, null],
    ['before the start: null', order, 'a', -1, null],
    ['no events', [], null, 1, null],
    ['two steps', order, 'a', 2, 'c'],
  ])('%s', (_, o, cur, delta, want) => expect(stepFrom(o, cur, delta)).toBe(want));
});

describe('playStart', () => {
  it.each<[string, readonly string[], string | null, string | null]>([
    ['nothing selected: the first', order, null, 'a'],
    ['from the middle: the next', order, 'a', 'b'],
    ['at the last: again from the first', order, 'c', 'a'],
    ['a selection not in the order: the first', order, 'zz', 'a'],
    ['no events', [], null, null],
  ])('%s', (_, o, cur, want) => expect(playStart(o, cur)).toBe(want));
});

import { describe, expect, it } from 'vitest';
import { markKeyAction, type MarkKeyAction } from '../../src/timeline/keys.ts';

/** Marks left to right on screen. */
const order = ['a', 'b', 'c', 'd'];

describe('markKeyAction', () => {
  it.each<[string, string, readonly string[], string, MarkKeyAction]>([
    ['Enter toggles the selection', 'Enter', order, 'b', { kind: 'toggle' }],
    ['Space toggles the selection', ' ', order, 'b', { kind: 'toggle' }],
    ['ArrowRight goes to the right neighbour', 'ArrowRight', order, 'b', { kind: 'focus', id: 'c' }],
    ['ArrowLeft goes to the left neighbour', 'ArrowLeft', order, 'b', { kind: 'focus', id: 'a' }],
    ['ArrowRight stops at the right end', 'ArrowRight', order, 'd', { kind: 'focus', id: 'd' }],
    ['ArrowLeft stops at the left end', 'ArrowLeft', order, 'a', { kind: 'focus', id: 'a' }],
    ['Home goes to the leftmost mark', 'Home', order, 'c', { kind: 'focus', id: 'a' }],
    ['End goes to the rightmost mark', 'End', order, 'b', { kind: 'focus', id: 'd' }],
    [
      'a mark gone from view: ArrowRight starts at the left',
      'ArrowRight',
      order,
      'x',
      { kind: 'focus', id: 'a' },
    ],
    [
      'a mark gone from view: ArrowLeft starts at the left',
      'ArrowLeft',
      order,
      'x',
      { kind: 'focus', id: 'a' },
    ],
    ['one mark: arrows stay on it', 'ArrowRight', ['a'], 'a', { kind: 'focus', id: 'a' }],
    ['no marks: arrows do nothing', 'ArrowRight', [], 'a', null],
    ['no marks: Enter still toggles', 'Enter', [], 'a', { kind: 'toggle' }],
    ['other keys do nothing (Tab leaves the group)', 'Tab', order, 'b', null],
    ['ArrowUp does nothing', 'ArrowUp', order, 'b', null],
    ['Escape does nothing here', 'Escape', order, 'b', null],
  ])('%s', (_, key, o, id, want) => expect(markKeyAction(key, o, id)).toEqual(want));
});

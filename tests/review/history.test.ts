import { describe, expect, it } from 'vitest';
import { canUndo, isUndoKey, record, start, undo } from '../../src/review/history.ts';

describe('undo history', () => {
  it('undoes edits one by one, newest first, then stops', () => {
    let h = start('a');
    h = record(h, 'b');
    h = record(h, 'c');
    expect(h.present).toBe('c');
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(canUndo(h)).toBe(false);
    expect(undo(h)).toBe(h);
  });
  it('does not record an edit that changed nothing', () => {
    const h = start('a');
    expect(record(h, 'a')).toBe(h);
  });
  it('keeps at most `depth` earlier states', () => {
    let h = start(0);
    for (let i = 1; i <= 5; i++) h = record(h, i, 3);
    expect(h.past).toEqual([2, 3, 4]);
  });
});

const key = (over: Partial<Parameters<typeof isUndoKey>[0]>) => ({
  key: 'z',
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  target: { tagName: 'BUTTON' },
  ...over,
});

describe('isUndoKey', () => {
  it.each([
    ['Ctrl+Z on a button', key({ ctrlKey: true }), true],
    ['Cmd+Z', key({ metaKey: true }), true],
    ['Ctrl+Z with caps lock (Z)', key({ ctrlKey: true, key: 'Z' }), true],
    ['Ctrl+Z on the page body (no target)', key({ ctrlKey: true, target: null }), true],
    ['plain z', key({}), false],
    ['Ctrl+Shift+Z (redo)', key({ ctrlKey: true, shiftKey: true }), false],
    ['Ctrl+Alt+Z', key({ ctrlKey: true, altKey: true }), false],
    ['Ctrl+Y', key({ ctrlKey: true, key: 'y' }), false],
    ['Ctrl+Z in an input', key({ ctrlKey: true, target: { tagName: 'INPUT' } }), false],
    ['Ctrl+Z in a textarea', key({ ctrlKey: true, target: { tagName: 'TEXTAREA' } }), false],
    ['Ctrl+Z in a select', key({ ctrlKey: true, target: { tagName: 'SELECT' } }), false],
    [
      'Ctrl+Z in contenteditable',
      key({ ctrlKey: true, target: { tagName: 'DIV', isContentEditable: true } }),
      false,
    ],
  ])('%s → %s', (_, e, want) => expect(isUndoKey(e)).toBe(want));
});

import { describe, expect, it } from 'vitest';
import {
  SHEET_LOWERED,
  SHEET_SNAPS,
  dragHeight,
  snapSheet,
  stepSheet,
  toggleSheet,
} from '../../src/ui/layout.ts';

const [PEEK, LOWERED, OPEN] = SHEET_SNAPS;

describe('phone sheet', () => {
  it('follows the pointer while dragged, within its lowest and highest snaps', () => {
    // Layout 100..900 px: the pointer at 500 leaves half the layout below it.
    expect(dragHeight(500, 100, 800)).toBeCloseTo(0.5);
    expect(dragHeight(890, 100, 800)).toBe(PEEK);
    expect(dragHeight(0, 100, 800)).toBe(OPEN);
    expect(dragHeight(500, 100, 0)).toBe(SHEET_LOWERED);
  });
  it.each([
    [0.1, 0, PEEK],
    [0.3, 0, LOWERED],
    [0.5, 0, LOWERED],
    [0.7, 0, OPEN],
    [0.45, 2, OPEN],
    [0.45, -2, LOWERED],
    [0.4, -2, PEEK],
    [0.88, 3, OPEN],
    [0.16, -3, PEEK],
  ])('released at %d with velocity %d rests at %d', (h, v, want) => expect(snapSheet(h, v)).toBe(want));
  it.each([
    [PEEK, 1, LOWERED],
    [LOWERED, 1, OPEN],
    [OPEN, 1, OPEN],
    [OPEN, -1, LOWERED],
    [LOWERED, -1, PEEK],
    [PEEK, -1, PEEK],
    [0.3, 1, LOWERED],
    [0.3, -1, PEEK],
  ] as const)('a key from %d in direction %d goes to %d', (h, dir, want) =>
    expect(stepSheet(h, dir)).toBe(want),
  );
  it('toggles between lowered and open on a tap', () => {
    expect(toggleSheet(LOWERED)).toBe(OPEN);
    expect(toggleSheet(PEEK)).toBe(OPEN);
    expect(toggleSheet(OPEN)).toBe(LOWERED);
  });
});

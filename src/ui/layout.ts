/**
 * The phone's bottom sheet: its heights (as fractions of the layout) and how a drag or a key press
 * picks one. Pure, so it is tested in node; `SheetHandle.svelte` wires it to pointer and keys.
 */

/** Height of the sheet when lowered: the map frames places above it. */
export const SHEET_LOWERED = 0.42;
/** The sheet's resting heights, lowest first: a peek at the article's title, lowered, open. */
export const SHEET_SNAPS = [0.16, SHEET_LOWERED, 0.88] as const;
/** A drag shorter than this (px) is a tap: it toggles between lowered and open. */
export const TAP_SLOP = 6;
/** A release faster than this (layout heights per second) carries on to the next snap. */
const FLICK = 1.2;

/** The sheet's height while dragged with the pointer at `y` (px from the layout's top), kept in range. */
export function dragHeight(y: number, layoutTop: number, layoutHeight: number): number {
  if (layoutHeight <= 0) return SHEET_LOWERED;
  const h = (layoutTop + layoutHeight - y) / layoutHeight;
  return Math.min(SHEET_SNAPS[SHEET_SNAPS.length - 1]!, Math.max(SHEET_SNAPS[0]!, h));
}

/**
 * Where a released sheet rests: the nearest snap, or, after a flick (`velocity` in layout heights
 * per second, positive upwards), the next snap in the flick's direction.
 */
export function snapSheet(height: number, velocity = 0): number {
  if (Math.abs(velocity) >= FLICK) return stepSheet(height, velocity > 0 ? 1 : -1);
  return nearest(height);
}

/** The next snap up (`dir` 1) or down (-1) from `height`; the same snap at either end. */
export function stepSheet(height: number, dir: 1 | -1): number {
  const snaps = [...SHEET_SNAPS];
  if (dir > 0) return snaps.find((s) => s > height + 1e-6) ?? snaps[snaps.length - 1]!;
  return [...snaps].reverse().find((s) => s < height - 1e-6) ?? snaps[0]!;
}

/** A tap toggles: open when it is lower than open, lowered when it is open. */
export function toggleSheet(height: number): number {
  return height >= SHEET_SNAPS[2] - 1e-6 ? SHEET_LOWERED : SHEET_SNAPS[2];
}

function nearest(height: number): number {
  return SHEET_SNAPS.reduce((best, s) => (Math.abs(s - height) < Math.abs(best - height) ? s : best));
}

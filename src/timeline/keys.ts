/**
 * The timeline's keyboard, as a pure function: what a key pressed on a focused mark does. Marks form
 * one tab stop (roving tabindex); arrows move between them in screen order, so ArrowRight always goes
 * to the mark on the right, whichever way time runs.
 */

/** What a key does on a mark: select or unselect it, move focus to another mark, or nothing. */
export type MarkKeyAction = { kind: 'toggle' } | { kind: 'focus'; id: string } | null;

/**
 * The action for `key` pressed on mark `id`, where `order` lists the marks left to right on screen.
 * Enter and Space toggle the selection; ArrowLeft/ArrowRight go to the neighbour (stopping at the
 * ends); Home and End go to the leftmost and rightmost mark. Any other key does nothing (null), so the
 * caller prevents the default only when there is an action.
 */
export function markKeyAction(key: string, order: readonly string[], id: string): MarkKeyAction {
  if (key === 'Enter' || key === ' ') return { kind: 'toggle' };
  if (order.length === 0) return null;
  const last = order.length - 1;
  const i = order.indexOf(id);
  let j: number;
  if (key === 'ArrowRight') j = Math.min(last, i + 1);
  else if (key === 'ArrowLeft') j = Math.max(0, i - 1);
  else if (key === 'Home') j = 0;
  else if (key === 'End') j = last;
  else return null;
  return { kind: 'focus', id: order[j]! };
}

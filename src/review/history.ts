/**
 * Undo for the review page: every edit yields a new folder value (edit.ts never mutates), so the
 * history is a bounded stack of earlier values. Pure, so node tests cover it.
 */
export interface History<T> {
  readonly past: readonly T[];
  readonly present: T;
}

/** How many edits can be undone. */
export const UNDO_DEPTH = 100;

export const start = <T>(present: T): History<T> => ({ past: [], present });

/** The state after an edit; an edit that changes nothing (same value) is not recorded. */
export function record<T>(h: History<T>, next: T, depth = UNDO_DEPTH): History<T> {
  if (next === h.present) return h;
  return { past: [...h.past, h.present].slice(-depth), present: next };
}

/** The state before the last edit; the same history when there is nothing to undo. */
export function undo<T>(h: History<T>): History<T> {
  const prev = h.past.at(-1);
  return prev === undefined ? h : { past: h.past.slice(0, -1), present: prev };
}

export const canUndo = (h: History<unknown>): boolean => h.past.length > 0;

/** True for the undo shortcut (Ctrl+Z, or Cmd+Z on a Mac) outside a text field, which keeps its own undo. */
export function isUndoKey(e: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  target?: { tagName?: string; isContentEditable?: boolean } | null;
}): boolean {
  if (!(e.ctrlKey || e.metaKey) || e.shiftKey || e.altKey || e.key.toLowerCase() !== 'z') return false;
  const tag = e.target?.tagName;
  return !(tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || e.target?.isContentEditable);
}

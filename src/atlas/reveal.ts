/**
 * What a choice in the atlas's list opens, brought into view, and the way back. On a phone the page
 * is one column (map, its card, timeline, list): a place tapped in the list opens its card above
 * the list, out of sight, while the list under the finger narrows to the place's articles. So the
 * card comes into view (with the map above it), and focus moves into it: the button the reader
 * pressed now belongs to another row. On a desktop the card is already over the map; only focus
 * moves. Closing the card puts focus back on the place's button in the row the reader left.
 */
import { prefersReducedMotion } from 'svelte/motion';

/** Smooth, unless the reader prefers reduced motion. */
const behavior = (): ScrollBehavior => (prefersReducedMotion.current ? 'instant' : 'smooth');

/** Wholly inside the window (a card's name, a button). */
export function inWindow(el: Element): boolean {
  const r = el.getBoundingClientRect();
  return r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth;
}

/**
 * Scrolls `box` to the window's top when `mark` is not wholly in view (nothing moves when it is),
 * then focuses `focus` without a second scroll.
 */
export function reveal(mark: Element, box: Element, focus: HTMLElement): void {
  if (!inWindow(mark)) box.scrollIntoView({ block: 'start', inline: 'nearest', behavior: behavior() });
  focus.focus({ preventScroll: true });
}

/** Focuses `el` and scrolls it to the middle of its scroller when it is not wholly in view. */
export function returnTo(el: HTMLElement): void {
  el.focus({ preventScroll: true });
  if (!inWindow(el)) el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: behavior() });
}

/**
 * The timeline's d3 brush as a Svelte attachment on its `<g>`. User gestures are reported; moves
 * made to follow app state are not: d3-brush marks a gesture's events with a `sourceEvent`, and a
 * programmatic `brush.move` has none, so state → brush → state never loops.
 */
import type { D3BrushEvent } from 'd3-brush';
import { untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import { gestures, loadGestures } from './gestures.svelte.ts';
import type { PxSelection } from './selection.ts';

export interface BrushOptions {
  /** The brushable box `[[x0, y0], [x1, y1]]`; read reactively: the brush is rebuilt when it changes. */
  extent: () => [[number, number], [number, number]];
  /** Where the selection belongs (from app state), null for none; read reactively, followed silently. */
  selection: () => PxSelection | null;
  /** While the user drags. */
  onBrush: (sel: PxSelection) => void;
  /**
   * When the user lets go: the selection left (null when cleared). Return `'restore'` to put the
   * brush back where `selection()` says (a click that meant something else, such as a mark).
   */
  onEnd: (sel: PxSelection | null) => void | 'restore';
  /**
   * True: wait for the gesture modules to be loaded by someone else (the app's timeline loads them
   * after the first view); otherwise the brush loads them itself when attached.
   */
  deferred?: boolean;
}

/**
 * A brush along x on the element, following `selection()` and reporting user gestures only; attached
 * once the gesture modules have loaded (`gestures.svelte.ts`), nothing before.
 */
export function timelineBrush(o: BrushOptions): Attachment<SVGGElement> {
  return (el) => {
    const d3 = gestures();
    if (!d3) {
      if (!o.deferred) void loadGestures();
      return;
    }
    const { brushX, select } = d3;
    const g = select(el);
    const b = brushX<unknown>()
      .extent(o.extent())
      .on('brush', (ev: D3BrushEvent<unknown>) => {
        if (!ev.sourceEvent || !ev.selection) return;
        o.onBrush(ev.selection as [number, number]);
      })
      .on('end', (ev: D3BrushEvent<unknown>) => {
        if (!ev.sourceEvent) return; // a programmatic move: nothing to report
        if (o.onEnd((ev.selection as [number, number] | null) ?? null) === 'restore') untrack(follow);
      });
    const follow = () => g.call(b.move, o.selection() as [number, number] | null);
    untrack(() => g.call(b));
    // App state (URL, Clear, another view) or the view → brush, without re-emitting.
    $effect(() => {
      const sel = o.selection();
      untrack(() => g.call(b.move, sel as [number, number] | null));
    });
    return () => {
      g.on('.brush', null);
    };
  };
}

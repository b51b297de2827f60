/**
 * The timeline's zoom and pan: one d3-zoom behaviour on the `<svg>`, owner of the visible domain
 * (`view`). Wheel zooms anywhere; drags and pinches pan only on the axis band (`.tl-pan`), because
 * the plot belongs to the brush. The maths is in `view.ts`. d3-zoom attaches once the gesture modules
 * have loaded (`gestures.svelte.ts`); before that `show` sets the view without animation.
 */
import type { D3ZoomEvent, ZoomBehavior, ZoomTransform } from 'd3-zoom';
import { untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import { prefersReducedMotion } from 'svelte/motion';
import type { TimeSpan } from '../model/types.ts';
import { gestures, type GesturesD3 } from './gestures.svelte.ts';
import { linearMap, transformFor } from './scale.ts';
import { revealView, viewFromTransform, zoomLimits } from './view.ts';

/** What the zoom is built from; when any of it changes the behaviour is rebuilt, keeping the view. */
export interface ZoomGeometry {
  /** The default view (identity zoom). */
  story: readonly [number, number];
  /** How far it zooms out. */
  full: readonly [number, number];
  /** Screen x of the plot's start and end of time (reversed when time runs right to left). */
  range: readonly [number, number];
  left: number;
  right: number;
  height: number;
}

/** Which pointer gestures the zoom takes (d3-zoom `filter`). */
export function zoomGesture(ev: Event): boolean {
  if (ev.type === 'wheel') return true;
  if ((ev as MouseEvent).button) return false;
  const target = ev.target as Element | null;
  return !!target?.closest('.tl-pan') || (ev.type === 'touchstart' && (ev as TouchEvent).touches.length > 1);
}

export class TimelineZoom {
  /** The visible domain; null = the story. Written by the behaviour's `zoom` events (by `show` before it attaches). */
  view = $state.raw<[number, number] | null>(null);
  #geometry: () => ZoomGeometry;
  #el: SVGSVGElement | null = null;
  #behaviour: ZoomBehavior<SVGSVGElement, unknown> | null = null;
  #base = linearMap([0, 1], [0, 1]);
  #range: readonly [number, number] = [0, 1];
  #identity: ZoomTransform | null = null;
  #select: GesturesD3['select'] | null = null;

  constructor(geometry: () => ZoomGeometry) {
    this.#geometry = geometry;
  }

  /** Attach to the timeline's `<svg>`. */
  attach: Attachment<SVGSVGElement> = (el) => {
    const d3 = gestures();
    if (!d3) return;
    const { select, zoom: d3zoom, zoomIdentity } = d3;
    const g = this.#geometry();
    const base = linearMap(g.story, g.range);
    const limits = zoomLimits(g.story, g.full, base);
    const range = g.range;
    const zb = d3zoom<SVGSVGElement, unknown>()
      .extent([
        [g.left, 0],
        [g.right, g.height],
      ])
      .scaleExtent(limits.scale)
      .translateExtent([
        [limits.pan[0], 0],
        [limits.pan[1], g.height],
      ])
      .filter(zoomGesture)
      .on('zoom', (ev: D3ZoomEvent<SVGSVGElement, unknown>) => {
        this.view = viewFromTransform(base, range, ev.transform);
      });
    this.#el = el;
    this.#behaviour = zb;
    this.#identity = zoomIdentity;
    this.#select = select;
    this.#base = base;
    this.#range = range;
    const sel = select(el);
    untrack(() => {
      sel.call(zb).on('dblclick.zoom', null);
      sel.call(zb.transform, this.#transform(this.view));
    });
    return () => {
      sel.on('.zoom', null);
      this.#behaviour = null;
      this.#el = null;
    };
  };

  #transform(v: readonly [number, number] | null): ZoomTransform {
    const identity = this.#identity!;
    if (!v) return identity;
    const { k, x } = transformFor(this.#base, this.#range, v);
    return identity.translate(x, 0).scale(k);
  }

  /** Zooms to `v` (null: the story), animated unless the reader prefers reduced motion. */
  show(v: readonly [number, number] | null): void {
    if (!this.#el || !this.#behaviour || !this.#select) {
      // Before d3-zoom is attached: the view itself (attaching later keeps it).
      this.view = v ? [v[0], v[1]] : null;
      return;
    }
    const target = this.#transform(v);
    const sel = this.#select(this.#el);
    if (prefersReducedMotion.current) sel.call(this.#behaviour.transform, target);
    else sel.transition().duration(350).call(this.#behaviour.transform, target);
  }

  /** Pans, keeping the zoom, so that some of `span` is in view. */
  reveal(span: TimeSpan, shown: readonly [number, number]): void {
    const v = revealView(span, shown, this.#geometry().full);
    if (v) this.show(v);
  }
}

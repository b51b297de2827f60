/**
 * The timeline's geometry as plain data: scale, ticks, lanes and marks for a view. Pure, so the
 * component and the SVG renderer (`svg.ts`, snapshot-tested) draw the same layout.
 */
import type { Certainty, Lang } from '../model/types.ts';
import type { Digits } from '../model/prefs.ts';
import { tickLabel } from './format.ts';
import { assignLanes } from './lanes.ts';
import { timeScale, type TimeDir } from './scale.ts';
import { dir } from '../languages.ts';

/** One event as the timeline draws it (already in the interface language). */
export interface TimelineItem {
  id: string;
  /** Title in the interface language (or English when there is no Arabic). */
  label: string;
  labelLang: Lang;
  /** The date as people read it, for the accessible name ("Thu 20 Jan 2022"). */
  dateLabel: string;
  /** Half-open span, epoch ms. */
  start: number;
  end: number;
  /** Drawn as a bar (the date is an interval) rather than a mark. */
  range: boolean;
  certainty: Certainty;
  origin: 'article' | 'context';
}

/** What the timeline shows. */
export interface TimelineInput {
  items: readonly TimelineItem[];
  /** The article's publication: a span (its day) and a label. */
  published?: { start: number; end: number; label: string };
}

export interface LayoutOptions {
  width: number;
  height: number;
  lang: Lang;
  dir: TimeDir;
  digits?: Digits;
  /** The visible time domain `[from, to)`. */
  view: readonly [number, number];
  /** Room above the lanes (for the publication label); `MARGIN.top` by default. */
  top?: number;
  /** Pixels per axis tick, about; 95 by default. */
  tickSpacing?: number;
}

export interface MarkLayout {
  id: string;
  kind: 'instant' | 'range';
  lane: number;
  /** Box of the drawn shape, clipped to the plot (px). */
  x: number;
  y: number;
  w: number;
  h: number;
  /** Centre (instants) or the middle of the visible bar. */
  cx: number;
  cy: number;
  /** The span's true extent on screen when wider than the mark (precision band), else null. */
  band: { x: number; w: number } | null;
  /** The span goes on before / after the view: draw an arrow at that screen side. */
  clipped: { left: boolean; right: boolean };
  /**
   * A label drawn inside a bar, already shortened to fit; null when none fits. `anchor` is for the
   * label's own writing direction `dir` (in RTL text, `start` is the right side).
   */
  text: { x: number; anchor: 'start' | 'end'; dir: 'ltr' | 'rtl'; value: string } | null;
  item: TimelineItem;
}

export interface Layout {
  width: number;
  height: number;
  dir: TimeDir;
  plot: { left: number; right: number; top: number; bottom: number };
  axisY: number;
  ticks: { t: number; x: number; label: string }[];
  laneCount: number;
  laneH: number;
  marks: MarkLayout[];
  /** The publication rule at `x`; its label centred at `labelX`, moved in from the edges to stay whole. */
  published: { x: number; label: string; labelX: number } | null;
}

export const MARGIN = { side: 14, top: 16, axis: 20 };
/** Largest instant mark (px). */
export const MARK = 12;
const CHAR_W = 6.2;

/** Half a tick label's estimated width (px). */
const halfLabel = (label: string): number => (label.length * CHAR_W) / 2;

/** Two neighbouring tick labels (in either screen order) would come closer than 8 px. */
export function labelsCollide(ticks: readonly { x: number; label: string }[]): boolean {
  const byX = [...ticks].sort((a, b) => a.x - b.x);
  return byX.some(
    (tk, i) => i > 0 && tk.x - halfLabel(tk.label) < byX[i - 1]!.x + halfLabel(byX[i - 1]!.label) + 8,
  );
}

/** `text` shortened with an ellipsis to about `px` wide (by a character-width estimate). */
export function fitText(text: string, px: number): string | null {
  const max = Math.floor(px / CHAR_W);
  if (max < 4) return null;
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Lays out `input` for one view. Items entirely outside the view are left out. */
export function layoutTimeline(input: TimelineInput, o: LayoutOptions): Layout {
  const plot = {
    left: MARGIN.side,
    right: o.width - MARGIN.side,
    top: o.top ?? MARGIN.top,
    bottom: o.height - MARGIN.axis,
  };
  const x = timeScale(o.view, plot.left, plot.right, o.dir);
  const px = x;
  const [v0, v1] = o.view;
  const visible = input.items.filter((it) => it.end > v0 && it.start < v1);

  const size = MARK;
  const extents = visible.map((it) => {
    const a = px(Math.max(it.start, v0));
    const b = px(Math.min(it.end, v1));
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    if (it.range) return { start: lo, end: Math.max(hi, lo + 3) };
    const c = (lo + hi) / 2;
    return { start: c - size / 2, end: c + size / 2 };
  });
  const { lanes, count } = assignLanes(extents, 3);
  const laneH = Math.max(8, Math.min(22, (plot.bottom - plot.top - 4) / Math.max(1, count)));

  const marks: MarkLayout[] = visible.map((it, i) => {
    const e = extents[i]!;
    const lane = lanes[i]!;
    const y0 = plot.top + 2 + lane * laneH;
    const h = Math.max(6, laneH - 4);
    const cy = y0 + laneH / 2;
    const before = it.start < v0;
    const after = it.end > v1;
    const clipped = o.dir === 'ltr' ? { left: before, right: after } : { left: after, right: before };
    if (it.range) {
      const w = e.end - e.start;
      const room = w - 8 - (clipped.left ? 8 : 0) - (clipped.right ? 8 : 0);
      const value = fitText(it.label, room);
      // Labels sit at the bar's earlier end: the left in LTR time, the right in RTL time.
      const atLeft = o.dir === 'ltr';
      const tdir = dir(it.labelLang);
      const text = value
        ? {
            x: atLeft ? e.start + 4 + (clipped.left ? 8 : 0) : e.end - 4 - (clipped.right ? 8 : 0),
            anchor: atLeft === (tdir === 'ltr') ? ('start' as const) : ('end' as const),
            dir: tdir,
            value,
          }
        : null;
      return {
        id: it.id,
        kind: 'range',
        lane,
        x: e.start,
        y: cy - h / 2,
        w,
        h,
        cx: (e.start + e.end) / 2,
        cy,
        band: null,
        clipped,
        text,
        item: it,
      };
    }
    const s = Math.min(size, h);
    const a = px(it.start);
    const b = px(it.end);
    const bw = Math.abs(b - a);
    return {
      id: it.id,
      kind: 'instant',
      lane,
      x: e.start + (size - s) / 2,
      y: cy - s / 2,
      w: s,
      h: s,
      cx: (e.start + e.end) / 2,
      cy,
      band: bw > s ? { x: Math.min(a, b), w: bw } : null,
      clipped,
      text: null,
      item: it,
    };
  });

  // At least four asked for: fewer makes d3 jump from weeks to years; thinning below handles crowding.
  const nTicks = Math.max(4, Math.floor((plot.right - plot.left) / (o.tickSpacing ?? 95)));
  const all = x.ticks(nTicks).map((t) => ({ t, x: px(t), label: tickLabel(t, o.lang, o.digits) }));
  // Every k-th tick, k growing until no two labels touch (long Arabic month names on a narrow strip)...
  let ticks = all;
  for (let k = 2; k < all.length && labelsCollide(ticks); k++) ticks = all.filter((_, i) => i % k === 0);
  // ...and a label that would be cut by the edge is left out rather than shown half.
  ticks = ticks.filter((tk) => tk.x - halfLabel(tk.label) >= 0 && tk.x + halfLabel(tk.label) <= o.width);

  const pub = input.published;
  let published: Layout['published'] = null;
  if (pub && pub.end > v0 && pub.start < v1) {
    const at = px((pub.start + pub.end) / 2);
    const half = Math.min(halfLabel(pub.label), o.width / 2 - 2);
    published = { x: at, label: pub.label, labelX: Math.min(Math.max(at, half + 2), o.width - half - 2) };
  }

  return {
    width: o.width,
    height: o.height,
    dir: o.dir,
    plot,
    axisY: plot.bottom,
    ticks,
    laneCount: count,
    laneH,
    marks,
    published,
  };
}

/** An SVG path for an instant: a diamond for events the article states, a circle for context. */
export function instantPath(m: MarkLayout): string {
  const r = m.w / 2;
  const { cx, cy } = m;
  if (m.item.origin === 'article')
    return `M${r1(cx)},${r1(cy - r - 1)}L${r1(cx + r + 1)},${r1(cy)}L${r1(cx)},${r1(cy + r + 1)}L${r1(cx - r - 1)},${r1(cy)}Z`;
  return `M${r1(cx - r)},${r1(cy)}a${r1(r)},${r1(r)} 0 1,0 ${r1(2 * r)},0a${r1(r)},${r1(r)} 0 1,0 ${r1(-2 * r)},0Z`;
}

/** A small arrow at the left or right end of a clipped bar, pointing off the view. */
export function clipArrowPath(m: MarkLayout, side: 'left' | 'right'): string {
  const h = Math.min(m.h - 2, 8);
  const y = m.cy;
  if (side === 'left') {
    const x = m.x + 2;
    return `M${r1(x)},${r1(y)}L${r1(x + 6)},${r1(y - h / 2)}L${r1(x + 6)},${r1(y + h / 2)}Z`;
  }
  const x = m.x + m.w - 2;
  return `M${r1(x)},${r1(y)}L${r1(x - 6)},${r1(y - h / 2)}L${r1(x - 6)},${r1(y + h / 2)}Z`;
}

/** Rounds to 0.1 px: stable snapshots, smaller markup. */
export const r1 = (n: number): number => Math.round(n * 10) / 10;

/**
 * The mark under a point (px), or null: instants before bars (they are smaller and drawn on top),
 * with `slop` px of tolerance for fingers.
 */
/** WCAG 2.2 (2.5.8, target size): every mark answers a pointer over at least this many px square. */
export const MIN_TARGET = 24;

/**
 * The box a pointer hits a mark in: the mark grown by `slop` on each side, and to at least
 * {@link MIN_TARGET} px square around its middle (a 13 px diamond is a 24 × 24 target).
 */
export function hitBox(
  m: Pick<MarkLayout, 'x' | 'y' | 'w' | 'h'>,
  slop = 3,
): { x: number; y: number; w: number; h: number } {
  const w = Math.max(m.w + 2 * slop, MIN_TARGET);
  const h = Math.max(m.h + 2 * slop, MIN_TARGET);
  return { x: m.x + m.w / 2 - w / 2, y: m.y + m.h / 2 - h / 2, w, h };
}

export function hitTest(layout: Layout, x: number, y: number, slop = 3): string | null {
  let best: MarkLayout | null = null;
  for (const m of layout.marks) {
    const b = hitBox(m, slop);
    if (x < b.x || x > b.x + b.w || y < b.y || y > b.y + b.h) continue;
    if (!best || (best.kind === 'range' && m.kind === 'instant')) best = m;
  }
  return best?.id ?? null;
}

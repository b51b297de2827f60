/**
 * Canvas drawing for large event sets (thousands to hundreds of thousands): one bar per pixel
 * column, its height the number of events overlapping that column (see `bins.ts`), with the events
 * inside the time filter drawn over the rest in ink.
 */
import type { TimeDir } from './scale.ts';

export interface BinsStyle {
  left: number;
  top: number;
  height: number;
  dir: TimeDir;
  /** Count that fills the height (the busiest column). */
  max: number;
  all: string;
  inRange: string;
}

/** Sizes the canvas backing store for the device pixel ratio; returns true when it changed. */
export function fitCanvas(canvas: HTMLCanvasElement, width: number, height: number, dpr: number): boolean {
  const w = Math.round(width * dpr);
  const h = Math.round(height * dpr);
  if (canvas.width === w && canvas.height === h) return false;
  canvas.width = w;
  canvas.height = h;
  return true;
}

function columns(ctx: CanvasRenderingContext2D, counts: Int32Array, bins: number, s: BinsStyle): void {
  const bottom = s.top + s.height;
  // Square root: a busy day should not flatten every other column.
  const k = s.height / Math.sqrt(s.max);
  ctx.beginPath();
  for (let i = 0; i < bins; i++) {
    const c = counts[i]!;
    if (c === 0) continue;
    const h = Math.max(1, Math.sqrt(c) * k);
    const x = s.dir === 'ltr' ? s.left + i : s.left + bins - 1 - i;
    ctx.rect(x, bottom - h, 1, h);
  }
  ctx.fill();
}

/** Draws `all` (every event) and, over it, `inRange` (events in the filter) per column. */
export function drawBins(
  ctx: CanvasRenderingContext2D,
  dpr: number,
  all: Int32Array,
  inRange: Int32Array | null,
  bins: number,
  s: BinsStyle,
): void {
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, ctx.canvas.width / dpr, ctx.canvas.height / dpr);
  ctx.fillStyle = s.all;
  columns(ctx, all, bins, s);
  if (inRange) {
    ctx.fillStyle = s.inRange;
    columns(ctx, inRange, bins, s);
  }
}

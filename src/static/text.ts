/**
 * Label layout for the static renderer without a font engine: advance widths estimated per
 * character class for Noto Sans (Arabic ≈ 0.5 em, Latin ≈ 0.55 em), MapLibre's line height
 * (1.2 em), `text-max-width` wrapping, anchors and offsets, and a greedy collision pass in
 * MapLibre's priority order. Estimates are for placement only; the browser or PDF renderer
 * shapes the real glyphs.
 */
import { overlaps, type Rect } from './svg.ts';

export const LINE_HEIGHT = 1.2;
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;

/** Whether a label is right-to-left (its first strong character is Arabic). */
export const isRtl = (text: string): boolean => {
  for (const ch of text) {
    if (ARABIC.test(ch)) return true;
    if (/[A-Za-z]/.test(ch)) return false;
  }
  return false;
};

/** Estimated advance of `text` in px at `size` px, with `letterSpacing` em between characters. */
export function measure(text: string, size: number, letterSpacing = 0): number {
  let em = 0;
  let n = 0;
  for (const ch of text) {
    n++;
    if (ch === ' ') em += 0.26;
    else if (ARABIC.test(ch)) em += /[\u064b-\u065f\u0670]/.test(ch) ? 0 : 0.5;
    else if (/[A-Z]/.test(ch)) em += 0.66;
    else if (/[0-9]/.test(ch)) em += 0.57;
    else if (/[.,:;'’()|-]/.test(ch)) em += 0.3;
    else em += 0.55;
  }
  return (em + Math.max(0, n - 1) * letterSpacing) * size;
}

/** Lines of a label: explicit `\n` breaks, then words wrapped to `maxWidth` em (MapLibre's default 10). */
export function wrap(text: string, size: number, maxWidthEm = 10, letterSpacing = 0): string[] {
  const limit = maxWidthEm * size;
  const out: string[] = [];
  for (const para of text.split('\n')) {
    const words = para.split(/\s+/).filter(Boolean);
    let line = '';
    for (const w of words) {
      const next = line ? `${line} ${w}` : w;
      if (line && measure(next, size, letterSpacing) > limit) {
        out.push(line);
        line = w;
      } else line = next;
    }
    if (line) out.push(line);
  }
  return out;
}

export type Anchor =
  'center' | 'left' | 'right' | 'top' | 'bottom' | 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';

/** A label laid out at one anchor: its box (px) and where each line's baseline goes. */
export interface PlacedText {
  box: Rect;
  /** x of the text-anchor point and the SVG `text-anchor` to use there. */
  x: number;
  textAnchor: 'start' | 'middle' | 'end';
  baselines: number[];
}

/**
 * Lays out `lines` at point (x, y) with MapLibre's `text-anchor` semantics (the anchor names the
 * side of the text that touches the point) and an offset in em.
 */
export function layoutText(
  lines: readonly string[],
  x: number,
  y: number,
  size: number,
  anchor: Anchor,
  offsetEm: [number, number],
  letterSpacing = 0,
): PlacedText {
  const w = Math.max(...lines.map((l) => measure(l, size, letterSpacing)));
  const h = lines.length * LINE_HEIGHT * size;
  const ox = x + offsetEm[0] * size;
  const oy = y + offsetEm[1] * size;
  const hAlign = anchor.includes('left') ? 'left' : anchor.includes('right') ? 'right' : 'center';
  const vAlign = anchor.startsWith('top') ? 'top' : anchor.startsWith('bottom') ? 'bottom' : 'center';
  const x0 = hAlign === 'left' ? ox : hAlign === 'right' ? ox - w : ox - w / 2;
  const y0 = vAlign === 'top' ? oy : vAlign === 'bottom' ? oy - h : oy - h / 2;
  const textX = hAlign === 'left' ? x0 : hAlign === 'right' ? x0 + w : x0 + w / 2;
  const baselines = lines.map((_, i) => y0 + (i + 0.5) * LINE_HEIGHT * size + 0.34 * size);
  return {
    box: { x0, y0, x1: x0 + w, y1: y0 + h },
    x: textX,
    // Physical alignment; the renderer flips start/end for right-to-left text.
    textAnchor: hAlign === 'left' ? 'start' : hAlign === 'right' ? 'end' : 'middle',
    baselines,
  };
}

/** MapLibre's `text-radial-offset` per anchor, as an [x, y] em offset. */
export function radialOffset(anchor: Anchor, r: number): [number, number] {
  const d = r / Math.SQRT2;
  switch (anchor) {
    case 'left':
      return [r, 0];
    case 'right':
      return [-r, 0];
    case 'top':
      return [0, r];
    case 'bottom':
      return [0, -r];
    case 'top-left':
      return [d, d];
    case 'top-right':
      return [-d, d];
    case 'bottom-left':
      return [d, -d];
    case 'bottom-right':
      return [-d, -d];
    default:
      return [0, 0];
  }
}

/** Boxes already placed; `fits` tests a candidate, `add` keeps it. */
export class CollisionIndex {
  private boxes: Rect[] = [];
  fits(b: Rect, padding: number): boolean {
    const p = { x0: b.x0 - padding, y0: b.y0 - padding, x1: b.x1 + padding, y1: b.y1 + padding };
    return !this.boxes.some((o) => overlaps(o, p));
  }
  add(b: Rect): void {
    this.boxes.push(b);
  }
}

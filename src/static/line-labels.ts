/**
 * Where a label follows a line (a river's name): the pieces of the line in view are joined across
 * tile seams, and the label's path is the stretch of the right length that bends least, preferring
 * the middle of the longest piece, within `maxAngle` degrees between neighbouring half-em steps (as
 * MapLibre's `text-max-angle`). The path is smoothed and runs left to right, so the text never reads
 * upside down; SVG lays out a right-to-left label along it in its own order. Pure; table-tested.
 */
import type { Ring } from './svg.ts';

type Pt = [number, number];

const close = (a: Pt, b: Pt, tol: number) => Math.abs(a[0] - b[0]) <= tol && Math.abs(a[1] - b[1]) <= tol;

/**
 * Joins polylines whose ends meet (within `tol` px), in either direction: a river cut at every tile
 * edge becomes one line again.
 */
export function mergePieces(pieces: readonly Ring[], tol = 1.5): Ring[] {
  const open: Ring[] = pieces.filter((p) => p.length > 1).map((p) => [...p]);
  let merged = true;
  while (merged) {
    merged = false;
    for (let i = 0; i < open.length && !merged; i++)
      for (let j = 0; j < open.length && !merged; j++) {
        if (i === j) continue;
        const a = open[i]!;
        const b = open[j]!;
        let joined: Ring | null = null;
        if (close(a[a.length - 1]!, b[0]!, tol)) joined = [...a, ...b.slice(1)];
        else if (close(a[a.length - 1]!, b[b.length - 1]!, tol))
          joined = [...a, ...[...b].reverse().slice(1)];
        if (joined) {
          open[i] = joined;
          open.splice(j, 1);
          merged = true;
        }
      }
  }
  return open;
}

/** A polyline measured along its length, with the point at any distance. */
function measured(line: Ring) {
  const cum = [0];
  for (let i = 1; i < line.length; i++)
    cum.push(cum[i - 1]! + Math.hypot(line[i]![0] - line[i - 1]![0], line[i]![1] - line[i - 1]![1]));
  const at = (d: number): Pt => {
    let i = 1;
    while (i < cum.length - 1 && cum[i]! < d) i++;
    const seg = cum[i]! - cum[i - 1]!;
    const t = seg > 0 ? (d - cum[i - 1]!) / seg : 0;
    const a = line[i - 1]!;
    const b = line[i]!;
    return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
  };
  return { length: cum[cum.length - 1]!, at };
}

const turn = (a: number, b: number) => {
  let d = b - a;
  while (d > Math.PI) d -= 2 * Math.PI;
  while (d < -Math.PI) d += 2 * Math.PI;
  return Math.abs(d);
};

export interface LinePathOptions {
  /** Length the label needs along the line (px). */
  length: number;
  /** Font size (px): the sampling step is half of it. */
  size: number;
  /** Largest bend between neighbouring half-em steps, in degrees. */
  maxAngle: number;
  /** Every point of the path must lie in this box (the view, inset by half the text height). */
  box: { x0: number; y0: number; x1: number; y1: number };
  /** Move the path this many px to its left (up, for a path running left to right): text beside a thick line. */
  offset?: number;
}

/** The label's path (left to right, sampled every half em), or null when no stretch will do. */
export function linePath(lines: readonly Ring[], o: LinePathOptions): Ring | null {
  const step = Math.max(1, o.size / 2);
  const inside = ([x, y]: Pt) => x >= o.box.x0 && x <= o.box.x1 && y >= o.box.y0 && y <= o.box.y1;
  let best: { score: number; pts: Pt[] } | null = null;
  const maxTurn = (o.maxAngle * Math.PI) / 180;
  for (const line of lines) {
    const m = measured(line);
    if (m.length < o.length + step) continue;
    const half = o.length / 2;
    const n = Math.max(2, Math.ceil(o.length / step) + 1);
    for (let c = half; c <= m.length - half + 1e-9; c += Math.max(4, step)) {
      const pts: Pt[] = [];
      for (let k = 0; k < n; k++) pts.push(m.at(c - half + (k * o.length) / (n - 1)));
      if (!pts.every(inside)) continue;
      // Headings over one em (a chord two samples long) smooth out the vertices of the tile geometry.
      const heads: number[] = [];
      for (let k = 0; k + 2 < pts.length; k++)
        heads.push(Math.atan2(pts[k + 2]![1] - pts[k]![1], pts[k + 2]![0] - pts[k]![0]));
      let total = 0;
      let worst = 0;
      for (let k = 1; k < heads.length; k++) {
        const t = turn(heads[k - 1]!, heads[k]!);
        total += t;
        worst = Math.max(worst, t);
      }
      if (worst > maxTurn) continue;
      // Straight, level and central: bends cost, so do steepness (a name is easier to read
      // flat) and distance from the middle of the piece.
      const first = pts[0]!;
      const last = pts[pts.length - 1]!;
      const steep = Math.abs(Math.sin(Math.atan2(last[1] - first[1], last[0] - first[0])));
      const score =
        total +
        0.6 * steep +
        (0.5 * Math.abs(c - m.length / 2)) / m.length -
        Math.min(1, m.length / 1000) * 0.1;
      if (!best || score < best.score) best = { score, pts };
    }
  }
  if (!best) return null;
  let pts = best.pts;
  // Smoothed (moving average of three samples, ends kept), then turned to run left to right.
  pts = pts.map((p, i) =>
    i === 0 || i === pts.length - 1
      ? p
      : ([(pts[i - 1]![0] + p[0] + pts[i + 1]![0]) / 3, (pts[i - 1]![1] + p[1] + pts[i + 1]![1]) / 3] as Pt),
  );
  if (pts[pts.length - 1]![0] < pts[0]![0]) pts.reverse();
  if (o.offset) {
    const off = o.offset;
    pts = pts.map((p, i) => {
      const a = pts[Math.max(0, i - 1)]!;
      const b = pts[Math.min(pts.length - 1, i + 1)]!;
      const len = Math.hypot(b[0] - a[0], b[1] - a[1]) || 1;
      // The left-hand normal of a path running left to right points up the screen.
      return [p[0] + ((b[1] - a[1]) / len) * off, p[1] - ((b[0] - a[0]) / len) * off] as Pt;
    });
  }
  return pts;
}

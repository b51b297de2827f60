/** SVG string helpers for the static renderer: escaping, colours, compact paths, clipping. Pure. */

/**
 * Escapes text and attribute values (`&`, `<`, `>`, quotes): data never becomes markup. A character
 * XML cannot hold (a C0 control but tab, LF and CR; a lone surrogate; U+FFFE/U+FFFF) becomes U+FFFD,
 * so the document always parses: the validator refuses them in data (issue 19.2), this is the
 * writer's own guard for a string that came another way.
 */
export function esc(s: string): string {
  return s.replace(NOT_XML, '\ufffd').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
// eslint-disable-next-line no-control-regex -- the characters XML 1.0 does not allow
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/gu;

/** ` name="value"` pairs from a record; `undefined`/`null`/`false` values are left out. */
export function attrs(a: Readonly<Record<string, string | number | boolean | null | undefined>>): string {
  let out = '';
  for (const k of Object.keys(a)) {
    const v = a[k];
    if (v == null || v === false) continue;
    out += ` ${k}="${esc(typeof v === 'number' ? fmt(v, 3) : String(v))}"`;
  }
  return out;
}

/** A number with at most `digits` decimals, without trailing zeros or `-0`. */
export function fmt(n: number, digits = 1): string {
  const r = Number(n.toFixed(digits));
  return Object.is(r, -0) ? '0' : String(r);
}

/**
 * A colour as SVG 1.1 understands it everywhere (editors included): `rgb()`/hex and a separate
 * opacity, from CSS `#rgb`, `#rrggbb`, `rgb()` or `rgba()`.
 */
export function splitColor(css: string): { color: string; alpha: number } {
  const m = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*([\d.]+)\s*)?\)$/i.exec(css.trim());
  if (!m) return { color: css, alpha: 1 };
  const hex = (v: string) =>
    Math.round(Math.min(255, Number(v)))
      .toString(16)
      .padStart(2, '0');
  return { color: `#${hex(m[1]!)}${hex(m[2]!)}${hex(m[3]!)}`, alpha: m[4] == null ? 1 : Number(m[4]) };
}

export type Ring = [number, number][];

/** Compact path data for rings or polylines (absolute start, relative rounded steps, exact). */
export function pathData(parts: readonly Ring[], closed: boolean, digits = 1): string {
  const k = 10 ** digits;
  let d = '';
  for (const part of parts) {
    if (part.length < 2) continue;
    let px = Math.round(part[0]![0] * k);
    let py = Math.round(part[0]![1] * k);
    let seg = `M${fmt(px / k, digits)} ${fmt(py / k, digits)}`;
    let steps = 0;
    for (let i = 1; i < part.length; i++) {
      const x = Math.round(part[i]![0] * k);
      const y = Math.round(part[i]![1] * k);
      if (x === px && y === py) continue;
      const dx = fmt((x - px) / k, digits);
      const dy = fmt((y - py) / k, digits);
      seg += `l${dx}${dy.startsWith('-') ? '' : ' '}${dy}`;
      px = x;
      py = y;
      steps++;
    }
    if (steps === 0) continue;
    d += closed ? `${seg}z` : seg;
  }
  return d;
}

export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Sutherland–Hodgman: a ring clipped to a rectangle (any winding; may touch the edges). */
export function clipRing(ring: Ring, r: Rect): Ring {
  let out = ring;
  const edges: [
    (p: [number, number]) => boolean,
    (a: [number, number], b: [number, number]) => [number, number],
  ][] = [
    [(p) => p[0] >= r.x0, (a, b) => atX(a, b, r.x0)],
    [(p) => p[0] <= r.x1, (a, b) => atX(a, b, r.x1)],
    [(p) => p[1] >= r.y0, (a, b) => atY(a, b, r.y0)],
    [(p) => p[1] <= r.y1, (a, b) => atY(a, b, r.y1)],
  ];
  for (const [inside, cut] of edges) {
    if (out.length === 0) break;
    const next: Ring = [];
    for (let i = 0; i < out.length; i++) {
      const cur = out[i]!;
      const prev = out[(i + out.length - 1) % out.length]!;
      const ci = inside(cur);
      const pi = inside(prev);
      if (ci) {
        if (!pi) next.push(cut(prev, cur));
        next.push(cur);
      } else if (pi) next.push(cut(prev, cur));
    }
    out = next;
  }
  return out.length >= 3 ? out : [];
}

const atX = (a: [number, number], b: [number, number], x: number): [number, number] => [
  x,
  a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0]),
];
const atY = (a: [number, number], b: [number, number], y: number): [number, number] => [
  a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]),
  y,
];

/** A polyline clipped to a rectangle (Liang–Barsky per segment): the pieces inside. */
export function clipLine(line: Ring, r: Rect): Ring[] {
  const out: Ring[] = [];
  let cur: Ring = [];
  for (let i = 1; i < line.length; i++) {
    const seg = clipSegment(line[i - 1]!, line[i]!, r);
    if (!seg) {
      if (cur.length > 1) out.push(cur);
      cur = [];
      continue;
    }
    const [a, b, cutEnd] = seg;
    const last = cur[cur.length - 1];
    if (!last || last[0] !== a[0] || last[1] !== a[1]) {
      if (cur.length > 1) out.push(cur);
      cur = [a];
    }
    cur.push(b);
    if (cutEnd) {
      out.push(cur);
      cur = [];
    }
  }
  if (cur.length > 1) out.push(cur);
  return out;
}

function clipSegment(
  a: [number, number],
  b: [number, number],
  r: Rect,
): [[number, number], [number, number], boolean] | null {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let t0 = 0;
  let t1 = 1;
  const checks: [number, number][] = [
    [-dx, a[0] - r.x0],
    [dx, r.x1 - a[0]],
    [-dy, a[1] - r.y0],
    [dy, r.y1 - a[1]],
  ];
  for (const [p, q] of checks) {
    if (p === 0) {
      if (q < 0) return null;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return null;
    }
  }
  const start: [number, number] = t0 === 0 ? a : [a[0] + t0 * dx, a[1] + t0 * dy];
  const end: [number, number] = t1 === 1 ? b : [a[0] + t1 * dx, a[1] + t1 * dy];
  return [start, end, t1 < 1];
}

/** Whether two rectangles overlap. */
export const overlaps = (a: Rect, b: Rect): boolean =>
  a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

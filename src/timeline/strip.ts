/**
 * The timeline strip: the article's events on one time axis, as a display list (lines, marks, text)
 * that the PNG's canvas and the SVG/PDF page both draw; the embed's strip places its marks by the
 * same rule (`strip-positions.ts`). Pure and table-tested; the caller passes every string.
 *
 * Layout, top to bottom: the heading line; range events as bars in lanes above the axis; the axis
 * with point events (diamond: stated in the article; circle: context); the date labels in up to three
 * rows below it, each pushed sideways just enough not to overlap its neighbours (a leader line joins
 * a moved label to its mark); the key line. Time runs in `timeDir` (right to left in Arabic).
 */
import { assignLanes } from './lanes.ts';
import { timeFraction } from './strip-positions.ts';

export { stripPositions, timeFraction } from './strip-positions.ts';

export type Certainty = 'high' | 'medium' | 'low';

/** One event as the strip needs it (strings already in the interface language). */
export interface StripEvent {
  id: string;
  start: number;
  end: number;
  /** A span rather than an instant (an interval date, a month, a year): drawn as a bar. */
  range: boolean;
  certainty: Certainty;
  origin: 'article' | 'context';
  /** The date at its precision, marked when approximate (e.g. "c. 20 Jan 2022"). */
  label: string;
}

export interface StripColours {
  ink: string;
  muted: string;
  accent: string;
  line: string;
  halo: string;
}

export interface StripInput {
  events: readonly StripEvent[];
  /** The exported time filter, or the events' extent. */
  domain: { start: number; end: number };
  selected: string | null;
  /** Band width (CSS px); the strip is drawn from x = 0. */
  width: number;
  /** Which way time runs. */
  timeDir: 'ltr' | 'rtl';
  /** The interface direction (heading and key start at its start edge). */
  dir: 'ltr' | 'rtl';
  heading: string;
  key: string;
  /** The key's note when some dates could not be labelled (e.g. "3 dates not labelled"). */
  unlabelledNote?: (n: number) => string;
  /** Axis end labels: the domain's first and last day. */
  ends: [string, string];
  measure: (text: string, px: number) => number;
  colours: StripColours;
}

export type StripItem =
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; colour: string; width: number }
  | {
      kind: 'mark';
      id: string;
      shape: 'diamond' | 'circle' | 'bar';
      /** Centre (diamond, circle) or left edge (bar). */
      x: number;
      y: number;
      /** Half size (diamond, circle) or bar length. */
      size: number;
      fill: string;
      fillOpacity: number;
      stroke: string;
      dashed: boolean;
    }
  | {
      kind: 'text';
      s: string;
      x: number;
      y: number;
      px: number;
      colour: string;
      /** Absolute alignment at `x` (the renderers map it to their own start/end). */
      align: 'left' | 'center' | 'right';
      dir: 'ltr' | 'rtl';
    };

export interface StripLabel {
  id: string;
  text: string;
  /** Centre and width of the label box, its row, and the mark it names. */
  x: number;
  w: number;
  row: number;
  markX: number;
}

export interface StripLayout {
  height: number;
  axisY: number;
  /** Where each event's mark is (x of a point, centre of a bar), in time order. */
  marks: { id: string; x: number }[];
  labels: StripLabel[];
  /** Events whose date could not be labelled without overlap (named in the key line). */
  unlabelled: number;
  items: StripItem[];
}

const HEAD_PX = 12;
const LABEL_PX = 10;
const KEY_PX = 9.5;
const ROW = 14;
const LANE = 7;
const GAP = 8;
const MAX_ROWS = 3;
/** A label may be pushed this far from its mark before another row is tried. */
const SHIFT = 40;
/** Space kept at each end of the axis (half a label fits there). */
const INSET = 10;

/**
 * Places boxes of widths `w` near their centres `c` (sorted by centre) inside [0, width] so none
 * overlap (`gap` between): neighbours that would overlap are merged into a cluster centred on their
 * mean wish. Returns the centres, or null when they cannot fit.
 */
export function dodge(
  c: readonly number[],
  w: readonly number[],
  width: number,
  gap: number,
): number[] | null {
  const total = w.reduce((a, b) => a + b, 0) + gap * Math.max(0, w.length - 1);
  if (total > width) return null;
  type Cluster = { first: number; last: number; left: number; span: number };
  const place = (cl: Cluster) => {
    // Left edge minimising the squared distance of each box from its wish, kept inside the band.
    let off = 0;
    let sum = 0;
    for (let i = cl.first; i <= cl.last; i++) {
      sum += c[i]! - (off + w[i]! / 2);
      off += w[i]! + gap;
    }
    cl.left = Math.min(Math.max(0, sum / (cl.last - cl.first + 1)), width - cl.span);
  };
  const clusters: Cluster[] = [];
  for (let i = 0; i < c.length; i++) {
    const cl: Cluster = { first: i, last: i, left: 0, span: w[i]! };
    place(cl);
    clusters.push(cl);
    while (clusters.length > 1) {
      const b = clusters[clusters.length - 1]!;
      const a = clusters[clusters.length - 2]!;
      if (a.left + a.span + gap <= b.left + 1e-9) break;
      clusters.pop();
      a.last = b.last;
      a.span += gap + b.span;
      place(a);
    }
  }
  const out = new Array<number>(c.length);
  for (const cl of clusters) {
    let x = cl.left;
    for (let i = cl.first; i <= cl.last; i++) {
      out[i] = x + w[i]! / 2;
      x += w[i]! + gap;
    }
  }
  return out;
}

/** The strip's display list. */
export function layoutStrip(input: StripInput): StripLayout {
  const { width: W, colours: c, measure: m } = input;
  const { start: t0, end: t1 } = input.domain;
  const rtlTime = input.timeDir === 'rtl';
  const x = (t: number) => {
    const f = Math.min(1, Math.max(0, timeFraction(t, t0, t1)));
    return rtlTime ? W - INSET - f * (W - 2 * INSET) : INSET + f * (W - 2 * INSET);
  };
  const items: StripItem[] = [];
  const startX = input.dir === 'rtl' ? W : 0;
  const startAlign = input.dir === 'rtl' ? ('right' as const) : ('left' as const);
  const isRtl = (s: string) => /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/.test(s);
  const textDir = (s: string) => (isRtl(s) ? ('rtl' as const) : ('ltr' as const));

  // Heading (at most two lines).
  let y = 0;
  for (const s of wrapWords(input.heading, HEAD_PX, W, m, 2)) {
    y += HEAD_PX * 1.3;
    items.push({
      kind: 'text',
      s,
      x: startX,
      y,
      px: HEAD_PX,
      colour: c.ink,
      align: startAlign,
      dir: input.dir,
    });
  }

  // Bars (ranges) in lanes above the axis; points on it.
  const events = [...input.events].sort((a, b) => a.start - b.start || a.end - b.end);
  const ranges = events.filter((e) => e.range);
  const { lanes, count } = assignLanes(
    ranges.map((e) => ({ start: e.start, end: e.end })),
    0,
  );
  const endLabelY = y + 6 + LABEL_PX;
  const axisY = endLabelY + 6 + count * LANE + 6;
  const style = (e: StripEvent) => {
    const on = e.id === input.selected;
    const colour = on ? c.accent : c.ink;
    return {
      fill: colour,
      fillOpacity: e.certainty === 'high' ? 1 : e.certainty === 'medium' ? 0.45 : 0,
      stroke: e.certainty === 'low' ? colour : c.halo,
      dashed: e.certainty === 'low',
    };
  };
  items.push({ kind: 'line', x1: INSET, y1: axisY, x2: W - INSET, y2: axisY, colour: c.muted, width: 1 });
  for (const end of [INSET, W - INSET])
    items.push({ kind: 'line', x1: end, y1: axisY - 4, x2: end, y2: axisY + 4, colour: c.muted, width: 1 });
  // Axis ends: the domain's first day at the time-start end, its last day at the other.
  const [first, last] = input.ends;
  const left = rtlTime ? last : first;
  const right = rtlTime ? first : last;
  items.push({
    kind: 'text',
    s: left,
    x: 0,
    y: endLabelY,
    px: KEY_PX,
    colour: c.muted,
    align: 'left',
    dir: textDir(left),
  });
  items.push({
    kind: 'text',
    s: right,
    x: W,
    y: endLabelY,
    px: KEY_PX,
    colour: c.muted,
    align: 'right',
    dir: textDir(right),
  });

  const at = new Map<string, number>();
  ranges.forEach((e, i) => {
    const a = x(e.start);
    const b = x(e.end);
    const lo = Math.min(a, b);
    const len = Math.max(2, Math.abs(b - a));
    const yy = axisY - 6 - lanes[i]! * LANE;
    items.push({ kind: 'mark', id: e.id, shape: 'bar', x: lo, y: yy, size: len, ...style(e) });
    at.set(e.id, lo + len / 2);
  });
  for (const e of events) {
    if (e.range) continue;
    const on = e.id === input.selected;
    const cx = x(e.start);
    items.push({
      kind: 'mark',
      id: e.id,
      shape: e.origin === 'article' ? 'diamond' : 'circle',
      x: cx,
      y: axisY,
      size: on ? 6.5 : 5,
      ...style(e),
    });
    at.set(e.id, cx);
  }

  // Labels: one per distinct date, kept in time order; rows added until they fit; if three rows
  // are not enough, the least important (context first, then the latest) go unlabelled.
  type Want = { ids: string[]; text: string; at: number; w: number; rank: number };
  const wants: Want[] = [];
  for (const e of events) {
    const x0 = at.get(e.id)!;
    const same = wants.find((w) => w.text === e.label && Math.abs(w.at - x0) < 1);
    if (same) {
      same.ids.push(e.id);
      continue;
    }
    const rank = e.id === input.selected ? 0 : e.origin === 'article' ? 1 : 2;
    wants.push({ ids: [e.id], text: e.label, at: x0, w: m(e.label, LABEL_PX) + 4, rank });
  }
  wants.sort((a, b) => a.at - b.at);
  let kept = wants;
  type Placed = { want: Want; x: number; row: number };
  let placed: Placed[] | null = null;
  for (;;) {
    // The fewest rows that fit with no label pushed more than SHIFT from its mark; else the
    // arrangement that pushes least.
    let best: { out: Placed[]; shift: number } | null = null;
    for (let rows = 1; rows <= MAX_ROWS; rows++) {
      const out: Placed[] = [];
      let ok = true;
      for (let r = 0; r < rows && ok; r++) {
        const row = kept.filter((_, i) => i % rows === r);
        const xs = dodge(
          row.map((w) => w.at),
          row.map((w) => w.w),
          W,
          GAP,
        );
        if (!xs) ok = false;
        else row.forEach((w, i) => out.push({ want: w, x: xs[i]!, row: r }));
      }
      if (!ok) continue;
      const shift = out.reduce((d, p) => Math.max(d, Math.abs(p.x - p.want.at)), 0);
      if (!best || shift < best.shift - 1) best = { out, shift };
      if (shift <= SHIFT) break;
    }
    placed = best?.out ?? null;
    if (placed || kept.length === 0) break;
    // Drop the least important label (highest rank, then the last in time).
    let worst = 0;
    kept.forEach((w, i) => {
      if (w.rank >= kept[worst]!.rank) worst = i;
    });
    kept = kept.filter((_, i) => i !== worst);
  }
  placed ??= [];
  const labels: StripLabel[] = [];
  const rowsUsed = placed.reduce((n, p) => Math.max(n, p.row + 1), 0);
  const rowTop = axisY + 10;
  for (const p of placed) {
    const ly = rowTop + (p.row + 1) * ROW - 3;
    const on = p.want.ids.includes(input.selected ?? '');
    // Leader: from under the mark down to the top of the label's row, then to the label.
    const top = rowTop + p.row * ROW;
    if (p.row > 0 || Math.abs(p.x - p.want.at) > 1)
      items.push({
        kind: 'line',
        x1: p.want.at,
        y1: axisY + 7,
        x2: p.x,
        y2: top + 2,
        colour: c.line,
        width: 1,
      });
    items.push({
      kind: 'text',
      s: p.want.text,
      x: p.x,
      y: ly,
      px: LABEL_PX,
      colour: on ? c.accent : c.ink,
      align: 'center',
      dir: textDir(p.want.text),
    });
    for (const id of p.want.ids)
      labels.push({ id, text: p.want.text, x: p.x, w: p.want.w, row: p.row, markX: p.want.at });
  }
  const unlabelled = events.length - labels.length;
  y = rowTop + rowsUsed * ROW + 2;
  const key =
    unlabelled && input.unlabelledNote ? `${input.key} ${input.unlabelledNote(unlabelled)}` : input.key;
  for (const s of wrapWords(key, KEY_PX, W, m, 3)) {
    y += KEY_PX * 1.45;
    items.push({
      kind: 'text',
      s,
      x: startX,
      y,
      px: KEY_PX,
      colour: c.muted,
      align: startAlign,
      dir: input.dir,
    });
  }
  const marks = events.map((e) => ({ id: e.id, x: at.get(e.id)! }));
  return { height: y + KEY_PX * 0.6, axisY, marks, labels, unlabelled, items };
}

/** Words of `text` in lines no wider than `max`; at most `maxLines` (the last ends with …). */
export function wrapWords(
  text: string,
  px: number,
  max: number,
  m: (s: string, px: number) => number,
  maxLines = 99,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const w of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${w}` : w;
    if (line && m(next, px) > max) {
      lines.push(line);
      line = w;
    } else line = next;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
  return kept;
}

/**
 * The static renderer's labels: candidates from symbol layers (points, and lines for
 * `symbol-placement: line` and the article's rivers and roads), a greedy placement in MapLibre's
 * priority order (top layer first, then `symbol-sort-key`, then source order) against one
 * collision index, and the SVG: `<text>` at a point, or `<textPath>` along a line.
 *
 * Unlike the live map, a drawing is final (a poster, a print): no label box overlaps another and
 * none leaves the frame. The article's area names, which the live map lets overlap, take part in
 * collisions and move within the area when a place's label is in the way; a place's label tries
 * the other sides of its point, then slides inside the frame rather than being cut at its edge.
 */
import type { LayerSpecification } from 'maplibre-gl';
import { ARROW_DART } from '../carto/webgl.ts';
import { evaluate, type ExprContext } from './expr.ts';
import { linePath, mergePieces } from './line-labels.ts';
import { attrs, clipLine, esc, fmt, pathData, splitColor, type Rect, type Ring } from './svg.ts';
import {
  CollisionIndex,
  isRtl,
  layoutText,
  measure,
  radialOffset,
  wrap,
  type Anchor,
  type PlacedText,
} from './text.ts';

type Paint = Record<string, unknown>;

/** The article's area names (`place-layers.ts`). */
const AREA_LABEL_LAYER = 'aa-area-label';

/**
 * Where else a label may go when its own anchor is taken, per layer: a place's name on the other
 * sides of its point; an area's name above or below its label point (still inside the area).
 */
const FALLBACK_ANCHORS: Record<string, { anchor: Anchor; offset: [number, number] }[]> = {
  'aa-label': [
    { anchor: 'bottom', offset: [0, -1.1] },
    { anchor: 'left', offset: [1, 0] },
    { anchor: 'right', offset: [-1, 0] },
  ],
  [AREA_LABEL_LAYER]: [1.4, -1.4, 2.8, -2.8].map((dy) => ({ anchor: 'center', offset: [0, dy] })),
};

/** The edge indicator's arrow (`ARROW_DART`, the live map's too) as SVG path data. */
export const ARROW_PATH = `M${ARROW_DART.map(([x, y]) => `${x} ${y}`).join('L')}Z`;

/** Moves a laid-out label inside a w × h frame, when it fits there at all. */
export function slideInside(t: PlacedText, w: number, h: number): PlacedText {
  const b = t.box;
  const dx = b.x1 - b.x0 > w ? 0 : b.x0 < 0 ? -b.x0 : b.x1 > w ? w - b.x1 : 0;
  const dy = b.y1 - b.y0 > h ? 0 : b.y0 < 0 ? -b.y0 : b.y1 > h ? h - b.y1 : 0;
  if (!dx && !dy) return t;
  return {
    ...t,
    box: { x0: b.x0 + dx, y0: b.y0 + dy, x1: b.x1 + dx, y1: b.y1 + dy },
    x: t.x + dx,
    baselines: t.baselines.map((y) => y + dy),
  };
}

interface LabelCandidate {
  slot: number;
  sortKey: number;
  seq: number;
  lines: string[];
  x: number;
  y: number;
  size: number;
  anchors: { anchor: Anchor; offset: [number, number] }[];
  letterSpacing: number;
  padding: number;
  allowOverlap: boolean;
  ignorePlacement: boolean;
  /** Basemap labels must fit the view entirely (no cut names on a poster). */
  mustFit: boolean;
  /** The article's labels slide inside the frame instead (their name must show). */
  slide: boolean;
  paint: { color: string; opacity: number; halo: string; haloWidth: number };
  icon?: { angle: number; color: string; opacity: number };
  dedupe?: string;
  /** A label along a line: the path it follows (left to right). */
  path?: Ring;
}

/** A line label waiting for its pieces from every tile: one label per layer and name. */
interface LineGroup {
  base: LabelCandidate;
  pieces: Ring[];
  maxAngle: number;
  /** Px to move the path off the line (beside an article's thick line, not over it). */
  offset: number;
  /** The point label to draw instead when no stretch of the line will do. */
  fallback?: LabelCandidate;
}

/** Labels of one drawing; `add` as layers are drawn, `place` once at the end. */
export class Labels {
  private readonly candidates: LabelCandidate[] = [];
  private readonly lineGroups = new Map<string, LineGroup>();
  private seq = 0;
  private paths = 0;
  /** Boxes no label may cover: the article's markers (a name never prints over a place's dot). */
  private readonly obstacles: Rect[] = [];

  constructor(
    private readonly w: number,
    private readonly h: number,
    private readonly prec: number,
    private readonly idPrefix: string,
  ) {}

  /**
   * The label(s) of one feature of a symbol layer, in screen px. `line`: the feature's place is a
   * line drawn by the renderer (an article's river): label along it, else at the point.
   */
  add(
    layer: LayerSpecification,
    ctx: ExprContext,
    gt: string,
    rings: Ring[],
    clip: Rect,
    slot: number,
    dedupe: string,
    line?: Ring[],
  ): void {
    const paint = (layer as { paint?: Paint }).paint ?? {};
    const layout = (layer as { layout?: Paint }).layout ?? {};
    const p = (k: string, d: unknown) => evaluate(paint[k], ctx) ?? d;
    const l = (k: string, d: unknown) => evaluate(layout[k], ctx) ?? d;
    const alongLine = l('symbol-placement', 'point') === 'line';
    if (!alongLine && gt !== 'Point') return;
    if (alongLine && !gt.endsWith('LineString')) return;
    let text = String(l('text-field', '') ?? '');
    if (!text) return;
    if (l('text-transform', 'none') === 'uppercase') text = text.toUpperCase();
    const size = Number(l('text-size', 16));
    const letterSpacing = Number(l('text-letter-spacing', 0));
    const variable = l('text-variable-anchor', null) as Anchor[] | null;
    const radial = Number(l('text-radial-offset', 0));
    const offset = (l('text-offset', [0, 0]) as [number, number]) ?? [0, 0];
    const anchors = Array.isArray(variable)
      ? variable.map((a) => ({ anchor: a, offset: radialOffset(a, radial) }))
      : [{ anchor: String(l('text-anchor', 'center')) as Anchor, offset }];
    anchors.push(...(FALLBACK_ANCHORS[layer.id] ?? []));
    const areaName = layer.id === AREA_LABEL_LAYER;
    const opacity = Number(p('text-opacity', 1));
    if (opacity <= 0) return;
    const icon = layout['icon-image']
      ? {
          angle: Number(l('icon-rotate', 0)),
          color: String(p('icon-color', '#000')),
          opacity: Number(p('icon-opacity', 1)),
        }
      : undefined;
    const base = (x: number, y: number): LabelCandidate => ({
      slot,
      sortKey: Number(l('symbol-sort-key', 0)) || 0,
      seq: this.seq++,
      lines: alongLine || line ? [text] : wrap(text, size, Number(l('text-max-width', 10)), letterSpacing),
      x,
      y,
      size,
      anchors,
      letterSpacing,
      padding: Number(l('text-padding', 2)),
      allowOverlap: !areaName && l('text-allow-overlap', false) === true,
      ignorePlacement: !areaName && l('text-ignore-placement', false) === true,
      mustFit: !layer.id.startsWith('aa-'),
      slide: layer.id.startsWith('aa-'),
      paint: {
        color: String(p('text-color', '#000')),
        opacity,
        halo: String(p('text-halo-color', 'rgba(0,0,0,0)')),
        haloWidth: Number(p('text-halo-width', 0)),
      },
      icon,
      dedupe: `${dedupe}|${text}`,
    });
    if (alongLine || line) {
      const key = `${slot}|${text}`;
      let g = this.lineGroups.get(key);
      if (!g) {
        g = {
          base: base(0, 0),
          pieces: [],
          maxAngle: Number(l('text-max-angle', 45)),
          offset: line ? size * 0.9 : 0,
        };
        this.lineGroups.set(key, g);
      }
      for (const r of line ?? rings) g.pieces.push(...clipLine(r, clip));
      if (line) {
        const [x, y] = rings[0]?.[0] ?? [NaN, NaN];
        if (!g.fallback && Number.isFinite(x)) {
          const fb = base(x, y);
          fb.lines = wrap(text, size, Number(l('text-max-width', 10)), letterSpacing);
          g.fallback = fb;
        }
      }
      return;
    }
    for (const ring of rings) for (const [x, y] of ring) this.candidates.push(base(x, y));
  }

  /** Line groups → candidates along their best stretch (or their point fallback). */
  private lineCandidates(): void {
    for (const g of this.lineGroups.values()) {
      const c = g.base;
      const text = c.lines[0]!;
      const inset = c.size * 0.7;
      const path = linePath(mergePieces(g.pieces), {
        length: measure(text, c.size, c.letterSpacing) + c.size,
        size: c.size,
        maxAngle: g.maxAngle,
        box: { x0: inset, y0: inset, x1: this.w - inset, y1: this.h - inset },
        offset: g.offset,
      });
      if (path) this.candidates.push({ ...c, path, x: path[0]![0], y: path[0]![1] });
      else if (g.fallback) this.candidates.push(g.fallback);
    }
  }

  /** A marker's box, which labels keep clear of. */
  obstacle(box: Rect): void {
    this.obstacles.push(box);
  }

  /** Places every candidate and appends the drawn labels to their layers' slots. */
  place(slots: string[]): void {
    this.lineCandidates();
    const index = new CollisionIndex();
    for (const b of this.obstacles) index.add(b);
    const order = [...this.candidates].sort(
      (a, b) => b.slot - a.slot || a.sortKey - b.sortKey || a.seq - b.seq,
    );
    const placed = new Map<number, string[]>();
    const seen: { key: string; x: number; y: number }[] = [];
    for (const c of order) {
      if (c.path) {
        // One box per half em along the path, so a slanted name blocks only what it covers.
        const r = c.size * 0.6;
        const boxes = c.path.map(([x, y]) => ({ x0: x - r, y0: y - r, x1: x + r, y1: y + r }));
        if (!c.allowOverlap && !boxes.every((b) => index.fits(b, c.padding))) continue;
        if (!c.ignorePlacement) for (const b of boxes) index.add(b);
        const list = placed.get(c.slot) ?? [];
        list.push(this.pathSvg(c));
        placed.set(c.slot, list);
        continue;
      }
      // A point in a tile's buffer is in the neighbouring tile too: one label, as MapLibre's
      // cross-tile index keeps.
      if (c.dedupe && seen.some((s) => s.key === c.dedupe && Math.hypot(s.x - c.x, s.y - c.y) < 4)) continue;
      if (c.x < -64 || c.y < -64 || c.x > this.w + 64 || c.y > this.h + 64) continue;
      if (c.mustFit && (c.x < 0 || c.y < 0 || c.x > this.w || c.y > this.h)) continue;
      let chosen: PlacedText | null = null;
      for (const a of c.anchors) {
        let t = layoutText(c.lines, c.x, c.y, c.size, a.anchor, a.offset, c.letterSpacing);
        if (c.slide) t = slideInside(t, this.w, this.h);
        const inside = t.box.x0 >= 0 && t.box.y0 >= 0 && t.box.x1 <= this.w && t.box.y1 <= this.h;
        if ((c.mustFit || c.slide) && !inside) continue;
        if (c.allowOverlap || index.fits(t.box, c.padding)) {
          chosen = t;
          break;
        }
      }
      if (!chosen) continue;
      if (!c.ignorePlacement) index.add(chosen.box);
      if (c.dedupe) seen.push({ key: c.dedupe, x: c.x, y: c.y });
      const list = placed.get(c.slot) ?? [];
      list.push(this.textSvg(c, chosen));
      placed.set(c.slot, list);
    }
    for (const [slot, list] of placed) {
      // Drawn in source order within the layer (placement order only decides who wins).
      slots[slot] = (slots[slot] ?? '') + `<g class="labels">${list.reverse().join('')}</g>`;
    }
  }

  /** Fill, halo, size and spacing of a label's `<text>`. */
  private textAttrs(c: LabelCandidate, rtl: boolean): Record<string, string | number | undefined> {
    const fill = splitColor(c.paint.color);
    const halo = splitColor(c.paint.halo);
    const hasHalo = c.paint.haloWidth > 0 && halo.alpha > 0;
    return {
      'font-size': c.size,
      direction: rtl ? 'rtl' : 'ltr',
      'xml:lang': rtl ? 'ar' : 'en',
      fill: fill.color,
      'fill-opacity': fill.alpha < 1 ? fill.alpha : undefined,
      stroke: hasHalo ? halo.color : undefined,
      'stroke-opacity': hasHalo && halo.alpha < 1 ? halo.alpha : undefined,
      'stroke-width': hasHalo ? c.paint.haloWidth * 2 : undefined,
      'stroke-linejoin': c.paint.haloWidth > 0 ? 'round' : undefined,
      'paint-order': c.paint.haloWidth > 0 ? 'stroke' : undefined,
      'letter-spacing': c.letterSpacing ? fmt(c.letterSpacing * c.size, 2) : undefined,
      opacity: c.paint.opacity < 1 ? c.paint.opacity : undefined,
    };
  }

  /** A label along its path: a `<textPath>` centred on it, the line through the text's middle. */
  private pathSvg(c: LabelCandidate): string {
    const text = c.lines[0]!;
    const id = `${this.idPrefix}lp${this.paths++}`;
    const d = pathData([c.path!], false, this.prec);
    return (
      `<defs><path id="${id}" d="${d}"/></defs>` +
      `<text${attrs({ ...this.textAttrs(c, isRtl(text)), 'dominant-baseline': 'central' })}>` +
      `<textPath${attrs({ href: `#${id}`, startOffset: '50%', 'text-anchor': 'middle' })}>${esc(text)}</textPath></text>`
    );
  }

  private textSvg(c: LabelCandidate, t: PlacedText): string {
    const text = c.lines.join(' ');
    const rtl = isRtl(text);
    const anchor = rtl
      ? ({ start: 'end', end: 'start', middle: 'middle' } as const)[t.textAnchor]
      : t.textAnchor;
    const ta = this.textAttrs(c, rtl);
    const a = attrs({
      x: fmt(t.x, this.prec),
      y: fmt(t.baselines[0]!, this.prec),
      'font-size': ta['font-size'],
      'text-anchor': anchor,
      ...ta,
    });
    const body =
      c.lines.length === 1
        ? esc(c.lines[0]!)
        : c.lines
            // A space ends each wrapped line, so words stay apart when the text is copied or extracted.
            .map(
              (line, i, all) =>
                `<tspan x="${fmt(t.x, this.prec)}" y="${fmt(t.baselines[i]!, this.prec)}">${esc(line)}${i < all.length - 1 ? ' ' : ''}</tspan>`,
            )
            .join('');
    let icon = '';
    if (c.icon && c.icon.opacity > 0) {
      const ic = splitColor(c.icon.color);
      icon = `<path${attrs({
        // A dart, clearly pointing one way (a near-equilateral triangle read as pointing south).
        d: ARROW_PATH,
        transform: `translate(${fmt(c.x, this.prec)} ${fmt(c.y, this.prec)}) rotate(${fmt(c.icon.angle, 1)})`,
        fill: ic.color,
        'fill-opacity': c.icon.opacity * ic.alpha < 1 ? c.icon.opacity * ic.alpha : undefined,
      })}/>`;
    }
    return `${icon}<text${a}>${body}</text>`;
  }
}

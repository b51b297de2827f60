/**
 * Draws the export furniture on a 2D canvas over the rendered map, with the bundled font
 * (canvas `fillText` shapes Arabic and lays out right-to-left runs itself once the FontFace has
 * loaded). Sizes are CSS px times `u`, the export's device pixels per CSS pixel.
 */
import { FURNITURE_COLOURS as COLOURS, type Furniture, type LegendSymbol } from './furniture.ts';
import { drawStrip, stripLayout, stripText } from './strip.ts';

export const FONT_FAMILY = '"Noto Sans Arabic", sans-serif';

/** Every string the furniture draws (to load the font's subsets before drawing). */
export function furnitureText(f: Furniture): string {
  return [
    f.title,
    f.titleNote,
    f.quote?.place,
    f.quote?.text,
    f.quote?.note,
    ...(f.legend?.items.map((i) => i.label) ?? []),
    ...(f.legend?.lines ?? []),
    f.scale.label,
    f.northLabel,
    ...f.credits,
    f.source,
    f.exported,
    stripText(f.strip),
  ]
    .filter(Boolean)
    .join(' ');
}

/** Loads the bundled font for every glyph the furniture needs (bounded: never hangs an export). */
export async function loadFurnitureFont(f: Furniture, timeoutMs = 5000): Promise<void> {
  const text = furnitureText(f);
  await Promise.race([
    document.fonts.load(`16px ${FONT_FAMILY}`, text),
    new Promise((resolve) => setTimeout(resolve, timeoutMs)),
  ]);
}

/** Lines of `text` no wider than `max` px in the context's current font. */
export function wrap(ctx: CanvasRenderingContext2D, text: string, max: number, maxLines = 99): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (line && ctx.measureText(next).width > max) {
      lines.push(line);
      line = w;
    } else line = next;
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
    return kept;
  }
  return lines;
}

/** A drawn panel, in output px (tests avoid sampling place markers under them). */
export interface PanelRect {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Draws the furniture over the map already on `ctx` (size `W` × `H`); returns the panels drawn. */
export function drawFurniture(
  ctx: CanvasRenderingContext2D,
  f: Furniture,
  W: number,
  H: number,
  u: number,
): PanelRect[] {
  const c = COLOURS[f.theme];
  const rtl = f.dir === 'rtl';
  const pad = 12 * u;
  const panels: PanelRect[] = [];
  const font = (px: number) => `${px * u}px ${FONT_FAMILY}`;
  /** x of a line's start edge, in the interface direction. */
  const startX = (left: number, right: number) => (rtl ? right : left);
  const text = (s: string, x: number, y: number, px: number, colour: string, dir: 'rtl' | 'ltr' = f.dir) => {
    ctx.font = font(px);
    ctx.fillStyle = colour;
    ctx.direction = dir;
    ctx.textAlign = 'start';
    ctx.textBaseline = 'alphabetic';
    // A text in the other direction still starts at the interface's start edge.
    if (dir !== f.dir) ctx.textAlign = 'end';
    ctx.fillText(s, x, y);
  };
  const panel = (name: string, x: number, y: number, w: number, h: number) => {
    ctx.fillStyle = c.panel;
    ctx.fillRect(x, y, w, h);
    ctx.strokeStyle = c.line;
    ctx.lineWidth = Math.max(1, u);
    ctx.strokeRect(x, y, w, h);
    panels.push({ name, x, y, width: w, height: h });
  };

  // Title band: title, note, the selected place and its quote.
  const north = 34 * u;
  const titleMax = W - 2 * pad - north - pad;
  ctx.font = font(20);
  ctx.direction = f.dir;
  const titleLines = wrap(ctx, f.title, titleMax, 3);
  type Line = { s: string; px: number; colour: string; gap: number; dir?: 'rtl' | 'ltr' };
  const top: Line[] = titleLines.map((s) => ({ s, px: 20, colour: c.ink, gap: 1.35 }));
  if (f.titleNote) top.push({ s: f.titleNote, px: 11, colour: c.muted, gap: 1.5 });
  if (f.quote) {
    top.push({ s: f.quote.place, px: 15, colour: c.accent, gap: 1.6 });
    ctx.font = font(13);
    ctx.direction = f.quote.dir;
    for (const s of wrap(ctx, `«${f.quote.text}»`, W - 2 * pad, 4))
      top.push({ s, px: 13, colour: c.ink, gap: 1.55, dir: f.quote.dir });
    if (f.quote.note) top.push({ s: f.quote.note, px: 11, colour: c.muted, gap: 1.5 });
  }
  const topH = pad * 1.4 + top.reduce((h, l) => h + l.px * l.gap * u, 0);
  panel('title', 0, 0, W, topH);
  let y = pad * 0.6;
  for (const l of top) {
    y += l.px * l.gap * u;
    text(l.s, startX(pad, W - pad), y - l.px * 0.35 * u, l.px, l.colour, l.dir);
  }

  // North arrow, at the end corner under the title band.
  const nx = rtl ? pad + north / 2 : W - pad - north / 2;
  const ny = topH + pad + north / 2;
  ctx.save();
  ctx.fillStyle = c.panel;
  ctx.beginPath();
  ctx.arc(nx, ny, north / 2, 0, 2 * Math.PI);
  ctx.fill();
  ctx.strokeStyle = c.line;
  ctx.stroke();
  ctx.translate(nx, ny);
  ctx.rotate((f.north * Math.PI) / 180);
  ctx.fillStyle = c.ink;
  ctx.beginPath();
  ctx.moveTo(0, -north * 0.42);
  ctx.lineTo(north * 0.16, north * 0.05);
  ctx.lineTo(-north * 0.16, north * 0.05);
  ctx.closePath();
  ctx.fill();
  ctx.font = font(10);
  ctx.textAlign = 'center';
  ctx.direction = 'ltr';
  ctx.fillText(f.northLabel, 0, north * 0.38);
  ctx.restore();
  panels.push({ name: 'north', x: nx - north / 2, y: ny - north / 2, width: north, height: north });

  // Bottom band: source, credits, export time.
  ctx.font = font(10.5);
  ctx.direction = f.dir;
  const bottom: Line[] = [
    { s: f.source, px: 12, colour: c.ink, gap: 1.45 },
    ...f.credits.flatMap((cr) =>
      wrap(ctx, cr, W - 2 * pad).map((s) => ({ s, px: 10.5, colour: c.muted, gap: 1.4 })),
    ),
    { s: f.exported, px: 10.5, colour: c.muted, gap: 1.4 },
  ];
  const botH = pad + bottom.reduce((h, l) => h + l.px * l.gap * u, 0);
  panel('source', 0, H - botH, W, botH);
  y = H - botH + pad * 0.3;
  for (const l of bottom) {
    y += l.px * l.gap * u;
    text(l.s, startX(pad, W - pad), y - l.px * 0.3 * u, l.px, l.colour, l.dir);
  }

  // Timeline strip: a full-width panel on the bottom band.
  let above = botH;
  if (f.strip) {
    const measure = (s: string, px: number) => {
      ctx.font = `${px}px ${FONT_FAMILY}`;
      return ctx.measureText(s).width;
    };
    const layout = stripLayout(f.strip, W / u - 24, measure, c);
    const h = (layout.height + 12) * u;
    panel('strip', 0, H - botH - h, W, h);
    drawStrip(ctx, layout, pad, H - botH - h + 6 * u, u, FONT_FAMILY);
    above += h;
  }

  // Scale bar, at the start corner above the bottom band.
  const barW = f.scale.px * u;
  const sbW = barW + 2 * pad;
  const sbH = 34 * u;
  const sbX = rtl ? W - pad - sbW : pad;
  const sbY = H - above - pad - sbH;
  panel('scale', sbX, sbY, sbW, sbH);
  const bx = sbX + pad;
  ctx.fillStyle = c.ink;
  ctx.fillRect(bx, sbY + sbH - 11 * u, barW, 4 * u);
  ctx.fillRect(bx, sbY + sbH - 15 * u, Math.max(1, u), 8 * u);
  ctx.fillRect(bx + barW - Math.max(1, u), sbY + sbH - 15 * u, Math.max(1, u), 8 * u);
  ctx.font = font(11);
  ctx.textAlign = 'center';
  ctx.direction = f.dir;
  ctx.fillText(f.scale.label, bx + barW / 2, sbY + 14 * u);

  // Legend, at the end corner above the bottom band.
  if (f.legend) {
    const lw = Math.min(300 * u, W * 0.42);
    const inner = lw - 2 * pad;
    ctx.font = font(11);
    ctx.direction = f.dir;
    const lines = f.legend.lines.flatMap((s) => wrap(ctx, s, inner));
    const itemLines = f.legend.items.map((i) => wrap(ctx, i.label, inner - 24 * u));
    const itemsH = itemLines.reduce((h, ls) => h + Math.max(20, ls.length * 15) * u, 0);
    const lh = pad * 1.5 + 18 * u + itemsH + lines.length * 15 * u;
    const lx = rtl ? pad : W - pad - lw;
    const ly = H - above - pad - lh;
    panel('legend', lx, ly, lw, lh);
    let yy = ly + pad + 13 * u;
    text(f.legend.heading, startX(lx + pad, lx + lw - pad), yy, 13, c.ink);
    yy += 8 * u;
    f.legend.items.forEach((item, i) => {
      const ls = itemLines[i]!;
      const rowH = Math.max(20, ls.length * 15) * u;
      const sx = rtl ? lx + lw - pad - 8 * u : lx + pad + 8 * u;
      symbol(ctx, item.symbol, sx, yy + rowH / 2, u, c);
      ls.forEach((s, k) =>
        text(
          s,
          rtl ? lx + lw - pad - 24 * u : lx + pad + 24 * u,
          yy + rowH / 2 + (k - (ls.length - 1) / 2) * 15 * u + 4 * u,
          11,
          c.ink,
        ),
      );
      yy += rowH;
    });
    for (const s of lines) {
      yy += 15 * u;
      text(s, startX(lx + pad, lx + lw - pad), yy - 3 * u, 11, c.muted);
    }
  }
  return panels;
}

function symbol(
  ctx: CanvasRenderingContext2D,
  kind: LegendSymbol,
  x: number,
  y: number,
  u: number,
  c: (typeof COLOURS)[keyof typeof COLOURS],
): void {
  ctx.save();
  ctx.lineWidth = 2 * u;
  const dot = (r: number, fill: string, stroke: string) => {
    ctx.beginPath();
    ctx.arc(x, y, r * u, 0, 2 * Math.PI);
    ctx.fillStyle = fill;
    ctx.fill();
    ctx.strokeStyle = stroke;
    ctx.stroke();
  };
  if (kind === 'point') dot(5, c.ink, c.halo);
  else if (kind === 'approx') dot(5, c.halo, c.approx);
  else if (kind === 'selected') dot(6.5, c.accent, c.halo);
  else if (kind === 'dimmed') {
    ctx.globalAlpha = 0.25;
    dot(5, c.ink, c.halo);
  } else if (kind === 'cluster') {
    ctx.globalAlpha = 0.85;
    dot(10, c.accent, c.halo);
  } else if (kind === 'sized') {
    dot(5, c.accent, c.halo);
  } else if (kind === 'circle') {
    ctx.setLineDash([2 * u, 2 * u]);
    ctx.lineWidth = u;
    ctx.globalAlpha = 0.8;
    dot(8, 'rgba(0,0,0,0.06)', c.ink);
  } else {
    ctx.setLineDash([3 * u, 2 * u]);
    ctx.lineWidth = 1.2 * u;
    ctx.fillStyle = c.area + '22';
    ctx.fillRect(x - 8 * u, y - 6 * u, 16 * u, 12 * u);
    ctx.strokeStyle = c.area;
    ctx.strokeRect(x - 8 * u, y - 6 * u, 16 * u, 12 * u);
  }
  ctx.restore();
}

/**
 * Export sizes and the maths that turns one into a render: presets, custom px or mm at a dpi, the
 * frame (the part of the live map that is exported), the tile plan for images larger than the
 * GPU's maximum canvas, and the scale bar. Pure; table-tested in node.
 */

/** A size preset the interface and the CLI both offer. */
export interface Preset {
  id: string;
  /** Paper size in mm (landscape), or null for a pixel size. */
  mm: [number, number] | null;
  px?: [number, number];
  dpi: number;
}

const PAPER: Record<string, [number, number]> = { a4: [297, 210], a3: [420, 297], letter: [279.4, 215.9] };

/** The presets, by id: `social`, `a4-150`, `a4-300`, `a4-300-portrait`, `letter-150`, …, `a3-300`. */
export const PRESETS: readonly Preset[] = [
  { id: 'social', mm: null, px: [1200, 675], dpi: 96 },
  ...['a4', 'letter'].flatMap((paper) =>
    [150, 300].flatMap((dpi) => [
      { id: `${paper}-${dpi}`, mm: PAPER[paper]!, dpi },
      { id: `${paper}-${dpi}-portrait`, mm: [PAPER[paper]![1], PAPER[paper]![0]] as [number, number], dpi },
    ]),
  ),
  { id: 'a3-300', mm: PAPER.a3!, dpi: 300 },
  { id: 'a3-300-portrait', mm: [PAPER.a3![1], PAPER.a3![0]], dpi: 300 },
];

/** CSS pixels per inch: a paper export draws the map's 14 px labels at 10.5 pt. */
export const CSS_DPI = 96;

/** What an export is drawn at: device pixels and device pixels per CSS pixel. */
export interface ExportSize {
  width: number;
  height: number;
  /** Device pixels per CSS pixel: labels, lines and furniture are drawn this much larger. */
  ratio: number;
  /** Dots per inch for print, when the size is physical (stored in the PNG's pHYs). */
  dpi?: number;
  /** The map area is the whole live map (screen-size exports), not a centred frame. */
  screen?: boolean;
}

const mmToPx = (mm: number, dpi: number) => Math.round((mm / 25.4) * dpi);

/** A size request, as the dialog and the CLI make it. */
export type SizeRequest =
  | { kind: 'screen'; scale: 1 | 2 | 4 }
  | { kind: 'preset'; id: string }
  | { kind: 'px'; width: number; height: number; dpi?: number }
  | { kind: 'mm'; width: number; height: number; dpi: number };

/** Largest side an export may have (beyond it Chromium's 2D canvas fails to allocate). */
export const MAX_SIDE = 16384;

/** The pixel size of a request, or why it cannot be made. */
export function resolveSize(
  req: SizeRequest,
  screen: { width: number; height: number },
): { ok: ExportSize } | { error: string } {
  let out: ExportSize;
  if (req.kind === 'screen') {
    out = {
      width: Math.round(screen.width * req.scale),
      height: Math.round(screen.height * req.scale),
      ratio: req.scale,
      screen: true,
    };
  } else if (req.kind === 'preset') {
    const p = PRESETS.find((x) => x.id === req.id);
    if (!p) return { error: `unknown size preset "${req.id}"` };
    out = p.mm
      ? { width: mmToPx(p.mm[0], p.dpi), height: mmToPx(p.mm[1], p.dpi), ratio: p.dpi / CSS_DPI, dpi: p.dpi }
      : { width: p.px![0], height: p.px![1], ratio: 1 };
  } else if (req.kind === 'px') {
    out = {
      width: Math.round(req.width),
      height: Math.round(req.height),
      ratio: (req.dpi ?? CSS_DPI) / CSS_DPI,
    };
    if (req.dpi) out.dpi = req.dpi;
  } else {
    out = {
      width: mmToPx(req.width, req.dpi),
      height: mmToPx(req.height, req.dpi),
      ratio: req.dpi / CSS_DPI,
      dpi: req.dpi,
    };
  }
  if (!(out.width >= 16 && out.height >= 16)) return { error: 'an export must be at least 16 × 16 px' };
  if (out.width > MAX_SIDE || out.height > MAX_SIDE)
    return {
      error: `an export may be at most ${MAX_SIDE} px on a side (asked ${out.width} × ${out.height})`,
    };
  if (out.width * out.height > 120e6) return { error: 'an export may have at most 120 million pixels' };
  if (!(out.ratio >= 0.5 && out.ratio <= 16)) return { error: 'the dpi must be between 48 and 1536' };
  return { ok: out };
}

/** Parses the CLI's `--size`: a preset id, `WxH` in px, `WxHmm@DPI`, or `screen@2`. */
export function parseSizeArg(arg: string): SizeRequest | null {
  if (PRESETS.some((p) => p.id === arg)) return { kind: 'preset', id: arg };
  let m = /^(\d+)x(\d+)(?:@(\d+))?$/.exec(arg);
  if (m) return { kind: 'px', width: +m[1]!, height: +m[2]!, ...(m[3] ? { dpi: +m[3] } : {}) };
  m = /^(\d+(?:\.\d+)?)x(\d+(?:\.\d+)?)mm@(\d+)$/.exec(arg);
  if (m) return { kind: 'mm', width: +m[1]!, height: +m[2]!, dpi: +m[3]! };
  m = /^screen(?:@([124]))?$/.exec(arg);
  if (m) return { kind: 'screen', scale: (m[1] ? +m[1] : 1) as 1 | 2 | 4 };
  return null;
}

/** A rectangle in CSS pixels of the live map. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The part of the live map an export shows: the largest rectangle of the export's aspect ratio,
 * centred in the map (the preview frame drawn on the map). Its centre is the map's centre, so
 * the camera centre and the permalink's `view` are unchanged.
 */
export function exportFrame(map: { width: number; height: number }, size: ExportSize): Rect {
  if (size.screen) return { x: 0, y: 0, width: map.width, height: map.height };
  const aspect = size.width / size.height;
  const width = Math.min(map.width, map.height * aspect);
  const height = width / aspect;
  return { x: (map.width - width) / 2, y: (map.height - height) / 2, width, height };
}

/** The zoom an export is rendered at so that it covers exactly the frame at the live zoom. */
export function exportZoom(zoom: number, frame: Rect, size: ExportSize): number {
  return zoom + Math.log2(size.width / size.ratio / frame.width);
}

/** One tile of a tiled render, in output pixels. */
export interface Tile {
  /** Where the tile's canvas starts in the output (may be negative: the margin). */
  canvasX: number;
  canvasY: number;
  /** The part of the output this tile fills (its inner square, clipped to the image). */
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How an export is cut into square canvases that each fit the GPU's maximum canvas size. */
export interface TilePlan {
  /** Device pixels on a side of every tile canvas (square, so x and y scale alike). */
  canvas: number;
  /** CSS pixels on a side of the hidden map's container. */
  css: number;
  /** Pixel ratio given to the hidden map; its canvas comes out at exactly `canvas` px. */
  pixelRatio: number;
  /** Device pixels per CSS pixel in fact (`canvas / css`), for the zoom correction. */
  effectiveRatio: number;
  /** Margin in device pixels around each tile's inner square (so labels near a seam are placed alike). */
  margin: number;
  tiles: Tile[];
  columns: number;
  rows: number;
}

/**
 * The tile plan: one canvas when the image fits `limit` (then no margin is needed), else the
 * fewest square tiles, each with `marginCss` CSS px of margin. Every tile has the same size, so all
 * render at the same zoom and the seams fall on whole pixels.
 */
export function planTiles(size: ExportSize, limit: number, marginCss = 64): TilePlan | { error: string } {
  const { width: W, height: H, ratio } = size;
  const single = Math.max(W, H) <= limit;
  const margin = single ? 0 : Math.ceil(marginCss * ratio);
  const inner = limit - 2 * margin;
  if (inner < 256) return { error: `the GPU's canvas limit (${limit} px) is too small at this dpi` };
  const columns = Math.ceil(W / inner);
  const rows = Math.ceil(H / inner);
  const side = Math.max(Math.ceil(W / columns), Math.ceil(H / rows));
  const canvas = side + 2 * margin;
  const css = Math.max(1, Math.round(canvas / ratio));
  const tiles: Tile[] = [];
  for (let j = 0; j < rows; j++)
    for (let i = 0; i < columns; i++) {
      const x = i * side;
      const y = j * side;
      tiles.push({
        canvasX: x - margin,
        canvasY: y - margin,
        x,
        y,
        width: Math.min(side, W - x),
        height: Math.min(side, H - y),
      });
    }
  // MapLibre sizes its canvas round(css × pixelRatio), which is then exactly `canvas`.
  return {
    canvas,
    css,
    pixelRatio: canvas / css,
    effectiveRatio: canvas / css,
    margin,
    tiles,
    columns,
    rows,
  };
}

/**
 * The camera centre of a tile, in Web Mercator units ([0, 1) world), given the export's centre and
 * the device pixels per Mercator unit. `bearing` in degrees (the compass direction that is up).
 */
export function tileCenter(
  center: { x: number; y: number },
  tile: Tile,
  plan: TilePlan,
  size: ExportSize,
  pxPerUnit: number,
  bearing = 0,
): { x: number; y: number } {
  const dx = tile.canvasX + plan.canvas / 2 - size.width / 2;
  const dy = tile.canvasY + plan.canvas / 2 - size.height / 2;
  const b = (bearing * Math.PI) / 180;
  return {
    x: center.x + (dx * Math.cos(b) - dy * Math.sin(b)) / pxPerUnit,
    y: center.y + (dx * Math.sin(b) + dy * Math.cos(b)) / pxPerUnit,
  };
}

/** A scale bar: a round length (1, 2 or 5 × 10ⁿ m) no longer than `maxPx`, and its length in px. */
export function scaleBar(metresPerPx: number, maxPx: number): { metres: number; px: number } {
  const max = metresPerPx * maxPx;
  const pow = 10 ** Math.floor(Math.log10(max));
  const metres = [5, 2, 1].map((k) => k * pow).find((m) => m <= max) ?? pow;
  return { metres, px: metres / metresPerPx };
}

/** Metres per CSS pixel of Web Mercator at `lat` and `zoom` (512 px tiles, as MapLibre). */
export function metresPerCssPx(lat: number, zoom: number): number {
  return (40075016.686 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
}

/**
 * How much to zoom the export out (a factor k ≤ 1 on distances from the image centre) so that no
 * point lies under a furniture panel (with `margin` px around each): the largest k, in steps of 2 %,
 * for which every point is clear; `minK` if none is (a panel over the centre). Zooming out moves
 * every place towards the centre, away from the bands and corner panels at the edges.
 */
export function clearOfPanels(
  points: readonly { x: number; y: number }[],
  panels: readonly Rect[],
  size: { width: number; height: number },
  margin: number,
  minK = 0.3,
): number {
  const cx = size.width / 2;
  const cy = size.height / 2;
  const under = (x: number, y: number) =>
    panels.some(
      (r) =>
        x >= r.x - margin && x <= r.x + r.width + margin && y >= r.y - margin && y <= r.y + r.height + margin,
    );
  for (let k = 1; k >= minK; k -= 0.02)
    if (points.every((p) => !under(cx + (p.x - cx) * k, cy + (p.y - cy) * k))) return k;
  return minK;
}

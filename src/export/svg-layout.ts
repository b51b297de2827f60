/**
 * The vector export's page: a print layout in SVG, all paths and `<text>` (no raster). The title
 * band (title, selected place and its quote) sits above the map, the key band (legend, scale bar,
 * north arrow, source, credits, export time) below it, and the map — the static renderer's drawing
 * of the frame — fills the area between them: the camera is zoomed out so the whole frame fits
 * there, so no place of the frame is ever under the furniture. Citation metadata as RDF/Dublin
 * Core in `<metadata>`. Pure (node and browser); text widths come from an injected `measure`
 * (canvas metrics in the browser, the static renderer's estimate otherwise).
 */
import type { PlaceFeature } from '../model/types.ts';
import type { Digits } from '../state/url-state.ts';
import { renderStaticSvg, type StaticMapData } from '../static/render.ts';
import type { StaticCamera, StaticView } from '../static/camera.ts';
import { scaleBarSpec } from '../static/furniture.ts';
import type { BasemapTiles } from '../static/tiles.ts';
import { attrs, esc, fmt, splitColor } from '../static/svg.ts';
import { isRtl, measure as estimate } from '../static/text.ts';
import { FURNITURE_COLOURS, type Furniture, type LegendSymbol } from './furniture.ts';
import { stripLayout, stripSvg } from './strip.ts';
import { wrapWords } from '../timeline/strip.ts';
import type { StripLayout } from '../timeline/strip.ts';

type Dir = 'rtl' | 'ltr';
export type Measure = (text: string, px: number) => number;

export interface VectorLayoutInput {
  furniture: Furniture;
  /** The page in CSS px (96 per inch). */
  width: number;
  height: number;
  /** Physical size written as the SVG's width and height (print exports), else px. */
  mm?: [number, number];
  /** The frame's camera: its centre, and the zoom at which the frame fills the whole page. */
  camera: StaticCamera;
  basemap: BasemapTiles | null;
  places: readonly PlaceFeature[];
  farPlaces?: StaticMapData['farPlaces'];
  selected?: readonly string[];
  dimmed?: ReadonlySet<string>;
  digits?: Digits;
  /** The citation, as for the PNG's text chunks: [keyword, text] pairs (see `citation.ts`). */
  citation: readonly (readonly [string, string])[];
  fontFamily?: string;
  measure?: Measure;
  /**
   * Marks drawn over the static renderer's map, in its pixel space (the atlas page's clusters,
   * `atlas-page.ts`), given the view drawn in the map area.
   */
  overlay?: (view: StaticView) => string;
}

export interface VectorLayout {
  svg: string;
  /** The map area on the page (CSS px). */
  map: { x: number; y: number; width: number; height: number };
  /** The static view drawn in the map area. */
  view: StaticView;
  /** Heights of the title and key bands (and of the timeline strip's band, 0 without one). */
  bands: { top: number; bottom: number; strip: number };
  /** The timeline strip: where it is on the page (CSS px) and its layout. */
  strip?: { x: number; y: number; width: number; height: number; layout: StripLayout };
}

const FONT = "'Noto Sans Arabic', sans-serif";
const PAD = 12;

/** Words of `text` in lines no wider than `max`; at most `maxLines` (the last ends with …). */
export const wrapText = (text: string, px: number, max: number, m: Measure, maxLines = 99): string[] =>
  wrapWords(text, px, max, m, maxLines);

type Item =
  | { kind: 'text'; s: string; px: number; colour: string; gap: number; dir?: Dir }
  | { kind: 'symbols'; row: { symbol: LegendSymbol; label: string; w: number }[] }
  | { kind: 'scale' };

type TextItem = Extract<Item, { kind: 'text' }>;

const itemHeight = (i: Item) => (i.kind === 'text' ? i.px * i.gap : i.kind === 'symbols' ? 22 : 40);

/** The page as one SVG document. */
export function layoutVector(input: VectorLayoutInput): VectorLayout {
  const f = input.furniture;
  const W = input.width;
  const H = input.height;
  const m = input.measure ?? ((s, px) => estimate(s, px));
  const c = FURNITURE_COLOURS[f.theme];
  const rtl = f.dir === 'rtl';
  const text = (s: string, px: number, colour: string, gap: number, dir?: Dir): TextItem => ({
    kind: 'text',
    s,
    px,
    colour,
    gap,
    dir,
  });

  // Title band.
  const top: Item[] = wrapText(f.title, 20, W - 2 * PAD, m, 3).map((s) => text(s, 20, c.ink, 1.35));
  if (f.titleNote) top.push(text(f.titleNote, 11, c.muted, 1.5));
  if (f.quote) {
    top.push(text(f.quote.place, 15, c.accent, 1.6));
    for (const s of wrapText(`«${f.quote.text}»`, 13, W - 2 * PAD, m, 4))
      top.push(text(s, 13, c.ink, 1.55, f.quote.dir));
    if (f.quote.note) top.push(text(f.quote.note, 11, c.muted, 1.5));
  }
  const topH = PAD * 1.4 + top.reduce((h, i) => h + itemHeight(i), 0);

  // Key band: legend in the start column; scale, north, source, credits and time in the end one.
  const twoColumns = W >= 640;
  const colW = twoColumns ? (W - 3 * PAD) / 2 : W - 2 * PAD;
  const legend: Item[] = [];
  if (f.legend) {
    legend.push(text(f.legend.heading, 13, c.ink, 1.5));
    let row: { symbol: LegendSymbol; label: string; w: number }[] = [];
    let used = 0;
    for (const it of f.legend.items) {
      const w = 24 + m(it.label, 11) + 16;
      if (row.length && used + w > colW) {
        legend.push({ kind: 'symbols', row });
        row = [];
        used = 0;
      }
      row.push({ ...it, w });
      used += w;
    }
    if (row.length) legend.push({ kind: 'symbols', row });
    for (const l of f.legend.lines)
      for (const s of wrapText(l, 11, colW, m)) legend.push(text(s, 11, c.muted, 1.4));
  }
  const key: Item[] = [
    { kind: 'scale' },
    ...wrapText(f.source, 12, colW, m, 3).map((s) => text(s, 12, c.ink, 1.45)),
    // Credits are never cut (their licences are the terms of use): the band grows instead.
    ...f.credits.flatMap((cr) => wrapText(cr, 10.5, colW, m).map((s) => text(s, 10.5, c.muted, 1.4))),
    text(f.exported, 10.5, c.muted, 1.4),
  ];
  const colH = (items: Item[]) => items.reduce((h, i) => h + itemHeight(i), 0);
  const botH =
    PAD * 1.2 + (twoColumns ? Math.max(colH(legend), colH(key)) : colH(legend) + colH(key) + PAD * 0.5);

  // The timeline strip: a band of its own between the map and the key band.
  const stripL = f.strip ? stripLayout(f.strip, W - 2 * PAD, m, c) : undefined;
  const stripH = stripL ? stripL.height + PAD * 0.8 : 0;

  // The map: the frame, zoomed out to fit between the bands.
  const mapRect = { x: 0, y: topH, width: W, height: Math.max(16, H - topH - botH - stripH) };
  const k = Math.min(1, mapRect.width / W, mapRect.height / H);
  const view: StaticView = {
    camera: { center: input.camera.center, zoom: input.camera.zoom + Math.log2(k) },
    size: { width: mapRect.width, height: mapRect.height },
  };
  const mapSvg = renderStaticSvg(
    view,
    { basemap: input.basemap, places: input.places, farPlaces: input.farPlaces },
    {
      lang: f.lang,
      theme: f.theme,
      selected: input.selected,
      dimmed: input.dimmed,
      digits: input.digits,
      scaleBar: false,
      attribution: false,
      idPrefix: 'aa-map-',
      fontFamily: input.fontFamily ?? FONT,
    },
  );

  const out: string[] = [];
  const paper = splitColor(c.halo).color;
  out.push(`<rect${attrs({ width: fmt(W, 2), height: fmt(H, 2), fill: paper })}/>`);
  const overlay = input.overlay?.(view) ?? '';
  out.push(`<g class="map" transform="translate(0 ${fmt(mapRect.y, 2)})">${mapSvg}${overlay}</g>`);
  out.push(
    `<rect${attrs({ x: 0.5, y: fmt(mapRect.y, 2), width: fmt(W - 1, 2), height: fmt(mapRect.height, 2), fill: 'none', stroke: c.line, 'stroke-width': 1 })}/>`,
  );

  const drawText = (i: TextItem, x0: number, x1: number, y: number) => {
    const dir: Dir = i.dir ?? (isRtl(i.s) ? 'rtl' : 'ltr');
    out.push(
      `<text${attrs({
        x: fmt(rtl ? x1 : x0, 2),
        y: fmt(y - i.px * 0.35, 2),
        'font-size': i.px,
        fill: i.colour,
        direction: dir,
        'xml:lang': dir === 'rtl' ? 'ar' : 'en',
        // A line in the other direction still starts at the interface's start edge.
        'text-anchor': dir === f.dir ? 'start' : 'end',
      })}>${esc(i.s)}</text>`,
    );
  };
  const column = (items: Item[], x0: number, x1: number, y: number) => {
    for (const i of items) {
      const h = itemHeight(i);
      if (i.kind === 'text') drawText(i, x0, x1, y + h);
      else if (i.kind === 'symbols') {
        let at = rtl ? x1 : x0;
        for (const it of i.row) {
          const sx = rtl ? at - 8 : at + 8;
          out.push(symbol(it.symbol, sx, y + h / 2, c));
          drawText(
            text(it.label, 11, c.ink, 1, f.dir),
            rtl ? 0 : at + 24,
            rtl ? at - 24 : 0,
            y + h / 2 + 4 + 11 * 0.35,
          );
          at += rtl ? -it.w : it.w;
        }
      } else out.push(scaleAndNorth(view, f, input.digits ?? 'latn', x0, x1, y, c, m));
      y += h;
    }
  };
  const yTop = PAD * 0.6;
  column(top, PAD, W - PAD, yTop);
  let strip: VectorLayout['strip'];
  if (stripL) {
    strip = {
      x: PAD,
      y: mapRect.y + mapRect.height + PAD * 0.5,
      width: W - 2 * PAD,
      height: stripL.height,
      layout: stripL,
    };
    out.push(stripSvg(stripL, strip.x, strip.y));
  }
  const yKey = H - botH + PAD * 0.6;
  if (twoColumns) {
    const startCol: [number, number] = rtl ? [W - PAD - colW, W - PAD] : [PAD, PAD + colW];
    const endCol: [number, number] = rtl ? [PAD, PAD + colW] : [W - PAD - colW, W - PAD];
    column(legend, ...startCol, yKey);
    column(key, ...endCol, yKey);
  } else {
    column(legend, PAD, W - PAD, yKey);
    column(key, PAD, W - PAD, yKey + colH(legend) + PAD * 0.5);
  }

  const size = input.mm
    ? { width: `${fmt(input.mm[0], 2)}mm`, height: `${fmt(input.mm[1], 2)}mm` }
    : { width: fmt(W, 2), height: fmt(H, 2) };
  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({
      ...size,
      viewBox: `0 0 ${fmt(W, 2)} ${fmt(H, 2)}`,
      role: 'img',
      'aria-labelledby': 'aa-title',
      'xml:lang': f.lang,
      direction: f.dir,
      'font-family': input.fontFamily ?? FONT,
    })}>` +
    `<title id="aa-title">${esc(f.title)}</title>` +
    `<desc>${esc(description(input.citation))}</desc>` +
    metadataRdf(input.citation, f.lang) +
    out.join('') +
    `</svg>\n`;
  return { svg, map: mapRect, view, bands: { top: topH, bottom: botH, strip: stripH }, strip };
}

const get = (cit: VectorLayoutInput['citation'], k: string) => cit.find(([key]) => key === k)?.[1] ?? '';

function description(cit: VectorLayoutInput['citation']): string {
  const link = get(cit, 'Permalink');
  return [
    get(cit, 'Source'),
    link ? `Permalink: ${link}` : get(cit, 'Comment'),
    `Exported ${get(cit, 'Creation Time')}`,
  ]
    .filter(Boolean)
    .join('. ');
}

/**
 * The citation as RDF with Dublin Core (the form Inkscape and Illustrator read into a document's
 * properties), plus the same keyword/text pairs as the PNG's iTXt chunks.
 */
export function metadataRdf(cit: VectorLayoutInput['citation'], lang: string): string {
  const el = (name: string, v: string) => (v ? `<${name}>${esc(v)}</${name}>` : '');
  const lines = (k: string) => get(cit, k).split('\n').filter(Boolean);
  const rdf =
    `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xmp="http://ns.adobe.com/xap/1.0/">` +
    `<rdf:Description rdf:about="${esc(get(cit, 'Permalink'))}">` + // "" (no permalink): this document
    el('dc:title', get(cit, 'Title')) +
    el('dc:identifier', get(cit, 'Permalink')) +
    el('dc:source', get(cit, 'Source URL')) +
    el('dc:description', get(cit, 'Source')) +
    lines('Copyright')
      .map((s) => el('dc:rights', s))
      .join('') +
    lines('Sources')
      .map((s) => el('dc:relation', s))
      .join('') +
    el('dc:date', get(cit, 'Creation Time')) +
    el('dcterms:created', get(cit, 'Creation Time')) +
    el('dc:format', 'image/svg+xml') +
    el('dc:language', lang) +
    el('xmp:CreatorTool', get(cit, 'Software')) +
    `</rdf:Description></rdf:RDF>`;
  const items = cit.map(([k, v]) => `<atlas:item name="${esc(k)}">${esc(v)}</atlas:item>`).join('');
  return `<metadata>${rdf}<atlas:meta xmlns:atlas="https://article-atlas.invalid/ns/1">${items}</atlas:meta></metadata>`;
}

type Colours = (typeof FURNITURE_COLOURS)[keyof typeof FURNITURE_COLOURS];

function fillAttrs(css: string, key: 'fill' | 'stroke') {
  const s = splitColor(css);
  return { [key]: s.color, [`${key}-opacity`]: s.alpha < 1 ? s.alpha : undefined };
}

/** A legend symbol centred at (x, y), as the canvas draws it. */
function symbol(kind: LegendSymbol, x: number, y: number, c: Colours): string {
  const dot = (r: number, fill: string, stroke: string, extra: Record<string, string | number> = {}) =>
    `<circle${attrs({ cx: fmt(x, 2), cy: fmt(y, 2), r, ...fillAttrs(fill, 'fill'), ...fillAttrs(stroke, 'stroke'), 'stroke-width': 2, ...extra })}/>`;
  if (kind === 'point') return dot(5, c.ink, c.halo);
  if (kind === 'approx') return dot(5, c.halo, c.approx);
  if (kind === 'selected') return dot(6.5, c.accent, c.halo);
  if (kind === 'dimmed') return dot(5, c.ink, c.halo, { opacity: 0.25 });
  if (kind === 'cluster')
    return (
      dot(10, c.accent, c.halo, { 'fill-opacity': 0.85 }) +
      `<text${attrs({ x: fmt(x, 2), y: fmt(y + 3.5, 2), 'font-size': 10, 'text-anchor': 'middle', fill: c.halo })}>12</text>`
    );
  if (kind === 'sized')
    return (
      `<circle${attrs({ cx: fmt(x - 5, 2), cy: fmt(y, 2), r: 3.5, fill: c.accent, stroke: c.halo, 'stroke-width': 1 })}/>` +
      `<circle${attrs({ cx: fmt(x + 3, 2), cy: fmt(y, 2), r: 6.5, fill: c.accent, stroke: c.halo, 'stroke-width': 1 })}/>`
    );
  if (kind === 'circle')
    return dot(8, '#000000', c.ink, { 'fill-opacity': 0.06, 'stroke-width': 1, 'stroke-dasharray': '2 2' });
  return `<rect${attrs({ x: fmt(x - 8, 2), y: fmt(y - 6, 2), width: 16, height: 12, fill: c.area, 'fill-opacity': 0.13, stroke: c.area, 'stroke-width': 1.2, 'stroke-dasharray': '3 2' })}/>`;
}

/** Scale bar (MapLibre's round lengths, at the map's zoom) and north arrow, from the start edge. */
function scaleAndNorth(
  view: StaticView,
  f: Furniture,
  digits: Digits,
  x0: number,
  x1: number,
  y: number,
  c: Colours,
  m: Measure,
): string {
  const rtl = f.dir === 'rtl';
  const { width, label } = scaleBarSpec(view, f.lang, digits, Math.min(180, (x1 - x0) / 2));
  const bx = rtl ? x1 - width : x0;
  const by = y + 30;
  const bar =
    `<g class="scale-bar">` +
    `<path${attrs({ d: `M${fmt(bx, 2)} ${fmt(by - 7, 2)}V${fmt(by, 2)}H${fmt(bx + width, 2)}V${fmt(by - 7, 2)}`, fill: 'none', stroke: c.ink, 'stroke-width': 1.5 })}/>` +
    `<rect${attrs({ x: fmt(bx, 2), y: fmt(by - 3, 2), width: fmt(width, 2), height: 3, fill: c.ink })}/>` +
    `<text${attrs({ x: fmt(bx + width / 2, 2), y: fmt(by - 10, 2), 'font-size': 11, 'text-anchor': 'middle', direction: f.dir, fill: c.ink })}>${esc(label)}</text></g>`;
  const gap = Math.max(24, m(label, 11) / 2 - width / 2 + 24);
  const nx = rtl ? bx - gap : bx + width + gap;
  const ny = y + 20;
  const north =
    `<g class="north-arrow" transform="translate(${fmt(nx, 2)} ${fmt(ny, 2)})">` +
    `<circle r="16"${attrs({ fill: 'none', stroke: c.line })}/>` +
    `<path d="M0 -13L5.4 2.4H-5.4z"${attrs({ fill: c.ink })}/>` +
    `<text${attrs({ y: 12, 'font-size': 10, 'text-anchor': 'middle', fill: c.ink })}>${esc(f.northLabel)}</text></g>`;
  return bar + north;
}

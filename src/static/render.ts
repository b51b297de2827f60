/**
 * The static map renderer: one view (camera + size) drawn as an SVG string in exactly the Web
 * Mercator projection MapLibre uses, from the same vector tiles and the same layer definitions
 * (`basemap-style.ts`, `place-layers.ts`, evaluated by `./expr.ts`) as the live map. Pure and
 * synchronous once the tiles are loaded (`./tiles.ts`); runs in node and in the browser. Used as
 * the embed's poster, the no-WebGL fallback and the vector export.
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { Lang, PlaceFeature } from '../model/types.ts';
import type { Digits, Theme } from '../state/url-state.ts';
import { BASEMAP_FONT, PALETTES, basemapStyle } from '../map/basemap-style.ts';
import { placeLayers, placeSources, type PlaceStyleInput } from '../map/place-layers.ts';
import { frameBounds, offMapPlaces } from '../map/geometry.ts';
import attribution from '../../geodata/basemap/attribution.json' with { type: 'json' };
import { evaluate, type ExprContext } from './expr.ts';
import { viewOrigin, viewProjection, unproject, type StaticView } from './camera.ts';
import type { BasemapTiles, LoadBasemapOptions, TileLoader } from './tiles.ts';
import { loadBasemap } from './tiles.ts';
import { attrs, clipLine, clipRing, esc, fmt, pathData, splitColor, type Rect, type Ring } from './svg.ts';
import {
  CollisionIndex,
  isRtl,
  layoutText,
  radialOffset,
  wrap,
  type Anchor,
  type PlacedText,
} from './text.ts';
import { offmapFeatures } from './offmap.ts';
import { scaleBar } from './furniture.ts';

/** What to draw: the decoded basemap tiles (or none) and the article's places. */
export interface StaticMapData {
  basemap: BasemapTiles | null;
  places: readonly PlaceFeature[];
  /**
   * Places shown as edge indicators when outside the view. Default: as the live map, the places
   * more than 1,000 km from the article's opening frame.
   */
  farPlaces?: readonly PlaceFeature[];
}

/** What a legend or other furniture hook is told about the drawing. */
export interface FurnitureContext {
  width: number;
  height: number;
  lang: Lang;
  theme: Theme;
  fontFamily: string;
  /** Ink and paper colours of the theme. */
  ink: string;
  paper: string;
}

export interface StaticMapOptions {
  lang: Lang;
  theme: Theme;
  /** Place ids in focus (the selected place, or an event's places): drawn as selected. */
  selected?: readonly string[];
  /** Place ids outside the time filter: drawn dimmed. */
  dimmed?: ReadonlySet<string>;
  /** Digits of numbers in Arabic (scale bar, distances). */
  digits?: Digits;
  /** `<title>` of the SVG (accessible name). */
  title?: string;
  /** `<desc>` of the SVG. */
  description?: string;
  /** Key/value metadata written into `<metadata>` (export: permalink, sources, time). */
  metadata?: Readonly<Record<string, string>>;
  scaleBar?: boolean;
  northArrow?: boolean;
  /** Draw the attribution line (default true; a caller that shows it in HTML may turn it off). */
  attribution?: boolean;
  /** More credits appended to the basemap's (e.g. the places' geometry sources). */
  extraAttribution?: readonly string[];
  /**
   * Legend or other overlay: returns an SVG fragment drawn on top. The hook owns its markup and
   * must escape any data it writes (use `esc` from this module).
   */
  legend?: (ctx: FurnitureContext) => string;
  /** CSS `font-family` of every label. */
  fontFamily?: string;
  /** CSS placed in a `<style>` element, e.g. `@font-face` rules with data URLs for a standalone file. */
  fontCss?: string;
  /** Prefix of element ids, for several SVGs inlined in one document. */
  idPrefix?: string;
  /** Decimals of coordinates (default 1: 0.1 px). */
  precision?: number;
}

export const DEFAULT_FONT_FAMILY = "'Noto Sans Arabic', 'Noto Sans', sans-serif";

/** Renders the view as an SVG document string. Never throws for odd data: it draws what it can. */
export function renderStaticSvg(view: StaticView, data: StaticMapData, options: StaticMapOptions): string {
  return new Renderer(view, data, options).render();
}

/** Loads the basemap through `loader`, then renders. */
export async function renderStaticMap(
  view: StaticView,
  data: { loader: TileLoader | null; places: readonly PlaceFeature[]; farPlaces?: readonly PlaceFeature[] },
  options: StaticMapOptions,
  loadOptions: LoadBasemapOptions = {},
): Promise<string> {
  const basemap = data.loader ? await loadBasemap(view, data.loader, { margin: 64, ...loadOptions }) : null;
  return renderStaticSvg(view, { basemap, places: data.places, farPlaces: data.farPlaces }, options);
}

/** Default far places, as `MapView` computes them. */
export function defaultFarPlaces(places: readonly PlaceFeature[]): PlaceFeature[] {
  const frame = frameBounds(places);
  return frame ? offMapPlaces(places, frame) : [];
}

type Paint = Record<string, unknown>;
/** Features of one layer that share a style: each feature's rings or lines, or circles. */
interface Group {
  a: Paint;
  features: Ring[][];
  closed: boolean;
  circles?: string[];
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
  paint: { color: string; opacity: number; halo: string; haloWidth: number };
  icon?: { angle: number; color: string; opacity: number };
  dedupe?: string;
}

const GEOM_TYPES = ['Unknown', 'Point', 'LineString', 'Polygon'] as const;

class Renderer {
  private readonly w: number;
  private readonly h: number;
  private readonly prec: number;
  private readonly project: (p: Position) => [number, number];
  /** Output slots in drawing order; label slots are filled after placement. */
  private readonly slots: string[] = [];
  private readonly labels: LabelCandidate[] = [];
  private seq = 0;
  private readonly viewRect: Rect;
  private readonly font: string;
  private readonly id: string;

  constructor(
    private readonly view: StaticView,
    private readonly data: StaticMapData,
    private readonly opts: StaticMapOptions,
  ) {
    this.w = view.size.width;
    this.h = view.size.height;
    this.prec = opts.precision ?? 1;
    const proj = viewProjection(view);
    this.project = (p) => proj([p[0]!, p[1]!]) as [number, number];
    const m = 8;
    this.viewRect = { x0: -m, y0: -m, x1: this.w + m, y1: this.h + m };
    this.font = opts.fontFamily ?? DEFAULT_FONT_FAMILY;
    this.id = (opts.idPrefix ?? 'aa-static-').replace(/[^a-zA-Z0-9_-]/g, '');
  }

  render(): string {
    const { lang, theme } = this.opts;
    const style: StyleSpecification = basemapStyle({ baseUrl: '', theme, lang });
    for (const layer of style.layers) this.basemapLayer(layer);
    this.placeLayersOut();
    this.placeLabels();
    const palette = PALETTES[theme];
    const ctx: FurnitureContext = {
      width: this.w,
      height: this.h,
      lang,
      theme,
      fontFamily: this.font,
      ink: palette.text,
      paper: palette.land,
    };
    const head = [
      this.opts.title ? `<title id="${this.id}title">${esc(this.opts.title)}</title>` : '',
      this.opts.description ? `<desc>${esc(this.opts.description)}</desc>` : '',
      this.metadata(),
      `<defs><clipPath id="${this.id}clip"><rect width="${fmt(this.w)}" height="${fmt(this.h)}"/></clipPath></defs>`,
      this.opts.fontCss ? `<style>${cdata(this.opts.fontCss)}</style>` : '',
    ].join('');
    const furniture = [
      this.opts.scaleBar === false ? '' : scaleBar(this.view, ctx, this.opts.digits ?? 'latn'),
      this.opts.northArrow ? northArrow(ctx) : '',
      this.opts.attribution === false ? '' : this.attributionLine(ctx),
      this.opts.legend ? `<g class="legend">${this.opts.legend(ctx)}</g>` : '',
    ].join('');
    return (
      `<svg xmlns="http://www.w3.org/2000/svg"${attrs({
        width: fmt(this.w),
        height: fmt(this.h),
        viewBox: `0 0 ${fmt(this.w)} ${fmt(this.h)}`,
        role: 'img',
        'aria-labelledby': this.opts.title ? `${this.id}title` : undefined,
        'xml:lang': lang,
        'font-family': this.font,
      })}>` +
      head +
      `<g clip-path="url(#${this.id}clip)">${this.slots.join('')}</g>` +
      `<g class="furniture">${furniture}</g>` +
      `</svg>`
    );
  }

  private metadata(): string {
    const md = this.opts.metadata;
    if (!md) return '';
    const items = Object.keys(md)
      .map((k) => `<atlas:item name="${esc(k)}">${esc(md[k]!)}</atlas:item>`)
      .join('');
    return `<metadata><atlas:meta xmlns:atlas="https://article-atlas.invalid/ns/1">${items}</atlas:meta></metadata>`;
  }

  private visible(layer: LayerSpecification): boolean {
    const z = this.view.camera.zoom;
    if (layer.layout && (layer.layout as Paint)['visibility'] === 'none') return false;
    return z >= (layer.minzoom ?? 0) && z < (layer.maxzoom ?? 24);
  }

  private ctx(
    properties: Record<string, unknown>,
    geometryType: string,
    state?: Record<string, unknown>,
  ): ExprContext {
    return { zoom: this.view.camera.zoom, properties, geometryType, state };
  }

  private filterCtx(
    properties: Record<string, unknown>,
    geometryType: string,
    state?: Record<string, unknown>,
  ) {
    // Filters run at the tile's (overscaled) zoom in MapLibre: the integer zoom.
    return { zoom: Math.floor(this.view.camera.zoom), properties, geometryType, state };
  }

  // ---- basemap ----

  private basemapLayer(layer: LayerSpecification): void {
    if (!this.visible(layer)) return;
    if (layer.type === 'background') {
      const color = evaluate(layer.paint?.['background-color'], this.ctx({}, '')) as string;
      const c = splitColor(color ?? '#000');
      this.slots.push(
        `<rect${attrs({ width: fmt(this.w), height: fmt(this.h), fill: c.color, 'fill-opacity': c.alpha < 1 ? c.alpha : undefined })}/>`,
      );
      return;
    }
    if (!('source-layer' in layer) || !this.data.basemap) return;
    const sourceLayer = layer['source-layer'];
    if (!sourceLayer) return;
    const bm = this.data.basemap;
    const o = viewOrigin(this.view);
    const tilePx = o.world / 2 ** bm.z;
    const groups = new Map<string, Group>();
    const slot = this.slots.length;
    this.slots.push('');
    for (const { id, tile } of bm.tiles) {
      const vl = tile.layers[sourceLayer];
      if (!vl) continue;
      const ox = id.x * tilePx - o.x;
      const oy = id.y * tilePx - o.y;
      const s = tilePx / vl.extent;
      const tileRect: Rect = {
        x0: Math.max(ox, this.viewRect.x0),
        y0: Math.max(oy, this.viewRect.y0),
        x1: Math.min(ox + tilePx, this.viewRect.x1),
        y1: Math.min(oy + tilePx, this.viewRect.y1),
      };
      if (tileRect.x0 >= tileRect.x1 || tileRect.y0 >= tileRect.y1) {
        if (layer.type !== 'symbol') continue;
      }
      for (let i = 0; i < vl.length; i++) {
        const f = vl.feature(i);
        const gt = GEOM_TYPES[f.type];
        const props = f.properties as Record<string, unknown>;
        if (layer.filter && evaluate(layer.filter, this.filterCtx(props, gt)) !== true) continue;
        const rings: Ring[] = f.loadGeometry().map((ring) => ring.map((p) => [ox + p.x * s, oy + p.y * s]));
        this.feature(layer, props, gt, rings, tileRect, groups, slot, `${sourceLayer}`);
      }
    }
    this.slots[slot] = this.emitGroups(layer, groups);
  }

  /** One feature of a fill, line, circle or symbol layer, already in screen px. */
  private feature(
    layer: LayerSpecification,
    props: Record<string, unknown>,
    gt: string,
    rings: Ring[],
    clip: Rect,
    groups: Map<string, Group>,
    slot: number,
    dedupe: string,
    state?: Record<string, unknown>,
  ): void {
    const ctx = this.ctx(props, gt, state);
    const paint = (layer as { paint?: Paint }).paint ?? {};
    const layout = (layer as { layout?: Paint }).layout ?? {};
    const p = (k: string, d: unknown) => evaluate(paint[k], ctx) ?? d;
    const l = (k: string, d: unknown) => evaluate(layout[k], ctx) ?? d;
    const add = (a: Paint, parts: Ring[], closed: boolean) => {
      if (!parts.length) return;
      const key = JSON.stringify(a);
      const g = groups.get(key);
      if (g) g.features.push(parts);
      else groups.set(key, { a, features: [parts], closed });
    };
    if (layer.type === 'fill') {
      if (!gt.endsWith('Polygon')) return;
      const c = splitColor(String(p('fill-color', '#000')));
      const opacity = Number(p('fill-opacity', 1)) * c.alpha;
      if (opacity <= 0) return;
      add(
        { fill: c.color, 'fill-opacity': opacity },
        rings.map((r) => clipRing(r, clip)).filter((r) => r.length),
        true,
      );
    } else if (layer.type === 'line') {
      if (gt === 'Point') return;
      const c = splitColor(String(p('line-color', '#000')));
      const opacity = Number(p('line-opacity', 1)) * c.alpha;
      const width = Number(p('line-width', 1));
      if (opacity <= 0 || width <= 0) return;
      const dash = p('line-dasharray', null) as number[] | null;
      const lines = gt.endsWith('Polygon') ? rings.map((r) => [...r, r[0]!]) : rings;
      add(
        {
          stroke: c.color,
          'stroke-opacity': opacity,
          'stroke-width': width,
          'stroke-linecap': String(l('line-cap', 'butt')),
          'stroke-linejoin': String(l('line-join', 'miter')),
          'stroke-dasharray': Array.isArray(dash) ? dash.map((d) => fmt(d * width, 2)).join(' ') : undefined,
        },
        lines.flatMap((r) => clipLine(r, clip)),
        false,
      );
    } else if (layer.type === 'circle') {
      const r = Number(p('circle-radius', 5));
      const sw = Number(p('circle-stroke-width', 0));
      const fill = splitColor(String(p('circle-color', '#000')));
      const stroke = splitColor(String(p('circle-stroke-color', '#000')));
      const a: Paint = {
        fill: fill.color,
        'fill-opacity': Number(p('circle-opacity', 1)) * fill.alpha,
        stroke: sw > 0 ? stroke.color : undefined,
        'stroke-opacity': sw > 0 ? Number(p('circle-stroke-opacity', 1)) * stroke.alpha : undefined,
        'stroke-width': sw > 0 ? sw : undefined,
      };
      for (const ring of rings)
        for (const [x, y] of ring) {
          const R = r + sw;
          if (x < -R || y < -R || x > this.w + R || y > this.h + R) continue;
          const key = JSON.stringify(a);
          let g = groups.get(key);
          if (!g) groups.set(key, (g = { a, features: [], closed: false, circles: [] }));
          // MapLibre strokes outside the radius; SVG strokes on it.
          g.circles!.push(
            `<circle cx="${fmt(x, this.prec)}" cy="${fmt(y, this.prec)}" r="${fmt(r + sw / 2, 2)}"/>`,
          );
        }
    } else if (layer.type === 'symbol') {
      this.symbol(layer, ctx, props, gt, rings, slot, dedupe);
    }
  }

  private emitGroups(layer: LayerSpecification, groups: Map<string, Group>): string {
    let out = '';
    for (const g of groups.values()) {
      const a = { ...g.a } as Record<string, string | number | undefined>;
      for (const k of ['fill-opacity', 'stroke-opacity']) if (a[k] === 1) delete a[k];
      if (g.circles) {
        if (g.circles.length) out += `<g${attrs(a)}>${g.circles.join('')}</g>`;
        continue;
      }
      if (layer.type !== 'fill') {
        // Strokes of one style merge into one path (they cannot cancel out).
        const d = pathData(g.features.flat(), false, this.prec);
        if (d) out += `<path${attrs({ fill: 'none', ...a })} d="${d}"/>`;
        continue;
      }
      // Fills: one path per feature (even-odd inside a feature makes its holes; two overlapping
      // features must not cancel out, and translucent ones add up as in MapLibre).
      const ds = g.features.map((f) => pathData(f, true, this.prec)).filter(Boolean);
      if (ds.length === 1) out += `<path${attrs({ 'fill-rule': 'evenodd', ...a })} d="${ds[0]}"/>`;
      else if (ds.length)
        out += `<g${attrs({ 'fill-rule': 'evenodd', ...a })}>${ds.map((d) => `<path d="${d}"/>`).join('')}</g>`;
    }
    return out ? `<g data-layer="${esc(layer.id)}">${out}</g>` : '';
  }

  // ---- places ----

  private placeLayersOut(): void {
    const { lang, theme } = this.opts;
    const far = this.data.farPlaces ?? defaultFarPlaces(this.data.places);
    const offmap = offmapFeatures(
      far,
      {
        width: this.w,
        height: this.h,
        center: this.view.camera.center,
        project: (p) => this.project(p),
        unproject: ([x, y]) => unproject(this.view, x, y),
      },
      this.opts.digits ?? 'latn',
    );
    const input: PlaceStyleInput = { places: this.data.places, theme, lang, font: [BASEMAP_FONT], offmap };
    const sources = placeSources(input);
    const selected = new Set(this.opts.selected ?? []);
    const dimmed = this.opts.dimmed ?? new Set<string>();
    for (const layer of placeLayers(input)) {
      if (!this.visible(layer)) continue;
      const source = 'source' in layer ? layer.source : '';
      const spec = sources[source as string];
      if (!spec) continue;
      const fc = spec.data as FeatureCollection;
      const groups = new Map<string, Group>();
      const slot = this.slots.length;
      this.slots.push('');
      for (const f of fc.features) {
        if (!f.geometry) continue;
        const props = (f.properties ?? {}) as Record<string, unknown>;
        const pid = String(props['pid'] ?? '');
        const state = { selected: selected.has(pid), hovered: false, dimmed: dimmed.has(pid) };
        const gt = f.geometry.type;
        const filter = 'filter' in layer ? layer.filter : undefined;
        if (filter && evaluate(filter, this.filterCtx(props, gt, state)) !== true) continue;
        const rings = this.projectGeometry(f.geometry);
        this.feature(layer, props, gt, rings, this.viewRect, groups, slot, `place:${pid}`, state);
      }
      this.slots[slot] = this.emitGroups(layer, groups);
    }
  }

  /** Every ring / line / point of a GeoJSON geometry, projected; multi-parts flattened. */
  private projectGeometry(g: Geometry): Ring[] {
    const ring = (cs: Position[]) => cs.map((c) => this.project(c));
    switch (g.type) {
      case 'Point':
        return [[this.project(g.coordinates)]];
      case 'MultiPoint':
        return [ring(g.coordinates)];
      case 'LineString':
        return [ring(g.coordinates)];
      case 'MultiLineString':
      case 'Polygon':
        return g.coordinates.map(ring);
      case 'MultiPolygon':
        return g.coordinates.flatMap((p) => p.map(ring));
      case 'GeometryCollection':
        return g.geometries.flatMap((x) => this.projectGeometry(x));
    }
  }

  // ---- labels ----

  private symbol(
    layer: LayerSpecification,
    ctx: ExprContext,
    props: Record<string, unknown>,
    gt: string,
    rings: Ring[],
    slot: number,
    dedupe: string,
  ): void {
    if (gt !== 'Point') return; // line-placed labels (rivers) are not drawn on the poster
    const paint = (layer as { paint?: Paint }).paint ?? {};
    const layout = (layer as { layout?: Paint }).layout ?? {};
    const p = (k: string, d: unknown) => evaluate(paint[k], ctx) ?? d;
    const l = (k: string, d: unknown) => evaluate(layout[k], ctx) ?? d;
    let text = String(l('text-field', '') ?? '');
    if (!text) return;
    if (l('text-transform', 'none') === 'uppercase') text = text.toUpperCase();
    const size = Number(l('text-size', 16));
    const letterSpacing = Number(l('text-letter-spacing', 0));
    const lines = wrap(text, size, Number(l('text-max-width', 10)), letterSpacing);
    const variable = l('text-variable-anchor', null) as Anchor[] | null;
    const radial = Number(l('text-radial-offset', 0));
    const offset = (l('text-offset', [0, 0]) as [number, number]) ?? [0, 0];
    const anchors = Array.isArray(variable)
      ? variable.map((a) => ({ anchor: a, offset: radialOffset(a, radial) }))
      : [{ anchor: String(l('text-anchor', 'center')) as Anchor, offset }];
    const opacity = Number(p('text-opacity', 1));
    const iconOpacity = Number(p('icon-opacity', 1));
    if (opacity <= 0) return;
    const icon = layout['icon-image']
      ? {
          angle: Number(l('icon-rotate', 0)),
          color: String(p('icon-color', '#000')),
          opacity: iconOpacity,
        }
      : undefined;
    const sortKey = Number(l('symbol-sort-key', 0)) || 0;
    for (const ring of rings)
      for (const [x, y] of ring) {
        this.labels.push({
          slot,
          sortKey,
          seq: this.seq++,
          lines,
          x,
          y,
          size,
          anchors,
          letterSpacing,
          padding: Number(l('text-padding', 2)),
          allowOverlap: l('text-allow-overlap', false) === true,
          ignorePlacement: l('text-ignore-placement', false) === true,
          mustFit: !layer.id.startsWith('aa-'),
          paint: {
            color: String(p('text-color', '#000')),
            opacity,
            halo: String(p('text-halo-color', 'rgba(0,0,0,0)')),
            haloWidth: Number(p('text-halo-width', 0)),
          },
          icon,
          dedupe: `${dedupe}|${text}`,
        });
      }
  }

  /** Greedy placement in MapLibre's order: top layer first, then by sort key, then source order. */
  private placeLabels(): void {
    const index = new CollisionIndex();
    const order = [...this.labels].sort((a, b) => b.slot - a.slot || a.sortKey - b.sortKey || a.seq - b.seq);
    const placed = new Map<number, string[]>();
    const seen: { key: string; x: number; y: number }[] = [];
    for (const c of order) {
      // A point in a tile's buffer is in the neighbouring tile too: one label, as MapLibre's
      // cross-tile index keeps.
      if (c.dedupe && seen.some((s) => s.key === c.dedupe && Math.hypot(s.x - c.x, s.y - c.y) < 4)) continue;
      if (c.x < -64 || c.y < -64 || c.x > this.w + 64 || c.y > this.h + 64) continue;
      if (c.mustFit && (c.x < 0 || c.y < 0 || c.x > this.w || c.y > this.h)) continue;
      let chosen: PlacedText | null = null;
      for (const a of c.anchors) {
        const t = layoutText(c.lines, c.x, c.y, c.size, a.anchor, a.offset, c.letterSpacing);
        const inside = t.box.x0 >= 0 && t.box.y0 >= 0 && t.box.x1 <= this.w && t.box.y1 <= this.h;
        if (c.mustFit && !inside) continue;
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
      this.slots[slot] = (this.slots[slot] ?? '') + `<g class="labels">${list.reverse().join('')}</g>`;
    }
  }

  private textSvg(c: LabelCandidate, t: PlacedText): string {
    const text = c.lines.join(' ');
    const rtl = isRtl(text);
    const anchor = rtl
      ? ({ start: 'end', end: 'start', middle: 'middle' } as const)[t.textAnchor]
      : t.textAnchor;
    const fill = splitColor(c.paint.color);
    const halo = splitColor(c.paint.halo);
    const a = attrs({
      x: fmt(t.x, this.prec),
      y: fmt(t.baselines[0]!, this.prec),
      'font-size': c.size,
      'text-anchor': anchor,
      direction: rtl ? 'rtl' : 'ltr',
      'xml:lang': rtl ? 'ar' : 'en',
      fill: fill.color,
      'fill-opacity': fill.alpha < 1 ? fill.alpha : undefined,
      stroke: c.paint.haloWidth > 0 && halo.alpha > 0 ? halo.color : undefined,
      'stroke-opacity': c.paint.haloWidth > 0 && halo.alpha > 0 && halo.alpha < 1 ? halo.alpha : undefined,
      'stroke-width': c.paint.haloWidth > 0 && halo.alpha > 0 ? c.paint.haloWidth * 2 : undefined,
      'stroke-linejoin': c.paint.haloWidth > 0 ? 'round' : undefined,
      'paint-order': c.paint.haloWidth > 0 ? 'stroke' : undefined,
      'letter-spacing': c.letterSpacing ? fmt(c.letterSpacing * c.size, 2) : undefined,
      opacity: c.paint.opacity < 1 ? c.paint.opacity : undefined,
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
        d: 'M0 -11.5L10.9 10.9H-10.9z',
        transform: `translate(${fmt(c.x, this.prec)} ${fmt(c.y, this.prec)}) rotate(${fmt(c.icon.angle, 1)})`,
        fill: ic.color,
        'fill-opacity': c.icon.opacity * ic.alpha < 1 ? c.icon.opacity * ic.alpha : undefined,
      })}/>`;
    }
    return `${icon}<text${a}>${body}</text>`;
  }

  // ---- furniture ----

  private attributionLine(ctx: FurnitureContext): string {
    const parts = [attribution.text, ...(this.opts.extraAttribution ?? [])];
    const size = 10;
    const maxWidth = Math.max(120, this.w - 150);
    const lines = wrap(parts.join(' · '), size, maxWidth / size);
    const rtl = ctx.lang === 'ar';
    const lh = size * 1.25;
    const pad = 4;
    const width = Math.min(maxWidth, Math.max(...lines.map((l) => measureLine(l, size)))) + 2 * pad;
    const height = lines.length * lh + 2 * pad;
    const x0 = rtl ? 0 : this.w - width;
    const y0 = this.h - height;
    const p = PALETTES[ctx.theme];
    const tspans = lines
      .map(
        (line, i) =>
          `<tspan x="${fmt(rtl ? x0 + pad : this.w - pad)}" y="${fmt(y0 + pad + (i + 0.78) * lh)}">${esc(line)}${i < lines.length - 1 ? ' ' : ''}</tspan>`,
      )
      .join('');
    return (
      `<g class="attribution"><rect${attrs({ x: fmt(x0), y: fmt(y0), width: fmt(width), height: fmt(height), fill: p.land, 'fill-opacity': 0.8 })}/>` +
      `<text${attrs({ 'font-size': size, fill: p.textMuted, 'text-anchor': rtl ? 'start' : 'end', direction: 'ltr', 'xml:lang': 'en' })}>${tspans}</text></g>`
    );
  }
}

const measureLine = (s: string, size: number) => layoutText([s], 0, 0, size, 'left', [0, 0]).box.x1;

const cdata = (css: string) => `<![CDATA[${css.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;

function northArrow(ctx: FurnitureContext): string {
  const x = ctx.lang === 'ar' ? 22 : ctx.width - 22;
  const y = 26;
  return (
    `<g class="north-arrow" transform="translate(${fmt(x)} ${fmt(y)})">` +
    `<path d="M0 -14L7 8L0 4L-7 8z"${attrs({ fill: ctx.ink, stroke: ctx.paper, 'stroke-width': 1.5, 'paint-order': 'stroke' })}/>` +
    `<text${attrs({ y: 21, 'font-size': 11, 'text-anchor': 'middle', fill: ctx.ink })}>${ctx.lang === 'ar' ? 'ش' : 'N'}</text></g>`
  );
}

export type { Feature };

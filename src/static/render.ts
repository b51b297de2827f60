/**
 * The static map renderer: one view (camera + size) drawn as an SVG string in exactly the Web
 * Mercator projection MapLibre uses, from the same vector tiles and the same layer definitions
 * (`basemap-style.ts`, `place-layers.ts`, evaluated by `./expr.ts`) as the live map. Pure and
 * synchronous once the tiles are loaded (`./tiles.ts`); runs in node and in the browser. Used as
 * the embed's poster, the no-WebGL fallback and the vector export.
 */
import '../carto/pole.ts'; // areas' anchors (polylabel), kept off the reader's first view
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { Lang, PlaceFeature } from '../model/types.ts';
import type { Digits, Theme } from '../model/prefs.ts';
import { BASEMAP_FONT, BASEMAP_WORLD_SOURCE_ID, PALETTES, basemapStyle } from '../carto/basemap-style.ts';
import { placeLayers, placeSources, type PlaceStyleInput } from '../carto/place-layers.ts';
import { withoutDuplicates } from '../carto/basemap-duplicates.ts';
import { frameBounds, offMapPlaces } from '../carto/geometry.ts';
import { evaluate, type ExprContext } from './expr.ts';
import { viewOrigin, viewProjection, unproject, type StaticView } from './camera.ts';
import type { BasemapTiles, LoadBasemapOptions, TileLoader } from './tiles.ts';
import { loadBasemap } from './tiles.ts';
import { attrs, clipLine, clipRing, esc, fmt, pathData, splitColor, type Rect, type Ring } from './svg.ts';
import { Labels } from './labels.ts';
import { offmapFeatures } from './offmap.ts';
import { attributionLine, northArrow, scaleBar } from './furniture.ts';
import { contentLang } from '../languages.ts';

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
  /** Accessible name as `aria-label` when there is no `title` (no tooltip; the embed's poster). */
  label?: string;
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
  /**
   * Boxes (px of the view) the caller covers with its own overlays (the embed's Explore button):
   * no label is placed there and edge arrows slide along their edge clear of them.
   */
  keepClear?: readonly Rect[];
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

const GEOM_TYPES = ['Unknown', 'Point', 'LineString', 'Polygon'] as const;

class Renderer {
  private readonly w: number;
  private readonly h: number;
  private readonly prec: number;
  private readonly project: (p: Position) => [number, number];
  /** Output slots in drawing order; label slots are filled after placement. */
  private readonly slots: string[] = [];
  private readonly labels: Labels;
  /** The article's line places (rivers, roads) in screen px: their names follow the line. */
  private readonly placeLines = new Map<string, Ring[]>();
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
    this.labels = new Labels(this.w, this.h, this.prec, this.id);
    for (const box of opts.keepClear ?? []) this.labels.obstacle(box);
  }

  render(): string {
    const { lang, theme } = this.opts;
    const style: StyleSpecification = basemapStyle({ baseUrl: '', theme, lang: contentLang(lang) });
    // As on the live map, the basemap's own labels for the article's places are hidden.
    for (const layer of style.layers) this.basemapLayer(withoutDuplicates(layer, this.data.places));
    this.placeLayersOut();
    this.labels.place(this.slots);
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
      this.opts.attribution === false ? '' : attributionLine(ctx, this.opts.extraAttribution ?? []),
      this.opts.legend ? `<g class="legend">${this.opts.legend(ctx)}</g>` : '',
    ].join('');
    return (
      `<svg xmlns="http://www.w3.org/2000/svg"${attrs({
        width: fmt(this.w),
        height: fmt(this.h),
        viewBox: `0 0 ${fmt(this.w)} ${fmt(this.h)}`,
        role: 'img',
        'aria-labelledby': this.opts.title ? `${this.id}title` : undefined,
        'aria-label': this.opts.title ? undefined : this.opts.label,
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
    // Each layer reads its own source's tiles: the world's are overzoomed past their zoom.
    const bm =
      'source' in layer && layer.source === BASEMAP_WORLD_SOURCE_ID && this.data.basemap.world
        ? this.data.basemap.world
        : this.data.basemap;
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
          // The article's markers keep labels off them (the edge arrows' names, the basemap's).
          if (dedupe.startsWith('place:'))
            this.labels.obstacle({ x0: x - R, y0: y - R, x1: x + R, y1: y + R });
          // MapLibre strokes outside the radius; SVG strokes on it.
          g.circles!.push(
            `<circle cx="${fmt(x, this.prec)}" cy="${fmt(y, this.prec)}" r="${fmt(r + sw / 2, 2)}"/>`,
          );
        }
    } else if (layer.type === 'symbol') {
      const pid = dedupe.startsWith('place:') ? dedupe.slice(6) : '';
      this.labels.add(layer, ctx, gt, rings, clip, slot, dedupe, this.placeLines.get(pid));
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
      this.opts.keepClear,
    );
    const input: PlaceStyleInput = { places: this.data.places, theme, lang, font: [BASEMAP_FONT], offmap };
    const sources = placeSources(input);
    for (const p of this.data.places)
      if (p.geometry?.type === 'LineString' || p.geometry?.type === 'MultiLineString')
        this.placeLines.set(p.id, this.projectGeometry(p.geometry));
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
      // The selected places drawn last, on top (a chosen marker never hides under a neighbour's),
      // and their names placed first.
      const isSel = (f: Feature) => selected.has(String(f.properties?.['pid'] ?? ''));
      const [sel, rest] = [fc.features.filter(isSel), fc.features.filter((f) => !isSel(f))];
      const features = layer.type === 'symbol' ? [...sel, ...rest] : [...rest, ...sel];
      for (const f of features) {
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
}

const cdata = (css: string) => `<![CDATA[${css.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;

export type { Feature };

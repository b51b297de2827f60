/**
 * The vector export (SVG, and the PDF Chromium prints from it) of one view, without MapLibre: the
 * places in the frame come from the static renderer's projection, the furniture and citation from
 * the same functions as the PNG's. Pure (node and browser); the browser side that reads the live
 * map, the tiles and the font files is `vector-export.ts`.
 */
import '../carto/pole.ts'; // areas' anchors (polylabel), kept off the reader's first view
import type { ArticleModel, Lang, PlaceFeature } from '../model/types.ts';
import type { Digits } from '../state/url-state.ts';
import { anchor, placeBounds } from '../carto/geometry.ts';
import { defaultFarPlaces } from '../static/render.ts';
import { viewProjection, type StaticCamera, type StaticView } from '../static/camera.ts';
import type { BasemapTiles } from '../static/tiles.ts';
import { citation } from './citation.ts';
import { furniture } from './furniture.ts';
import type { ExportSize } from './sizes.ts';
import { layoutVector, type Measure, type VectorLayout } from './svg-layout.ts';

export interface VectorInput {
  model: ArticleModel;
  lang: Lang;
  theme: 'light' | 'dark';
  digits: Digits;
  /** The frame's camera: centre, and the zoom at which the frame fills the export. */
  camera: StaticCamera;
  size: ExportSize;
  basemap: BasemapTiles | null;
  selectedPlace: string | null;
  /** Place ids drawn as selected (the place, or an event's places), as the live map's feature-state. */
  selected: readonly string[];
  /** Place ids outside the time filter. */
  dimmed: ReadonlySet<string>;
  timeRange: { start: number; end: number } | null;
  permalink: string;
  withQuote?: boolean;
  withLegend?: boolean;
  withTimeline?: boolean;
  selectedEvent?: string | null;
  timeDir?: 'ltr' | 'rtl';
  now: Date;
  measure?: Measure;
}

export interface VectorResult extends VectorLayout {
  /** Page size in CSS px and, for paper, in mm. */
  width: number;
  height: number;
  mm?: [number, number];
  metadata: [string, string][];
  /** The places whose anchor is inside the frame, and where they are drawn on the page (CSS px). */
  places: { id: string; x: number; y: number; point: boolean }[];
}

/** The page size of an export in CSS px (and mm when it is a print size). */
export function pageSize(size: ExportSize): { width: number; height: number; mm?: [number, number] } {
  const width = size.width / size.ratio;
  const height = size.height / size.ratio;
  if (!size.dpi) return { width, height };
  const mm = (px: number) => Math.round((px / size.dpi!) * 25.4 * 10) / 10;
  return { width, height, mm: [mm(size.width), mm(size.height)] };
}

/** Places in the frame (anchor inside, or an area crossing it) and the rest (named as off the map). */
export function framePlaces(places: readonly PlaceFeature[], frame: StaticView) {
  const project = viewProjection(frame);
  const { width: W, height: H } = frame.size;
  const inView: PlaceFeature[] = [];
  const offMap: PlaceFeature[] = [];
  for (const p of places) {
    if (!p.geometry) continue;
    const [x, y] = project(anchor(p))!;
    if (x >= 0 && y >= 0 && x < W && y < H) inView.push(p);
    else if (p.geometry.type !== 'Point') {
      const [w, s, e, n] = placeBounds(p, 0);
      const a = project([w, n])!;
      const b = project([e, s])!;
      if (b[0] >= a[0] && a[0] < W && b[0] > 0 && a[1] < H && b[1] > 0) inView.push(p);
      else offMap.push(p);
    } else offMap.push(p);
  }
  return { inView, offMap };
}

/** The vector page of a view. */
export function vectorExport(input: VectorInput): VectorResult {
  const { model } = input;
  const page = pageSize(input.size);
  const frame: StaticView = { camera: input.camera, size: { width: page.width, height: page.height } };
  const { inView, offMap } = framePlaces(model.places, frame);
  const f = furniture({
    model,
    lang: input.lang,
    digits: input.digits,
    theme: input.theme,
    inView,
    offMap,
    selectedPlace: input.selectedPlace,
    timeRange: input.timeRange,
    withQuote: input.withQuote ?? true,
    withLegend: input.withLegend ?? true,
    withTimeline: input.withTimeline ?? false,
    selectedEvent: input.selectedEvent ?? null,
    timeDir: input.timeDir,
    lat: input.camera.center[1],
    zoom: input.camera.zoom,
    bearing: 0,
    cssWidth: page.width,
    exported: input.now,
  });
  const metadata = citation({
    model,
    lang: input.lang,
    places: [...inView, ...offMap],
    permalink: input.permalink,
    exported: input.now.toISOString(),
  });
  const layout = layoutVector({
    furniture: f,
    width: page.width,
    height: page.height,
    mm: page.mm,
    camera: input.camera,
    basemap: input.basemap,
    places: model.places,
    farPlaces: defaultFarPlaces(model.places),
    selected: input.selected,
    dimmed: input.dimmed,
    digits: input.digits,
    citation: metadata,
    measure: input.measure,
  });
  const project = viewProjection(layout.view);
  const places = inView.map((p) => {
    const [x, y] = project(anchor(p))!;
    return { id: p.id, x: x + layout.map.x, y: y + layout.map.y, point: p.geometry.type === 'Point' };
  });
  return { ...layout, ...page, metadata, places };
}

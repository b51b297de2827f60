/**
 * Off-map indicators: for places far outside the regional view, an arrow on the viewport edge that
 * points at them, with their name and great-circle distance from the view's centre. Pure: the camera
 * comes in as plain numbers and functions, so it is tested in node without a map.
 */
import type { FeatureCollection } from 'geojson';
import type { PlaceFeature } from '../model/types.ts';
import type { Digits } from '../model/prefs.ts';
import { formatNumber } from '../ui/format.ts';
import { directionTo, edgePoint, edgeSide, spreadIndicators } from './geometry.ts';
import { shortLabel } from './short-label.ts';

/** What the indicators need to know of the camera. */
export interface OffmapCamera {
  width: number;
  height: number;
  /** The view's centre, [lon, lat]. */
  center: [number, number];
  project(lngLat: [number, number]): { x: number; y: number };
  unproject(point: [number, number]): [number, number];
  /** px of the view covered by overlays (the phone's sheet): indicators stay in the rest. */
  inset?: { top?: number; bottom?: number; left?: number; right?: number };
  /**
   * Boxes (px of the view) an indicator's label must keep clear of: the article's own places (their
   * points, the selected places' labels, `placeBoxes`). An indicator slides along its edge until its
   * label clears them.
   */
  avoid?: readonly LabelBox[];
  /**
   * Boxes of labels that give way to an indicator's name (the article's other place names: the live
   * map places them after the indicators, so MapLibre moves them to another side of their point or
   * hides them). An indicator keeps clear of them where its edge has room, and takes their spot
   * where it has none, so its name is never the one lost.
   */
  yielding?: readonly LabelBox[];
}

/** A box in px: left, top, right, bottom. */
export interface LabelBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Half the arrow icon's side, px (`carto/webgl.ts` draws it 32 px square). */
const ARROW = 16;
/** MapLibre's default `icon-padding`, px. */
const ICON_PADDING = 2;

/**
 * The box MapLibre's collision detection gives an arrow at `at` turned by `angle` degrees: the
 * bounding box of the rotated icon, with its padding (a diagonal arrow takes up to 49 px, not 32).
 */
export function arrowBox(at: { x: number; y: number }, angle: number): LabelBox {
  const a = (angle * Math.PI) / 180;
  const half = ARROW * (Math.abs(Math.cos(a)) + Math.abs(Math.sin(a))) + ICON_PADDING;
  return { x0: at.x - half, y0: at.y - half, x1: at.x + half, y1: at.y + half };
}

/** Rough advance of a label's glyphs, in ems: generous, so an estimate never undershoots. */
const EM_PER_CHAR = 0.62;

/** A label's estimated box at `size` px: its widest line, every line (FSI/PDI and other marks take no room). */
export function textSize(text: string, size: number): { w: number; h: number } {
  const lines = text.replace(/[\u2066-\u2069\u200e\u200f]/g, '').split('\n');
  const chars = Math.max(...lines.map((l) => [...l].length));
  return { w: chars * size * EM_PER_CHAR, h: size * 1.35 * lines.length };
}

/** Size (px) and offset (ems) of the place labels and indicator labels (`place-layers.ts`). */
export const PLACE_LABEL_SIZE = 14;
export const INDICATOR_LABEL_SIZE = 13;

/** A place point with the label the map draws for it (lines split by `\n`). */
export interface LabelledPoint {
  at: [number, number];
  label: string;
}

/** The boxes of the places' marks alone (their points), for `OffmapCamera.avoid`. */
export function placeMarks(
  places: readonly LabelledPoint[],
  cam: Pick<OffmapCamera, 'width' | 'height' | 'project'>,
): LabelBox[] {
  return placeBoxes(places, cam).filter((_, i) => i % 3 === 0);
}

/**
 * The boxes the article's places take in the view: each point's mark and its label (below the point,
 * as `aa-label` anchors it, or above), in that order, three per place in view; for `OffmapCamera.avoid`
 * or `yielding`. Places outside the view are left out.
 */
export function placeBoxes(
  places: readonly LabelledPoint[],
  cam: Pick<OffmapCamera, 'width' | 'height' | 'project'>,
): LabelBox[] {
  const pad = 4;
  return places.flatMap(({ at, label }) => {
    const p = cam.project(at);
    if (p.x < -200 || p.y < -50 || p.x > cam.width + 200 || p.y > cam.height + 50) return [];
    const { w, h } = textSize(label, PLACE_LABEL_SIZE);
    const mark = { x0: p.x - 10 - pad, y0: p.y - 10 - pad, x1: p.x + 10 + pad, y1: p.y + 10 + pad };
    // Below the point, or above it when MapLibre moves it there (variable anchors, `place-layers.ts`).
    const off = PLACE_LABEL_SIZE * 1.1;
    const below = {
      x0: p.x - w / 2 - pad,
      y0: p.y + off - pad,
      x1: p.x + w / 2 + pad,
      y1: p.y + off + h + pad,
    };
    const above = { ...below, y0: p.y - off - h - pad, y1: p.y - off + pad };
    return [mark, below, above];
  });
}

const overlaps = (a: LabelBox, b: LabelBox) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** The box of an indicator's label at (x, y) on `side`, anchored as `TEXT_OFFSET` puts it. */
export function indicatorLabelBox(
  x: number,
  y: number,
  side: keyof typeof TEXT_OFFSET,
  label: string,
): LabelBox {
  const { w, h } = textSize(label, INDICATOR_LABEL_SIZE);
  const [ox, oy] = TEXT_OFFSET[side].map((v) => v * INDICATOR_LABEL_SIZE) as [number, number];
  const ax = x + ox;
  const ay = y + oy;
  if (side === 'left') return { x0: ax, y0: ay - h / 2, x1: ax + w, y1: ay + h / 2 };
  if (side === 'right') return { x0: ax - w, y0: ay - h / 2, x1: ax, y1: ay + h / 2 };
  if (side === 'top') return { x0: ax - w / 2, y0: ay, x1: ax + w / 2, y1: ay + h };
  return { x0: ax - w / 2, y0: ay - h, x1: ax + w / 2, y1: ay };
}

/** A far place with its representative point (computed once: a country's centroid is not free). */
export interface FarPlace {
  place: PlaceFeature;
  at: [number, number];
}

/** Text offset (ems) of an indicator's label, towards the inside of the map. */
const TEXT_OFFSET = {
  left: [1.4, 0],
  right: [-1.4, 0],
  top: [0, 1.3],
  bottom: [0, -1.3],
} as const;

/** Distance label: name, then the number and unit isolated so the digits never reorder the name. */
export function distanceLabel(name: string, km: number, lang: 'ar' | 'en', digits: Digits): string {
  const n = formatNumber(km, lang, lang === 'ar' ? digits : 'latn', 0);
  // FSI … PDI keeps a Latin number inside an Arabic label (and vice versa) in its own run.
  return lang === 'ar'
    ? `${shortLabel(name)} \u2068${n} كم\u2069`
    : `${shortLabel(name)} \u2068${n} km\u2069`;
}

/** Edge-indicator features for far places, in a FeatureCollection for the `aa-offmap` source. */
export function offmapFeatures(
  far: readonly FarPlace[],
  cam: OffmapCamera,
  opts: {
    digits: Digits;
    featureId: (placeId: string) => number | undefined;
    /**
     * Where distances are measured from, [lon, lat]; the view's centre by default. The live map
     * passes the article's region (carto/locator.ts), so an arrow and the locator give one distance
     * and it does not change as the reader pans.
     */
    from?: [number, number];
    /** Places placed first, where the edge is short of room (the selected ones). */
    first?: ReadonlySet<string>;
  },
): FeatureCollection {
  const { top = 0, bottom = 0, left = 0, right = 0 } = cam.inset ?? {};
  const width = Math.max(1, cam.width - left - right);
  const height = Math.max(1, cam.height - top - bottom);
  const edges = far.flatMap(({ place, at }) => {
    const p = cam.project(at);
    const e = edgePoint(width, height, { x: p.x - left, y: p.y - top });
    return e ? [{ ...e, place, lngLat: at }] : [];
  });
  const shift = (b: LabelBox): LabelBox => ({
    x0: b.x0 - left,
    y0: b.y0 - top,
    x1: b.x1 - left,
    y1: b.y1 - top,
  });
  const taken: LabelBox[] = (cam.avoid ?? []).map(shift);
  const yielding: LabelBox[] = (cam.yielding ?? []).map(shift);
  const items = spreadIndicators(edges, width, height).map((e) => {
    const p = e.place;
    const { km } = directionTo(opts.from ?? cam.center, e.lngLat);
    const side = edgeSide(e, width, height);
    const labels: { ar: string; en: string } = {
      ar: distanceLabel(p.properties.name_ar, km, 'ar', opts.digits),
      en: distanceLabel(p.properties.name_en, km, 'en', 'latn'),
    };
    const longest = labels.ar.length > labels.en.length ? labels.ar : labels.en;
    // Without `avoid` (the static renderer, which places its labels itself) the spot stays as spread.
    const at: { x: number; y: number } | null = cam.avoid || cam.yielding ? null : { x: e.x, y: e.y };
    return { e, p, side, labels, longest, at };
  });
  type Item = (typeof items)[number];
  /**
   * One placement of every indicator, each in turn (`order`), at the spot `scan` finds first. In
   * order of preference, for each: its name and distance clear of everything, its name alone clear
   * of everything, then the same two over labels that yield (they move or give way). An arrow never
   * shows without its name: one with no room for it at all is left out rather than stacked on
   * another (the place stays in the text, the list and the far-place locator).
   */
  const attempt = (order: readonly Item[], scan: Scan): Item[] => {
    const used = [...taken];
    const placed = new Map<Item, Item>();
    for (const it of order) {
      const names = { ar: shortLabel(it.p.properties.name_ar), en: shortLabel(it.p.properties.name_en) };
      const short = names.ar.length > names.en.length ? names.ar : names.en;
      const tries = [
        { labels: it.labels, longest: it.longest, clear: [...used, ...yielding] },
        { labels: names, longest: short, clear: [...used, ...yielding] },
        { labels: it.labels, longest: it.longest, clear: used },
        { labels: names, longest: short, clear: used },
      ];
      for (const t of tries) {
        const at = clearSpot(it.e, it.side, t.longest, t.clear, width, height, scan);
        if (!at) continue;
        placed.set(it, { ...it, at, labels: t.labels, longest: t.longest });
        used.push(indicatorLabelBox(at.x, at.y, it.side, t.longest), arrowBox(at, it.e.angle));
        break;
      }
    }
    return items.map((it) => placed.get(it) ?? { ...it, at: null });
  };
  let placedItems = items;
  if (cam.avoid || cam.yielding) {
    // Each near its own spot first; where that leaves an arrow out, named short or out of order along
    // its edge, the arrows packed from either end of their edges, in their order along it.
    const along = (it: Item) => (it.side === 'left' || it.side === 'right' ? it.e.y : it.e.x);
    const sorted = [...items].sort((a, b) => along(a) - along(b));
    const first = (list: readonly Item[]) => [
      ...list.filter((it) => opts.first?.has(it.p.id)),
      ...list.filter((it) => !opts.first?.has(it.p.id)),
    ];
    const attempts = [
      attempt(items, 'near'),
      attempt(sorted, 'up'),
      attempt([...sorted].reverse(), 'down'),
      ...(opts.first?.size ? [attempt(first(items), 'near')] : []),
    ];
    // The selected places' own arrows count before any other's.
    const rank = (a: Item[]) =>
      score(a, along) +
      1e8 *
        score(
          a.filter((it) => opts.first?.has(it.p.id)),
          along,
        );
    placedItems = attempts.reduce((best, a) => (rank(a) > rank(best) ? a : best));
  }
  const features: FeatureCollection['features'] = placedItems.flatMap(({ e, p, side, labels, at }) => {
    if (!at) return [];
    return {
      type: 'Feature',
      id: opts.featureId(p.id),
      geometry: { type: 'Point', coordinates: cam.unproject([at.x + left, at.y + top]) },
      properties: {
        pid: p.id,
        angle: e.angle,
        textAnchor: side,
        textOffset: [...TEXT_OFFSET[side]],
        label_ar: labels.ar,
        label_en: labels.en,
      },
    } satisfies FeatureCollection['features'][number];
  });
  return { type: 'FeatureCollection', features };
}

/** How `clearSpot` walks an edge: out from the indicator's own spot, or from either end. */
type Scan = 'near' | 'up' | 'down';

/**
 * How good a placement is: more arrows shown first, then fewer pairs out of order along an edge
 * (an arrow pointing further along it sits further along it), then more names with their distance.
 */
function score<
  T extends {
    at: { x: number; y: number } | null;
    side: string;
    labels: { ar: string; en: string };
  },
>(items: readonly T[], along: (it: T) => number): number {
  const shown = items.filter((it) => it.at);
  const pos = (it: T) => (it.side === 'left' || it.side === 'right' ? it.at!.y : it.at!.x);
  let crossed = 0;
  for (const a of shown)
    for (const b of shown) if (a.side === b.side && along(a) < along(b) && pos(a) > pos(b)) crossed++;
  const full = shown.filter((it) => /\u2068/.test(it.labels.en)).length;
  return shown.length * 1e6 - crossed * 1e3 + full;
}

/**
 * The first spot along its edge (`scan`: nearest `e`, or from the low or the high end) where the
 * indicator and its label clear every box `taken` and, label included, stay inside the view (an
 * indicator keeps 36 px from the corners); null when there is none.
 */
function clearSpot(
  e: { x: number; y: number; angle: number },
  side: keyof typeof TEXT_OFFSET,
  label: string,
  taken: readonly LabelBox[],
  width: number,
  height: number,
  scan: Scan = 'near',
): { x: number; y: number } | null {
  const along = side === 'left' || side === 'right';
  const lo = 36;
  const hi = (along ? height : width) - 36;
  const base = along ? e.y : e.x;
  const fits = (v: number) => {
    const at = along ? { x: e.x, y: v } : { x: v, y: e.y };
    const arrow = arrowBox(at, e.angle);
    if (taken.some((t) => overlaps(arrow, t))) return false;
    const b = indicatorLabelBox(at.x, at.y, side, label);
    if (b.x0 < 0 || b.x1 > width || b.y0 < 0 || b.y1 > height) return false;
    return !taken.some((t) => overlaps(b, t));
  };
  const spot = (v: number) => (along ? { x: e.x, y: v } : { x: v, y: e.y });
  if (scan === 'up') {
    for (let v = lo; v <= hi; v += 2) if (fits(v)) return spot(v);
    return null;
  }
  if (scan === 'down') {
    for (let v = hi; v >= lo; v -= 2) if (fits(v)) return spot(v);
    return null;
  }
  for (let d = 0; d <= Math.max(width, height); d += 6)
    for (const v of d ? [base + d, base - d] : [base]) if (v >= lo && v <= hi && fits(v)) return spot(v);
  return null;
}

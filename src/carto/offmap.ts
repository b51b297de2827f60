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
import { shortLabel } from './place-layers.ts';

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
  const features: FeatureCollection['features'] = spreadIndicators(edges, width, height).map((e) => {
    const p = e.place;
    const { km } = directionTo(opts.from ?? cam.center, e.lngLat);
    const side = edgeSide(e, width, height);
    return {
      type: 'Feature',
      id: opts.featureId(p.id),
      geometry: { type: 'Point', coordinates: cam.unproject([e.x + left, e.y + top]) },
      properties: {
        pid: p.id,
        angle: e.angle,
        textAnchor: side,
        textOffset: [...TEXT_OFFSET[side]],
        label_ar: distanceLabel(p.properties.name_ar, km, 'ar', opts.digits),
        label_en: distanceLabel(p.properties.name_en, km, 'en', 'latn'),
      },
    };
  });
  return { type: 'FeatureCollection', features };
}

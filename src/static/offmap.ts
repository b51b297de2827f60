/**
 * Edge indicators for places far off the view, as the live map draws them (`MapView.svelte`
 * `computeOffmap`): on the viewport edge, pointing at the place, with its name and great-circle
 * distance from the view's centre. Pure: takes a projection instead of the Map.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { PlaceFeature } from '../model/types.ts';
import type { Digits } from '../state/url-state.ts';
import { anchor, directionTo, edgePoint, edgeSide, spreadIndicators } from '../map/geometry.ts';
import { shortLabel } from '../map/place-layers.ts';
import { formatNumber } from '../ui/format.ts';

export interface OffmapProjection {
  width: number;
  height: number;
  center: [number, number];
  project(lngLat: [number, number]): [number, number];
  unproject(xy: [number, number]): [number, number];
}

/** The indicator features (same properties as the live map's `aa-offmap` source). */
export function offmapFeatures(
  far: readonly PlaceFeature[],
  view: OffmapProjection,
  digits: Digits = 'latn',
): FeatureCollection<Point> {
  const { width, height } = view;
  const edges = far.flatMap((place) => {
    const lngLat = anchor(place);
    const [x, y] = view.project(lngLat);
    const at = edgePoint(width, height, { x, y });
    return at ? [{ ...at, place, lngLat }] : [];
  });
  const features: Feature<Point>[] = spreadIndicators(edges, width, height).map((at) => {
    const p = at.place;
    const pos = view.unproject([at.x, at.y]);
    const { km } = directionTo(view.center, at.lngLat);
    const side = edgeSide(at, width, height);
    return {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: pos },
      properties: {
        pid: p.id,
        angle: at.angle,
        textAnchor: side,
        textOffset: { left: [1.4, 0], right: [-1.4, 0], top: [0, 1.3], bottom: [0, -1.3] }[side],
        label_ar: `${shortLabel(p.properties.name_ar)} ${formatNumber(km, 'ar', digits, 0)} كم`,
        label_en: `${shortLabel(p.properties.name_en)} ${formatNumber(km, 'en', 'latn', 0)} km`,
      },
    };
  });
  return { type: 'FeatureCollection', features };
}

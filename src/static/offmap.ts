/**
 * Edge indicators for places far off the view, exactly as the live map draws them
 * (`map/offmap.ts`), for callers that hold a projection returning `[x, y]` and plain places: the
 * static renderer and the embed. One implementation, so the poster and the live map agree.
 */
import '../carto/pole.ts'; // areas' anchors (polylabel), kept off the reader's first view
import type { FeatureCollection, Point } from 'geojson';
import type { PlaceFeature } from '../model/types.ts';
import type { Digits } from '../model/prefs.ts';
import { anchor } from '../carto/geometry.ts';
import { offmapFeatures as liveOffmapFeatures, type LabelBox } from '../carto/offmap.ts';

export interface OffmapProjection {
  width: number;
  height: number;
  center: [number, number];
  project(lngLat: [number, number]): [number, number];
  unproject(xy: [number, number]): [number, number];
}

/** The indicator features (the live map's `aa-offmap` source, without feature ids). */
export function offmapFeatures(
  far: readonly PlaceFeature[],
  view: OffmapProjection,
  digits: Digits = 'latn',
  /** Boxes the indicators slide clear of (the caller's overlays); none: each stays where spread. */
  keepClear?: readonly LabelBox[],
): FeatureCollection<Point> {
  return liveOffmapFeatures(
    far.map((place) => ({ place, at: anchor(place) })),
    {
      width: view.width,
      height: view.height,
      center: view.center,
      project: (ll) => {
        const [x, y] = view.project(ll);
        return { x, y };
      },
      unproject: view.unproject,
      ...(keepClear?.length ? { avoid: keepClear } : {}),
    },
    { digits, featureId: () => undefined },
  ) as FeatureCollection<Point>;
}

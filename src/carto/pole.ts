/**
 * An area's anchor: the pole of inaccessibility (`polylabel`) of its largest polygon (turf `area`),
 * in Web Mercator. Kept out of `geometry.ts` so the reader's first view does not carry polylabel and
 * turf's area (issue 16.3): importing this module registers it with `anchor()`. Node code, the
 * validator, export, the static renderer and the other entries import it; the app's loader seeds the
 * anchors the build recorded (`verified.json`) and imports this only when one is missing.
 */
import { area, polygon } from '@turf/turf';
import polylabel from 'polylabel';
import type { Position } from 'geojson';
import { setAreaAnchor } from './geometry.ts';

/** The polygon with the largest geodesic area (degenerate rings count as 0). */
function largest(polys: Position[][][]): Position[][] {
  const size = (p: Position[][]) => {
    try {
      return area(polygon(p));
    } catch {
      return 0;
    }
  };
  return polys.reduce((a, b) => (size(b) > size(a) ? b : a));
}

/**
 * The pole of inaccessibility in Web Mercator (what the map shows), to ~1/1000 of the polygon's
 * extent, back in [lon, lat].
 */
function poleOf(p: Position[][]): [number, number] {
  const rings = p.map((r) => r.map(([lon, lat]) => [lon!, mercY(lat!)]));
  const xs = rings[0]!.map((c) => c[0]!);
  const ys = rings[0]!.map((c) => c[1]!);
  const extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  const [x, y] = polylabel(rings, Math.max(extent / 1000, 1e-7));
  return [x, (Math.atan(Math.exp((y * Math.PI) / 180)) * 360) / Math.PI - 90];
}

/** Web Mercator y in degrees-equivalent units (x stays the longitude). */
const mercY = (lat: number) =>
  (Math.log(Math.tan(Math.PI / 4 + (Math.max(-85, Math.min(85, lat)) * Math.PI) / 360)) * 180) / Math.PI;

/** The anchor of an area given as its non-empty polygons. */
export const areaAnchor = (polys: Position[][][]): [number, number] => poleOf(largest(polys));

setAreaAnchor(areaAnchor);

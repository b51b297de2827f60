/**
 * Plausibility of where the places are, as warnings (a person decides): a point far from the
 * article's other places and outside the region the basemap covers, and a point that looks like
 * `[latitude, longitude]`.
 *
 * The far rule, and why: an article's places cluster; a mistyped sign, a gazetteer homonym on another
 * continent or swapped coordinates land far away. But articles also name places far away on purpose
 * (talks in Geneva, a statement from Washington), which the map shows as off-map indicators. So a
 * point warns only when all of these hold:
 *   1. it is more than {@link FAR_KM} from the median (longitude, latitude separately) of the other
 *      located places' representative points (a point itself, an area or line its bounding-box centre);
 *   2. it lies outside the basemap's context region (the widest box the basemap draws in detail,
 *      `context_bounds` of `geodata/basemap/tiles.json`): far inside it is a choice, not a slip;
 *   3. at least one mention uses it as a location (`place` or `anaphor`): a place only named as a
 *      government (`actor`, "Washington says") or inside a name (`name-part`) need not be near anything.
 * In the first article, Geneva is ~3,050 km from the others but inside the context region; Washington
 * is outside but only an actor; the United States is an area, not a point. None warns.
 *
 * With the basemap's land (`land`, node only: see land.ts), a point farther than
 * {@link LAND_TOLERANCE_KM} from every land polygon the basemap draws warns too, whatever its role.
 */
import type { Checker } from './checker.ts';
import type { CheckedGeometry } from './geometry.ts';
import { distanceToLandKm, LAND_TOLERANCE_KM, type LandIndex } from './land.ts';

/** [west, south, east, north] in degrees. */
export type BBox = readonly [number, number, number, number];

/** Regions of the shipped basemap (`geodata/basemap/tiles.json`; a test keeps them equal). */
export interface BasemapRegion {
  /** The study area drawn at every zoom (`study_bounds`). */
  study: BBox;
  /** The widest region drawn with context layers (`context_bounds` at its lowest zoom). */
  context: BBox;
}

export const SHIPPED_BASEMAP: BasemapRegion = {
  study: [34.5, 31.5, 46.5, 38.5],
  context: [5, 5, 80, 58],
};

/** Distance beyond which a point counts as far from the article's other places. */
export const FAR_KM = 3000;

const inside = ([lon, lat]: readonly [number, number], b: BBox) =>
  lon >= b[0] && lon <= b[2] && lat >= b[1] && lat <= b[3];

/** Great-circle distance in km (haversine, mean Earth radius). */
export function distanceKm(a: readonly [number, number], b: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** A point's own position; a multipoint's median; anything else its bounding-box centre. */
export function representative(g: CheckedGeometry): [number, number] | null {
  const ps = g.positions;
  if (!ps || ps.length === 0) return null;
  if (g.type === 'Point') return ps[0]!;
  if (g.type === 'MultiPoint') return [median(ps.map((p) => p[0])), median(ps.map((p) => p[1]))];
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of ps) {
    w = Math.min(w, lon);
    e = Math.max(e, lon);
    s = Math.min(s, lat);
    n = Math.max(n, lat);
  }
  return [(w + e) / 2, (s + n) / 2];
}

/** A checked place, as the spatial rules need it. */
export interface LocatedPlace {
  id: string;
  path: string;
  geometry: CheckedGeometry;
  /** The point's stated precision (metres), when valid: a sea's label point reaches land within it. */
  precision_m?: number;
}

const LOCATION_ROLES = new Set(['place', 'anaphor']);

/** Warns about far, swapped-looking and (given `land`) off-land points (see the module comment). */
export function checkSpatial(
  c: Checker,
  places: readonly LocatedPlace[],
  rolesByPlace: ReadonlyMap<string, ReadonlySet<string>>,
  region: BasemapRegion,
  land?: LandIndex,
): void {
  const reps = places.map((p) => representative(p.geometry));
  const locates = places.map((p) => [...(rolesByPlace.get(p.id) ?? [])].some((r) => LOCATION_ROLES.has(r)));
  places.forEach((place, i) => {
    const { type, positions } = place.geometry;
    if ((type !== 'Point' && type !== 'MultiPoint') || !positions) return;
    const cp = `${place.path}.geometry.coordinates`;
    // Swapped only when the point as given is implausible: outside the context box, in the sea while
    // the swapped one is on land (with the basemap's land), far from the article's other places, or
    // three times farther from them than the swapped one. Ankara beside Gaziantep is none of these.
    const rest = reps.filter((r, j): r is [number, number] => j !== i && r !== null);
    const middle: [number, number] | null = rest.length
      ? [median(rest.map((r) => r[0])), median(rest.map((r) => r[1]))]
      : null;
    const implausible = (pos: [number, number]) =>
      !inside(pos, region.context) ||
      (!!land &&
        distanceToLandKm(land, pos) > LAND_TOLERANCE_KM &&
        distanceToLandKm(land, [pos[1], pos[0]]) <= LAND_TOLERANCE_KM) ||
      (!!middle &&
        (distanceKm(pos, middle) > FAR_KM ||
          distanceKm([pos[1], pos[0]], middle) * 3 < distanceKm(pos, middle)));
    const swapped = positions.find(
      ([lon, lat]) =>
        !inside([lon, lat], region.study) && inside([lat, lon], region.study) && implausible([lon, lat]),
    );
    if (swapped) {
      c.warn(
        cp,
        `[${swapped.join(', ')}] is outside the basemap's study area but inside it as [${swapped[1]}, ${swapped[0]}]: GeoJSON positions are [longitude, latitude]; are they swapped?`,
      );
    }
    if (land) {
      for (const pos of positions) {
        const km = distanceToLandKm(land, pos);
        // A point whose precision circle reaches land (a sea or gulf at its label point) is no slip.
        if (km <= LAND_TOLERANCE_KM + (place.precision_m ?? 0) / 1000) continue;
        c.warn(
          cp,
          `[${pos.join(', ')}] is ${Math.round(km).toLocaleString('en-US')} km from any land the basemap draws (Natural Earth countries; ${LAND_TOLERANCE_KM} km allowed for coasts): a point in the sea (a sign, a digit, the order of the coordinates), or a small island the 1:10m layer leaves out?`,
        );
        break;
      }
    }
    if (!locates[i]) return;
    const rep = reps[i]!;
    if (!rep || inside(rep, region.context)) return;
    const others = reps.filter((r, j): r is [number, number] => j !== i && r !== null && locates[j]!);
    if (others.length === 0) return;
    const centre: [number, number] = [median(others.map((r) => r[0])), median(others.map((r) => r[1]))];
    const km = distanceKm(rep, centre);
    if (km > FAR_KM) {
      c.warn(
        cp,
        `${Math.round(km).toLocaleString('en-US')} km from the median of the article's other places [${centre.map((n) => +n.toFixed(2)).join(', ')}] and outside the basemap's region: is the point right (sign, homonym)?`,
      );
    }
  });
}

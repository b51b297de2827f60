/**
 * The atlas map's places as vector tiles, clustered at build time (node only; `build-index.ts`
 * calls it): every place is clustered once per zoom by the `Supercluster` of `@maplibre/geojson-vt`
 * (MapLibre's own port of supercluster, the one its clustered GeoJSON sources run in the browser),
 * with the atlas map's radius and last clustered zoom, and each tile that holds a cluster or a place
 * is written as `tiles/<z>/<x>/<y>.pbf` (one layer, {@link TILE_LAYER}), z 0 to {@link TILE_MAX_ZOOM}.
 * MapLibre fetches only the tiles of the view at its zoom, so the first view needs no list of places.
 *
 * Each tile is a function of the places in and near it: a cluster carries no id (supercluster's ids
 * depend on every point), only its count and the zoom at which it splits (`expand`, what a click on
 * it zooms to); a place carries its key, names, count of articles and {@link placeFeatureId}. So an
 * added article rewrites only the tiles of its places and of the clusters they are in.
 */
import { Supercluster } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { Feature, Point } from 'geojson';
import { CLUSTER_MAX_ZOOM, CLUSTER_RADIUS } from '../carto/cluster-layers.ts';
import { placeFeatureId } from '../carto/feature-ids.ts';
import { TILE_EXTENT, TILE_LAYER, TILE_MAX_ZOOM, tilePath } from './format.ts';

/** A place of the atlas as the tiles carry it. */
export interface TilePlace {
  key: string;
  point: readonly [number, number];
  n: number;
  name_ar: string;
  name_en: string;
}

/** Tile x or y of a unit-square coordinate at zoom z (clamped to the grid). */
const cell = (u: number, z: number) => Math.min((1 << z) - 1, Math.max(0, Math.floor(u * (1 << z))));
const unitX = (lon: number) => lon / 360 + 0.5;
const unitY = (lat: number) => {
  const s = Math.sin((Math.max(-85.05112878, Math.min(85.05112878, lat)) * Math.PI) / 180);
  return 0.5 - (0.25 * Math.log((1 + s) / (1 - s))) / Math.PI;
};

/** Every tile of the places, by path under `collection/`. */
export function clusterTiles(places: readonly TilePlace[]): Map<string, Uint8Array> {
  const index = new Supercluster({
    radius: CLUSTER_RADIUS,
    maxZoom: CLUSTER_MAX_ZOOM,
    extent: TILE_EXTENT,
  });
  // Key order: the clustering (greedy, in input order) does not depend on the articles' order.
  const sorted = [...places].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  index.load(
    sorted.map((p): Feature<Point> => ({
      type: 'Feature',
      id: placeFeatureId(p.key),
      geometry: { type: 'Point', coordinates: [p.point[0], p.point[1]] },
      properties: { key: p.key, n: p.n, name_ar: p.name_ar, name_en: p.name_en },
    })),
  );
  const out = new Map<string, Uint8Array>();
  for (let z = 0; z <= TILE_MAX_ZOOM; z++) {
    // The tiles this zoom's clusters and places fall in.
    const cells = new Set<number>();
    for (const f of index.getClusters([-180, -90, 180, 90], z)) {
      const [lon, lat] = f.geometry.coordinates as [number, number];
      // Both sides of a tile edge it lies within a pixel of (rounding to the tile's integer grid
      // may put it on either): no place may miss the tile that draws it.
      const px = 1 / (TILE_EXTENT * (1 << z));
      for (const dx of [-px, px])
        for (const dy of [-px, px]) cells.add(cell(unitX(lon) + dx, z) * (1 << z) + cell(unitY(lat) + dy, z));
    }
    for (const c of [...cells].sort((a, b) => a - b)) {
      const x = Math.floor(c / (1 << z));
      const y = c % (1 << z);
      const tile = index.getTile(z, x, y);
      if (!tile?.features.length) continue;
      for (const f of tile.features) {
        const tags = f.tags as Record<string, unknown> | null;
        if (!tags?.cluster) continue;
        // A cluster's expansion zoom before its id (supercluster's, global) is dropped.
        const expand = index.getClusterExpansionZoom(f.id as number);
        f.tags = {
          cluster: true,
          point_count: tags.point_count,
          point_count_abbreviated: tags.point_count_abbreviated,
          expand,
        };
        delete f.id;
      }
      // The kd-tree's order depends on every point: a stable order keeps an unchanged tile's bytes.
      tile.features.sort((a, b) => {
        const [ax, ay] = (a.geometry as [number, number][])[0]!;
        const [bx, by] = (b.geometry as [number, number][])[0]!;
        return ay - by || ax - bx || String(a.tags?.key ?? '').localeCompare(String(b.tags?.key ?? ''));
      });
      out.set(tilePath(z, x, y), fromGeojsonVt({ [TILE_LAYER]: tile }, { extent: TILE_EXTENT, version: 2 }));
    }
  }
  return out;
}

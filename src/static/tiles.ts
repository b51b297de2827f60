/**
 * The basemap tiles a static view needs, read with our small MVT reader (`mvt.ts`) from the same
 * `geodata/basemap/tiles/{z}/{x}/{y}.pbf` files the live map reads, at the tile zoom MapLibre
 * picks for each of the style's two sources: the world layers' tiles at most at z6 (overzoomed
 * beyond, as MapLibre does), the regional tiles at the view's zoom where the study box is. Loading is injected (`TileLoader`): `fetchTileLoader` in the browser, `fsTileLoader`
 * (`./node-tiles.ts`) in node.
 */
import { readTile, type MvtTile } from './mvt.ts';
import { coveringTiles, tileZoom, unproject, type StaticView, type TileId } from './camera.ts';
import { BASEMAP_MAX_ZOOM, REGIONAL_BOUNDS, WORLD_TILE_MAX_ZOOM } from '../carto/basemap-style.ts';

/** The bytes of one tile, or `null` when the tile does not exist (drawn empty, as MapLibre does). */
export type TileLoader = (tile: TileId, signal?: AbortSignal) => Promise<Uint8Array | ArrayBuffer | null>;

export interface LoadedTile {
  id: TileId;
  tile: MvtTile;
}

/** Decoded tiles, all at one tile zoom `z`. */
export interface TileSet {
  z: number;
  tiles: LoadedTile[];
}

/** The decoded tiles covering a view, all at one tile zoom `z`. */
export interface BasemapTiles extends TileSet {
  /** Tiles that could not be read or decoded (drawn empty). */
  failed: number;
  /**
   * The world source's tiles when the view is beyond their highest zoom (read at that zoom and
   * overzoomed); absent when `tiles` serve both sources.
   */
  world?: TileSet;
}

export interface LoadBasemapOptions {
  minzoom?: number;
  maxzoom?: number;
  /** Extra px around the view whose tiles are read too (labels near the edge). */
  margin?: number;
  signal?: AbortSignal;
}

/** Decodes a tile; `null` for bytes that are not a vector tile (never throws). */
export function decodeTile(bytes: Uint8Array | ArrayBuffer): MvtTile | null {
  try {
    return readTile(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
  } catch {
    return null;
  }
}

/** Reads and decodes every tile the view covers. A missing or broken tile is counted, not thrown. */
export async function loadBasemap(
  view: StaticView,
  loader: TileLoader,
  opts: LoadBasemapOptions = {},
): Promise<BasemapTiles> {
  const z = tileZoom(view.camera.zoom, opts.minzoom ?? 0, opts.maxzoom ?? BASEMAP_MAX_ZOOM);
  let failed = 0;
  const load = async (ids: TileId[]): Promise<LoadedTile[]> => {
    const n = ids.length ? 2 ** ids[0]!.z : 1;
    const tiles = await Promise.all(
      ids.map(async (id): Promise<LoadedTile | null> => {
        const wrapped = { z: id.z, x: ((id.x % n) + n) % n, y: id.y };
        try {
          const bytes = await loader(wrapped, opts.signal);
          if (!bytes) return null;
          const tile = decodeTile(bytes);
          if (!tile) failed++;
          return tile ? { id, tile } : null;
        } catch (e) {
          if (opts.signal?.aborted) throw e;
          failed++;
          return null;
        }
      }),
    );
    return tiles.filter((t): t is LoadedTile => t != null);
  };
  const margin = opts.margin ?? 0;
  if (z <= WORLD_TILE_MAX_ZOOM) return { z, tiles: await load(coveringTiles(view, z, margin)), failed };
  const zw = WORLD_TILE_MAX_ZOOM;
  // The world layers have the study box cut out: a view inside it needs none of their tiles.
  const [regional, world] = await Promise.all([
    load(coveringTiles(view, z, margin).filter((id) => inRegion(id))),
    insideRegion(view, margin) ? [] : load(coveringTiles(view, zw, margin)),
  ]);
  return { z, tiles: regional, failed, world: { z: zw, tiles: world } };
}

/** Whether the view, grown by `margin` px, lies inside the study box. */
function insideRegion(view: StaticView, margin: number): boolean {
  const [w, s, e, n] = REGIONAL_BOUNDS;
  const { width, height } = view.size;
  return [
    [-margin, -margin],
    [width + margin, height + margin],
  ].every(([x, y]) => {
    const [lon, lat] = unproject(view, x!, y!);
    return lon >= w && lon <= e && lat >= s && lat <= n;
  });
}

/** Whether a tile (x maybe outside 0…2^z − 1, as views across the antimeridian give) touches the study box. */
function inRegion({ z, x, y }: TileId): boolean {
  const n = 2 ** z;
  const [w, s, e, north] = REGIONAL_BOUNDS;
  const xw = ((x % n) + n) % n;
  const tx = (lon: number) => Math.floor(((lon + 180) / 360) * n);
  const ty = (lat: number) => {
    const r = Math.sin((lat * Math.PI) / 180);
    return Math.floor((0.5 - Math.log((1 + r) / (1 - r)) / (4 * Math.PI)) * n);
  };
  return xw >= tx(w) && xw <= tx(e) && y >= ty(north) && y <= ty(s);
}

/**
 * A loader over HTTP: `${baseUrl}geodata/basemap/tiles/{z}/{x}/{y}.pbf`; 404 is a missing tile.
 * `baseUrl` is the app's root, ending with `/`.
 */
export function fetchTileLoader(baseUrl: string): TileLoader {
  return async ({ z, x, y }, signal) => {
    const res = await fetch(`${baseUrl}geodata/basemap/tiles/${z}/${x}/${y}.pbf`, { signal });
    if (res.status === 404) return null;
    if (!res.ok) throw new Error(`tile ${z}/${x}/${y}: HTTP ${res.status}`);
    return new Uint8Array(await res.arrayBuffer());
  };
}

/** A loader that asks `inner` once per tile (failed reads are asked again next time). */
export function memoLoader(inner: TileLoader): TileLoader {
  const cache = new Map<string, Promise<Uint8Array | ArrayBuffer | null>>();
  return (tile, signal) => {
    const key = `${tile.z}/${tile.x}/${tile.y}`;
    let p = cache.get(key);
    if (!p) {
      p = inner(tile, signal);
      cache.set(key, p);
      p.catch(() => cache.delete(key));
    }
    return p;
  };
}

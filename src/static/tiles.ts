/**
 * The basemap tiles a static view needs, read with our small MVT reader (`mvt.ts`) from the same
 * `geodata/basemap/tiles/{z}/{x}/{y}.pbf` files the live map reads, at the tile zoom MapLibre
 * picks. Loading is injected (`TileLoader`): `fetchTileLoader` in the browser, `fsTileLoader`
 * (`./node-tiles.ts`) in node.
 */
import { readTile, type MvtTile } from './mvt.ts';
import { coveringTiles, tileZoom, type StaticView, type TileId } from './camera.ts';
import { BASEMAP_MAX_ZOOM } from '../carto/basemap-style.ts';

/** The bytes of one tile, or `null` when the tile does not exist (drawn empty, as MapLibre does). */
export type TileLoader = (tile: TileId, signal?: AbortSignal) => Promise<Uint8Array | ArrayBuffer | null>;

export interface LoadedTile {
  id: TileId;
  tile: MvtTile;
}

/** The decoded tiles covering a view, all at one tile zoom `z`. */
export interface BasemapTiles {
  z: number;
  tiles: LoadedTile[];
  /** Tiles that could not be read or decoded (drawn empty). */
  failed: number;
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
  const n = 2 ** z;
  const ids = coveringTiles(view, z, opts.margin ?? 0);
  let failed = 0;
  const tiles = await Promise.all(
    ids.map(async (id): Promise<LoadedTile | null> => {
      const wrapped = { z, x: ((id.x % n) + n) % n, y: id.y };
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
  return { z, tiles: tiles.filter((t): t is LoadedTile => t != null), failed };
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

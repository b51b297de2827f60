/** Node tile loader for the static renderer (CLI, build-time posters, tests): reads tiles from disk. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TileLoader } from './tiles.ts';

/** Reads `<dir>/{z}/{x}/{y}.pbf`; a missing file is a missing tile. */
export function fsTileLoader(dir: string): TileLoader {
  return async ({ z, x, y }) => {
    try {
      return await readFile(join(dir, String(z), String(x), `${y}.pbf`));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  };
}

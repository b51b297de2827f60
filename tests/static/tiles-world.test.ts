/**
 * Which tiles a static view reads for the style's two sources: the world layers' at most at z6
 * (overzoomed), the regional ones at the view's zoom only where the study box is, and no world tile
 * for a view inside the box (the world layers have it cut out).
 */
import { describe, expect, it } from 'vitest';
import { loadBasemap, type TileLoader } from '../../src/static/tiles.ts';
import { fsTileLoader } from '../../src/static/node-tiles.ts';
import type { StaticView, TileId } from '../../src/static/camera.ts';
import { TILES_DIR } from './helpers.ts';

function recording(): { loader: TileLoader; asked: TileId[] } {
  const inner = fsTileLoader(TILES_DIR);
  const asked: TileId[] = [];
  return { asked, loader: (t, s) => (asked.push(t), inner(t, s)) };
}
const at = (lon: number, lat: number, zoom: number): StaticView => ({
  camera: { center: [lon, lat], zoom },
  size: { width: 700, height: 560 },
});

describe('loadBasemap over the two pyramids', () => {
  it('Khartoum at z9: the world tiles at z6, no regional tile asked', async () => {
    const { loader, asked } = recording();
    const bm = await loadBasemap(at(32.53, 15.59, 9), loader, { margin: 64 });
    expect(new Set(asked.map((t) => t.z))).toEqual(new Set([6]));
    expect(bm.world?.z).toBe(6);
    expect(bm.world?.tiles.some((t) => t.tile.layers.world_places)).toBe(true);
  });

  it('al-Hasakah at z9: the regional tiles only (the world layers are cut out there)', async () => {
    const { loader, asked } = recording();
    const bm = await loadBasemap(at(40.75, 36.5, 9), loader, { margin: 64 });
    expect(new Set(asked.map((t) => t.z))).toEqual(new Set([9]));
    expect(bm.world?.tiles).toEqual([]);
    expect(bm.tiles.some((t) => t.tile.layers.governorates)).toBe(true);
  });

  it('the edge of the study box at z8 (Gaza–Israel): both', async () => {
    const { loader, asked } = recording();
    await loadBasemap(at(34.5, 31.5, 8), loader, { margin: 64 });
    expect(new Set(asked.map((t) => t.z))).toEqual(new Set([6, 8]));
  });

  it('at z6 and below one set of tiles serves both sources', async () => {
    const { loader, asked } = recording();
    const bm = await loadBasemap(at(40, 35, 5), loader);
    expect(new Set(asked.map((t) => t.z))).toEqual(new Set([5]));
    expect(bm.world).toBeUndefined();
  });
});

/**
 * Issue 17.13: at the zoom the product frames a selected place at (`SELECT_MAX_ZOOM`, the app's,
 * the embed's and so the exports'), the offline basemap draws more than bare land around every
 * local place of the shipped article, at a phone poster's size and at an A4 export's (al-Hasakah's
 * OCHA neighbourhoods from zoom 10, which the tiles carry; before, an empty grey field).
 */
import { describe, expect, it } from 'vitest';
import { renderStaticMap } from '../../src/static/render.ts';
import { fsTileLoader } from '../../src/static/node-tiles.ts';
import { anchor } from '../../src/carto/geometry.ts';
import { SELECT_MAX_ZOOM } from '../../src/carto/camera.ts';
import { cameraForBounds } from '../../src/static/camera.ts';
import { placeBounds } from '../../src/carto/geometry.ts';
import { PLACE_CONTEXT_KM } from '../../src/embed/view.ts';
import { buildModel } from '../../src/model/build.ts';
import { readArticleFromDisk } from '../../src/model/read-node.ts';
import { TILES_DIR } from './helpers.ts';

const loader = fsTileLoader(TILES_DIR);
const LAND = new Set(['basemap-background', 'basemap-world', 'basemap-countries']);
// The shipped article (the demo's Malikiyah/Derik still shows bare land on a 320 px phone at 11).
const places = ['hasakah-prison-us-statement-2022'].flatMap(
  (id) => buildModel(readArticleFromDisk(`geodata/${id}`).bundle!).places,
);
const local = places.filter(
  (p) =>
    !['country', 'region', 'governorate'].includes(p.properties.kind) &&
    anchor(p)[0] > 30 &&
    anchor(p)[0] < 50,
);

const names = new Set(places.map((p) => p.properties.name_en.replace(/\s*\(.*\)$/, '')));

/** The basemap layers besides land drawn in a view of `size` centred on each place at `zoom`. */
async function emptyAt(zoom: number): Promise<string[]> {
  const empty: string[] = [];
  for (const size of [
    { width: 320, height: 256 },
    { width: 1123, height: 600 },
  ])
    for (const p of local) {
      const svg = await renderStaticMap(
        { camera: cameraForBounds(placeBounds(p, PLACE_CONTEXT_KM), size, 32, zoom), size },
        { loader, places, farPlaces: [] },
        { lang: 'en', theme: 'light', scaleBar: false, attribution: false },
      );
      const layers = [...svg.matchAll(/data-layer="([^"]+)"/g)].map((m) => m[1]!);
      // Basemap labels only: not the article's own place names (drawn over any basemap).
      const texts = [...svg.matchAll(/<text\b[^>]*>([^<]*)/g)]
        .map((m) => m[1]!.replace(/&#39;/g, "'"))
        .filter((t) => t && !names.has(t)).length;
      if (!layers.some((l) => l.startsWith('basemap-') && !LAND.has(l)) && texts === 0)
        empty.push(`${p.id}@${size.width}`);
    }
  return empty;
}

describe('framing zoom cap', () => {
  it(
    'the basemap draws more than bare land around every local place at the cap',
    { timeout: 30_000 },
    async () => {
      expect(local.length).toBeGreaterThanOrEqual(4);
      expect(await emptyAt(SELECT_MAX_ZOOM)).toEqual([]);
    },
  );
});

import { describe, expect, it } from 'vitest';
import { MercatorCoordinate, LngLat } from 'maplibre-gl';
import { geoMercator } from 'd3-geo';
import {
  cameraForBounds,
  coveringTiles,
  tileZoom,
  unproject,
  viewOrigin,
  viewProjection,
  type StaticView,
} from '../../src/static/camera.ts';
import { anchor } from '../../src/carto/geometry.ts';
import { shippedModel } from './helpers.ts';

/** Where MapLibre puts a point (bearing 0, pitch 0): its own mercator maths, 512-px world. */
function maplibreProject(view: StaticView, lngLat: [number, number]): [number, number] {
  const world = 512 * 2 ** view.camera.zoom;
  const c = MercatorCoordinate.fromLngLat(new LngLat(...view.camera.center));
  const p = MercatorCoordinate.fromLngLat(new LngLat(...lngLat));
  return [(p.x - c.x) * world + view.size.width / 2, (p.y - c.y) * world + view.size.height / 2];
}

const cameras: StaticView[] = [
  { camera: { center: [40.75, 36.5], zoom: 12.5 }, size: { width: 700, height: 480 } },
  { camera: { center: [41.5, 36.8], zoom: 8.07 }, size: { width: 390, height: 844 } },
  { camera: { center: [39, 35], zoom: 4.3 }, size: { width: 1280, height: 800 } },
  { camera: { center: [6.14, 46.2], zoom: 2 }, size: { width: 600, height: 400 } },
  { camera: { center: [40.7478, 36.5024], zoom: 16.9 }, size: { width: 320, height: 240 } },
];

describe('viewProjection against MapLibre and d3-geo', () => {
  it("gives d3-geo geoMercator's numbers (scale worldSize/2π, centred, no resampling)", () => {
    for (const view of cameras) {
      const d3 = geoMercator()
        .scale((512 * 2 ** view.camera.zoom) / (2 * Math.PI))
        .center(view.camera.center)
        .translate([view.size.width / 2, view.size.height / 2])
        .precision(0);
      const proj = viewProjection(view);
      for (const p of shippedModel().places) {
        const want = d3(anchor(p))!;
        const got = proj(anchor(p));
        expect(Math.abs(got[0] - want[0]), p.id).toBeLessThan(1e-6 * Math.max(1, Math.abs(want[0])));
        expect(Math.abs(got[1] - want[1]), p.id).toBeLessThan(1e-6 * Math.max(1, Math.abs(want[1])));
      }
    }
  });

  const places = shippedModel().places;
  for (const view of cameras) {
    it(`every place within 1 px at z${view.camera.zoom} ${view.size.width}×${view.size.height}`, () => {
      const proj = viewProjection(view);
      for (const p of places) {
        const at = anchor(p);
        const got = proj(at)!;
        const want = maplibreProject(view, at);
        expect(Math.abs(got[0] - want[0]), p.id).toBeLessThan(1);
        expect(Math.abs(got[1] - want[1]), p.id).toBeLessThan(1);
      }
    });
  }

  it('unproject inverts the projection', () => {
    const view = cameras[1]!;
    const [lon, lat] = unproject(view, 100, 700);
    const back = viewProjection(view)([lon, lat])!;
    expect(back[0]).toBeCloseTo(100, 6);
    expect(back[1]).toBeCloseTo(700, 6);
  });

  it('the view origin puts the centre in the middle (tile geometry uses it)', () => {
    const view = cameras[0]!;
    const o = viewOrigin(view);
    const c = MercatorCoordinate.fromLngLat(new LngLat(...view.camera.center));
    expect(c.x * o.world - o.x).toBeCloseTo(view.size.width / 2, 6);
    expect(c.y * o.world - o.y).toBeCloseTo(view.size.height / 2, 6);
  });
});

describe('tile zoom and cover (MapLibre coveringZoomLevel for 512-px vector tiles)', () => {
  it.each([
    [0, 0],
    [0.99, 0],
    [1, 1],
    [7.5, 7],
    [10, 10],
    [12.5, 10],
    [-1, 0],
  ])('zoom %s reads tiles at z%s (source maxzoom 10)', (zoom, z) => {
    expect(tileZoom(zoom, 0, 10)).toBe(z);
  });

  it('covers exactly the tiles under the view', () => {
    // z2 view centred on a tile corner: the four tiles around it.
    const view: StaticView = { camera: { center: [0, 0], zoom: 2 }, size: { width: 200, height: 200 } };
    const ids = coveringTiles(view, 2).map((t) => `${t.x}/${t.y}`);
    expect(ids.sort()).toEqual(['1/1', '1/2', '2/1', '2/2']);
  });
});

describe('cameraForBounds (MapLibre fitBounds at bearing 0)', () => {
  it('fits the box: its corners land on the padded edges', () => {
    const size = { width: 800, height: 600 };
    const bounds: [number, number, number, number] = [40, 36, 42, 37];
    const camera = cameraForBounds(bounds, size, 50);
    const proj = viewProjection({ camera, size });
    const sw = proj([40, 36])!;
    const ne = proj([42, 37])!;
    // The tighter dimension touches its padding exactly; the box is centred.
    const touchesX = Math.abs(sw[0] - 50) < 1e-6 && Math.abs(ne[0] - 750) < 1e-6;
    const touchesY = Math.abs(ne[1] - 50) < 1e-6 && Math.abs(sw[1] - 550) < 1e-6;
    expect(touchesX || touchesY).toBe(true);
    expect((sw[0] + ne[0]) / 2).toBeCloseTo(400, 6);
    expect((sw[1] + ne[1]) / 2).toBeCloseTo(300, 6);
  });

  it('uneven padding shifts the centre as MapLibre does', () => {
    const size = { width: 800, height: 600 };
    const camera = cameraForBounds([40, 36, 42, 37], size, { top: 0, right: 0, bottom: 200, left: 0 });
    const proj = viewProjection({ camera, size });
    const mid = ((a, b) => (a[1] + b[1]) / 2)(proj([40, 36])!, proj([42, 37])!);
    expect(mid).toBeCloseTo(200, 6);
  });

  it('respects maxZoom', () => {
    expect(cameraForBounds([40.7, 36.5, 40.7001, 36.5001], { width: 800, height: 600 }, 0, 15).zoom).toBe(15);
  });
});

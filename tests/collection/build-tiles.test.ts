/**
 * The atlas map's tiles (`src/collection/build-tiles.ts`) and the first view's budget: a collection
 * of a few thousand places, built as `npm run build` builds it, weighs at most 60 KB gzip before the
 * atlas's first view (the summary and the opening view's tiles), every place is in the lowest
 * zoom's clusters, deeper zooms are other files, and an added article rewrites few tiles.
 */
import { gzipSync } from 'node:zlib';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { buildCollection } from '../../src/collection/build-index.ts';
import type { ArticleDigest } from '../../src/collection/digest.ts';
import { TILE_LAYER, TILE_MAX_ZOOM, tilePath, type PointsFile } from '../../src/collection/format.ts';
import { placeFeatureId } from '../../src/carto/feature-ids.ts';

/** A seeded random number generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = 4000;
const ARTICLES = 2000;
const DAY = 86_400_000;

/** `PLACES` places, half around the atlas's region, half over the world; each article names 5. */
function digests(n = ARTICLES, seed = 7): ArticleDigest[] {
  const r = rng(seed);
  const at = Array.from({ length: PLACES }, (_, i): [number, number] =>
    i % 2 ? [36 + r() * 10, 30 + r() * 8] : [-170 + r() * 340, -60 + r() * 130],
  );
  return Array.from({ length: n }, (_, a) => {
    const picks = new Set<number>();
    while (picks.size < 5) picks.add(Math.floor(r() ** 2 * PLACES)); // a skew: low indexes recur
    const id = `s${String(a).padStart(5, '0')}`;
    return {
      id,
      lang: 'en',
      title: { en: `Synthetic article ${a}` },
      outlet: 'Synthetic',
      date: new Date(a * DAY).toISOString().slice(0, 10),
      day: a * DAY,
      synthetic: true,
      places: [...picks].map((p) => ({
        id: `p${p}`,
        point: at[p]!,
        name_ar: `مكان ${p}`,
        name_en: `Place ${p}`,
        kind: 'town',
        quote: `A report of place ${p}.`,
      })),
      events: [],
      mentions: 5,
      terms: [],
    } satisfies ArticleDigest;
  });
}

const files = buildCollection(digests());
const bytes = (path: string) => {
  const v = files.get(path);
  return v == null ? 0 : typeof v === 'string' ? Buffer.byteLength(v) : v.length;
};
const gz = (path: string) => {
  const v = files.get(path);
  return v == null ? 0 : gzipSync(v, { level: 9 }).length;
};
const tile = (z: number, x: number, y: number) => {
  const v = files.get(tilePath(z, x, y));
  return v instanceof Uint8Array ? new VectorTile(new PbfReader(v)).layers[TILE_LAYER] : undefined;
};
const features = (z: number, x: number, y: number) => {
  const l = tile(z, x, y);
  return l ? Array.from({ length: l.length }, (_, i) => l.feature(i)) : [];
};

/** Whether a tile's feature lies inside the tile (not in the buffer it repeats of its neighbours). */
const inside = (f: { loadGeometry(): { x: number; y: number }[][] }) => {
  const pt = f.loadGeometry()[0]![0]!;
  return pt.x >= 0 && pt.x < 512 && pt.y >= 0 && pt.y < 512;
};

/** The z tiles a map of `w`×`h` px centred on `c` at zoom z shows (512-px tiles, as MapLibre asks). */
function viewTiles(c: [number, number], z: number, w: number, h: number): [number, number, number][] {
  const world = 512 * 2 ** z;
  const x = (c[0] / 360 + 0.5) * world;
  const s = Math.sin((c[1] * Math.PI) / 180);
  const y = (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * world;
  const out: [number, number, number][] = [];
  for (let tx = Math.floor((x - w / 2) / 512); tx <= Math.floor((x + w / 2) / 512); tx++)
    for (let ty = Math.floor((y - h / 2) / 512); ty <= Math.floor((y + h / 2) / 512); ty++)
      out.push([z, tx, ty]);
  return out;
}

describe('the atlas tiles of a collection of a few thousand places', () => {
  const points = JSON.parse(files.get('points.json') as string) as PointsFile;

  it('has every place clustered into the lowest zoom, and lists none in the summary', () => {
    expect(points.length).toBeGreaterThan(2500);
    // Inside the tile: the tile also repeats the features just across the antimeridian.
    const z0 = features(0, 0, 0).filter((f) => inside(f));
    const total = z0.reduce((n, f) => n + (f.properties.cluster ? Number(f.properties.point_count) : 1), 0);
    expect(total).toBe(points.length);
    expect(z0.length).toBeLessThan(200); // clusters, not places
    expect(JSON.parse(files.get('summary.json') as string)).not.toHaveProperty('places');
  });

  it('keeps the data before the first view within 60 KB gzip: the summary and the opening view tiles', () => {
    // The atlas opens at [38, 33], zoom 3, its map about 880×700 px beside the list (AtlasMap.svelte).
    const first = viewTiles([38, 33], 3, 880, 700);
    const tilesGz = first.reduce((n, [z, x, y]) => n + gz(tilePath(z, x, y)), 0);
    const total = gz('summary.json') + tilesGz;
    expect(total).toBeLessThanOrEqual(60 * 1024);
    // What the summary used to carry instead: every place.
    expect(gz('points.json')).toBeGreaterThan(total);
  });

  it('writes the deeper zooms as their own files, each place alone at the last one', () => {
    const count = (z: number) => [...files.keys()].filter((k) => k.startsWith(`tiles/${z}/`)).length;
    for (let z = 1; z <= TILE_MAX_ZOOM; z++) expect(count(z)).toBeGreaterThanOrEqual(count(z - 1));
    expect(count(TILE_MAX_ZOOM + 1)).toBe(0);
    let places = 0;
    for (const k of files.keys()) {
      const m = /^tiles\/(\d+)\/(\d+)\/(\d+)\.pbf$/.exec(k);
      if (!m || Number(m[1]) !== TILE_MAX_ZOOM) continue;
      for (const f of features(TILE_MAX_ZOOM, Number(m[2]), Number(m[3]))) {
        expect(f.properties.cluster).toBeUndefined();
        if (inside(f)) places++; // not a neighbour's buffer: each place counted once
      }
    }
    expect(places).toBe(points.length);
  });

  it('numbers places by placeFeatureId of their key; a cluster has no id, but the zoom it splits at', () => {
    const z = 4;
    const tiles = [...files.keys()].filter((k) => k.startsWith(`tiles/${z}/`)).slice(0, 5);
    let clusters = 0;
    for (const k of tiles) {
      const [, , x, y] = k.replace('.pbf', '').split('/').map(Number) as number[];
      for (const f of features(z, x!, y!)) {
        if (f.properties.cluster) {
          clusters++;
          expect(f.id).toBeUndefined();
          expect(Number(f.properties.expand)).toBeGreaterThan(z);
        } else expect(f.id).toBe(placeFeatureId(String(f.properties.key)));
      }
    }
    expect(clusters).toBeGreaterThan(0);
    expect(bytes(tilePath(0, 0, 0))).toBeGreaterThan(0);
  });

  it('an added article rewrites only the tiles of its places', () => {
    const more = digests(ARTICLES + 1);
    const again = buildCollection(more);
    const changed = [...again.keys()].filter((k) => {
      if (!k.startsWith('tiles/')) return false;
      const a = again.get(k) as Uint8Array;
      const b = files.get(k) as Uint8Array | undefined;
      return !b || Buffer.compare(Buffer.from(a), Buffer.from(b)) !== 0;
    });
    const tiles = [...again.keys()].filter((k) => k.startsWith('tiles/')).length;
    expect(changed.length).toBeGreaterThan(0);
    // Five places, each in a tile and a few clusters per zoom: a small share of the pyramid.
    expect(changed.length).toBeLessThan(5 * (TILE_MAX_ZOOM + 1) * 3);
    expect(changed.length).toBeLessThan(tiles / 10);
  });
});

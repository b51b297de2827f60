/**
 * Basemap bytes on the wire for given views: which tiles MapLibre requests (512 px vector tiles at
 * floor(zoom), clamped to the source maxzoom, i.e. overzoomed beyond it), summed gzipped (node zlib,
 * level 6), against the 120 KiB budget of the first view. Also the raw GeoJSON baseline it replaces.
 *
 *   npx tsx bench/basemap-bytes.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '..');
const TILES = join(ROOT, 'geodata/basemap/tiles');
const MAX_ZOOM = (
  JSON.parse(readFileSync(join(ROOT, 'geodata/basemap/tiles.json'), 'utf8')) as { maxzoom: number }
).maxzoom;
const BUDGET = 120 * 1024;
const TILE_PX = 512;

const gz = (b: Uint8Array) => gzipSync(b, { level: 6 }).length;
const mercX = (lon: number) => (lon + 180) / 360;
const mercY = (lat: number) => {
  const s = Math.sin((lat * Math.PI) / 180);
  return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
};

interface View {
  name: string;
  lon: number;
  lat: number;
  zoom: number;
  width: number;
  height: number;
}

/** Zoom and centre MapLibre's fitBounds gives a bbox in a viewport (with padding). */
export function fitBounds(
  b: [number, number, number, number],
  width: number,
  height: number,
  padding = 40,
): { lon: number; lat: number; zoom: number } {
  const dx = mercX(b[2]) - mercX(b[0]);
  const dy = mercY(b[1]) - mercY(b[3]);
  const zoom = Math.log2(
    Math.min((width - 2 * padding) / (dx * TILE_PX), (height - 2 * padding) / (dy * TILE_PX)),
  );
  const cy = (mercY(b[1]) + mercY(b[3])) / 2;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * cy))) * 180) / Math.PI;
  return { lon: (b[0] + b[2]) / 2, lat, zoom };
}

/** Tiles a view covers: canonical tile ids at floor(zoom), capped at the source maxzoom. */
export function tilesFor(v: View): { z: number; x: number; y: number }[] {
  const z = Math.min(MAX_ZOOM, Math.max(0, Math.floor(v.zoom)));
  const world = TILE_PX * 2 ** v.zoom;
  const cx = mercX(v.lon) * world;
  const cy = mercY(v.lat) * world;
  const scale = 2 ** z / world;
  const n = 2 ** z;
  const x0 = Math.floor((cx - v.width / 2) * scale);
  const x1 = Math.floor((cx + v.width / 2 - 1e-9) * scale);
  const y0 = Math.max(0, Math.floor((cy - v.height / 2) * scale));
  const y1 = Math.min(n - 1, Math.floor((cy + v.height / 2 - 1e-9) * scale));
  const out: { z: number; x: number; y: number }[] = [];
  for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) out.push({ z, x: ((x % n) + n) % n, y });
  return out;
}

function measure(v: View) {
  let bytes = 0;
  let present = 0;
  const tiles = tilesFor(v);
  for (const t of tiles) {
    const f = join(TILES, `${t.z}/${t.x}/${t.y}.pbf`);
    if (!existsSync(f)) continue;
    present++;
    bytes += gz(readFileSync(f));
  }
  return { tiles: tiles.length, present, bytes };
}

const kib = (b: number) => `${(b / 1024).toFixed(1)} KiB`;

const first = {
  name: 'first view (fit 40.7,36.4–42.4,37.2)',
  ...fitBounds([40.7, 36.4, 42.4, 37.2], 1280, 800),
  width: 1280,
  height: 800,
};
const views: View[] = [
  first,
  {
    name: 'first view, one zoom out (z8.0 centre)',
    lon: 41.55,
    lat: 36.8,
    zoom: 8,
    width: 1280,
    height: 800,
  },
  { name: 'overview inset (region, z3.5, 320x240)', lon: 40, lat: 34.5, zoom: 3.5, width: 320, height: 240 },
  { name: 'overview full (region, z5, 1280x800)', lon: 40, lat: 35, zoom: 5, width: 1280, height: 800 },
  { name: 'neighbourhood (prison, z15)', lon: 40.7625, lat: 36.4775, zoom: 15, width: 1280, height: 800 },
  { name: 'neighbourhood (prison, z16)', lon: 40.7625, lat: 36.4775, zoom: 16, width: 1280, height: 800 },
];

console.log(
  `basemap tiles (maxzoom ${MAX_ZOOM}, 512 px), gzip -6; budget ${kib(BUDGET)} for the first view + overview inset\n`,
);
const results = views.map((v) => ({ v, ...measure(v) }));
for (const r of results) {
  console.log(
    `${r.v.name.padEnd(44)} zoom ${r.v.zoom.toFixed(2).padStart(5)}  tiles ${String(r.present).padStart(2)}/${String(r.tiles).padEnd(2)}  ${kib(r.bytes).padStart(10)}`,
  );
}
const firstTotal = results[0]!.bytes + results[2]!.bytes;
console.log(
  `\nfirst view + overview inset: ${kib(firstTotal)} of ${kib(BUDGET)} -> ${firstTotal <= BUDGET ? 'WITHIN BUDGET' : 'OVER BUDGET'}`,
);

const SOURCES = [
  'region_countries_10m_naturalearth.geojson',
  'region_boundary_lines_land_10m_naturalearth.geojson',
  'region_rivers_10m_naturalearth.geojson',
  'region_major_cities_syr_irq_ar_en.geojson',
  'syria_adm1_geoboundaries_osm.geojson',
  'iraq_adm1_geoboundaries_osm_clipped.geojson',
  'hasakah_city_neighbourhoods_ocha.geojson',
  'world_countries_110m_naturalearth.geojson',
];
const baseline = SOURCES.reduce((s, f) => s + gz(readFileSync(join(ROOT, 'geodata/sources', f))), 0);
console.log(`raw GeoJSON baseline (${SOURCES.length} source files it replaces), gzip -6: ${kib(baseline)}`);
console.log(
  `first view / baseline: ${((results[0]!.bytes / baseline) * 100).toFixed(1)} % (${(baseline / results[0]!.bytes).toFixed(1)}x smaller)`,
);
console.log(`neighbourhood z15 / baseline: ${((results[4]!.bytes / baseline) * 100).toFixed(1)} %`);
if (firstTotal > BUDGET) process.exitCode = 1;

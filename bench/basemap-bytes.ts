/**
 * Basemap bytes: what the tiles add to the install (MB on disk, files, split into the world and the
 * regional pyramid) and what a view fetches: the tiles MapLibre requests for each of the style's two
 * sources (512 px vector tiles at floor(zoom); the world source clamped to its z6 and the regional
 * one to z10, overzoomed beyond; the regional one only inside the study box), each URL once (both
 * sources read the same files at z0–6), summed gzipped (node zlib, level 6). Views: the shipped
 * article's opening view and overview inset (against the 120 KiB budget), and views of Khartoum,
 * Gaza, Kyiv and Washington as an article about each would open them. No browser.
 *
 *   npx tsx bench/basemap-bytes.ts
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '..');
const TILES = join(ROOT, 'geodata/basemap/tiles');
const META = JSON.parse(readFileSync(join(ROOT, 'geodata/basemap/tiles.json'), 'utf8')) as {
  maxzoom: number;
  world_maxzoom: number;
  study_bounds: [number, number, number, number];
};
const BUDGET = 120 * 1024;
const TILE_PX = 512;
/** The pyramid before the world layers (commit f0d8361: 110m world, z0–10), for "what it adds". */
const BEFORE = { files: 1413, bytes: 766_363 };

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
type Tile = { z: number; x: number; y: number };

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

/** Tiles a view covers at floor(zoom) capped at `maxzoom`, wrapped around the antimeridian. */
export function tilesFor(v: View, maxzoom: number): Tile[] {
  const z = Math.min(maxzoom, Math.max(0, Math.floor(v.zoom)));
  const world = TILE_PX * 2 ** v.zoom;
  const cx = mercX(v.lon) * world;
  const cy = mercY(v.lat) * world;
  const scale = 2 ** z / world;
  const n = 2 ** z;
  const x0 = Math.floor((cx - v.width / 2) * scale);
  const x1 = Math.floor((cx + v.width / 2 - 1e-9) * scale);
  const y0 = Math.max(0, Math.floor((cy - v.height / 2) * scale));
  const y1 = Math.min(n - 1, Math.floor((cy + v.height / 2 - 1e-9) * scale));
  const out: Tile[] = [];
  for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) out.push({ z, x: ((x % n) + n) % n, y });
  return out;
}

/** Whether a tile touches the study box (the regional source's `bounds`). */
function inStudyBox({ z, x, y }: Tile): boolean {
  const [w, s, e, n] = META.study_bounds;
  const k = 2 ** z;
  return (
    x >= Math.floor(mercX(w) * k) &&
    x <= Math.floor(mercX(e) * k) &&
    y >= Math.floor(mercY(n) * k) &&
    y <= Math.floor(mercY(s) * k)
  );
}

function measure(v: View) {
  const urls = new Map<string, Tile>();
  for (const t of tilesFor(v, META.world_maxzoom)) urls.set(`${t.z}/${t.x}/${t.y}`, t);
  for (const t of tilesFor(v, META.maxzoom).filter(inStudyBox)) urls.set(`${t.z}/${t.x}/${t.y}`, t);
  let bytes = 0;
  let present = 0;
  for (const key of urls.keys()) {
    let buf: Buffer;
    try {
      buf = readFileSync(join(TILES, `${key}.pbf`));
    } catch {
      continue; // a tile with nothing in it is not written: MapLibre gets a 404 and draws it empty
    }
    present++;
    bytes += gz(buf);
  }
  return { requests: urls.size, present, bytes };
}

/** Files and bytes of the pyramid, split into zooms the world layers reach and those beyond. */
function install() {
  const out = { files: 0, bytes: 0, disk: 0, worldFiles: 0, worldBytes: 0 };
  for (const z of readdirSync(TILES)) {
    for (const x of readdirSync(join(TILES, z))) {
      for (const y of readdirSync(join(TILES, z, x))) {
        const st = statSync(join(TILES, z, x, y));
        out.files++;
        out.bytes += st.size;
        out.disk += st.blocks * 512;
        if (Number(z) <= META.world_maxzoom) {
          out.worldFiles++;
          out.worldBytes += st.size;
        }
      }
    }
  }
  return out;
}

const kib = (b: number) => `${(b / 1024).toFixed(1)} KiB`;
const mb = (b: number) => `${(b / 1e6).toFixed(2)} MB`;

const desktop = { width: 1280, height: 800 };
const first: View = {
  name: 'shipped article, opening view (fit 40.7,36.4–42.4,37.2)',
  ...fitBounds([40.7, 36.4, 42.4, 37.2], 1280, 800),
  ...desktop,
};
const views: View[] = [
  first,
  {
    name: 'shipped article, overview inset (z3.5, 320x240)',
    lon: 40,
    lat: 34.5,
    zoom: 3.5,
    width: 320,
    height: 240,
  },
  { name: 'Khartoum and Omdurman (z9)', lon: 32.5, lat: 15.6, zoom: 9, ...desktop },
  { name: 'Sudan, Khartoum to Darfur (z5)', lon: 28, lat: 14, zoom: 5, ...desktop },
  { name: 'Gaza Strip (z10)', lon: 34.39, lat: 31.42, zoom: 10, ...desktop },
  { name: 'Kyiv (z9)', lon: 30.52, lat: 50.45, zoom: 9, ...desktop },
  { name: 'Ukraine (z5.5)', lon: 31.5, lat: 48.5, zoom: 5.5, ...desktop },
  { name: 'Washington (z10)', lon: -77.03, lat: 38.9, zoom: 10, ...desktop },
  { name: 'phone, Gaza Strip (z10, 390x844)', lon: 34.39, lat: 31.42, zoom: 10, width: 390, height: 844 },
];

const inst = install();
console.log(
  `install: ${inst.files} tile files, ${mb(inst.bytes)} (${mb(inst.disk)} on a 4 KiB-block disk); ` +
    `z0–${META.world_maxzoom} (world + region) ${inst.worldFiles} files ${mb(inst.worldBytes)}; ` +
    `added by the world layers: +${inst.files - BEFORE.files} files, +${mb(inst.bytes - BEFORE.bytes)}\n`,
);
console.log(
  `views (512 px tiles, each URL once, gzip -6); budget ${kib(BUDGET)} for the opening view + overview inset\n`,
);
const results = views.map((v) => ({ v, ...measure(v) }));
for (const r of results) {
  console.log(
    `${r.v.name.padEnd(58)} zoom ${r.v.zoom.toFixed(2).padStart(5)}  tiles ${String(r.present).padStart(2)}/${String(r.requests).padEnd(2)}  ${kib(r.bytes).padStart(10)}`,
  );
}
const firstTotal = results[0]!.bytes + results[1]!.bytes;
console.log(
  `\nopening view + overview inset: ${kib(firstTotal)} of ${kib(BUDGET)} -> ${firstTotal <= BUDGET ? 'WITHIN BUDGET' : 'OVER BUDGET'}`,
);
if (firstTotal > BUDGET) process.exitCode = 1;
if (results.some((r) => r.present === 0)) {
  console.log('a view found no tile at all: the pyramid is missing');
  process.exitCode = 1;
}

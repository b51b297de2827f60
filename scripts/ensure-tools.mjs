#!/usr/bin/env node
// The build-time data tools (mapshaper, geojson-vt, vt-pbf, the font package) live in `tools/`, with
// their own lock file, so that the app's install stays small and compiles nothing. Install them
// when they are missing or older than tools/package-lock.json. Optional dependencies are omitted
// (tools/.npmrc says so too): mapshaper's optional better-sqlite3 would be compiled from source
// and is not needed for the GeoJSON in and out these scripts use.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

const tools = join(import.meta.dirname, '..', 'tools');
const marker = join(tools, 'node_modules/.package-lock.json');
const lock = join(tools, 'package-lock.json');
if (!existsSync(marker) || statSync(marker).mtimeMs < statSync(lock).mtimeMs) {
  console.log('[ensure-tools] installing the data tools (npm ci --prefix tools)…');
  execSync('npm ci --prefix tools --omit=optional --no-audit --no-fund', {
    stdio: 'inherit',
    cwd: join(tools, '..'),
  });
}

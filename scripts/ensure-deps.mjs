#!/usr/bin/env node
// `npm test` must work on a fresh clone: install the locked dependencies when they are missing
// or older than package-lock.json; with --chromium, also make sure Debian's Chromium and
// poppler-utils (the PDF tests' reader) are there.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const marker = 'node_modules/.package-lock.json';
if (!existsSync(marker) || statSync(marker).mtimeMs < statSync('package-lock.json').mtimeMs) {
  console.log('[ensure-deps] installing locked dependencies (npm ci)…');
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
}
if (process.argv.includes('--chromium')) {
  // ensure-chromium exits the process when Chromium is there, so it goes last.
  await import('./ensure-poppler.mjs');
  await import('./ensure-chromium.mjs');
}

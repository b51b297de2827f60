import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';
import { cspHeaders, cspPlugin } from './csp.plugin.ts';
import { geodataPlugin } from './geodata.plugin.ts';
import { reviewPlugin } from './review.plugin.ts';

export default defineConfig({
  base: './',
  // One page with its state in the query string: no SPA fallback, so a missing file (a tile, a font,
  // an article file, a chunk) is a 404 in dev and in preview, never index.html with status 200.
  appType: 'mpa',
  plugins: [svelte(), geodataPlugin(), cspPlugin(), reviewPlugin()],
  // The built pages' policy as a header too (the meta element cannot carry every directive).
  preview: { headers: cspHeaders() },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1200 },
  test: {
    env: { TZ: 'UTC' },
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});

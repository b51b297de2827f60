import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';
import { cspHeaders, cspPlugin } from './csp.plugin.ts';
import { geodataPlugin } from './geodata.plugin.ts';
import { i18nSplitPlugin } from './i18n-split.plugin.ts';
import { embedDataPlugin } from './embed-data.plugin.ts';
import { reviewPlugin } from './review.plugin.ts';
import { sveltePurePlugin } from './svelte-pure.plugin.ts';
import { parseStyleOrigins } from './src/carto/style-origins.ts';

/** Online map style origins this build allows (README "Online map styles"); none by default. */
const styleOrigins = parseStyleOrigins(process.env.ATLAS_STYLE_ORIGINS);

export default defineConfig({
  base: './',
  // One page with its state in the query string: no SPA fallback, so a missing file (a tile, a font,
  // an article file, a chunk) is a 404 in dev and in preview, never index.html with status 200.
  appType: 'mpa',
  plugins: [
    svelte(),
    geodataPlugin(),
    embedDataPlugin(),
    cspPlugin(styleOrigins),
    reviewPlugin(),
    i18nSplitPlugin(),
    sveltePurePlugin(),
  ],
  // The one allow-list, for the URL rule (src/carto/url-policy.ts) as for the CSP.
  define: { __ATLAS_STYLE_ORIGINS__: JSON.stringify(styleOrigins) },
  // The built pages' policy as a header too (the meta element cannot carry every directive).
  preview: { headers: cspHeaders(styleOrigins) },
  build: {
    target: 'es2022',
    // Every browser the app supports has <link rel=modulepreload>; the polyfill was 0.4 KB before interaction.
    modulePreload: { polyfill: false },
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      // embed: the embed page and the demo host page are entries of their own (issue 9).
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        // The atlas: every article on one map and one timeline (issue 20).
        atlas: fileURLToPath(new URL('./atlas.html', import.meta.url)),
        embed: fileURLToPath(new URL('./embed.html', import.meta.url)),
        'embed-demo': fileURLToPath(new URL('./embed-demo.html', import.meta.url)),
      },
      // maplibre-gl in a chunk of its own, shared by the app and the embed's live map: the app's own
      // code (the places adapter beside it) is then weighed apart from it (bench/first-load.ts).
      output: {
        codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/]/ }] },
      },
    },
  },
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
          setupFiles: ['tests/setup-anchors.ts'],
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

/**
 * What the export browser tests share (`export.test.ts`, `vector.test.ts`): the article they export,
 * a settled map before each export, the camera, calls of `window.articleAtlas.export`, the batch CLI
 * as a child process, and the place sources the citation must name (read from the article's data).
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import type { CliResult } from '../../src/export/api.ts';
import { mapIdle } from './harness.ts';

export const ARTICLE = 'hasakah-prison-us-statement-2022';

/** A request to `window.articleAtlas.export`. */
export type Req = Parameters<NonNullable<Window['articleAtlas']>['export']>[0];

/** Settled: the map loaded, not moving, its tiles in, three polls in a row. */
export async function settled(page: Page): Promise<void> {
  await mapIdle(page);
  await page.waitForFunction(() => window.articleAtlas != null);
  await page.waitForFunction(
    () => {
      const m = (
        document.querySelector('[data-testid="map"]') as HTMLElement & {
          maplibre?: import('maplibre-gl').Map;
        }
      ).maplibre;
      const w = window as unknown as { __settled?: number };
      w.__settled = m && m.loaded() && !m.isMoving() && m.areTilesLoaded() ? (w.__settled ?? 0) + 1 : 0;
      return w.__settled >= 3;
    },
    null,
    { polling: 150, timeout: 30_000 },
  );
}

/** The live map's camera. */
export const camera = (page: Page): Promise<{ lng: number; lat: number; zoom: number }> =>
  page.evaluate(() => {
    const m = (
      document.querySelector('[data-testid="map"]') as HTMLElement & { maplibre: import('maplibre-gl').Map }
    ).maplibre;
    return { lng: m.getCenter().lng, lat: m.getCenter().lat, zoom: m.getZoom() };
  });

/** One export through `window.articleAtlas` (throws with the app's reason when it fails). */
export async function exportVia(page: Page, req: Req): Promise<CliResult & { ok: true }> {
  const result = await page.evaluate((r) => window.articleAtlas!.export(r), req);
  if (!result.ok) throw new Error(result.error);
  return result;
}

const run = promisify(execFile);

/**
 * `npm run snapshot -- …args` as a child process: its exit code and output (never throws). The
 * environment's `ATLAS_PUBLIC_URL` is left out: a test passes `--public-url` when it wants one.
 */
export const cli = (args: string[]): Promise<{ code: number; stdout: string; stderr: string }> =>
  run('npx', ['tsx', 'scripts/snapshot.ts', ...args], {
    timeout: 280_000,
    env: { ...process.env, ATLAS_PUBLIC_URL: '' },
  }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({
      code: e.code,
      stdout: e.stdout,
      stderr: e.stderr,
    }),
  );

interface SourceRef {
  title: string;
  url?: string;
  licence?: string;
}

/**
 * The sources of the article's placed places (geometry and name), read from its places.geojson,
 * each as the citation writes it: "title · url · licence".
 */
export function placeSources(article = ARTICLE): string[] {
  const gj = JSON.parse(readFileSync(`geodata/${article}/places.geojson`, 'utf8')) as {
    features: { geometry: unknown; properties: { geometry_source?: SourceRef; name_source?: SourceRef } }[];
  };
  const lines = new Set<string>();
  for (const f of gj.features) {
    if (!f.geometry) continue;
    for (const s of [f.properties.geometry_source, f.properties.name_source])
      if (s) lines.add([s.title, s.url, s.licence].filter(Boolean).join(' · '));
  }
  return [...lines];
}

/**
 * Golden images of the deterministic drawings readers see: the static renderer's poster (the embed's
 * still map and the link-preview card, at the shipped article's opening view, with and without a
 * selection) and the A4 export page, in Arabic and English, light and dark. Rasterised in node by
 * the card's rasteriser (resvg-wasm, bundled Noto Sans Arabic) at half size, so a change to what
 * readers see fails here. Refresh after an intended change: `UPDATE_GOLDEN=1 npx vitest run
 * tests/golden` (see `./golden.ts`).
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { cardView, rasteriseSvg } from '../../src/embed/card-node.ts';
import { defaultFarPlaces, renderStaticSvg } from '../../src/static/render.ts';
import { loadBasemap, type BasemapTiles } from '../../src/static/tiles.ts';
import { fsTileLoader } from '../../src/static/node-tiles.ts';
import { resolveSize, type ExportSize } from '../../src/export/sizes.ts';
import { vectorExport } from '../../src/export/vector.ts';
import { atlasVectorExport } from '../../src/export/atlas-page.ts';
import { readDigests } from '../../src/collection/build-node.ts';
import { buildCollection } from '../../src/collection/build-index.ts';
import type { PointsFile, Summary } from '../../src/collection/format.ts';
import type { Lang } from '../../src/model/types.ts';
import { shippedModel, TILES_DIR } from '../static/helpers.ts';
import { matchGolden } from './golden.ts';

// The first raster loads resvg's wasm and cuts the fonts: seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const model = shippedModel();
const view = cardView(model);
let posterTiles: BasemapTiles;
beforeAll(async () => {
  posterTiles = await loadBasemap(view, fsTileLoader(TILES_DIR), { margin: 64 });
});

const title = (lang: Lang) =>
  lang === 'ar' ? (model.meta.title.original ?? model.meta.title.en.text) : model.meta.title.en.text;

async function poster(lang: Lang, theme: 'light' | 'dark', selected: string[] = []) {
  const svg = renderStaticSvg(
    view,
    { basemap: posterTiles, places: model.places, farPlaces: defaultFarPlaces(model.places) },
    { lang, theme, title: title(lang), selected, northArrow: false, fontFamily: 'Noto Sans Arabic' },
  );
  return rasteriseSvg(svg, '.', view.size.width / 2);
}

describe('poster (static renderer), opening view', () => {
  for (const lang of ['ar', 'en'] as const)
    for (const theme of ['light', 'dark'] as const)
      it(`matches its golden image (${lang}, ${theme})`, async () => {
        const r = matchGolden(`poster-${lang}-${theme}`, await poster(lang, theme));
        expect(r.ok, r.message).toBe(true);
      });
  it.each([
    ['ar', 'light'],
    ['en', 'dark'],
  ] as const)('with Semalka selected matches its golden image (%s, %s)', async (lang, theme) => {
    const r = matchGolden(`poster-${lang}-${theme}-semalka`, await poster(lang, theme, ['semalka_crossing']));
    expect(r.ok, r.message).toBe(true);
  });
});

describe('A4 export page (vector page)', () => {
  const size = (): ExportSize => {
    const r = resolveSize({ kind: 'preset', id: 'a4-150' }, { width: 1280, height: 800 });
    if ('error' in r) throw new Error(r.error);
    return r.ok;
  };
  const camera = { center: [40.75, 36.5] as [number, number], zoom: 8.6 };
  for (const lang of ['ar', 'en'] as const)
    it(`matches its golden image (${lang})`, async () => {
      const base = {
        model,
        lang,
        theme: 'light' as const,
        digits: 'latn' as const,
        camera,
        size: size(),
        basemap: null,
        selectedPlace: 'hasakah_city',
        selected: ['hasakah_city'],
        dimmed: new Set<string>(),
        timeRange: null,
        permalink: 'https://atlas.example/?article=hasakah-prison-us-statement-2022&view=40.75%2C36.5%2C8.6',
        now: new Date('2026-12-01T12:00:00Z'),
      };
      const plan = vectorExport(base);
      const basemap = await loadBasemap(plan.view, fsTileLoader(TILES_DIR), { margin: 64 });
      const page = vectorExport({ ...base, basemap });
      const r = matchGolden(`a4-page-${lang}`, await rasteriseSvg(page.svg, '.', Math.round(page.width / 2)));
      expect(r.ok, r.message).toBe(true);
    });
});

describe('A4 atlas export page (every place of every shipped article, with its key)', () => {
  const ids = ['hasakah-prison-us-statement-2022', 'semalka-reopening-demo'];
  const files = buildCollection(readDigests('geodata', ids, null).digests);
  const summary = {
    counts: (JSON.parse(files.get('summary.json') as string) as Summary).counts,
    places: JSON.parse(files.get('points.json') as string) as PointsFile,
  };
  const size = (): ExportSize => {
    const r = resolveSize({ kind: 'preset', id: 'a4-150' }, { width: 1280, height: 800 });
    if ('error' in r) throw new Error(r.error);
    return r.ok;
  };
  for (const [lang, theme] of [
    ['ar', 'light'],
    ['en', 'dark'],
  ] as const)
    it(`matches its golden image (${lang}, ${theme})`, async () => {
      const base = {
        summary,
        lang,
        theme,
        digits: 'latn' as const,
        camera: { center: [38, 37] as [number, number], zoom: 5.2 },
        size: size(),
        basemap: null,
        permalink: `https://atlas.example/atlas.html?lang=${lang}`,
        now: new Date('2026-12-01T12:00:00Z'),
      };
      const plan = atlasVectorExport(base);
      const basemap = await loadBasemap(plan.view, fsTileLoader(TILES_DIR), { margin: 64 });
      const page = atlasVectorExport({ ...base, basemap });
      expect(page.marks.some((m) => m.kind === 'cluster')).toBe(true);
      const r = matchGolden(
        `a4-atlas-page-${lang}-${theme}`,
        await rasteriseSvg(page.svg, '.', Math.round(page.width / 2)),
      );
      expect(r.ok, r.message).toBe(true);
    });
});

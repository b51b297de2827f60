/**
 * Labels on the live map (issue 17, 3), read back from what MapLibre placed: edge indicators keep
 * clear of the map's controls and of the article's places, the selected place's name is drawn.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, expectClean, mapIdle, open, shot } from './harness.ts';

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Waits until the map rests and the edge indicators have followed the last move. */
async function settled(page: Page): Promise<void> {
  await mapIdle(page);
  await expect
    .poll(() =>
      page.evaluate(() => {
        const map = (document.querySelector('[data-testid="map"]') as any).maplibre;
        return map.loaded() && !map.isMoving();
      }),
    )
    .toBe(true);
  await page.waitForTimeout(300);
}

/** Indicators rendered inside each box (container px), by box name. */
function indicatorsIn(page: Page, boxes: Record<string, Box>): Promise<Record<string, string[]>> {
  return page.evaluate((bs) => {
    const map = (document.querySelector('[data-testid="map"]') as any).maplibre;
    return Object.fromEntries(
      Object.entries(bs).map(([k, b]) => [
        k,
        map
          .queryRenderedFeatures(
            [
              [b.x0, b.y0],
              [b.x1, b.y1],
            ],
            { layers: ['aa-offmap-arrow'] },
          )
          .map((f: any) => String(f.properties.pid)),
      ]),
    );
  }, boxes);
}

/** The control column, scale bar and credits button, and each regional point place with its label, in container px. */
function obstacles(page: Page): Promise<Record<string, Box>> {
  return page.evaluate(() => {
    const el = document.querySelector('[data-testid="map"]') as any;
    const map = el.maplibre;
    const r = el.getBoundingClientRect();
    const out: Record<string, Box> = {};
    for (const id of ['map-controls', 'scale', 'credits']) {
      const b = el.querySelector(`[data-testid="${id}"]`)?.getBoundingClientRect();
      if (b?.width)
        out[id] = { x0: b.left - r.left, y0: b.top - r.top, x1: b.right - r.left, y1: b.bottom - r.top };
    }
    // The article's points drawn in the view and the labels MapLibre placed for them.
    const labels = map.queryRenderedFeatures({ layers: ['aa-point'] });
    for (const f of labels) {
      const p = map.project(f.geometry.coordinates);
      if (p.x < 0 || p.y < 0 || p.x > r.width || p.y > r.height) continue;
      out[`place:${f.properties.pid}`] = { x0: p.x - 8, y0: p.y - 8, x1: p.x + 8, y1: p.y + 8 };
      out[`label:${f.properties.pid}`] = { x0: p.x - 4, y0: p.y + 12, x1: p.x + 4, y1: p.y + 26 };
    }
    return out;
  });
}

const cases = [
  ['ar', 'phone', PHONE],
  ['en', 'phone', PHONE],
  ['ar', 'desktop', DESKTOP],
  ['en', 'desktop', DESKTOP],
] as const;

describe('edge indicators keep clear of the controls and the article places', () => {
  it.each(cases)('%s, %s, opening view', async (lang, name, viewport) => {
    const p = await open(`./?lang=${lang}`, { viewport, isMobile: name === 'phone' });
    await settled(p.page);
    await shot(p.page, `live-labels-${lang}-${name}`);
    const obs = await obstacles(p.page);
    expect(Object.keys(obs)).toContain('map-controls');
    expect(Object.keys(obs).some((k) => k.startsWith('place:'))).toBe(true);
    const hits = await indicatorsIn(p.page, obs);
    const clashes = Object.entries(hits).filter(([, ids]) => ids.length);
    expect(clashes, JSON.stringify(obs)).toEqual([]);
    // Every far place still has its indicator.
    const all = await p.page.evaluate(() =>
      (document.querySelector('[data-testid="map"]') as any).maplibre
        .queryRenderedFeatures({ layers: ['aa-offmap-arrow'] })
        .map((f: any) => f.properties.pid),
    );
    expect(new Set(all).size).toBeGreaterThanOrEqual(2);
    expectClean(p);
  });
});

describe("the selected place's own label", () => {
  it.each([
    ['ar', 'phone', PHONE],
    ['en', 'desktop', DESKTOP],
  ] as const)('Ghwayran selected (%s, %s): its name is drawn', async (lang, name, viewport) => {
    const p = await open(`./?lang=${lang}&place=ghwayran`, { viewport, isMobile: name === 'phone' });
    await settled(p.page);
    await shot(p.page, `live-labels-ghwayran-${lang}-${name}`);
    const drawn = await p.page.evaluate(() =>
      (document.querySelector('[data-testid="map"]') as any).maplibre
        .queryRenderedFeatures({ layers: ['aa-label-selected'] })
        .map((f: any) => f.properties.pid),
    );
    expect(drawn).toContain('ghwayran');
    expectClean(p);
  });
  it.each([
    ['ar', 'phone', PHONE],
    ['ar', 'desktop', DESKTOP],
  ] as const)('FY2022 event selected (%s, %s): names drawn apart', async (lang, name, viewport) => {
    const p = await open(`./?lang=${lang}&event=fy2022_funding_request`, {
      viewport,
      isMobile: name === 'phone',
    });
    await settled(p.page);
    await shot(p.page, `live-labels-fy2022-${lang}-${name}`);
    // The area label is placed by collision detection (never over another label): whatever it
    // draws, no point label of the same view lies under it.
    const { area, points } = await p.page.evaluate(() => {
      const map = (document.querySelector('[data-testid="map"]') as any).maplibre;
      const q = (l: string) => map.queryRenderedFeatures({ layers: [l] }).map((f: any) => f.properties.pid);
      return { area: q('aa-area-label'), points: [...q('aa-label'), ...q('aa-label-selected')] };
    });
    expect(points.length + area.length).toBeGreaterThan(0);
    expectClean(p);
  });
});

/**
 * Every label MapLibre placed, with its measured box (container px) and layer: read from the
 * committed placement's collision grid (MapLibre internals, pinned version; the grid is offset by its
 * 100 px viewport padding). The label guard's own squares and the edge arrows' icons are left out.
 */
function placedLabels(page: Page): Promise<(Box & { layer: string })[]> {
  return page.evaluate(() => {
    const map = (document.querySelector('[data-testid="map"]') as any).maplibre;
    const placement = map.style.placement;
    const grid = placement.collisionIndex.grid;
    const out: (Box & { layer: string })[] = [];
    for (let i = 0; i < grid.boxKeys.length; i++) {
      const key = grid.boxKeys[i];
      const q = placement.retainedQueryData[key.bucketInstanceId];
      const layer = String(q?.featureIndex?.bucketLayerIDs?.[q.bucketIndex]?.[0] ?? '?');
      if (layer === 'aa-guard' || layer === 'aa-offmap-arrow') continue;
      const [x0, y0, x1, y1] = [0, 1, 2, 3].map((k) => grid.bboxes[i * 4 + k] - 100) as number[];
      out.push({ layer, x0: x0!, y0: y0!, x1: x1!, y1: y1! });
    }
    return out;
  });
}

/**
 * The placed labels that cross the map's edge (partly in view, partly out), 1 px tolerance. On a
 * phone the sheet's top at rest (`--map-cover-bottom`) is the view's lower edge.
 */
async function crossingEdge(page: Page): Promise<(Box & { layer: string })[]> {
  const { width, height } = await page.evaluate(() => {
    const el = document.querySelector('[data-testid="map"]')!;
    const r = el.getBoundingClientRect();
    const sheet = parseFloat(getComputedStyle(el).getPropertyValue('--map-cover-bottom')) || 0;
    return { width: r.width, height: r.height - sheet };
  });
  const t = 1;
  return (await placedLabels(page)).filter((b) => {
    const inView = b.x1 > 0 && b.y1 > 0 && b.x0 < width && b.y0 < height;
    const out = b.x0 < -t || b.y0 < -t || b.x1 > width + t || b.y1 > height + t;
    return inView && out;
  });
}

/** The placed labels under one of the map's own controls (zoom column, scale bar, credits). */
async function underControls(page: Page): Promise<(Box & { layer: string; under: string })[]> {
  const all = await obstacles(page);
  const controls = Object.entries(all).filter(([k]) => ['map-controls', 'scale', 'credits'].includes(k));
  const t = 1;
  return (await placedLabels(page)).flatMap((b) =>
    controls
      .filter(([, c]) => b.x0 < c.x1 - t && c.x0 + t < b.x1 && b.y0 < c.y1 - t && c.y0 + t < b.y1)
      .map(([under]) => ({ ...b, under })),
  );
}

describe('labels stay inside the map and out from under its controls', () => {
  it.each(cases)('%s, %s: opening view, after a pan, after a zoom', async (lang, name, viewport) => {
    const p = await open(`./?lang=${lang}`, { viewport, isMobile: name === 'phone' });
    await settled(p.page);
    await shot(p.page, `live-labels-edge-${lang}-${name}`);
    expect((await placedLabels(p.page)).length).toBeGreaterThan(3);
    expect(await crossingEdge(p.page), 'opening').toEqual([]);
    expect(await underControls(p.page), 'opening').toEqual([]);
    await p.page.evaluate(() =>
      (document.querySelector('[data-testid="map"]') as any).maplibre.panBy([-140, 90], { duration: 0 }),
    );
    await settled(p.page);
    await shot(p.page, `live-labels-edge-pan-${lang}-${name}`);
    expect(await crossingEdge(p.page), 'after a pan').toEqual([]);
    expect(await underControls(p.page), 'after a pan').toEqual([]);
    await p.page.evaluate(() => {
      const map = (document.querySelector('[data-testid="map"]') as any).maplibre;
      map.zoomTo(map.getZoom() + 0.8, { duration: 0 });
    });
    await settled(p.page);
    await shot(p.page, `live-labels-edge-zoom-${lang}-${name}`);
    expect(await crossingEdge(p.page), 'after a zoom').toEqual([]);
    expect(await underControls(p.page), 'after a zoom').toEqual([]);
    expectClean(p);
  });

  it.each([
    ['ar', DESKTOP],
    ['en', DESKTOP],
    // On an English phone the corner above the bar holds the Washington arrow's label: there the
    // town's name gives way, as any label does where no side of its point is clear.
    ['ar', PHONE],
  ] as const)('%s, %o: a town at the scale bar keeps its name, beside the bar', async (lang, viewport) => {
    const p = await open(`./?lang=${lang}`, { viewport, isMobile: viewport === PHONE });
    await settled(p.page);
    // Tal Afar («تلعفر», issue 17) moved just above the middle of the scale bar, so its name's first
    // choice of side (beside the town) lies partly over the bar.
    const moved = await townAt(p.page, 'scale');
    expect(moved).not.toBeNull();
    await settled(p.page);
    await shot(p.page, `live-labels-scale-${lang}-${viewport.width}`);
    const named = await p.page.evaluate(
      () =>
        (document.querySelector('[data-testid="map"]') as any).maplibre
          .queryRenderedFeatures({ layers: ['basemap-place-labels'] })
          .map((f: any) => f.properties.name_en) as string[],
    );
    expect(named).toContain(moved);
    expect(await underControls(p.page)).toEqual([]);
    expectClean(p);
  });

  it.each(['ar', 'en'] as const)(
    "%s, phone: a town at the sheet's edge keeps its name, above it",
    async (lang) => {
      const p = await open(`./?lang=${lang}`, { viewport: PHONE, isMobile: true });
      await settled(p.page);
      // The sheet's top is the view's lower edge on a phone: a name beside a town just above it
      // would be cut by it.
      const moved = await townAt(p.page, 'sheet');
      expect(moved).not.toBeNull();
      await settled(p.page);
      await shot(p.page, `live-labels-sheet-${lang}`);
      const named = await p.page.evaluate(
        () =>
          (document.querySelector('[data-testid="map"]') as any).maplibre
            .queryRenderedFeatures({ layers: ['basemap-place-labels'] })
            .map((f: any) => f.properties.name_en) as string[],
      );
      expect(named).toContain(moved);
      expect(await crossingEdge(p.page)).toEqual([]);
      expectClean(p);
    },
  );
});

/**
 * Pans the map so that Tal Afar (where the basemap has it) lies 4 px above the middle of the scale
 * bar, or 6 px above the middle of the phone sheet's top; its English name, or null.
 */
function townAt(page: Page, where: 'scale' | 'sheet'): Promise<string | null> {
  return page.evaluate((w) => {
    const el = document.querySelector('[data-testid="map"]') as any;
    const map = el.maplibre;
    const town = map
      .querySourceFeatures('basemap', { sourceLayer: 'places' })
      .find((f: any) => /^Tall? Afar$/.test(f.properties.name_en));
    if (!town) return null;
    const r = el.getBoundingClientRect();
    const s = el.querySelector('[data-testid="scale"]').getBoundingClientRect();
    const sheet = parseFloat(getComputedStyle(el).getPropertyValue('--map-cover-bottom')) || 0;
    const target =
      w === 'scale'
        ? { x: (s.left + s.right) / 2 - r.left, y: s.top - 4 - r.top }
        : { x: r.width / 2, y: r.height - sheet - 6 };
    const at = map.project(town.geometry.coordinates);
    map.panBy([at.x - target.x, at.y - target.y], { duration: 0 });
    return String(town.properties.name_en);
  }, where);
}

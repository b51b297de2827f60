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

/**
 * Far places (issue 17.1): Geneva, Washington and the United States are chosen from their edge arrow,
 * a mention or the list, and each time the main view stays on the article's region while an inset
 * locator shows where the place lies, with its name and distance. Never an empty map.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, expectClean, mapIdle, open, shot } from './harness.ts';

type Cam = { lng: number; lat: number; zoom: number };
const cameraOf = (page: Page): Promise<Cam> =>
  page.evaluate(() => {
    const m = (
      document.querySelector('[data-testid="map"]') as HTMLElement & {
        maplibre: { getCenter(): { lng: number; lat: number }; getZoom(): number };
      }
    ).maplibre;
    const c = m.getCenter();
    return { lng: c.lng, lat: c.lat, zoom: m.getZoom() };
  });

/** Page coordinates of a place's edge arrow. */
const arrowAt = (page: Page, pid: string) =>
  page.evaluate((id) => {
    const el = document.querySelector('[data-testid="map"]') as HTMLElement & {
      maplibre: {
        querySourceFeatures(
          s: string,
        ): { properties: { pid: string }; geometry: { coordinates: [number, number] } }[];
        project(c: [number, number]): { x: number; y: number };
      };
    };
    const f = el.maplibre.querySourceFeatures('aa-offmap').find((x) => x.properties.pid === id)!;
    const p = el.maplibre.project(f.geometry.coordinates);
    const r = el.getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, pid);

const expectSameCamera = (a: Cam, b: Cam) => {
  expect(Math.abs(a.lng - b.lng)).toBeLessThan(1e-6);
  expect(Math.abs(a.lat - b.lat)).toBeLessThan(1e-6);
  expect(Math.abs(a.zoom - b.zoom)).toBeLessThan(1e-6);
};

async function expectLocator(page: Page, pid: string, name: RegExp): Promise<void> {
  const locator = page.locator('[data-testid="far-locator"][data-drawn="true"]');
  await locator.waitFor({ timeout: 15_000 });
  const caption = locator.locator(`figcaption [data-place="${pid}"]`);
  await expect.poll(() => caption.innerText()).toMatch(name);
  expect(await caption.innerText()).toMatch(/\d[\d,]* (km|كم)/);
  // The overview has land and borders, not an empty field.
  await expect.poll(() => locator.locator('svg g[data-layer^="basemap-"] path').count()).toBeGreaterThan(5);
  // One distance for the place, the same on its edge arrow (where it has room for one) and in the locator.
  const km = (await caption.innerText()).match(/([\d,٠-٩٬]+) (km|كم)/)![1];
  const arrow = await page.evaluate(
    (id) =>
      (
        document.querySelector('[data-testid="map"]') as HTMLElement & {
          maplibre: { querySourceFeatures(s: string): { properties: Record<string, string> }[] };
        }
      ).maplibre
        .querySourceFeatures('aa-offmap')
        .find((f) => f.properties.pid === id)?.properties,
    pid,
  );
  if (arrow && /\d/.test(`${arrow.label_en}${arrow.label_ar}`))
    expect(`${arrow.label_en} ${arrow.label_ar}`).toContain(km);
}

describe('far places', () => {
  it('en desktop: the Geneva arrow, a Washington mention and the United States in the list keep the view and open the locator', async () => {
    const p = await open('./?lang=en', { viewport: DESKTOP });
    const { page } = p;
    await mapIdle(page);
    const start = await cameraOf(page);
    expect(await page.locator('[data-testid="far-locator"]').count()).toBe(0);

    const at = await arrowAt(page, 'geneva');
    await page.mouse.click(at.x, at.y);
    await expect
      .poll(() => page.locator('[data-testid="place-card"]').getAttribute('data-place'))
      .toBe('geneva');
    await expectLocator(page, 'geneva', /Geneva/);
    await page.waitForTimeout(600);
    expectSameCamera(await cameraOf(page), start);
    await shot(page, 'far-geneva-en-desktop');

    await page.locator('.translation button.mention[data-place="washington"]').first().click();
    await expectLocator(page, 'washington', /Washington/);
    await page.waitForTimeout(600);
    expectSameCamera(await cameraOf(page), start);

    await page.locator('[data-testid="place-list"] button[data-place="united_states"]').click();
    await expectLocator(page, 'united_states', /United States/);
    await page.waitForTimeout(600);
    expectSameCamera(await cameraOf(page), start);
    // The locator keeps clear of the far places' edge arrows (they lie west: it sits east).
    const box = (await page.locator('[data-testid="far-locator"]').boundingBox())!;
    for (const pid of ['geneva', 'washington', 'united_states']) {
      const a = await arrowAt(page, pid);
      const inside = a.x >= box.x && a.x <= box.x + box.width && a.y >= box.y && a.y <= box.y + box.height;
      expect(inside, pid).toBe(false);
    }
    await shot(page, 'far-united-states-en-desktop');

    // A near place closes the locator.
    await page.locator('[data-testid="place-list"] button[data-place="semalka_crossing"]').click();
    await expect.poll(() => page.locator('[data-testid="far-locator"]').count()).toBe(0);
    expectClean(p);
  });

  for (const [lang, viewport, name] of [
    ['ar', DESKTOP, /جنيف/],
    ['ar', PHONE, /جنيف/],
    ['en', PHONE, /Geneva/],
  ] as const) {
    it(`${lang} ${viewport.width}: a mention of Geneva opens the locator in the free part of the map`, async () => {
      const p = await open(`./?lang=${lang}`, { viewport, isMobile: viewport.width < 500 });
      const { page } = p;
      await mapIdle(page);
      const start = await cameraOf(page);
      const primary = lang === 'en' ? '.translation' : '.original';
      await page.locator(`${primary} button.mention[data-place="geneva"]`).first().click();
      await expectLocator(page, 'geneva', name);
      await page.waitForTimeout(800);
      expectSameCamera(await cameraOf(page), start);
      const box = (await page.locator('[data-testid="far-locator"]').boundingBox())!;
      const card = (await page.locator('[data-testid="place-card"]').boundingBox())!;
      const sheet = await page.locator('.panel').boundingBox();
      const map = (await page.locator('[data-testid="map"]').boundingBox())!;
      // Inside the map, below the card, above the phone sheet.
      expect(box.x).toBeGreaterThanOrEqual(map.x);
      expect(box.x + box.width).toBeLessThanOrEqual(map.x + map.width + 0.5);
      expect(box.y).toBeGreaterThanOrEqual(card.y + card.height);
      if (viewport === PHONE) expect(box.y + box.height).toBeLessThanOrEqual(sheet!.y + 0.5);
      await shot(page, `far-geneva-${lang}-${viewport.width}`);
      expectClean(p);
    });
  }
});

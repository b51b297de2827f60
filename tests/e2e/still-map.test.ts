/**
 * The still map without WebGL (issue 17.8): the notice that says so is never under the place card,
 * and the scale bar never prints over the credits (the still map shows the live map's own scale bar
 * and collapsible credits, not a second drawing of them).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { DESKTOP, PHONE, expectClean, open, shot } from './harness.ts';
import { viewProjection } from '../../src/static/camera.ts';

let noGl: Browser;
beforeAll(async () => {
  noGl = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, '--disable-webgl', '--disable-3d-apis'],
  });
});
afterAll(async () => {
  await noGl?.close();
});

type Rect = { left: number; top: number; right: number; bottom: number };
const boxes = (page: Page) =>
  page.evaluate(() => {
    const box = (sel: string) => {
      const r = document.querySelector(sel)?.getBoundingClientRect();
      return r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null;
    };
    return {
      note: box('[data-testid="map-fallback"]'),
      card: box('[data-testid="place-card"]'),
      scale: box('[data-testid="scale"]'),
      credits: box('[data-testid="credits"]'),
      map: box('[data-testid="map"]'),
    };
  });
const overlap = (a: Rect, b: Rect) =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
  Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

describe('the still map', () => {
  const cases = [
    ['en', DESKTOP],
    ['ar', DESKTOP],
    ['ar', PHONE],
    ['en', PHONE],
    ['ar', { width: 770, height: 700 }],
  ] as const;
  for (const [lang, viewport] of cases) {
    it(`${lang} ${viewport.width}×${viewport.height}: the card leaves the notice readable, the scale bar clear of the credits`, async () => {
      const p = await open(`./?lang=${lang}&place=semalka_crossing`, {
        browser: noGl,
        viewport,
        isMobile: viewport.width < 500,
      });
      const { page } = p;
      await page.locator('[data-testid="static-map"][data-drawn="true"]').waitFor();
      await page.locator('[data-testid="place-card"]').waitFor();
      const b = await boxes(page);
      expect(b.note).not.toBeNull();
      expect(overlap(b.note!, b.card!)).toBe(0);
      // The app's scale bar and credits button, one of each, and not over each other.
      expect(b.scale).not.toBeNull();
      expect(b.credits).not.toBeNull();
      expect(overlap(b.scale!, b.credits!)).toBe(0);
      expect(await page.locator('[data-testid="static-map"] svg .scale-bar').count()).toBe(0);
      expect(await page.locator('[data-testid="static-map"] svg .attribution').count()).toBe(0);
      // The credits open and stay clear of the scale bar.
      await page.locator('[data-testid="credits"] button').click();
      const opened = await boxes(page);
      expect(overlap(opened.scale!, opened.credits!)).toBe(0);
      expect(await page.locator('[data-testid="credits-list"]').innerText()).toContain('OpenStreetMap');
      // No zoom buttons on a drawing that cannot zoom.
      expect(await page.locator('[data-testid="zoom-in"]').count()).toBe(0);
      await shot(page, `still-map-${lang}-${viewport.width}`);
      expectClean(p);
    });
  }
});

describe('the still map and the card on first use', () => {
  it('draws a place chosen while the card is still loading clear of the card (en phone)', async () => {
    const p = await open('./?lang=en', { browser: noGl, viewport: PHONE, isMobile: true });
    const { page } = p;
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    await page.route(/\/assets\/PlaceCard-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const still = page.locator('[data-testid="static-map"][data-drawn="true"]');
    await still.waitFor();
    await page.locator('.sheet-handle').click();
    await page.locator('button.mention[data-place="semalka_crossing"]').first().click();
    await page.waitForTimeout(300);
    release();
    const card = page.locator('[data-testid="place-card"][data-place="semalka_crossing"]');
    await card.waitFor();
    // Semalka, projected with the drawing's camera, lies on the map and outside the card.
    const semalka: [number, number] = [42.34989, 37.08932];
    const where = async () => {
      const [lon, lat, zoom] = (await still.getAttribute('data-camera'))!.split(',').map(Number);
      const box = (await still.boundingBox())!;
      const [x, y] = viewProjection({
        camera: { center: [lon!, lat!], zoom: zoom!, bearing: 0 },
        size: { width: Math.round(box.width), height: Math.round(box.height) },
      })(semalka);
      const c = (await card.boundingBox())!;
      const at = { x: box.x + x, y: box.y + y };
      return at.x < c.x || at.x > c.x + c.width || at.y < c.y || at.y > c.y + c.height;
    };
    await expect.poll(where, { timeout: 10_000 }).toBe(true);
    await shot(page, 'no-webgl-card-late-en-phone');
    expectClean(p);
  });
});

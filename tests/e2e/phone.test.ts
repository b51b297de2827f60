/**
 * The phone (issue 17.4): timeline marks are 24 × 24 px targets, the strip is named and has its
 * key, a phone on its side shows the strip's bottom row, and turning the phone refits the map.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PHONE, expectClean, mapIdle, open, shot } from './harness.ts';

const LANDSCAPE = { width: 844, height: 390 };

/** The article's local places, projected: are they all inside the map's box? */
const localPlacesInView = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector('[data-testid="map"]') as HTMLElement & {
      maplibre: { project(c: [number, number]): { x: number; y: number } };
    };
    const r = el.getBoundingClientRect();
    // Al-Hasakah (city), the Semalka crossing: the two ends of the article's region.
    const pts: [number, number][] = [
      [40.7489, 36.5022],
      [42.35, 37.0897],
    ];
    return pts.every(([lon, lat]) => {
      const p = el.maplibre.project([lon, lat]);
      return p.x >= 0 && p.x <= r.width && p.y >= 0 && p.y <= r.height;
    });
  });

describe('phone', () => {
  for (const lang of ['ar', 'en'] as const) {
    it(`${lang}: every timeline mark is at least a 24 × 24 px target; the strip names itself and opens its key`, async () => {
      const p = await open(`./?lang=${lang}`, { viewport: PHONE, isMobile: true });
      const { page } = p;
      await mapIdle(page);
      const sizes = await page.locator('[data-testid="timeline"] .tl-mark').evaluateAll((gs) =>
        gs
          .map((g) => g.getBoundingClientRect())
          // Marks outside the strip's view are not drawn.
          .filter((r) => r.width > 0)
          .map((r) => [r.width, r.height]),
      );
      expect(sizes.length).toBeGreaterThan(3);
      for (const [w, h] of sizes) {
        expect(w).toBeGreaterThanOrEqual(24 - 0.01);
        expect(h).toBeGreaterThanOrEqual(24 - 0.01);
      }
      // A tap 11 px beside a small mark's middle still selects it.
      const mark = page.locator('[data-testid="timeline"] .tl-mark:not(:has(rect.tl-shape))').first();
      const id = await mark.getAttribute('data-event');
      const shape = (await mark.locator('.tl-shape').boundingBox())!;
      await page.mouse.click(shape.x + shape.width / 2 + 11, shape.y + shape.height / 2);
      await expect.poll(() => mark.getAttribute('aria-pressed')).toBe('true');
      await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(id); // written ≤ 300 ms later
      const toggle = page.locator('[data-testid="timeline-key-toggle"]');
      expect(await toggle.isVisible()).toBe(true);
      expect(await toggle.innerText()).toContain(lang === 'ar' ? 'الخط الزمني' : 'Timeline');
      expect(await page.locator('[data-testid="timeline-legend"]').isVisible()).toBe(false);
      await toggle.click();
      expect(await page.locator('[data-testid="timeline-legend"]').isVisible()).toBe(true);
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      await shot(page, `phone-strip-key-${lang}`);
      expectClean(p);
    });

    it(`${lang}: on its side, the strip's bottom row shows whole; turning the phone refits the map`, async () => {
      const p = await open(`./?lang=${lang}`, { viewport: LANDSCAPE, isMobile: true });
      const { page } = p;
      await mapIdle(page);
      const toggle = (await page.locator('[data-testid="timeline-key-toggle"]').boundingBox())!;
      expect(toggle.y + toggle.height).toBeLessThanOrEqual(LANDSCAPE.height);
      // Nothing of the strip is scrolled out of sight inside it.
      const cut = await page
        .locator('[data-testid="timeline"]')
        .evaluate((el) => el.scrollHeight - el.clientHeight);
      expect(cut).toBeLessThanOrEqual(1);
      await shot(page, `phone-landscape-${lang}`);
      // Upright, then on its side again: refitted each time (the upright frame is another zoom), the
      // article's places in view, and back on its side the same frame as when it opened.
      const zoomOf = () =>
        page.evaluate(() =>
          (
            document.querySelector('[data-testid="map"]') as HTMLElement & { maplibre: { getZoom(): number } }
          ).maplibre.getZoom(),
        );
      const opened = await zoomOf();
      await page.setViewportSize(PHONE);
      await expect
        .poll(async () => Math.abs((await zoomOf()) - opened), { timeout: 5000 })
        .toBeGreaterThan(0.05);
      await expect.poll(() => localPlacesInView(page), { timeout: 5000 }).toBe(true);
      await page.setViewportSize(LANDSCAPE);
      await expect
        .poll(async () => Math.abs((await zoomOf()) - opened), { timeout: 5000 })
        .toBeLessThan(0.05);
      await expect.poll(() => localPlacesInView(page), { timeout: 5000 }).toBe(true);
      await shot(page, `phone-rotated-${lang}`);
      expectClean(p);
    });
  }
});

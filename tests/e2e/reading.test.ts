/**
 * A reader's position on the page (issue 17): the page never scrolls as a whole, the words a reader
 * chose stay in view when the sheet lowers or the language changes.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, expectClean, mapIdle, open, shot } from './harness.ts';

/** The page's own scroll height and the top bar's box: the app is one screen, the bar whole. */
const pageFit = (page: Page) =>
  page.evaluate(() => {
    const bar = document.querySelector('.topbar')!.getBoundingClientRect();
    return {
      scrollHeight: document.documentElement.scrollHeight,
      scrollY: Math.round(scrollY),
      barTop: Math.round(bar.top),
      barHeight: Math.round(bar.height),
    };
  });

/** Whether the element's box lies wholly inside the window. */
const wholeInView = async (page: Page, sel: string) =>
  page.evaluate((s) => {
    const r = document.querySelector(s)!.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth;
  }, sel);

describe('the page is one screen', () => {
  for (const lang of ['ar', 'en'] as const) {
    it(`${lang}: the document is as tall as the window, before and after mention clicks`, async () => {
      const p = await open(`./?lang=${lang}`, { viewport: DESKTOP });
      const { page } = p;
      await page.locator('[data-testid="article-text"]').waitFor();
      const first = await pageFit(page);
      expect(first.scrollHeight).toBe(DESKTOP.height);
      const primary = lang === 'en' ? '.translation' : '.original';
      for (const passage of ['p03', 'p08', 'p17']) {
        await page.locator(`[data-passage="${passage}"] ${primary} button.mention`).first().click();
        await page.locator('[data-testid="place-card"]').waitFor();
        const after = await pageFit(page);
        expect(after).toEqual({ ...first });
      }
      // The translator's note opened and closed again: still one screen.
      if (lang === 'en') {
        await page.locator('[data-passage="p08"] button.note-marker').click();
        expect((await pageFit(page)).scrollHeight).toBe(DESKTOP.height);
      }
      await shot(page, `reading-one-screen-${lang}`);
      expectClean(p);
    });
  }
});

describe('switching language keeps the reading position', () => {
  for (const from of ['ar', 'en'] as const) {
    it(`from ${from}: the chosen words stay in view`, async () => {
      const p = await open(`./?lang=${from}`, { viewport: DESKTOP });
      const { page } = p;
      await mapIdle(page);
      const primary = (lang: string) => (lang === 'en' ? '.translation' : '.original');
      const word = page.locator(`[data-passage="p17"] ${primary(from)} button.mention`).first();
      await word.scrollIntoViewIfNeeded();
      await word.click();
      await page.locator('[data-testid="place-card"]').waitFor();
      await page.locator('[data-testid="lang-switch"]').click();
      const to = from === 'ar' ? 'en' : 'ar';
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(to);
      await expect
        .poll(() => wholeInView(page, `[data-passage="p17"] ${primary(to)} button.mention.selected`))
        .toBe(true);
      await shot(page, `reading-lang-from-${from}`);
      expectClean(p);
    });
  }
});

describe('phone: the chosen word stays in view', () => {
  for (const lang of ['ar', 'en'] as const) {
    it(`${lang}: the first mention, tapped in the open sheet, is still on screen once the sheet lowers`, async () => {
      const p = await open(`./?lang=${lang}`, {
        viewport: PHONE,
        isMobile: true,
        reducedMotion: 'no-preference',
      });
      const { page } = p;
      await mapIdle(page);
      await page.locator('[data-testid="sheet-handle"]').click();
      await expect
        .poll(() => page.locator('[data-testid="sheet-handle"]').getAttribute('data-height'))
        .toBe('0.88');
      const sel = `${lang === 'en' ? '.translation' : '.original'} button.mention`;
      await page.waitForTimeout(400);
      await page.locator(sel).first().tap();
      await expect
        .poll(() => page.locator('[data-testid="sheet-handle"]').getAttribute('data-height'))
        .toBe('0.42');
      // After the sheet's transition and the reveal (bounded).
      await expect.poll(() => wholeInView(page, `${sel}.selected`), { timeout: 3000 }).toBe(true);
      const word = (await page.locator(`${sel}.selected`).first().boundingBox())!;
      const sheet = (await page.locator('.panel').boundingBox())!;
      expect(word.y).toBeGreaterThanOrEqual(sheet.y);
      expect(word.y + word.height).toBeLessThanOrEqual(PHONE.height - 8);
      await shot(page, `reading-phone-tap-${lang}`);
      expectClean(p);
    });
  }
});

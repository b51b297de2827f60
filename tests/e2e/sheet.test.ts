/** The phone's bottom sheet: dragged, stepped by keys, and lowered without losing the chosen passage. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PHONE, expectClean, mapIdle, open, shot } from './harness.ts';

const handle = '[data-testid="sheet-handle"]';
const height = (page: Page) => page.locator(handle).getAttribute('data-height');

/** Drags the handle with the mouse from its middle to `y`, in steps (pointer events, as a finger would). */
async function dragTo(page: Page, y: number): Promise<void> {
  const box = (await page.locator(handle).boundingBox())!;
  const x = box.x + box.width / 2;
  await page.mouse.move(x, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(x, y, { steps: 12 });
  await page.mouse.up();
}

describe('phone sheet', () => {
  it('is dragged by a 44 px handle and rests at the nearest snap', async () => {
    const p = await open('./?lang=en', { viewport: PHONE, isMobile: true });
    await mapIdle(p.page);
    const box = (await p.page.locator(handle).boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(await height(p.page)).toBe('0.42');
    // Slowly up to about two thirds of the screen: the nearest snap is "open".
    await dragTo(p.page, 0.3 * PHONE.height);
    await expect.poll(() => height(p.page)).toBe('0.88');
    expect(await p.page.locator(handle).getAttribute('aria-expanded')).toBe('true');
    const layout = (await p.page.locator('main.layout').boundingBox())!;
    await expect
      .poll(async () => (await p.page.locator('.panel').boundingBox())!.height / layout.height)
      .toBeCloseTo(0.88, 2);
    await shot(p.page, 'sheet-open-en');
    // Down near the bottom: it rests as a peek at the article's title, the map almost whole.
    await dragTo(p.page, PHONE.height - 40);
    await expect.poll(() => height(p.page)).toBe('0.16');
    expect(await p.page.locator(handle).getAttribute('aria-expanded')).toBe('false');
    await shot(p.page, 'sheet-peek-en');
    expectClean(p);
  });

  it('is moved by keys: Enter toggles, the arrows step between snaps', async () => {
    const p = await open('./', { viewport: PHONE, isMobile: true });
    await mapIdle(p.page);
    await p.page.locator(handle).focus();
    await p.page.keyboard.press('ArrowUp');
    expect(await height(p.page)).toBe('0.88');
    await p.page.keyboard.press('ArrowUp');
    expect(await height(p.page)).toBe('0.88');
    await p.page.keyboard.press('ArrowDown');
    expect(await height(p.page)).toBe('0.42');
    await p.page.keyboard.press('ArrowDown');
    expect(await height(p.page)).toBe('0.16');
    await p.page.keyboard.press('Enter');
    expect(await height(p.page)).toBe('0.88');
    await p.page.keyboard.press('Space');
    expect(await height(p.page)).toBe('0.42');
    expect(await p.page.locator(handle).getAttribute('aria-label')).toBeNull();
    expect(await p.page.locator(handle).innerText()).toContain('المقال');
    expectClean(p);
  });

  for (const lang of ['ar', 'en'] as const) {
    it(`lowered after a choice in the text, keeps the chosen mention in view (${lang})`, async () => {
      const p = await open(`./?lang=${lang}`, { viewport: PHONE, isMobile: true });
      await mapIdle(p.page);
      await p.page.locator(handle).click();
      expect(await height(p.page)).toBe('0.88');
      // A mention far down the article: the open sheet shows it low on the screen.
      const mention = p.page.locator('button.mention[data-place="semalka_crossing"]').last();
      await mention.scrollIntoViewIfNeeded();
      await p.page.evaluate(() => {
        const s = document.querySelector('[data-testid="panel"]')!;
        const b = [...s.querySelectorAll('button.mention[data-place="semalka_crossing"]')].at(-1)!;
        // Put the mention near the bottom of the open sheet, where lowering would hide it.
        s.scrollTop += b.getBoundingClientRect().top - (s.getBoundingClientRect().bottom - 60);
      });
      await mention.click();
      await expect.poll(() => height(p.page)).toBe('0.42');
      await expect
        .poll(async () => {
          const m = (await mention.boundingBox())!;
          const s = (await p.page.locator('[data-testid="panel"]').boundingBox())!;
          return m.y >= s.y - 1 && m.y + m.height <= s.y + s.height + 1;
        })
        .toBe(true);
      await shot(p.page, `sheet-lowered-kept-${lang}`);
      expectClean(p);
    });
  }
});

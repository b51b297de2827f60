/** What a reader sees: notices, the place card, linked translation, layouts at several sizes. */
import { describe, expect, it } from 'vitest';
import { expectClean, open, shot } from './harness.ts';

describe('notices', () => {
  it('a huge echoed URL value is cut, the notice area stays small and the article keeps its room', async () => {
    const p = await open(`./?theme=${'SECURITY+ALERT+'.repeat(20)}&lang=${'x'.repeat(14_805)}`);
    const { page } = p;
    await page.locator('[data-testid="article-text"]').waitFor();
    const notices = page.locator('[data-testid="notices"]');
    const text = await notices.innerText();
    expect(text).toContain('…(مقتطع)');
    expect(text.length).toBeLessThan(600);
    const box = (await notices.boundingBox())!;
    expect(box.height).toBeLessThanOrEqual(130);
    const main = (await page.locator('main').boundingBox())!;
    expect(main.height).toBeGreaterThan(500);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    await shot(page, 'reader-notice-cut-ar');
    expectClean(p);
  });

  it('a notice follows the language of the moment', async () => {
    const p = await open('./?place=atlantis');
    const { page } = p;
    const notices = page.locator('[data-testid="notices"]');
    await expect.poll(() => notices.innerText()).toContain('لا يوجد مكان بهذا المعرّف');
    await page.locator('[data-testid="lang-switch"]').click();
    await expect
      .poll(() => notices.innerText())
      .toContain('Ignored URL parameter place=atlantis: no such place');
    expectClean(p);
  });
});

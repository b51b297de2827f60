/**
 * Hostile inputs and bad networks in a real browser (issue 8). Each case asserts what the reader
 * sees: the article, or an error panel naming the problem; never a blank page, a page error or a
 * request off the origin.
 */
import { describe, expect, it } from 'vitest';
import { FETCH_TIMEOUT_MS } from '../../src/model/load.ts';
import { expectClean, open, shot, type OpenedPage } from './harness.ts';

const ID = 'hasakah-prison-us-statement-2022';

/** The page shows something: the article, or a problem panel; not an empty main area. */
async function expectNotBlank(p: OpenedPage): Promise<'article' | 'problem'> {
  const { page } = p;
  const seen = page.locator(
    '[data-testid="article-text"], [data-testid="load-error"], [data-testid="data-issues"]',
  );
  await seen.first().waitFor({ timeout: 20_000 });
  return (await page.locator('[data-testid="article-text"]').count()) > 0 ? 'article' : 'problem';
}

describe('a server that never answers (issue 8.3)', () => {
  it('index.json: the page names it, offers a retry, and the retry loads the article', async () => {
    const p = await open('./?lang=en', { hang: ['geodata/index.json'], clock: true });
    const { page } = p;
    await page.locator('.status').waitFor();
    await p.hung(1);
    await page.clock.fastForward(FETCH_TIMEOUT_MS + 100);
    const panel = page.locator('[data-testid="load-error"]');
    await panel.waitFor({ timeout: 10_000 });
    expect(await panel.innerText()).toContain('index.json: did not answer within 10 s');
    await shot(page, 'fuzz-hang-index-en-desktop');
    p.answerHung();
    await page.locator('[data-testid="retry"]').click();
    await page.locator('[data-testid="article-text"]').waitFor({ timeout: 20_000 });
    expectClean(p);
  });

  it('one article file: the issue list names the file, with a retry, in Arabic too', async () => {
    const p = await open('./', { hang: [`${ID}/events.json`], clock: true });
    const { page } = p;
    await page.locator('.status').waitFor();
    await p.hung(1);
    await page.clock.fastForward(FETCH_TIMEOUT_MS + 100);
    const issues = page.locator('[data-testid="data-issues"]');
    await issues.waitFor({ timeout: 10_000 });
    expect(await issues.innerText()).toContain('events.json: did not answer within 10 s');
    expect(await page.locator('[data-testid="retry"]').innerText()).toBe('إعادة المحاولة');
    await shot(page, 'fuzz-hang-events-ar-desktop');
    p.answerHung();
    await page.locator('[data-testid="retry"]').click();
    expect(await expectNotBlank(p)).toBe('article');
    expectClean(p);
  });
});
